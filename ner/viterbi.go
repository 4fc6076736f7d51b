package ner

import "math"

// trans holds first-order tag transition scores; start scores the first tag.
type trans struct {
	start [numTags]float32
	m     [numTags][numTags]float32 // m[prev][cur]
}

var negInf = float32(math.Inf(-1))

// viterbi writes to out the best IOB2-valid tag sequence for n tokens whose
// emission scores are em[i*NumTags+t]. back must hold n*NumTags entries.
func viterbi(em []float32, n int, tr *trans, back []Tag, out []Tag) {
	if n == 0 {
		return
	}
	var prev, cur [numTags]float32
	for t := Tag(0); t < numTags; t++ {
		prev[t] = negInf
		if allowed(numTags, t) {
			prev[t] = tr.start[t] + em[t]
		}
	}
	for i := 1; i < n; i++ {
		step(&prev, &cur, tr, em[i*NumTags:(i+1)*NumTags], back[i*NumTags:(i+1)*NumTags])
		prev = cur
	}
	best := O
	for t := Tag(1); t < numTags; t++ {
		if prev[t] > prev[best] {
			best = t
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = best
		best = back[i*NumTags+int(best)]
	}
}

// step advances the Viterbi lattice by one token. Ties go to the lower tag.
func step(prev, cur *[numTags]float32, tr *trans, em []float32, back []Tag) {
	for t := Tag(0); t < numTags; t++ {
		bs, bp := negInf, O
		if t.IsInside() {
			// only B-X and I-X of the same type may precede I-X
			b := t - 1
			bs, bp = prev[b]+tr.m[b][t], b
			if s := prev[t] + tr.m[t][t]; s > bs {
				bs, bp = s, t
			}
		} else {
			for p := Tag(0); p < numTags; p++ {
				if s := prev[p] + tr.m[p][t]; s > bs {
					bs, bp = s, p
				}
			}
		}
		cur[t] = bs + em[t]
		back[t] = bp
	}
}
