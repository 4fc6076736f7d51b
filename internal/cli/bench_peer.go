package cli

import (
	"bufio"
	"fmt"
	"os"
	"time"

	"github.com/marsad/marsad/analyze"
)

// benchPeer does what each peer in ../shared/peers does, so that the
// numbers compare: read FILE (one document per line), run the token core on
// every line once (a cold start: the word cache begins empty), write one
// stem per line to out, and print one timing line on stderr. Elapsed time
// covers reading, analysis and writing, as for the peers.
func benchPeer(env *Env, path, outPath string) int {
	start := time.Now()
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(env.Stderr, "marsad bench:", err)
		return ExitUsage
	}
	defer f.Close()
	out := bufio.NewWriterSize(env.Stdout, 1<<16)
	if outPath != "" {
		o, err := os.Create(outPath)
		if err != nil {
			fmt.Fprintln(env.Stderr, "marsad bench:", err)
			return ExitUsage
		}
		defer o.Close()
		out = bufio.NewWriterSize(o, 1<<16)
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	toks, size := 0, 0
	for sc.Scan() {
		size += len(sc.Bytes()) + 1
		for _, t := range analyze.Core(sc.Text()) {
			if t.Stem != "" {
				out.WriteString(t.Stem)
			} else {
				out.WriteString(t.Norm)
			}
			out.WriteByte('\n')
			toks++
		}
	}
	out.Flush()
	s := time.Since(start).Seconds()
	fmt.Fprintf(env.Stderr, "peer=marsad workers=1 tokens=%d bytes=%d elapsed_s=%.3f tokens_per_s=%.0f MB_per_s=%.2f\n",
		toks, size, s, float64(toks)/s, float64(size)/1e6/s)
	return ExitOK
}
