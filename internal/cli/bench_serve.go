package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/marsad/marsad/web"
)

const benchServeUsage = `Usage: marsad bench-serve [--clients 8] [--duration 10s] [--url URL]

Load-tests the web server: each of --clients clients sends, one after the
other, POST /api/analyze (a demo article) and GET /api/search (a query of
a fixed list) for --duration, then prints requests/s, p50/p99 latency and
peak memory. Without --url it starts a server in this process on
127.0.0.1:0 over a temporary database with the demo corpus, so the peak
memory is the server's plus the clients'. --url must be on loopback.

Flags:
`

// benchQueries are the searches the clients send, over the demo corpus.
var benchQueries = []string{"تحلية مياه البحر", "الإسكندرية", "الذكاء الاصطناعي", "ندرة المياه",
	"رنا الخطيب", "أمطار غزيرة", `"مؤتمر الرباط"`, "نماذج لغوية", "سكاي نيوز", "تعطيل الدراسة"}

func runBenchServe(env *Env, args []string) int {
	fs := flag.NewFlagSet("bench-serve", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	clients := fs.Int("clients", 8, "concurrent clients")
	duration := fs.Duration("duration", 10*time.Second, "how long to send requests")
	target := fs.String("url", "", "server to load (loopback only); default: start one in this process")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the run to this file")
	fs.Usage = func() { fmt.Fprint(env.Stderr, benchServeUsage); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 || *clients < 1 || *duration <= 0 {
		fs.Usage()
		return max(flagExit(err), ExitUsage*boolInt(err == nil))
	}
	base, stop, err := benchTarget(env, *target)
	if err != nil {
		return fail(env, "bench-serve", err)
	}
	defer stop()
	bodies, err := benchBodies()
	if err != nil {
		return fail(env, "bench-serve", err)
	}
	fmt.Fprintf(env.Stdout, "marsad bench-serve: %d clients for %s against %s\n", *clients, *duration, base)
	if *cpuProfile != "" {
		stopProfile, err := startProfile(*cpuProfile)
		if err != nil {
			return fail(env, "bench-serve", err)
		}
		defer stopProfile()
	}
	mem := startMemSampler()
	res := loadTest(env.Ctx, base, bodies, *clients, *duration)
	printBenchServe(env.Stdout, res, mem.stop(), *target == "")
	return ExitOK
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// benchTarget returns the server's base URL and a func that stops it:
// --url after checking it is on loopback, else a server started here.
func benchTarget(env *Env, target string) (string, func(), error) {
	if target != "" {
		return strings.TrimRight(target, "/"), func() {}, checkLoopback(target)
	}
	dir, err := os.MkdirTemp("", "marsad-bench-serve-")
	if err != nil {
		return "", nil, err
	}
	log := slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	o := serveOptions{db: filepath.Join(dir, "marsad.db"), demo: true, loopback: true}
	store, h, err := openServer(env.Ctx, o, log)
	if err != nil {
		os.RemoveAll(dir)
		return "", nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		store.Close()
		os.RemoveAll(dir)
		return "", nil, err
	}
	ctx, cancel := context.WithCancel(context.WithoutCancel(env.Ctx))
	done := make(chan struct{})
	go func() { web.Serve(ctx, ln, h, log); close(done) }()
	return "http://" + ln.Addr().String(), func() { cancel(); <-done; store.Close(); os.RemoveAll(dir) }, nil
}

// checkLoopback refuses URLs whose host is not a loopback address, so
// that the bench never loads someone else's server.
func checkLoopback(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return fmt.Errorf("--url %q: want http://127.0.0.1:PORT", raw)
	}
	if u.Hostname() == "localhost" {
		return nil
	}
	if ip := net.ParseIP(u.Hostname()); ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("--url %q: only loopback servers (127.0.0.1, ::1, localhost) may be loaded", raw)
	}
	return nil
}

// benchBodies are the analyze request bodies: the demo's articles.
func benchBodies() ([]string, error) {
	recs, err := web.DemoRecords()
	if err != nil {
		return nil, err
	}
	var out []string
	for _, r := range recs {
		if r.Text != "" {
			out = append(out, r.Title+"\n\n"+r.Text)
		}
	}
	return out, nil
}

// loadTest runs the clients until the duration is over or ctx is done.
func loadTest(ctx context.Context, base string, bodies []string, clients int, d time.Duration) *benchResult {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	hc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}, Timeout: time.Minute}
	res := newBenchResult()
	var wg sync.WaitGroup
	start := time.Now()
	for c := range clients {
		wg.Add(1)
		go func() { defer wg.Done(); benchClient(ctx, hc, base, bodies, c, res) }()
	}
	wg.Wait()
	res.elapsed = time.Since(start)
	return res
}

// benchClient alternates analyze and search requests.
func benchClient(ctx context.Context, hc *http.Client, base string, bodies []string, c int, res *benchResult) {
	for i := c; ctx.Err() == nil; i++ {
		var req *http.Request
		if i%2 == 0 {
			req, _ = http.NewRequestWithContext(ctx, "POST", base+"/api/analyze", strings.NewReader(bodies[i/2%len(bodies)]))
			req.Header.Set("Content-Type", "text/plain; charset=utf-8")
		} else {
			q := benchQueries[i/2%len(benchQueries)]
			req, _ = http.NewRequestWithContext(ctx, "GET", base+"/api/search?q="+url.QueryEscape(q), nil)
		}
		t := time.Now()
		resp, err := hc.Do(req)
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}
		if ctx.Err() != nil {
			return // cut off by the end of the run: not counted
		}
		res.add(req.URL.Path, time.Since(t), err != nil || resp.StatusCode != http.StatusOK)
	}
}
