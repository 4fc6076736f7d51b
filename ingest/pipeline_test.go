package ingest

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/marsad/marsad/analyze"
	"github.com/marsad/marsad/sqlite"
)

var fastAnalyzer = analyze.New(analyze.Options{NoEntities: true})

// corpus writes n small distinct documents as JSON Lines, plus a bad line.
func corpus(t *testing.T, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `{"id":"d%d","outlet":"okaz","published":"2015-08-0%d","title":"خبر رقم %d","text":"وصل الوفد السعودي رقم %d إلى جنيف لبدء المحادثات."}`+"\n", i, 1+i%7, i, i)
	}
	b.WriteString("{broken\n")
	return write(t, t.TempDir(), "c.jsonl", b.String())
}

func openDB(t *testing.T) *sqlite.DB {
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func run(t *testing.T, ctx context.Context, db *sqlite.DB, paths []string, opts Options) Stats {
	t.Helper()
	opts.Analyzer, opts.BatchSize = fastAnalyzer, max(opts.BatchSize, 8)
	st, err := Run(ctx, db, paths, opts)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestRunIdempotent(t *testing.T) {
	db := openDB(t)
	path := corpus(t, 40)
	missing := filepath.Join(t.TempDir(), "missing.json")
	var mu sync.Mutex
	var errs []string
	opts := Options{OnError: func(err error) { mu.Lock(); errs = append(errs, err.Error()); mu.Unlock() }}
	st := run(t, context.Background(), db, []string{path, missing}, opts)
	if st.Added != 40 || st.Errors != 2 || st.Unchanged != 0 || st.Files != 1 {
		t.Errorf("first run: %+v", st)
	}
	if len(errs) != 2 {
		t.Errorf("errors reported: %v", errs)
	}
	st = run(t, context.Background(), db, []string{path}, Options{})
	if st.Added != 0 || st.Unchanged != 40 || st.Errors != 1 {
		t.Errorf("second run: %+v", st)
	}
	if n, _ := db.Count(context.Background()); n != 40 {
		t.Errorf("count %d, want 40", n)
	}
}

// TestRunResumes cancels an ingest after its first committed batch, then
// runs it again: everything committed stays, and the rerun adds the rest.
func TestRunResumes(t *testing.T) {
	db := openDB(t)
	path := corpus(t, 300)
	ctx, cancel := context.WithCancel(context.Background())
	first := run(t, ctx, db, []string{path}, Options{Workers: 1, BatchSize: 8, Progress: func(s Stats) {
		if s.Added > 0 {
			cancel()
		}
	}})
	if !first.Interrupted || first.Added == 0 || first.Added >= 300 {
		t.Fatalf("interrupted run: %+v", first)
	}
	if n, _ := db.Count(context.Background()); int64(n) != first.Added {
		t.Errorf("stored %d, acknowledged %d", n, first.Added)
	}
	second := run(t, context.Background(), db, []string{path}, Options{})
	if second.Interrupted || first.Added+second.Added != 300 || second.Unchanged != first.Added {
		t.Errorf("resumed run: %+v after %+v", second, first)
	}
}

func TestRunDuplicateContent(t *testing.T) {
	db := openDB(t)
	dir := t.TempDir()
	a := write(t, dir, "a.jsonl", `{"id":"x1","title":"خبر","text":"نص الخبر"}`+"\n")
	b := write(t, dir, "b.jsonl", `{"id":"x2","title":"خَبَر","text":"نص   الخبر"}`+"\n")
	st := run(t, context.Background(), db, []string{a, b}, Options{Workers: 1})
	if st.Added != 1 || st.Unchanged != 1 {
		t.Errorf("same content differently written: %+v", st)
	}
}
