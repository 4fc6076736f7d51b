package searcheval

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/shareddata"
	"github.com/marsad/marsad/sqlite"
	"github.com/marsad/marsad/terms"
)

// corpora are the shared corpora the judged queries were written for.
func corpora(tb testing.TB) []string {
	return []string{
		shareddata.Require(tb, "data", "antcorpus-multisource"),
		shareddata.Require(tb, "data", "antcorpus-jawharafm"),
		shareddata.Require(tb, "data", "saudinewsnet"),
	}
}

// openMarsad opens the database named by MARSAD_DB: an ingest of the
// three corpora ('marsad ingest --db $MARSAD_DB DIR...'), which takes
// minutes, so the test skips without it.
func openMarsad(tb testing.TB) *sqlite.DB {
	path := os.Getenv("MARSAD_DB")
	if path == "" {
		tb.Skip("set MARSAD_DB to a database of the three shared corpora (see docs/PERFORMANCE-corpus.md)")
	}
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		tb.Fatal(err)
	}
	if n, err := db.Unindexed(context.Background()); err != nil {
		tb.Fatal(err)
	} else if n > 0 {
		tb.Logf("indexing %d documents stored before the search index existed", n)
		if err := db.Reindex(context.Background(), terms.StoredFields, nil); err != nil {
			tb.Fatal(err)
		}
		if err := db.Optimize(context.Background()); err != nil {
			tb.Fatal(err)
		}
	}
	if s := os.Getenv("MARSAD_COMMON_SHARE"); s != "" {
		share, _ := strconv.ParseFloat(s, 64)
		db.SetCommonShare(share)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

func TestQuality(t *testing.T) {
	paths := corpora(t)
	db := openMarsad(t)
	qs, err := ReadQueries("../../testdata/search/queries.tsv")
	if err != nil {
		t.Fatal(err)
	}
	qrels, err := ReadQrels("../../testdata/search/qrels.tsv")
	if err != nil {
		t.Fatal(err)
	}
	bl := openBleve(t, bleveDir(paths), paths)
	defer bl.Close()
	systems := []struct {
		name string
		run  func(string) ([]string, error)
	}{{"marsad", Marsad(db)}, {"bleve-ar", canonical(db, bleveSearch(bl))}}
	byKind := map[string]map[string][]Scores{}
	var report strings.Builder
	for _, q := range qs {
		fmt.Fprintf(&report, "%s %-10s", q.ID, q.Kind)
		for _, s := range systems {
			ids, err := s.run(q.Text)
			if err != nil {
				t.Fatalf("%s %s: %v", s.name, q.ID, err)
			}
			ids = originals(ids)
			sc := Score(ids, qrels[q.ID])
			for _, k := range []string{"all", q.Kind} {
				if byKind[k] == nil {
					byKind[k] = map[string][]Scores{}
				}
				byKind[k][s.name] = append(byKind[k][s.name], sc)
			}
			fmt.Fprintf(&report, "  %s RR=%.2f R=%.2f", s.name, sc.RR, sc.Recall)
		}
		fmt.Fprintf(&report, "  %s\n", q.Text)
	}
	t.Logf("per query:\n%s", report.String())
	for k, m := range byKind {
		mm, bm := Mean(m["marsad"]), Mean(m["bleve-ar"])
		t.Logf("%-10s n=%2d  marsad MRR@10=%.3f R@10=%.3f   bleve-ar MRR@10=%.3f R@10=%.3f",
			k, len(m["marsad"]), mm.RR, mm.Recall, bm.RR, bm.Recall)
	}
	all := byKind["all"]
	if m, b := Mean(all["marsad"]), Mean(all["bleve-ar"]); m.RR <= b.RR || m.Recall <= b.Recall {
		t.Errorf("marsad (MRR %.3f, R %.3f) does not beat bleve-ar (MRR %.3f, R %.3f)", m.RR, m.Recall, b.RR, b.Recall)
	}
}

// originals maps the copies of the latency benchmark's database (ids
// ending in ~copyN, see TestBuildBig) to the originals, first rank kept, so
// that quality can be measured at that size too.
func originals(ids []string) []string {
	seen := map[string]bool{}
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if i := strings.LastIndex(id, "~copy"); i >= 0 {
			id = id[:i]
		}
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}
