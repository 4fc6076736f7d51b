package sqlite

import (
	"context"
	"testing"

	"github.com/marsad/marsad/terms"
)

// TestCorruptIndexIsAnError: damaged postings or segment rows make a
// search fail with an error, never a panic or a huge allocation.
func TestCorruptIndexIsAnError(t *testing.T) {
	docs := testCorpus(t)[:20]
	word := testQueries(docs)[0]
	for _, damage := range []string{
		`UPDATE index_postings SET data = x'ff'`,
		`UPDATE index_segments SET max_doc = 1 << 40`,
		`UPDATE index_segments SET lens = 'x'`,
	} {
		db := openTest(t)
		putAll(t, db, docs, 20)
		if err := db.Flush(context.Background()); err != nil {
			t.Fatal(err)
		}
		if _, err := db.db.Exec(damage); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Search(context.Background(), terms.Parse(word)); err == nil {
			t.Errorf("%s: search of %+q succeeded", damage, word)
		}
	}
}
