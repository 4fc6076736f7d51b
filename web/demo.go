package web

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/analyze"
	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/story"
)

// The demo corpus: sample articles written for Marsad in the styles of
// several outlets. Each file is "key: value" header lines (id, outlet,
// published, title), a "---" line, then the text or HTML page (.html).
//
//go:embed demo/*.txt demo/*.html
var demoFS embed.FS

// demoOriginPrefix starts the origin of every demo document; pages mark
// such documents as samples.
const demoOriginPrefix = "demo:"

// DemoOptions configure LoadDemo.
type DemoOptions struct {
	Analyze analyze.Options
	// SeedDir, when it exists, holds the seed article (*.txt), which is
	// loaded with the samples; it is not part of the repository.
	SeedDir string
}

// LoadDemo stores the demo corpus (and the seed) when store is empty and
// groups it into stories. It returns the number of documents added.
func LoadDemo(ctx context.Context, store Store, opts DemoOptions) (int, error) {
	if n, err := store.Count(ctx); err != nil || n > 0 {
		return 0, err
	}
	recs, err := DemoRecords()
	if err != nil {
		return 0, err
	}
	recs = append(recs, seedRecords(opts.SeedDir)...)
	an := analyze.New(opts.Analyze)
	docs := make([]*marsad.StoredDocument, 0, len(recs))
	for i := range recs {
		d, err := ingest.Prepare(an, &recs[i])
		if err != nil {
			return 0, fmt.Errorf("demo %s: %w", recs[i].Origin, err)
		}
		fillTitle(d)
		docs = append(docs, d)
	}
	added, err := store.Put(ctx, docs)
	if err != nil {
		return 0, fmt.Errorf("demo: %w", err)
	}
	if _, err := story.Update(ctx, store, story.Options{}); err != nil {
		return 0, fmt.Errorf("demo: %w", err)
	}
	return countTrue(added), nil
}

// DemoRecords returns the demo's sample articles as ingest records.
func DemoRecords() ([]ingest.Record, error) {
	names, err := fs.Glob(demoFS, "demo/*")
	if err != nil {
		return nil, err
	}
	var recs []ingest.Record
	for _, n := range names {
		b, err := demoFS.ReadFile(n)
		if err != nil {
			return nil, err
		}
		r, err := parseDemo(path.Base(n), string(b))
		if err != nil {
			return nil, err
		}
		recs = append(recs, r)
	}
	return recs, nil
}

// parseDemo reads one demo file.
func parseDemo(name, s string) (ingest.Record, error) {
	header, body, ok := strings.Cut(s, "\n---\n")
	if !ok {
		return ingest.Record{}, fmt.Errorf("demo %s: no --- line", name)
	}
	r := ingest.Record{Origin: demoOriginPrefix + name}
	for _, line := range strings.Split(header, "\n") {
		k, v, _ := strings.Cut(line, ":")
		v = strings.TrimSpace(v)
		switch strings.TrimSpace(k) {
		case "id":
			r.ID = v
		case "outlet":
			r.Outlet = v
		case "published":
			r.Published = v
		case "title":
			r.Title = v
		}
	}
	if strings.HasSuffix(name, ".html") {
		r.HTML = []byte(body)
	} else {
		r.Text = strings.TrimSpace(body)
	}
	return r, nil
}

// seedOutlet is the outlet whose page layout (its comment block) the
// seed article has.
const seedOutlet = "اليوم السابع"

// seedRecords reads the seed articles of dir, if any (undated: the seed
// states no date).
func seedRecords(dir string) []ingest.Record {
	if dir == "" {
		return nil
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var recs []ingest.Record
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil || len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		base := strings.TrimSuffix(filepath.Base(p), ".txt")
		recs = append(recs, ingest.Record{Origin: "seed:" + filepath.Base(p), ID: "seed-" + base,
			Outlet: seedOutlet, Text: strings.TrimSpace(string(b))})
	}
	return recs
}

func countTrue(bs []bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}
