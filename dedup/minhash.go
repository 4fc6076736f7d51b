package dedup

import "math"

// NumHashes is the MinHash signature length. The standard error of the
// Jaccard estimate is about 1/sqrt(NumHashes) ≈ 0.09.
const NumHashes = 64

// seeds are the per-position multipliers and offsets of the hash family,
// derived once from a fixed SplitMix64 sequence so that signatures are
// comparable across runs and machines.
var seeds = func() (s [NumHashes][2]uint64) {
	x := uint64(0x6d61727361640001) // "marsad" 0001
	for i := range s {
		s[i][0] = splitmix(&x) | 1
		s[i][1] = splitmix(&x)
	}
	return s
}()

func splitmix(x *uint64) uint64 {
	*x += 0x9e3779b97f4a7c15
	z := *x
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Signature returns the MinHash signature of a set of shingle hashes:
// position i holds the minimum of h_i over the set, where h_i is a
// multiply-add permutation of the 64-bit hash keeping its top 32 bits.
// An empty set gives nil.
func Signature(shingles []uint64) []uint32 {
	if len(shingles) == 0 {
		return nil
	}
	sig := make([]uint32, NumHashes)
	for i := range sig {
		sig[i] = math.MaxUint32
	}
	for _, s := range shingles {
		for i := range sig {
			if h := uint32((s*seeds[i][0] + seeds[i][1]) >> 32); h < sig[i] {
				sig[i] = h
			}
		}
	}
	return sig
}

// Similarity estimates the Jaccard similarity of the sets behind two
// signatures: the fraction of positions where they agree. Signatures of
// different lengths (or nil) give 0.
func Similarity(a, b []uint32) float64 {
	if len(a) == 0 || len(a) != len(b) {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(len(a))
}
