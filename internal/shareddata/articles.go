package shareddata

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"
)

// BenchCorpus is the corpus the throughput benchmarks read.
var BenchCorpus = []string{"data", "antcorpus-multisource", "ant_multisource_v2.1_2018-03_to_2018-04.jsonl"}

var articles struct {
	once sync.Once
	docs []string
	size int
}

// Articles returns about 4 MB of real article text from BenchCorpus, one
// article per string with white space collapsed (what scripts/benchinput.go
// writes for the peers), and its size in bytes counting one newline per
// article. It skips tb as Require does when the data is absent.
func Articles(tb testing.TB) ([]string, int) {
	tb.Helper()
	path := Require(tb, BenchCorpus...)
	articles.once.Do(func() { articles.docs, articles.size = readArticles(path, 4_000_000) })
	if len(articles.docs) == 0 {
		tb.Fatalf("no articles read from %s", path)
	}
	return articles.docs, articles.size
}

func readArticles(path string, limit int) ([]string, int) {
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
		if line := strings.Join(strings.Fields(rec.Text), " "); line != "" {
			docs = append(docs, line)
			n += len(line) + 1
		}
	}
	return docs, n
}
