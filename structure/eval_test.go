package structure

import (
	"path/filepath"
	"testing"
)

var fixtureDir = filepath.Join("..", "testdata", "structure")

// TestFixtures asserts the floors of issue 3 on the hand-written fixtures:
// precision and recall of at least 0.95 for body paragraphs and comments.
func TestFixtures(t *testing.T) {
	r, err := EvaluateDir(fixtureDir)
	if err != nil {
		t.Fatal(err)
	}
	if r.Docs < 25 {
		t.Errorf("only %d fixtures, want at least 25", r.Docs)
	}
	for _, f := range r.Failures {
		for _, e := range f.Errors {
			t.Logf("%s: %s", f.Name, e)
		}
	}
	floor := func(what string, v, min float64) {
		t.Helper()
		if v < min {
			t.Errorf("%s = %.4f, want >= %.2f", what, v, min)
		}
	}
	floor("body precision", r.Body.Precision(), 0.95)
	floor("body recall", r.Body.Recall(), 0.95)
	floor("comment precision", r.Comments.Precision(), 0.95)
	floor("comment recall", r.Comments.Recall(), 0.95)
	t.Logf("body P %.4f R %.4f; comments P %.4f R %.4f; boilerplate P %.4f R %.4f; title %.4f; author %.4f; source %.4f",
		r.Body.Precision(), r.Body.Recall(), r.Comments.Precision(), r.Comments.Recall(),
		r.Boilerplate.Precision(), r.Boilerplate.Recall(), r.Title.Accuracy(), r.Author.Accuracy(), r.Source.Accuracy())
}
