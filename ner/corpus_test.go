package ner

import (
	"os"
	"path/filepath"
	"testing"
)

// TestNewsTextsStops checks that a caller may stop reading in the middle of
// a list of files (the iterator must not yield again).
func TestNewsTextsStops(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.json")
	if err := os.WriteFile(a, []byte(`{"text":"أ"}`+"\n"+`{"text":"ب"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte(`[{"content":"ج"}]`), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	for text, err := range NewsTexts(a, b) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, text)
		if len(got) == 1 {
			break
		}
	}
	if len(got) != 1 || got[0] != "أ" {
		t.Errorf("got %q, want [أ]", got)
	}
	got = got[:0]
	for text, err := range NewsTexts(a, b) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, text)
	}
	if len(got) != 3 || got[2] != "ج" {
		t.Errorf("all: got %q", got)
	}
}
