package analyze

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestGolden analyses each example in testdata/example and compares one
// line per token (offsets, kind, text, norm, seg, stem, root) and one per
// sentence with the .golden.tsv file beside it. Run with -update after an
// intended change, and review the diff.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("../testdata/example/*.txt")
	if len(files) == 0 {
		t.Fatal("no examples")
	}
	an := New(Options{})
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := an.Analyze(f, raw)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		fmt.Fprintf(&b, "lang\t%s\n", doc.Lang)
		for _, s := range doc.Sentences {
			fmt.Fprintf(&b, "sentence\t%d\t%d\n", s.Start, s.End)
		}
		for _, k := range doc.Tokens {
			fmt.Fprintf(&b, "%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\n", k.Start, k.End, k.Kind, k.Text, k.Norm, k.Seg, k.Stem, k.Root)
		}
		golden := strings.TrimSuffix(f, ".txt") + ".golden.tsv"
		if *update {
			os.WriteFile(golden, []byte(b.String()), 0o644)
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./analyze -run Golden -update)", err)
		}
		diffLines(t, golden, string(want), b.String())
	}
}

func diffLines(t *testing.T, name, want, got string) {
	t.Helper()
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			t.Errorf("%s line %d:\n got %+q\nwant %+q", name, i+1, gl, wl)
			return
		}
	}
}
