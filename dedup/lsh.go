package dedup

import "hash/fnv"

// LSH indexes signatures in bands: two signatures that agree on every row
// of some band share a bucket. With b bands of r rows, a pair of Jaccard
// similarity s becomes a candidate with probability 1-(1-s^r)^b.
type LSH struct {
	bands, rows int
	buckets     []map[uint64][]int
}

// NewLSH returns an index for NumHashes-long signatures in bands bands
// (which must divide NumHashes). 16 bands of 4 rows find pairs above
// about 0.5 similarity: s=0.5 → 64%, s=0.7 → 99%, s=0.3 → 12%.
func NewLSH(bands int) *LSH {
	l := &LSH{bands: bands, rows: NumHashes / bands, buckets: make([]map[uint64][]int, bands)}
	for i := range l.buckets {
		l.buckets[i] = map[uint64][]int{}
	}
	return l
}

// Add indexes signature sig under id.
func (l *LSH) Add(id int, sig []uint32) {
	if len(sig) != NumHashes {
		return
	}
	for b := range l.bands {
		k := l.key(sig, b)
		l.buckets[b][k] = append(l.buckets[b][k], id)
	}
}

// Candidates returns the ids sharing a bucket with sig, each once.
func (l *LSH) Candidates(sig []uint32) []int {
	if len(sig) != NumHashes {
		return nil
	}
	seen := map[int]bool{}
	var out []int
	for b := range l.bands {
		for _, id := range l.buckets[b][l.key(sig, b)] {
			if !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	return out
}

func (l *LSH) key(sig []uint32, band int) uint64 {
	h := fnv.New64a()
	var buf [4]byte
	for _, v := range sig[band*l.rows : (band+1)*l.rows] {
		buf[0], buf[1], buf[2], buf[3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
		h.Write(buf[:])
	}
	return h.Sum64()
}
