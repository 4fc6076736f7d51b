package cli

import (
	"fmt"
	"time"

	"github.com/marsad/marsad/ingest"
	"github.com/schollz/progressbar/v3"
)

// progress shows an ingest's progress: a bar over the input bytes with
// the document count and rate on a terminal, a plain line every few
// seconds otherwise.
type progress struct {
	env    *Env
	bar    *progressbar.ProgressBar
	quiet  bool
	last   time.Time
	every  time.Duration
	errors int
}

func newProgress(env *Env, quiet bool) *progress {
	return &progress{env: env, quiet: quiet, every: 5 * time.Second, last: time.Now()}
}

func (p *progress) update(st ingest.Stats) {
	switch {
	case p.quiet:
	case p.env.StderrIsTerminal:
		p.drawBar(st)
	case time.Since(p.last) >= p.every:
		p.last = time.Now()
		fmt.Fprintln(p.env.Stderr, progressLine(st))
	}
}

func (p *progress) drawBar(st ingest.Stats) {
	if p.bar == nil {
		max := st.TotalBytes
		if max <= 0 {
			max = -1 // unknown (stdin): a spinner
		}
		p.bar = progressbar.NewOptions64(max, progressbar.OptionSetWriter(p.env.Stderr),
			progressbar.OptionShowBytes(true), progressbar.OptionSetWidth(30),
			progressbar.OptionShowElapsedTimeOnFinish(), progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionSetPredictTime(true), progressbar.OptionFullWidth())
	}
	p.bar.Describe(fmt.Sprintf("%d docs, %.0f/s", st.Added+st.Unchanged, st.Rate()))
	p.bar.Set64(st.Bytes)
}

// progressLine is the plain progress report.
func progressLine(st ingest.Stats) string {
	s := fmt.Sprintf("ingest: %d docs (%d added, %d unchanged, %d errors), %.0f docs/s",
		st.Added+st.Unchanged, st.Added, st.Unchanged, st.Errors, st.Rate())
	if st.TotalBytes > 0 && st.Bytes > 0 {
		frac := float64(st.Bytes) / float64(st.TotalBytes)
		eta := time.Duration(float64(st.Elapsed) * (1 - frac) / frac)
		s += fmt.Sprintf(", %.0f%%, ETA %s", 100*frac, eta.Round(time.Second))
	}
	return s
}

// maxShownErrors is how many bad files or records are printed; the rest
// are only counted.
const maxShownErrors = 20

func (p *progress) error(err error) {
	if p.errors++; p.errors > maxShownErrors {
		return
	}
	if p.bar != nil {
		p.bar.Clear()
	}
	fmt.Fprintln(p.env.Stderr, "marsad ingest:", err)
	if p.errors == maxShownErrors {
		fmt.Fprintln(p.env.Stderr, "marsad ingest: further errors are counted, not shown")
	}
}

func (p *progress) done() {
	if p.bar != nil {
		p.bar.Finish()
		fmt.Fprintln(p.env.Stderr)
	}
}
