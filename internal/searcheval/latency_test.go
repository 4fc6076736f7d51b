package searcheval

import (
	"context"
	"os"
	"sort"
	"syscall"
	"testing"
	"time"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/terms"
)

// latencyQueries are the judged queries plus their words one at a time,
// so common single words (long posting lists) are measured too.
func latencyQueries(tb testing.TB) []string {
	qs, err := ReadQueries("../../testdata/search/queries.tsv")
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, q := range qs {
		out = append(out, q.Text)
	}
	return append(out, "السعودية", "الرئيس", "كرة القدم", "النفط", "\"وزير الخارجية\"", "ترامب", "اليمن الحوثي")
}

// percentiles returns p50, p99 and max of ds.
func percentiles(ds []time.Duration) (p50, p99, max time.Duration) {
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	at := func(p float64) time.Duration { return ds[min(len(ds)-1, int(p*float64(len(ds))))] }
	return at(0.50), at(0.99), ds[len(ds)-1]
}

// TestLatency runs every latency query several times through the full
// search path (parse, rank, facets, snippets) and reports percentiles.
func TestLatency(t *testing.T) {
	db := openMarsad(t)
	ctx := context.Background()
	qs := latencyQueries(t)
	var ds, cpu []time.Duration
	best := make([]time.Duration, len(qs))
	for round := 0; round < 6; round++ {
		for i, text := range qs {
			start, startCPU := time.Now(), cpuTime()
			q := terms.Parse(text)
			q.Limit = 10
			res, err := db.Search(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			for i := range res.Hits {
				res.Hits[i].Snippet = terms.Snippet(res.Hits[i].Text, q, terms.HTMLMark)
			}
			if d := time.Since(start); round > 0 { // the first round warms the caches
				ds, cpu = append(ds, d), append(cpu, cpuTime()-startCPU)
				if best[i] == 0 || d < best[i] {
					best[i] = d
				}
			}
		}
	}
	p50, p99, mx := percentiles(ds)
	n, _ := db.Count(ctx)
	st, _ := os.Stat(os.Getenv("MARSAD_DB"))
	t.Logf("marsad: %d docs, db %.0f MB, %d searches: p50=%s p99=%s max=%s", n, float64(st.Size())/1e6, len(ds), p50, p99, mx)
	b50, b99, bmx := percentiles(best)
	t.Logf("marsad: best of 5 per query (%d queries): p50=%s p99=%s max=%s", len(best), b50, b99, bmx)
	c50, c99, cmx := percentiles(cpu)
	t.Logf("marsad: CPU time per search (what an idle core would take): p50=%s p99=%s max=%s", c50, c99, cmx)
}

var _ marsad.Query

// cpuTime is the CPU time (user and system) the process has used. The
// machine these numbers were taken on was shared, so wall-clock times
// include waiting for a core; CPU time does not.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
