package places

import (
	"strings"
	"testing"
)

func TestParseAndMatch(t *testing.T) {
	g, err := Parse(strings.NewReader("نواكشوط\tMR\tcity\t0\nالقاهرة الجديدة\tEG\tcity\t0\nالقاهرة\tEG\tcity\t0\nصور\tLB\tcity\t1\n" +
		"أطار\tMR\ttown\t0\nأربيل\tIQ\tcity\t0\n"))
	if err != nil {
		t.Fatal(err)
	}
	if g.Len() != 6 {
		t.Errorf("Len() = %d, want 6", g.Len())
	}
	for _, c := range []struct {
		text string
		name string
		n    int
	}{
		{"القاهره الجديدة أمس", "القاهرة الجديدة", 2}, // longest first; ta marbuta folded
		{"القاهرة أمس", "القاهرة", 1},
		{"نواكشوط", "نواكشوط", 1},
		{"الجديدة", "", 0},
		{"أطار", "أطار", 1},
		{"اطار", "أطار", 1},   // written without a hamza: folded
		{"إطار", "", 0},       // another hamza: another word
		{"اربيل", "أربيل", 1}, // the news often leaves the hamza out
	} {
		p, n := g.Match(strings.Fields(c.text))
		if n != c.n || p.Name != c.name {
			t.Errorf("Match(%+q) = %+q, %d; want %+q, %d", c.text, p.Name, n, c.name, c.n)
		}
	}
	if p, _ := g.Match([]string{"صور"}); !p.Ambiguous {
		t.Errorf("صور not ambiguous")
	}
}

func TestParseRejectsBadLines(t *testing.T) {
	for _, in := range []string{"نواكشوط\tMR\tcity\n", "نواكشوط\tMR\tcity\tyes\n"} {
		if _, err := Parse(strings.NewReader(in)); err == nil {
			t.Errorf("Parse(%+q): no error", in)
		}
	}
}

// TestDefault checks the embedded list: it parses, is large, and holds
// the places Arabic news names that the tagger's lists lack.
func TestDefault(t *testing.T) {
	g := Default()
	if g.Len() < 1500 {
		t.Errorf("embedded list holds %d names, want 1500 or more", g.Len())
	}
	for _, name := range []string{"نواكشوط", "صلالة", "قفصة", "مأرب", "البليدة", "الحديدة", "مضيق هرمز"} {
		if _, n := g.Match(strings.Fields(name)); n == 0 {
			t.Errorf("%+q not found", name)
		}
	}
}

func TestFinalHeh(t *testing.T) {
	g, err := Parse(strings.NewReader("وجدة\tMA\tcity\t0\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, n := g.Match([]string{"وجده"}); n != 0 {
		t.Errorf("وجده (found it) matched وجدة")
	}
	if _, n := g.Match([]string{"وجدة"}); n != 1 {
		t.Errorf("وجدة not matched")
	}
}
