package sqlite

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/marsad/marsad/terms"
)

func searchIDs(tb testing.TB, db *DB, text string) []string {
	res, err := db.Search(context.Background(), terms.Parse(text))
	if err != nil {
		tb.Fatalf("%+q: %v", text, err)
	}
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	return ids
}

// TestReindexOldDatabase empties the index as a database from before it
// existed would have it, and checks that Reindex restores every search.
func TestReindexOldDatabase(t *testing.T) {
	ctx := context.Background()
	docs := testCorpus(t)
	db := openTest(t)
	putAll(t, db, docs, 10)
	qs := testQueries(docs)
	want := map[string][]string{}
	for _, q := range qs {
		want[q] = searchIDs(t, db, q)
	}
	for _, q := range []string{`DELETE FROM index_postings`, `DELETE FROM index_segments`, `DELETE FROM index_pending`,
		`UPDATE index_backfill SET upto = (SELECT max(rowid) FROM documents), done = 0`} {
		if _, err := db.db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	if ids := searchIDs(t, db, qs[0]); len(ids) != 0 {
		t.Fatalf("emptied index still finds %v", ids)
	}
	if n, err := db.Unindexed(ctx); err != nil || n != len(docs) {
		t.Fatalf("Unindexed = %d, %v; want %d", n, err, len(docs))
	}
	calls := 0
	if err := db.Reindex(ctx, terms.StoredFields, func(done, total int) { calls++ }); err != nil {
		t.Fatal(err)
	}
	if n, _ := db.Unindexed(ctx); n != 0 || calls == 0 {
		t.Fatalf("after Reindex: %d unindexed, %d progress calls", n, calls)
	}
	for _, q := range qs {
		if got := searchIDs(t, db, q); !reflect.DeepEqual(got, want[q]) {
			t.Errorf("%+q: after Reindex %v, before %v", q, got, want[q])
		}
	}
}

// TestPendingSearchableAndFlushedOnClose: documents are found as soon as
// Put returns, and Close writes their postings.
func TestPendingSearchableAndFlushedOnClose(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "p.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	docs := testCorpus(t)[:3]
	if _, err := db.Put(ctx, docs); err != nil {
		t.Fatal(err)
	}
	word := docs[1].Index.Title
	if word == "" {
		word = docs[1].Index.Body
	}
	q := terms.Parse(word)
	res, err := db.Search(ctx, q)
	if err != nil || res.Total == 0 {
		t.Fatalf("pending document not found by %+q: %v %+v", word, err, res)
	}
	// Documents stored after a search are read as a new chunk of the
	// pending postings, and are found with the earlier ones.
	more := testCorpus(t)[3:6]
	if _, err := db.Put(ctx, more); err != nil {
		t.Fatal(err)
	}
	q2 := terms.Parse(more[1].Index.Body)
	if res, err := db.Search(ctx, q2); err != nil || res.Total == 0 || len(db.pend.chunks) != 2 {
		t.Fatalf("after a second Put: %v, %d pending chunks", err, len(db.pend.chunks))
	}
	if res, err = db.Search(ctx, q); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var pending, segs int
	db.db.QueryRow(`SELECT count(*) FROM index_pending`).Scan(&pending)
	db.db.QueryRow(`SELECT count(*) FROM index_segments`).Scan(&segs)
	if pending != 0 || segs != 1 {
		t.Fatalf("after Close: %d pending, %d segments", pending, segs)
	}
	res2, err := db.Search(ctx, q)
	if err != nil || res2.Total != res.Total {
		t.Fatalf("after Close: %+v, %v; before %d matches", res2, err, res.Total)
	}
}
