package places

import (
	"strings"
	"testing"
)

// FuzzMatch feeds arbitrary lists and words to Parse and Match: they must
// not panic, and a match never takes more words than it was given.
func FuzzMatch(f *testing.F) {
	f.Add("نواكشوط\tMR\tcity\t0\nوادي حضرموت\tYE\tarea\t0\n", "وادي حضرموت أمس")
	f.Add("أطار\tMR\ttown\t0\n", "إطار")
	f.Add("\t\t\t0\n", "\xff\xfe")
	f.Fuzz(func(t *testing.T, list, text string) {
		g, err := Parse(strings.NewReader(list))
		if err != nil {
			return
		}
		words := strings.Fields(text)
		if _, n := g.Match(words); n > len(words) {
			t.Fatalf("Match(%+q) took %d words of %d", words, n, len(words))
		}
		if _, n := Default().Match(words); n > len(words) {
			t.Fatalf("Default().Match(%+q) took %d words of %d", words, n, len(words))
		}
	})
}
