package ner

import (
	"bytes"
	"strings"
	"testing"
)

func TestScore(t *testing.T) {
	var s Score
	gold := []Tag{BPER, IPER, O, BLOC, O, BORG}
	pred := []Tag{BPER, IPER, O, BORG, O, O}
	s.Add(gold, pred)
	if got := [4]int{s.Match[0], s.Match[1], s.Match[2], s.Match[3]}; got != [4]int{1, 0, 0, 0} {
		t.Errorf("Match = %v", got)
	}
	// 1 of 2 found is right, 1 of 3 gold is found: P 0.5, R 1/3, F1 0.4
	if f := s.F1(); f < 0.3999 || f > 0.4001 {
		t.Errorf("F1 = %v, want 0.4", f)
	}
	var buf bytes.Buffer
	s.Report(&buf)
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if last := lines[len(lines)-1]; last != "F1 0.4000" {
		t.Errorf("last line %q, want %q", last, "F1 0.4000")
	}
}

func TestScoreEmpty(t *testing.T) {
	var s Score
	s.Add([]Tag{O}, []Tag{O})
	if s.F1() != 0 {
		t.Errorf("F1 of nothing = %v", s.F1())
	}
}
