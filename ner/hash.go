package ner

// Feature ids are 64-bit hashes: FNV-1a over the value's bytes, combined
// with a template id and finished with the splitmix64 mixer. Nothing here is
// randomized per process, so a model's ids are stable across runs.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString is FNV-1a of s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mix is the splitmix64 finalizer.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// feat combines a template id with a value hash.
func feat(tmpl uint64, v uint64) uint64 { return mix(tmpl*0x9e3779b97f4a7c15 ^ v) }

// feat2 combines a template id with two value hashes.
func feat2(tmpl uint64, a, b uint64) uint64 { return feat(tmpl, mix(a)^b*0x2545f4914f6cdd1d) }
