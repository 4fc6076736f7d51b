package story_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/marsad/marsad/sqlite"
)

// TestStoryPairsDB scores the labelled pairs against the stories of a
// real ingest of the shared corpora (MARSAD_DB; see
// docs/PERFORMANCE-corpus.md): every document of the corpora, clustered
// as 'marsad ingest' clusters them.
func TestStoryPairsDB(t *testing.T) {
	path := os.Getenv("MARSAD_DB")
	if path == "" {
		t.Skip("set MARSAD_DB to a database of the shared corpora")
	}
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	storyOf := func(key string) string {
		id, err := db.Canonical(context.Background(), strings.SplitN(key, "|", 2)[1])
		if err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		d, err := db.Get(context.Background(), id)
		if err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		return d.Story
	}
	var all, hard prf
	for _, p := range readPairs(t) {
		same := storyOf(p.a) == storyOf(p.b)
		all.add(p.label == "same", same)
		if p.label != "diff" {
			hard.add(p.label == "same", same)
		}
	}
	t.Logf("all pairs %v; same vs hard-different %v", all, hard)
}
