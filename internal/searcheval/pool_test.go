package searcheval

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestPool prints, for judging, the union of both systems' top results
// for every query that has no judgements yet (MARSAD_POOL=1; MARSAD_POOL=all
// prints every query).
func TestPool(t *testing.T) {
	mode := os.Getenv("MARSAD_POOL")
	if mode == "" {
		t.Skip("set MARSAD_POOL=1")
	}
	paths := corpora(t)
	db := openMarsad(t)
	qs, err := ReadQueries("../../testdata/search/queries.tsv")
	if err != nil {
		t.Fatal(err)
	}
	qrels, _ := ReadQrels("../../testdata/search/qrels.tsv")
	bl := openBleve(t, bleveDir(paths), paths)
	defer bl.Close()
	var out strings.Builder
	for _, q := range qs {
		if _, judged := qrels[q.ID]; judged && mode != "all" {
			continue
		}
		m, _ := Marsad(db)(q.Text)
		m = originals(m)[:min(Depth, len(originals(m)))]
		b, _ := canonical(db, bleveSearch(bl))(q.Text)
		fmt.Fprintf(&out, "== %s %s\n", q.ID, q.Text)
		seen := map[string]bool{}
		for _, id := range append(m, b...) {
			if seen[id] {
				continue
			}
			seen[id] = true
			d, err := db.Get(context.Background(), id)
			title := "?"
			if err == nil {
				title = d.Title + " | " + firstRunes(strings.Join(strings.Fields(d.Doc.Text), " "), 200)
			}
			fmt.Fprintf(&out, "%s\t%v%v\t%s\t%s\n", q.ID, rank(m, id), rank(b, id), id, title)
		}
	}
	os.WriteFile(os.Getenv("MARSAD_POOL_OUT"), []byte(out.String()), 0o644)
}

func rank(ids []string, id string) string {
	for i, x := range ids {
		if x == id {
			return fmt.Sprint(i + 1)
		}
	}
	return "-"
}

func firstRunes(s string, n int) string {
	r := []rune(s)
	return string(r[:min(n, len(r))])
}
