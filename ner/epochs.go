package ner

import (
	"fmt"
	"math/rand/v2"
	"time"
)

// epochs runs the training passes and returns the last dev F1.
func (cfg *TrainConfig) epochs(name string, p *perceptron, c, dev *corpus, start time.Time) float64 {
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x6d617273616421))
	order := seq(0, len(c.sents))
	var buf decodeBuf
	f1 := 0.0
	for ep := 1; ep <= cfg.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, k := range order {
			errs += trainSentence(p, c, c.sents[k], &buf)
		}
		msg := fmt.Sprintf("%s: epoch %d/%d: %d token errors", name, ep, cfg.Epochs, errs)
		if dev != nil {
			w, tr := p.averaged()
			f1 = denseScore(w, &tr, dev, &buf).F1()
			msg += fmt.Sprintf(", dev F1 %.4f", f1)
		}
		cfg.logf("%s (%.1fs)\n", msg, time.Since(start).Seconds())
	}
	return f1
}

// decodeBuf holds the buffers of one dense decoding.
type decodeBuf struct {
	em   []float32
	back []Tag
	pred []Tag
	tr   trans
}

func (b *decodeBuf) grow(n int) {
	if cap(b.pred) < n {
		b.em = make([]float32, n*NumTags)
		b.back = make([]Tag, n*NumTags)
		b.pred = make([]Tag, n)
	}
	b.em, b.back, b.pred = b.em[:n*NumTags], b.back[:n*NumTags], b.pred[:n]
}

// trainSentence decodes one sentence with the current weights, updates them
// if it was wrong, and returns the number of wrong tags.
func trainSentence(p *perceptron, c *corpus, s encSent, b *decodeBuf) int {
	n := len(s.tags)
	b.grow(n)
	p.emissions(b.em, c, s)
	p.transitions(&b.tr)
	viterbi(b.em, n, &b.tr, b.back, b.pred)
	errs := 0
	for i := range s.tags {
		if s.tags[i] != b.pred[i] {
			errs++
		}
	}
	if errs > 0 {
		p.update(c, s, b.pred)
	}
	p.c++
	return errs
}

// denseScore tags a corpus with fixed weights and scores it.
func denseScore(w []float32, tr *trans, c *corpus, b *decodeBuf) *Score {
	var sc Score
	for _, s := range c.sents {
		n := len(s.tags)
		b.grow(n)
		for i := range n {
			row := b.em[i*NumTags : (i+1)*NumTags]
			clear(row)
			for _, id := range c.tokenFeatures(s.tok0 + i) {
				for t, x := range w[int(id)*NumTags : int(id+1)*NumTags] {
					row[t] += x
				}
			}
		}
		viterbi(b.em, n, tr, b.back, b.pred)
		sc.Add(s.tags, b.pred)
	}
	return &sc
}
