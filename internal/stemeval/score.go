package stemeval

import (
	"fmt"

	"github.com/marsad/marsad/arabic"
)

// Result is an accuracy count.
type Result struct {
	Correct, N int
	Misses     []Miss // the wrong answers
}

// Miss is one wrong answer.
type Miss struct{ Word, Got, Gold string }

// Acc returns Correct/N (0 when N is 0).
func (r Result) Acc() float64 {
	if r.N == 0 {
		return 0
	}
	return float64(r.Correct) / float64(r.N)
}

// Score runs f on every gold word, normalized with arabic.Orthographic, and
// counts answers equal to one of the gold answers, both sides in
// arabic.Search form. Items without gold are skipped.
func Score(s Set, f func(string) string) Result {
	var r Result
	for _, it := range s.Items {
		if it.Gold != nil {
			r.add(it, f(arabic.Orthographic.String(it.Word)))
		}
	}
	return r
}

// ScoreAnswers scores answers computed elsewhere (e.g. by a peer program):
// answers[i] is the answer for s.Items[i].
func ScoreAnswers(s Set, answers []string) (Result, error) {
	var r Result
	if len(answers) != len(s.Items) {
		return r, fmt.Errorf("%s: %d answers for %d gold items", s.Name, len(answers), len(s.Items))
	}
	for i, it := range s.Items {
		if it.Gold != nil {
			r.add(it, answers[i])
		}
	}
	return r, nil
}

func (r *Result) add(it Item, answer string) {
	got := arabic.Search.String(answer)
	r.N++
	for _, g := range it.Gold {
		if got == arabic.Search.String(g) {
			r.Correct++
			return
		}
	}
	r.Misses = append(r.Misses, Miss{it.Word, got, it.Gold[0]})
}

// Merge concatenates sets under one name.
func Merge(name string, sets []Set) Set {
	m := Set{Name: name}
	for _, s := range sets {
		m.Items = append(m.Items, s.Items...)
	}
	return m
}
