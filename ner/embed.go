package ner

import (
	"math"
	"slices"
)

// contextOffsets are the neighbour positions that describe a word.
var contextOffsets = [...]int{-2, -1, 1, 2}

// embedWords returns one unit vector of size cfg.Dim per vocab word: the
// truncated SVD of its positive PMI with (offset, context word) pairs.
func embedWords(seq []int32, vocab, ctx []int32, cfg ClusterConfig) []float32 {
	nwords := int32(0)
	for _, w := range seq {
		nwords = max(nwords, w+1)
	}
	row, col := indexOf(vocab, nwords), indexOf(ctx, nwords)
	keys, counts := countPairs(seq, row, col, len(ctx)+2)
	a := ppmiMatrix(keys, counts, len(vocab), len(contextOffsets)*(len(ctx)+2))
	u := truncatedSVD(a, cfg.Dim, cfg.Seed)
	vecs := make([]float32, len(u.a))
	for i, x := range u.a {
		vecs[i] = float32(x)
	}
	normalizeRows(vecs, cfg.Dim)
	return vecs
}

// ppmiMatrix builds the positive-PMI matrix of sorted (row, col) pair counts.
func ppmiMatrix(keys []uint64, counts []uint32, nrows, ncols int) *sparse {
	rowSum, colPow, total := marginals(keys, counts, nrows, ncols)
	a := &sparse{rows: nrows, cols: ncols, ptr: make([]int, nrows+1)}
	for i, k := range keys {
		r, c := int(k>>32), int(uint32(k))
		pmi := math.Log(float64(counts[i]) * total / (rowSum[r] * colPow[c]))
		if pmi > 0 {
			a.col, a.val = append(a.col, int32(c)), append(a.val, pmi)
			a.ptr[r+1]++
		}
	}
	for r := range nrows {
		a.ptr[r+1] += a.ptr[r]
	}
	return a
}

// indexOf maps word ids to their position in ids, -1 elsewhere.
func indexOf(ids []int32, n int32) []int32 {
	idx := make([]int32, n)
	for i := range idx {
		idx[i] = -1
	}
	for i, id := range ids {
		idx[id] = int32(i)
	}
	return idx
}

// countPairs counts (row word, offset slot × context) pairs. Context slot
// k is the k-th context word, width-2 is any other word, width-1 the edge
// of a line.
func countPairs(seq, row, col []int32, width int) (keys []uint64, counts []uint32) {
	var pairs []uint64
	for i, w := range seq {
		if w < 0 || row[w] < 0 {
			continue
		}
		for o, d := range contextOffsets {
			c := contextAt(seq, col, i, d, width)
			pairs = append(pairs, uint64(row[w])<<32|uint64(o*width+c))
		}
	}
	slices.Sort(pairs)
	for i, p := range pairs {
		if i > 0 && p == pairs[i-1] {
			counts[len(counts)-1]++
			continue
		}
		keys, counts = append(keys, p), append(counts, 1)
	}
	return keys, counts
}

// contextAt returns the context slot of position i+d.
func contextAt(seq, col []int32, i, d, width int) int {
	step := 1
	if d < 0 {
		step = -1
	}
	for j := i + step; ; j += step {
		if j < 0 || j >= len(seq) || seq[j] < 0 {
			return width - 1
		}
		if j == i+d {
			if c := col[seq[j]]; c >= 0 {
				return int(c)
			}
			return width - 2
		}
	}
}

// marginals returns row sums, smoothed column sums (count^0.75) and the
// total of the smoothed column sums.
func marginals(keys []uint64, counts []uint32, nrows, ncols int) (rowSum, colPow []float64, total float64) {
	rowSum, colPow = make([]float64, nrows), make([]float64, ncols)
	for i, k := range keys {
		rowSum[k>>32] += float64(counts[i])
		colPow[uint32(k)] += float64(counts[i])
	}
	for c, x := range colPow {
		colPow[c] = math.Pow(x, 0.75)
		total += colPow[c]
	}
	return rowSum, colPow, total
}

func normalizeRows(v []float32, dim int) {
	for r := 0; r < len(v); r += dim {
		row := v[r : r+dim]
		n := float32(math.Sqrt(float64(dot(row, row))))
		if n > 0 {
			for d := range row {
				row[d] /= n
			}
		}
	}
}

func dot(a, b []float32) float32 {
	s := float32(0)
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func unit(v []float32) {
	n := float32(math.Sqrt(float64(dot(v, v))))
	if n > 0 {
		for d := range v {
			v[d] /= n
		}
	}
}
