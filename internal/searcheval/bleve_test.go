package searcheval

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/sqlite"
)

// bleveDoc is what Bleve indexes: title and text with its "ar" analyzer.
type bleveDoc struct {
	Title string `json:"title"`
	Text  string `json:"text"`
}

func bleveMapping() mapping.IndexMapping {
	im := bleve.NewIndexMapping()
	im.DefaultAnalyzer = ar.AnalyzerName
	dm := bleve.NewDocumentMapping()
	for _, f := range []string{"title", "text"} {
		fm := bleve.NewTextFieldMapping()
		fm.Analyzer = ar.AnalyzerName
		fm.Store = false
		fm.IncludeInAll = true
		dm.AddFieldMappingsAt(f, fm)
	}
	im.DefaultMapping = dm
	return im
}

// openBleve opens the Bleve index at dir, building it from paths (read
// with ingest.Read, so documents have the same ids as in Marsad) when it
// does not exist.
func openBleve(tb testing.TB, dir string, paths []string) bleve.Index {
	if ix, err := bleve.Open(dir); err == nil {
		return ix
	}
	ix, err := bleve.New(dir, bleveMapping())
	if err != nil {
		tb.Fatal(err)
	}
	start, n := time.Now(), 0
	batch := ix.NewBatch()
	ingest.Read(paths, nil, func(r ingest.Record) bool {
		if r.Err != nil {
			return true
		}
		id := firstNonEmpty(r.ID, r.URL, r.Origin)
		if err := batch.Index(id, bleveDoc{r.Title, r.Text}); err != nil {
			tb.Fatal(err)
		}
		if n++; batch.Size() >= 500 {
			if err := ix.Batch(batch); err != nil {
				tb.Fatal(err)
			}
			batch = ix.NewBatch()
		}
		return true
	})
	if err := ix.Batch(batch); err != nil {
		tb.Fatal(err)
	}
	tb.Logf("bleve: indexed %d documents in %s", n, time.Since(start).Round(time.Millisecond))
	return ix
}

// bleveSearch is a plain match query (OR of the analysed terms) over the
// composite field, as in ../shared/peers/bleve-search.
func bleveSearch(ix bleve.Index) func(string) ([]string, error) {
	return func(text string) ([]string, error) {
		mq := bleve.NewMatchQuery(text)
		mq.Analyzer = ar.AnalyzerName
		res, err := ix.Search(bleve.NewSearchRequestOptions(mq, Depth, 0, false))
		if err != nil {
			return nil, err
		}
		ids := make([]string, len(res.Hits))
		for i, h := range res.Hits {
			ids[i] = h.ID
		}
		return ids, nil
	}
}

// canonical maps Bleve's hits to the ids Marsad stores them under: Bleve
// indexes every record, Marsad stores exact duplicates once (under the
// first record's id). A document seen twice counts once, at its first rank.
func canonical(db *sqlite.DB, run func(string) ([]string, error)) func(string) ([]string, error) {
	return func(text string) ([]string, error) {
		ids, err := run(text)
		if err != nil {
			return nil, err
		}
		seen := map[string]bool{}
		out := ids[:0]
		for _, id := range ids {
			if c, err := db.Canonical(context.Background(), id); err == nil {
				id = c
			}
			if !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
		return out, nil
	}
}

func bleveDir(paths []string) string {
	if d := os.Getenv("MARSAD_BLEVE"); d != "" {
		return d
	}
	return filepath.Join(os.TempDir(), "marsad-bleve-corpora")
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
