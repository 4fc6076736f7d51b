package analyze

import (
	"slices"
	"testing"
)

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

// TestConjunctionKeepsNames: a listed name that starts with و or ف keeps
// its first letter; a real conjunction goes.
func TestConjunctionKeepsNames(t *testing.T) {
	doc, err := New(Options{}).Analyze("", []byte("وقال مدرب أوزبكستان فاليري سيرغييف إن الفريق قدم مباراة جيدة. وأكد وفايز السراج أن الحوار مستمر."))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Entities {
		if e.Type == "PER" {
			got = append(got, e.Text)
		}
	}
	if want := []string{"فاليري سيرغييف", "فايز السراج"}; !slices.Equal(got, want) {
		t.Errorf("people %+q, want %+q", got, want)
	}
}
