package analyze

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/marsad/marsad/internal/shareddata"
)

// benchDocs returns about 4 MB of real article text from the shared
// multi-source corpus, one string per article (the same text that
// scripts/benchinput.go writes for the peers).
func benchDocs(b *testing.B) ([]string, int) {
	b.Helper()
	path := shareddata.Require(b, "data", "antcorpus-multisource", "ant_multisource_v2.1_2018-03_to_2018-04.jsonl")
	benchOnce.Do(func() { benchText, benchSize = loadDocs(path, 4_000_000) })
	return benchText, benchSize
}

var (
	benchOnce sync.Once
	benchText []string
	benchSize int
)

func loadDocs(path string, limit int) ([]string, int) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var docs []string
	n := 0
	for sc.Scan() && n < limit {
		var rec struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &rec) != nil {
			continue
		}
		line := strings.Join(strings.Fields(rec.Text), " ")
		if line != "" {
			docs = append(docs, line)
			n += len(line) + 1
		}
	}
	return docs, n
}

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
