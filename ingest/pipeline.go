package ingest

import (
	"context"
	"io"
	"log/slog"
	"runtime"
	"sync"
	"time"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/analyze"
)

// Options configure an ingest. The zero value reads no stdin, uses every
// core, and reports nothing.
type Options struct {
	Workers   int // analysis goroutines; 0 means GOMAXPROCS
	BatchSize int // documents per transaction; 0 means 256
	Analyzer  *analyze.Analyzer
	Stdin     io.Reader
	// Progress is called from one goroutine after every batch and every
	// ProgressEvery, and once at the end.
	Progress      func(Stats)
	ProgressEvery time.Duration
	// OnError is called (from any goroutine, serialized) for every bad
	// file or record; the ingest goes on.
	OnError func(error)
	Log     *slog.Logger
}

// chunkSize is how many records a worker takes at once (one hash lookup).
const chunkSize = 32

// Run ingests paths into store and returns the counts. Errors in files or
// records are counted and reported through OnError, never returned; Run
// returns an error only when the store fails. When ctx is cancelled Run
// stops reading, commits the documents already analysed, and returns.
func Run(ctx context.Context, store marsad.DocumentStore, paths []string, opts Options) (Stats, error) {
	p := newPipeline(store, opts)
	parent := ctx
	ctx, p.cancel = context.WithCancel(ctx)
	defer p.cancel()
	ins, errs := expand(paths)
	for _, err := range errs {
		p.fail(err)
	}
	p.stats.Files = len(ins)
	for _, in := range ins {
		p.stats.TotalBytes += in.size
	}
	chunks := make(chan []Record, p.opts.Workers)
	// Room for four batches of analysed documents, so that analysis goes on
	// while the store commits a batch (or writes an index segment).
	docs := make(chan []*marsad.StoredDocument, p.opts.Workers+4*p.opts.BatchSize/chunkSize)
	go func() { p.read(ctx, ins, chunks); close(chunks) }()
	var wg sync.WaitGroup
	for range p.opts.Workers {
		wg.Add(1)
		go func() { defer wg.Done(); p.work(ctx, chunks, docs) }()
	}
	go func() { wg.Wait(); close(docs) }()
	err := p.write(ctx, docs)
	st := p.snapshot()
	st.Interrupted = parent.Err() != nil
	return st, err
}

type pipeline struct {
	store  marsad.DocumentStore
	opts   Options
	stats  Stats
	c      counters
	start  time.Time
	errMu  sync.Mutex
	cancel context.CancelFunc
}

func newPipeline(store marsad.DocumentStore, opts Options) *pipeline {
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = 256
	}
	if opts.Analyzer == nil {
		opts.Analyzer = analyze.New(analyze.Options{})
	}
	if opts.ProgressEvery <= 0 {
		opts.ProgressEvery = time.Second
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	return &pipeline{store: store, opts: opts, start: time.Now()}
}

func (p *pipeline) snapshot() Stats { return p.c.snapshot(p.stats, p.start) }

// fail counts and reports a bad file or record.
func (p *pipeline) fail(err error) {
	p.c.errors.Add(1)
	p.errMu.Lock()
	defer p.errMu.Unlock()
	p.opts.Log.Debug("ingest: skipped", "err", err)
	if p.opts.OnError != nil {
		p.opts.OnError(err)
	}
}
