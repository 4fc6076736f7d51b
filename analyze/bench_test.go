package analyze

import (
	"testing"

	"github.com/marsad/marsad/internal/shareddata"
)

// benchDocs returns about 4 MB of real article text (see shareddata.Articles).
func benchDocs(b *testing.B) ([]string, int) { return shareddata.Articles(b) }

// BenchmarkCore measures normalize+tokenize+segment+stem+root on one core.
func BenchmarkCore(b *testing.B) {
	docs, size := benchDocs(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	toks := 0
	for b.Loop() {
		toks = 0
		for _, d := range docs {
			toks += len(Core(d))
		}
	}
	b.ReportMetric(float64(toks)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkAnalyze measures the full analyze pipeline on one core.
func BenchmarkAnalyze(b *testing.B) {
	docs, size := benchDocs(b)
	an := New(Options{})
	b.SetBytes(int64(size))
	b.ReportAllocs()
	toks := 0
	for b.Loop() {
		toks = 0
		for _, d := range docs {
			doc, err := an.Analyze("", []byte(d))
			if err != nil {
				b.Fatal(err)
			}
			toks += len(doc.Tokens)
		}
	}
	b.ReportMetric(float64(toks)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkCoreParallel measures the core on all cores (GOMAXPROCS).
func BenchmarkCoreParallel(b *testing.B) {
	docs, size := benchDocs(b)
	b.SetBytes(int64(size))
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			for _, d := range docs {
				Core(d)
			}
		}
	})
}
