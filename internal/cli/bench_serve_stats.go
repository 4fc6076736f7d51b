package cli

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
)

// benchResult collects request latencies by endpoint.
type benchResult struct {
	mu      sync.Mutex
	lat     map[string][]time.Duration
	errors  map[string]int
	elapsed time.Duration
}

func newBenchResult() *benchResult {
	return &benchResult{lat: map[string][]time.Duration{}, errors: map[string]int{}}
}

func (r *benchResult) add(endpoint string, d time.Duration, failed bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.lat[endpoint] = append(r.lat[endpoint], d)
	if failed {
		r.errors[endpoint]++
	}
}

// percentile returns the p-th percentile (0 < p ≤ 100) of sorted ds.
func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	i := int(float64(len(ds))*p/100+0.5) - 1
	return ds[min(max(i, 0), len(ds)-1)]
}

func printBenchServe(w io.Writer, r *benchResult, m memPeak, inProcess bool) {
	fmt.Fprintf(w, "%-14s %9s %7s %9s %9s %9s %9s\n", "endpoint", "requests", "errors", "req/s", "p50", "p99", "max")
	var all []time.Duration
	var errs int
	for _, ep := range []string{"/api/analyze", "/api/search"} {
		ds := slices.Sorted(slices.Values(r.lat[ep]))
		all, errs = append(all, ds...), errs+r.errors[ep]
		printBenchRow(w, ep, ds, r.errors[ep], r.elapsed)
	}
	slices.Sort(all)
	printBenchRow(w, "all", all, errs, r.elapsed)
	who := "this process (the load generator only)"
	if inProcess {
		who = "this process (server and clients)"
	}
	fmt.Fprintf(w, "peak memory of %s: VmHWM %s, Go heap in use %s, Go sys %s\n", who,
		mib(m.hwm), mib(m.heapInuse), mib(m.sys))
}

func printBenchRow(w io.Writer, name string, ds []time.Duration, errs int, elapsed time.Duration) {
	rate := float64(len(ds)) / elapsed.Seconds()
	fmt.Fprintf(w, "%-14s %9d %7d %9.1f %9s %9s %9s\n", name, len(ds), errs, rate,
		ms(percentile(ds, 50)), ms(percentile(ds, 99)), ms(percentile(ds, 100)))
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1fms", float64(d.Microseconds())/1000) }

func mib(b uint64) string {
	if b == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.0f MiB", float64(b)/(1<<20))
}

// memPeak is the peak memory seen: the kernel's high-water mark of the
// resident set (VmHWM) and the Go runtime's heap and total.
type memPeak struct{ hwm, heapInuse, sys uint64 }

type memSampler struct {
	done chan struct{}
	out  chan memPeak
}

// startMemSampler reads the Go runtime's memory every 100 ms until stop.
func startMemSampler() *memSampler {
	s := &memSampler{done: make(chan struct{}), out: make(chan memPeak)}
	go func() {
		var peak memPeak
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			peak.heapInuse, peak.sys = max(peak.heapInuse, ms.HeapInuse), max(peak.sys, ms.Sys)
			select {
			case <-s.done:
				peak.hwm = vmHWM()
				s.out <- peak
				return
			case <-tick.C:
			}
		}
	}()
	return s
}

func (s *memSampler) stop() memPeak {
	close(s.done)
	return <-s.out
}

// vmHWM returns the process's peak resident set in bytes, 0 where
// /proc/self/status does not exist.
func vmHWM() uint64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			var kb uint64
			fmt.Sscan(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), &kb)
			return kb << 10
		}
	}
	return 0
}
