package searcheval

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	marsad "github.com/marsad/marsad"
)

// openBigBleve opens (building it on first use, from the documents of
// MARSAD_DB stored `copies` times with the ids TestBuildBig gives them) a
// Bleve index of the latency benchmark's documents.
func openBigBleve(tb testing.TB) bleve.Index {
	dir := os.Getenv("MARSAD_BIG_BLEVE")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "marsad-bleve-big")
	}
	if ix, err := bleve.Open(dir); err == nil {
		return ix
	}
	src := openMarsad(tb)
	ix, err := bleve.New(dir, bleveMapping())
	if err != nil {
		tb.Fatal(err)
	}
	start, n := time.Now(), 0
	batch := ix.NewBatch()
	err = src.Each(context.Background(), func(d *marsad.StoredDocument) error {
		for k := 0; k < copies; k++ {
			c := copyOf(d, k)
			if err := batch.Index(c.ID, bleveDoc{c.Title, c.Doc.Text}); err != nil {
				return err
			}
			n++
		}
		if batch.Size() >= 1000 {
			if err := ix.Batch(batch); err != nil {
				return err
			}
			batch = ix.NewBatch()
		}
		return nil
	})
	if err == nil {
		err = ix.Batch(batch)
	}
	if err != nil {
		tb.Fatal(err)
	}
	tb.Logf("bleve: indexed %d documents in %s", n, time.Since(start).Round(time.Second))
	return ix
}

// TestLatencyBleve measures Bleve's search latency on the same queries.
func TestLatencyBleve(t *testing.T) {
	if os.Getenv("MARSAD_BLEVE_LATENCY") == "" {
		t.Skip("set MARSAD_BLEVE_LATENCY=1 (and MARSAD_DB)")
	}
	ix := openBigBleve(t)
	defer ix.Close()
	search := bleveSearch(ix)
	qs := latencyQueries(t)
	var ds, cpu []time.Duration
	best := make([]time.Duration, len(qs))
	for round := 0; round < 6; round++ {
		for i, q := range qs {
			start, startCPU := time.Now(), cpuTime()
			if _, err := search(q); err != nil {
				t.Fatal(err)
			}
			if d := time.Since(start); round > 0 {
				ds, cpu = append(ds, d), append(cpu, cpuTime()-startCPU)
				if best[i] == 0 || d < best[i] {
					best[i] = d
				}
			}
		}
	}
	n, _ := ix.DocCount()
	p50, p99, mx := percentiles(ds)
	t.Logf("bleve-ar: %d docs, index %.0f MB, %d searches: p50=%s p99=%s max=%s", n, dirSize(t, ix), len(ds), p50, p99, mx)
	b50, b99, bmx := percentiles(best)
	t.Logf("bleve-ar: best of 5 per query (%d queries): p50=%s p99=%s max=%s", len(best), b50, b99, bmx)
	c50, c99, cmx := percentiles(cpu)
	t.Logf("bleve-ar: CPU time per search: p50=%s p99=%s max=%s", c50, c99, cmx)
}

func dirSize(tb testing.TB, ix bleve.Index) float64 {
	var size int64
	filepath.Walk(ix.Name(), func(_ string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			size += info.Size()
		}
		return nil
	})
	return float64(size) / 1e6
}
