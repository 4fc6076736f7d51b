package analyze

import "testing"

func TestConjunction(t *testing.T) {
	for _, c := range []struct {
		tok  string
		want int
		why  string
	}{
		{"وفايز", 1, "conjunction و"},
		{"وإيران", 1, "conjunction before hamza"},
		{"والشرق", 1, "و off, ال stays"},
		{"فالرئيس", 1, "conjunction ف"},
		{"بحكومة", 0, "prepositions are left to linking"},
		{"الصافي", 0, "article belongs to the name"},
		{"وزير", 0, "و of the stem"},
		{"و", 0, "nothing would be left"},
		{"Sky", 0, "Latin"},
	} {
		if got := conjunction(c.tok); got != c.want {
			t.Errorf("%s: conjunction(%+q) = %d, want %d", c.why, c.tok, got, c.want)
		}
	}
}
