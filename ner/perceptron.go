package ner

// perceptron holds the weights of an averaged structured perceptron
// (Collins 2002) with the lazy averaging trick: after c updates the average
// is w - u/c.
type perceptron struct {
	w, u   []float64 // feature weights, row-major by feature then tag
	tw, tu [numTags + 1][numTags]float64
	c      float64
}

func newPerceptron(nfeat int) *perceptron {
	return &perceptron{w: make([]float64, nfeat*NumTags), u: make([]float64, nfeat*NumTags), c: 1}
}

// emissions writes the current scores of one sentence's tokens to em.
func (p *perceptron) emissions(em []float32, c *corpus, s encSent) {
	for i := range s.tags {
		row := em[i*NumTags : (i+1)*NumTags]
		var acc [numTags]float64
		for _, id := range c.tokenFeatures(s.tok0 + i) {
			w := p.w[int(id)*NumTags : int(id+1)*NumTags]
			for t := range acc {
				acc[t] += w[t]
			}
		}
		for t := range row {
			row[t] = float32(acc[t])
		}
	}
}

// transitions returns the current transition scores.
func (p *perceptron) transitions(tr *trans) {
	for t := range numTags {
		tr.start[t] = float32(p.tw[numTags][t])
		for u := range numTags {
			tr.m[t][u] = float32(p.tw[t][u])
		}
	}
}

// update moves the weights toward gold and away from pred.
func (p *perceptron) update(c *corpus, s encSent, pred []Tag) {
	prevG, prevP := numTags, numTags
	for i, g := range s.tags {
		q := pred[i]
		if g != q {
			for _, id := range c.tokenFeatures(s.tok0 + i) {
				p.add(int(id)*NumTags+int(g), 1)
				p.add(int(id)*NumTags+int(q), -1)
			}
		}
		if g != q || prevG != prevP {
			p.tw[prevG][g]++
			p.tu[prevG][g] += p.c
			p.tw[prevP][q]--
			p.tu[prevP][q] -= p.c
		}
		prevG, prevP = g, q
	}
}

func (p *perceptron) add(i int, d float64) {
	p.w[i] += d
	p.u[i] += p.c * d
}

// averaged returns the averaged feature weights and transitions.
func (p *perceptron) averaged() ([]float32, trans) {
	w := make([]float32, len(p.w))
	for i := range w {
		w[i] = float32(p.w[i] - p.u[i]/p.c)
	}
	var tr trans
	for t := range numTags {
		tr.start[t] = float32(p.tw[numTags][t] - p.tu[numTags][t]/p.c)
		for u := range numTags {
			tr.m[t][u] = float32(p.tw[t][u] - p.tu[t][u]/p.c)
		}
	}
	return w, tr
}
