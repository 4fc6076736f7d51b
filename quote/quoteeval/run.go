package quoteeval

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/analyze"
	"github.com/marsad/marsad/link"
	"github.com/marsad/marsad/quote"
	"github.com/marsad/marsad/quote/gold"
)

// Options configure a run.
type Options struct {
	// Analyzer runs the pipeline; nil means analyze.New with defaults.
	Analyzer *analyze.Analyzer
	// Oracle replaces the tagger's entities by the gold file's (every
	// variant wherever it occurs), to measure linking and quotes alone.
	Oracle bool
	// Keep, when set, chooses the gold files (by path) to score.
	Keep func(goldPath string) bool
}

// Result is a run's score per document and in total.
type Result struct {
	Total Score
	Files []string
	Docs  []Score
}

// Pairs returns the gold files in dir, sorted, with their documents.
func Pairs(dir string) ([]string, error) {
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(golds)
	return golds, nil
}

// Run scores the documents of every gold file in dirs.
func Run(opts Options, dirs ...string) (*Result, error) {
	an := opts.Analyzer
	if an == nil {
		an = analyze.New(analyze.Options{})
	}
	r := &Result{}
	for _, dir := range dirs {
		golds, err := Pairs(dir)
		if err != nil {
			return nil, err
		}
		for _, gp := range golds {
			if opts.Keep != nil && !opts.Keep(gp) {
				continue
			}
			s, err := runOne(an, opts, gp)
			if err != nil {
				return nil, err
			}
			r.Files = append(r.Files, gp)
			r.Docs = append(r.Docs, s)
			r.Total.Add(s)
		}
	}
	if len(r.Files) == 0 {
		return nil, fmt.Errorf("no *.gold.json files in %v", dirs)
	}
	return r, nil
}

func runOne(an *analyze.Analyzer, opts Options, goldPath string) (Score, error) {
	g, err := gold.Read(goldPath)
	if err != nil {
		return Score{}, fmt.Errorf("%s: %w", goldPath, err)
	}
	txt := filepath.Join(filepath.Dir(goldPath), g.File)
	raw, err := os.ReadFile(txt)
	if err != nil {
		return Score{}, err
	}
	doc, err := an.Analyze(filepath.Base(txt), raw)
	if err != nil {
		return Score{}, err
	}
	Complete(doc, g, opts.Oracle)
	return ScoreDoc(doc, g), nil
}

// Complete runs linking and quote extraction on doc when the analyzer did
// not (or, with oracle, over the gold entities instead of the tagger's).
func Complete(doc *marsad.Document, g *gold.File, oracle bool) {
	if oracle {
		gold.Place(doc, g)
	} else if slices.Contains(doc.Stages, "quotes") {
		return
	}
	link.Link(doc)
	quote.Extract(doc)
}
