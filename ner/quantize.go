package ner

import "math"

// quantize maps weights to int16 with one scale for the whole table and
// drops the rows that become constant. keys must be sorted; the kept keys
// stay sorted.
func quantize(keys []uint64, w []float32) (kept []uint64, q []int16, scale float32) {
	maxAbs := float32(0)
	for _, x := range w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
	}
	if maxAbs == 0 {
		return nil, nil, 1
	}
	scale = maxAbs / math.MaxInt16
	var row [numTags]int16
	for r, k := range keys {
		lo, hi := int16(math.MaxInt16), int16(math.MinInt16)
		for t := range row {
			row[t] = int16(math.Round(float64(w[r*NumTags+t] / scale)))
			lo, hi = min(lo, row[t]), max(hi, row[t])
		}
		if hi != lo { // a row that adds the same to every tag changes nothing
			kept = append(kept, k)
			q = append(q, row[:]...)
		}
	}
	return kept, q, scale
}
