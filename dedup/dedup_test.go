package dedup

import (
	"math"
	"strings"
	"testing"
)

func words(s string) []string { return strings.Fields(s) }

func TestShingles(t *testing.T) {
	if got := Shingles(nil); got != nil {
		t.Errorf("no words: %v", got)
	}
	if got := Shingles(words("a b")); len(got) != 1 {
		t.Errorf("two words make one short shingle, got %d", len(got))
	}
	if got := Shingles(words("a b c a b c")); len(got) != 3 {
		t.Errorf("repeated shingles counted once: got %d, want 3", len(got))
	}
}

// TestSimilarityEstimates checks that the MinHash estimate is near the
// true Jaccard similarity of two shingle sets.
func TestSimilarityEstimates(t *testing.T) {
	base := make([]string, 400)
	for i := range base {
		base[i] = "w" + string(rune('a'+i%26)) + string(rune('a'+i/26))
	}
	for _, keep := range []int{400, 300, 200, 50} {
		other := append(append([]string(nil), base[:keep]...), words(strings.Repeat("x y z ", 0))...)
		for i := keep; i < 400; i++ {
			other = append(other, "other"+base[i])
		}
		a, b := Shingles(base), Shingles(other)
		want := jaccard(a, b)
		got := Similarity(Signature(a), Signature(b))
		if math.Abs(got-want) > 0.2 {
			t.Errorf("keep %d: estimate %.2f, Jaccard %.2f", keep, got, want)
		}
	}
}

func jaccard(a, b []uint64) float64 {
	set := map[uint64]bool{}
	for _, x := range a {
		set[x] = true
	}
	inter := 0
	for _, x := range b {
		if set[x] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

func TestSimilarityEdgeCases(t *testing.T) {
	if Signature(nil) != nil {
		t.Error("empty set has a signature")
	}
	if s := Similarity(nil, nil); s != 0 {
		t.Errorf("nil signatures: %v", s)
	}
	sig := Signature(Shingles(words("a b c d")))
	if s := Similarity(sig, sig); s != 1 {
		t.Errorf("self similarity %v", s)
	}
}

func TestLSHFindsNearDuplicates(t *testing.T) {
	text := strings.Repeat("the quick brown fox jumps over the lazy dog near the river bank ", 10)
	near := strings.Replace(text, "lazy", "sleepy", 1)
	far := strings.Repeat("completely different words make another document with no overlap at all ", 10)
	l := NewLSH(16)
	l.Add(1, Signature(Shingles(words(text))))
	l.Add(2, Signature(Shingles(words(far))))
	got := l.Candidates(Signature(Shingles(words(near))))
	if len(got) != 1 || got[0] != 1 {
		t.Errorf("candidates %v, want [1]", got)
	}
	if l.Candidates([]uint32{1}) != nil {
		t.Error("short signature has candidates")
	}
}
