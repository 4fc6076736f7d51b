package story_test

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/sqlite"
	"github.com/marsad/marsad/story"
)

// TestStorySweepDB clusters a whole ingested corpus (a copy of MARSAD_DB)
// with a grid of options and scores the pairs (MARSAD_SWEEP=1).
func TestStorySweepDB(t *testing.T) {
	src := os.Getenv("MARSAD_DB")
	if src == "" || os.Getenv("MARSAD_SWEEP") == "" {
		t.Skip("set MARSAD_DB and MARSAD_SWEEP=1")
	}
	ctx := context.Background()
	db := copyDB(t, src)
	if err := db.ResetStories(ctx); err != nil {
		t.Fatal(err)
	}
	items, err := db.ClusterItems(ctx, 3)
	if err != nil {
		t.Fatal(err)
	}
	ps := canonicalPairs(t, db, readPairs(t))
	for _, o := range []story.Options{
		{Threshold: 0.25, EntityWeight: 0.15}, {Threshold: 0.3, EntityWeight: 0.3}, {Threshold: 0.3, EntityWeight: 0.45},
		{Threshold: 0.35, EntityWeight: 0.45},
	} {
		all, _ := evaluate(t, ps, items, o)
		t.Logf("%+v: %v", o, all)
	}
}

func copyDB(t *testing.T, src string) *sqlite.DB {
	dst := filepath.Join(t.TempDir(), "copy.db")
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, _ := os.Create(dst)
	io.Copy(out, in)
	out.Close()
	db, err := sqlite.Open(context.Background(), dst)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// canonicalPairs rewrites the pairs' keys to the stored document ids.
func canonicalPairs(t *testing.T, db *sqlite.DB, ps []pair) []pair {
	id := func(key string) string {
		c, err := db.Canonical(context.Background(), strings.SplitN(key, "|", 2)[1])
		if err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		return c
	}
	out := make([]pair, len(ps))
	for i, p := range ps {
		out[i] = pair{p.label, id(p.a), id(p.b)}
	}
	return out
}

var _ marsad.ClusterItem
