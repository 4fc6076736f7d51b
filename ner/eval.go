package ner

import (
	"fmt"
	"io"
)

// Score counts exact-match entity spans, conlleval style.
type Score struct {
	Tokens, Correct int // tokens seen, tokens tagged right
	Gold, Found     [len(Types)]int
	Match           [len(Types)]int
}

// Add scores one sentence's predicted tags against its gold tags.
func (s *Score) Add(gold, pred []Tag) {
	s.Tokens += len(gold)
	for i := range gold {
		if gold[i] == pred[i] {
			s.Correct++
		}
	}
	g, p := AppendSpans(nil, gold), AppendSpans(nil, pred)
	for _, x := range g {
		s.Gold[typeIndex(x.Type)]++
	}
	for _, x := range p {
		s.Found[typeIndex(x.Type)]++
	}
	j := 0
	for _, x := range g {
		for j < len(p) && p[j].From < x.From {
			j++
		}
		if j < len(p) && p[j] == x {
			s.Match[typeIndex(x.Type)]++
		}
	}
}

func typeIndex(t string) int {
	for i, x := range Types {
		if x == t {
			return i
		}
	}
	return -1
}

func sum(a [len(Types)]int) int { return a[0] + a[1] + a[2] + a[3] }

func prf(match, found, gold int) (p, r, f float64) {
	if found > 0 {
		p = float64(match) / float64(found)
	}
	if gold > 0 {
		r = float64(match) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// F1 returns the micro-averaged F1 over all types.
func (s *Score) F1() float64 {
	_, _, f := prf(sum(s.Match), sum(s.Found), sum(s.Gold))
	return f
}

// TypeF1 returns precision, recall and F1 of one type index.
func (s *Score) TypeF1(i int) (p, r, f float64) { return prf(s.Match[i], s.Found[i], s.Gold[i]) }

// Report writes a conlleval-style report. Its last line is "F1 0.xxxx".
func (s *Score) Report(w io.Writer) {
	m, fo, g := sum(s.Match), sum(s.Found), sum(s.Gold)
	p, r, f := prf(m, fo, g)
	fmt.Fprintf(w, "processed %d tokens with %d phrases; found: %d phrases; correct: %d.\n", s.Tokens, g, fo, m)
	acc := 0.0
	if s.Tokens > 0 {
		acc = float64(s.Correct) / float64(s.Tokens)
	}
	fmt.Fprintf(w, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n", 100*acc, 100*p, 100*r, 100*f)
	for i, t := range Types {
		p, r, f := s.TypeF1(i)
		fmt.Fprintf(w, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d\n", t, 100*p, 100*r, 100*f, s.Found[i])
	}
	fmt.Fprintf(w, "F1 %.4f\n", f)
}

// Evaluate tags sents with m and scores them against their gold tags. The
// sentences are read as one stream: a sentence's document is the
// m.Info().Window sentences on either side of it, as in training.
func (m *Model) Evaluate(sents []Sentence) *Score {
	words := make([][]string, len(sents))
	for i, s := range sents {
		words[i] = s.Words
	}
	var sc Score
	for i, pred := range m.TagStream(words) {
		sc.Add(sents[i].Tags, pred)
	}
	return &sc
}
