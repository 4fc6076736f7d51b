package sqlite

import (
	"context"
	"sync"
	"testing"

	"github.com/marsad/marsad/terms"
)

// TestConcurrentPutSearch searches while documents are stored, flushed
// and merged (run it with -race), then checks that the index covers
// every document.
func TestConcurrentPutSearch(t *testing.T) {
	docs := testCorpus(t)
	db := openTest(t)
	db.flushAt = 7
	qs := testQueries(docs)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		putAll(t, db, docs, 4)
	}()
	for r := 0; r < 3; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 40; i++ {
				if _, err := db.Search(context.Background(), terms.Parse(qs[i%len(qs)])); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	ctx := context.Background()
	v, err := db.openView(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer v.close()
	if n, _ := db.Count(ctx); int(v.n) != n || n != len(docs) {
		t.Fatalf("index covers %v documents; %d stored of %d", v.n, n, len(docs))
	}
}
