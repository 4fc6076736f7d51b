package dedup

import "hash/fnv"

// ShingleSize is the number of words in a shingle.
const ShingleSize = 3

// Shingles returns the distinct 64-bit hashes of the word n-grams of
// words (ShingleSize words; fewer when there are fewer words).
func Shingles(words []string) []uint64 {
	n := min(ShingleSize, len(words))
	if n == 0 {
		return nil
	}
	seen := make(map[uint64]struct{}, len(words))
	out := make([]uint64, 0, len(words))
	for i := 0; i+n <= len(words); i++ {
		h := fnv.New64a()
		for _, w := range words[i : i+n] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		s := h.Sum64()
		if _, ok := seen[s]; !ok {
			seen[s] = struct{}{}
			out = append(out, s)
		}
	}
	return out
}
