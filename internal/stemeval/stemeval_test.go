package stemeval

import (
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/shareddata"
)

// TestLight10 checks the reference against Lucene/Bleve outputs quoted in
// the peers' README.
func TestLight10(t *testing.T) {
	for _, c := range []struct{ word, want, why string }{
		{"الوطنى", "وطن", "ى folded, prefix ال, suffix ي"},
		{"الليبى", "ليب", "ى folded, suffix ي"},
		{"واحدة", "احد", "light10 strips a stem و"},
		{"إعلان", "اعل", "light10 takes ان as a dual"},
		{"القوات", "قو", "suffix ات"},
		{"وذلك", "ذلك", "prefix و"},
		{"به", "به", "too short"},
	} {
		if got := Light10(c.word); got != c.want {
			t.Errorf("%s: Light10(%+q) = %+q, want %+q", c.why, c.word, got, c.want)
		}
	}
}

func TestScoreAnswers(t *testing.T) {
	s := Set{Name: "t", Items: []Item{{"كتب", []string{"كتب"}}, {"و", nil}, {"قالت", []string{"قول", "قال"}}}}
	r, err := ScoreAnswers(s, []string{"كتب", "x", "قال"})
	if err != nil || r.Correct != 2 || r.N != 2 {
		t.Errorf("ScoreAnswers = %+v, %v; want 2 of 2", r, err)
	}
	if _, err := ScoreAnswers(s, []string{"a"}); err == nil {
		t.Error("ScoreAnswers accepted answers of the wrong length")
	}
}

func TestReport(t *testing.T) {
	golden := shareddata.Require(t, "data", "golden-corpus-arabic")
	roots := shareddata.Require(t, "data", "root-extraction-validation", "gs")
	var b strings.Builder
	sys := System{Name: "light10", Stem: Light10}
	if err := Report(&b, golden, roots, sys); err != nil {
		t.Fatal(err)
	}
	if got := b.String(); !strings.HasPrefix(got, "golden-corpus stem_acc 0.1991 n=1165 system=light10\n") {
		t.Errorf("Report = %+q", got)
	}
}
