// Package arlex holds what the Arabic stemmer, root extractor and clitic
// segmenter share: a word-frequency lexicon of news Arabic and byte-level
// letter helpers.
//
// The lexicon (words.tsv.gz, about 85k forms with counts, each seen at least
// twice) is derived from the ANT news corpora in the shared data folder; its
// forms are normalized like arabic.Orthographic (ة ؤ ئ kept). Regenerate it
// with:
//
//	go generate ./internal/arlex/        (runs: go run gen.go)
//
// words.bin holds it as a hash table (see tablegen.go) that Freq probes in
// place: nothing is parsed or allocated at start-up.
package arlex

//go:generate go run gen.go
//go:generate go run tablegen.go

import _ "embed"

//go:embed words.bin
var table string

var (
	nslots = u32(4)
	nwords = u32(8)
	slots  = 12
	counts = slots + 4*int(nslots)
	offs   = counts + 4*int(nwords)
	blob   = offs + 4*int(nwords+1)
)

func u32(at int) uint32 {
	return uint32(table[at]) | uint32(table[at+1])<<8 | uint32(table[at+2])<<16 | uint32(table[at+3])<<24
}

// hash is FNV-1a, 32 bits, as in tablegen.go.
func hash[T string | []byte](s T) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// Freq returns how often the Orthographic-normalized form w was seen in the
// news corpora (0 when it was seen fewer than twice).
func Freq(w string) uint32 { return lookup(w) }

// lookup probes the table for w; it never allocates.
func lookup[T string | []byte](w T) uint32 {
	mask := nslots - 1
	for h := hash(w) & mask; ; h = (h + 1) & mask {
		i := u32(slots + 4*int(h))
		if i == 0 {
			return 0
		}
		i--
		a, b := u32(offs+4*int(i)), u32(offs+4*int(i)+4)
		if table[blob+int(a):blob+int(b)] == string(w) {
			return u32(counts + 4*int(i))
		}
	}
}

// Len returns the number of forms in the lexicon.
func Len() int { return int(nwords) }

// Freq2 returns Freq(a+b) without allocating.
func Freq2(a, b string) uint32 {
	var buf [96]byte
	if len(a)+len(b) > len(buf) {
		return Freq(a + b)
	}
	return lookup(append(append(buf[:0], a...), b...))
}

// Freq3 returns Freq(a+b+c) without allocating.
func Freq3(a, b, c string) uint32 {
	var buf [96]byte
	if len(a)+len(b)+len(c) > len(buf) {
		return Freq(a + b + c)
	}
	return lookup(append(append(append(buf[:0], a...), b...), c...))
}
