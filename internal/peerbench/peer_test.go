package peerbench

import (
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/arabic"

	"github.com/marsad/marsad/analyze"
	"github.com/marsad/marsad/internal/shareddata"
)

// load returns the benchmark articles (see shareddata.Articles).
func load(b *testing.B) []string {
	docs, size := shareddata.Articles(b)
	b.SetBytes(int64(size))
	return docs
}

func report(b *testing.B, toks int) {
	b.ReportMetric(float64(toks)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkMarsadCore: tokenize, normalize, segment clitics, light-stem and
// extract the root of every token, with a warm word cache.
func BenchmarkMarsadCore(b *testing.B) {
	ds := load(b)
	toks := 0
	for b.Loop() {
		toks = 0
		for _, d := range ds {
			toks += len(analyze.Core(d))
		}
	}
	report(b, toks)
}

// BenchmarkMarsadCoreCold is the same with the word cache emptied before
// every pass over the 4 MB, so every distinct word is analysed once.
func BenchmarkMarsadCoreCold(b *testing.B) {
	ds := load(b)
	toks := 0
	for b.Loop() {
		analyze.ResetWordCache()
		toks = 0
		for _, d := range ds {
			toks += len(analyze.Core(d))
		}
	}
	report(b, toks)
}

// BenchmarkBleveAr: Bleve v2's "ar" analyzer (the Lucene chain: unicode
// tokenizer, lower case, NFKC, stop words, Arabic normalization, light10).
func BenchmarkBleveAr(b *testing.B) {
	ds := load(b)
	an, err := registry.NewCache().AnalyzerNamed("ar")
	if err != nil {
		b.Fatal(err)
	}
	toks := 0
	for b.Loop() {
		toks = 0
		for _, d := range ds {
			toks += len(an.Analyze([]byte(d)))
		}
	}
	report(b, toks)
}

// BenchmarkSnowballAr: Bleve's unicode tokenizer then the Snowball Arabic
// stemmer on every token (what the go-snowball-ar peer does).
func BenchmarkSnowballAr(b *testing.B) {
	ds := load(b)
	tok, err := registry.NewCache().TokenizerNamed("unicode")
	if err != nil {
		b.Fatal(err)
	}
	toks := 0
	for b.Loop() {
		toks = 0
		for _, d := range ds {
			for _, t := range tok.Tokenize([]byte(d)) {
				stemSnowball(t)
				toks++
			}
		}
	}
	report(b, toks)
}

func stemSnowball(t *analysis.Token) string {
	env := snowballstem.NewEnv(string(t.Term))
	arabic.Stem(env)
	return env.Current()
}
