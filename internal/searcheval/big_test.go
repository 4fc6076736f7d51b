package searcheval

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/sqlite"
	"github.com/marsad/marsad/terms"
)

// copies is how many times TestBuildBig stores each document.
const copies = 4

// TestBuildBig builds the latency benchmark's database: every document of
// MARSAD_DB stored `copies` times with altered ids, hashes, origins and
// stories, in MARSAD_BIG_DB. Analyses are copied, not recomputed (the
// ingest rate is measured on its own); the index columns are rebuilt from
// the stored tokens, as ingest builds them.
func TestBuildBig(t *testing.T) {
	out := os.Getenv("MARSAD_BIG_DB")
	if out == "" {
		t.Skip("set MARSAD_DB and MARSAD_BIG_DB")
	}
	src := openMarsad(t)
	ctx := context.Background()
	dst, err := sqlite.Open(ctx, out)
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	start, n := time.Now(), 0
	var batch []*marsad.StoredDocument
	flush := func() {
		if _, err := dst.Put(ctx, batch); err != nil {
			t.Fatal(err)
		}
		batch = batch[:0]
	}
	err = src.Each(ctx, func(d *marsad.StoredDocument) error {
		for k := 0; k < copies; k++ {
			batch = append(batch, copyOf(d, k))
			n++
		}
		if len(batch) >= 512 {
			flush()
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	flush()
	if err := dst.Optimize(ctx); err != nil {
		t.Fatal(err)
	}
	t.Logf("stored %d documents in %s", n, time.Since(start).Round(time.Second))
}

// copyOf returns copy k of d (copy 0 keeps d's ids).
func copyOf(d *marsad.StoredDocument, k int) *marsad.StoredDocument {
	c := *d
	titleEnd := 0
	if d.Title != "" && strings.HasPrefix(d.Doc.Text, d.Title) {
		titleEnd = len([]rune(d.Title))
	}
	c.Index = terms.Fields(d.Doc, titleEnd)
	if k == 0 {
		return &c
	}
	suffix := fmt.Sprintf("~copy%d", k)
	h := sha256.Sum256([]byte(d.Hash + suffix))
	c.ID, c.Origin, c.Hash = d.ID+suffix, d.Origin+suffix, hex.EncodeToString(h[:])
	if c.Story != "" {
		c.Story += suffix
	}
	return &c
}
