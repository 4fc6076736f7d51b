package cli

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
	"sync/atomic"
	"time"

	"github.com/marsad/marsad/analyze"
)

const benchUsage = `Usage: marsad bench [flags] FILE

Measures throughput on FILE, one document per line (the peers' input
format; see docs/PERFORMANCE.md for how to make it from the shared corpora).
With -peer it runs the way the peers do (see bench_peer.go). Otherwise it
keeps the documents in memory, runs each measurement -rounds times and
prints the best, one line per stage and worker count:
  stage=core  normalize + tokenize + segment + stem + root of every token
  stage=full  the whole analyze pipeline, as 'marsad analyze' runs it

Flags:
`

func runBench(env *Env, args []string) int {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	workers := fs.Int("j", runtime.GOMAXPROCS(0), "workers for the parallel run (a 1-worker run is always made)")
	rounds := fs.Int("rounds", 3, "runs per measurement; the best is reported")
	stage := fs.String("stage", "core,full", "stages to measure: core, full or both")
	peer := fs.Bool("peer", false, "run like the peers in ../shared/peers: one cold pass, stems to stdout (or -o), timing line on stderr")
	outPath := fs.String("o", "", "with -peer: write the stems to this file instead of stdout")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile to this file")
	fs.Usage = func() { fmt.Fprint(env.Stderr, benchUsage); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return ExitUsage
	}
	if *cpuProfile != "" {
		stop, err := startProfile(*cpuProfile)
		if err != nil {
			fmt.Fprintln(env.Stderr, "marsad bench:", err)
			return ExitUsage
		}
		defer stop()
	}
	if *peer {
		return benchPeer(env, fs.Arg(0), *outPath)
	}
	docs, size, err := readLines(fs.Arg(0))
	if err != nil {
		fmt.Fprintln(env.Stderr, "marsad bench:", err)
		return ExitUsage
	}
	an := analyze.New(analyze.Options{})
	for _, st := range []string{"core", "full"} {
		if !bytes.Contains([]byte(*stage), []byte(st)) {
			continue
		}
		for _, j := range uniq(1, *workers) {
			best, toks := time.Duration(1<<62), int64(0)
			for r := 0; r < *rounds; r++ {
				d, n := benchRun(an, st, docs, j)
				best, toks = min(best, d), n
			}
			s := best.Seconds()
			fmt.Fprintf(env.Stdout, "marsad stage=%s workers=%d docs=%d bytes=%d tokens=%d elapsed_s=%.3f tokens_per_s=%.0f MB_per_s=%.2f\n",
				st, j, len(docs), size, toks, s, float64(toks)/s, float64(size)/1e6/s)
		}
	}
	return ExitOK
}

func uniq(a, b int) []int {
	if a == b {
		return []int{a}
	}
	return []int{a, b}
}

// benchRun analyses every document with j workers and returns the elapsed
// time and the number of tokens produced.
func benchRun(an *analyze.Analyzer, stage string, docs [][]byte, j int) (time.Duration, int64) {
	var next, toks atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < j; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := next.Add(1) - 1; i < int64(len(docs)); i = next.Add(1) - 1 {
				toks.Add(int64(benchDoc(an, stage, docs[i])))
			}
		}()
	}
	wg.Wait()
	return time.Since(start), toks.Load()
}

func benchDoc(an *analyze.Analyzer, stage string, doc []byte) int {
	if stage == "core" {
		return len(analyze.Core(string(doc)))
	}
	d, err := an.Analyze("", doc)
	if err != nil {
		return 0
	}
	return len(d.Tokens)
}

func readLines(path string) ([][]byte, int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	var docs [][]byte
	size := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		line := append([]byte(nil), sc.Bytes()...)
		docs = append(docs, line)
		size += len(line) + 1
	}
	return docs, size, sc.Err()
}

func startProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}
