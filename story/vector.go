package story

import (
	"math"
	"sort"

	marsad "github.com/marsad/marsad"
)

// vector is a sparse L2-normalized TF-IDF vector sorted by term.
type vector []marsad.TermWeight

// docFreq counts, for each term, the items that have it.
func docFreq(items []marsad.ClusterItem) map[uint32]int {
	df := map[uint32]int{}
	for _, it := range items {
		for _, t := range it.Features.Terms {
			df[t.Term]++
		}
	}
	return df
}

// idf is the smoothed inverse document frequency of a term found in df
// of n items.
func idf(df, n int) float64 {
	return math.Log(float64(n+1) / float64(df+1))
}

// newVector weighs terms by log-scaled frequency times IDF.
func newVector(ts []marsad.TermWeight, df map[uint32]int, n int) vector {
	v := make(vector, 0, len(ts))
	var norm float64
	for _, t := range ts {
		w := (1 + math.Log(float64(t.Weight))) * math.Pow(idf(df[t.Term], n), idfPower)
		if w <= 0 {
			continue
		}
		v = append(v, marsad.TermWeight{Term: t.Term, Weight: float32(w)})
		norm += w * w
	}
	norm = math.Sqrt(norm)
	for i := range v {
		v[i].Weight = float32(float64(v[i].Weight) / norm)
	}
	sort.Slice(v, func(i, j int) bool { return v[i].Term < v[j].Term })
	return v
}

// cosine is the dot product of two normalized vectors.
func cosine(a, b vector) float64 {
	var s float64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].Term < b[j].Term:
			i++
		case a[i].Term > b[j].Term:
			j++
		default:
			s += float64(a[i].Weight) * float64(b[j].Weight)
			i, j = i+1, j+1
		}
	}
	return s
}

// top returns the k heaviest terms of v.
func (v vector) top(k int) []uint32 {
	c := append(vector(nil), v...)
	sort.Slice(c, func(i, j int) bool { return c[i].Weight > c[j].Weight })
	out := make([]uint32, 0, k)
	for _, t := range c[:min(k, len(c))] {
		out = append(out, t.Term)
	}
	return out
}

// overlap is the share of the smaller entity set found in the other:
// 1 when one document's entities are all in the other. Sets are sorted.
func overlap(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n, i, j = n+1, i+1, j+1
		}
	}
	return float64(n) / float64(min(len(a), len(b)))
}

var idfPower = 1.0
