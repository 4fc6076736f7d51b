package ingest

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad/analyze"
	"github.com/marsad/marsad/internal/shareddata"
	"github.com/marsad/marsad/sqlite"
)

// BenchmarkIngest ingests the first records of the multi-source corpus
// with full analysis, on all cores, into a fresh database per iteration,
// and reports documents per second.
//
//	go test ./ingest -run XXX -bench Ingest -benchtime 1x
func BenchmarkIngest(b *testing.B) {
	src := shareddata.Require(b, "data", "antcorpus-multisource", "ant_multisource_v2.1_2018-03_to_2018-04.jsonl")
	lines := firstRecords(b, src, 2000)
	an := analyze.New(analyze.Options{})
	var docs int64
	for i := 0; i < b.N; i++ {
		db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "b.db"))
		if err != nil {
			b.Fatal(err)
		}
		st, err := Run(context.Background(), db, []string{lines}, Options{Analyzer: an})
		db.Close()
		if err != nil || st.Errors > 0 {
			b.Fatalf("%+v %v", st, err)
		}
		docs += st.Added + st.Unchanged
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
}

// firstRecords copies the first n lines of a JSON Lines file to a temp file.
func firstRecords(b *testing.B, path string, n int) string { return writeFirst(b, path, n) }
func writeFirst(b *testing.B, path string, n int) string {
	in, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer in.Close()
	dst := filepath.Join(b.TempDir(), "first.jsonl")
	out, err := os.Create(dst)
	if err != nil {
		b.Fatal(err)
	}
	defer out.Close()
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for i := 0; i < n && sc.Scan(); i++ {
		out.Write(append(sc.Bytes(), '\n'))
	}
	return dst
}
