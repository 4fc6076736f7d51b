package ingest

import (
	"context"
	"fmt"
	"time"

	marsad "github.com/marsad/marsad"
)

// read sends the records of every input in chunks, until ctx is done.
func (p *pipeline) read(ctx context.Context, ins []input, out chan<- []Record) {
	chunk := make([]Record, 0, chunkSize)
	send := func() bool {
		if len(chunk) == 0 {
			return true
		}
		select {
		case out <- chunk:
			chunk = make([]Record, 0, chunkSize)
			return true
		case <-ctx.Done():
			return false
		}
	}
	for _, in := range ins {
		ok := true
		readInput(in, p.opts.Stdin, &p.c.bytes, func(r Record) bool {
			p.c.records.Add(1)
			if r.Err != nil {
				p.fail(r.Err)
			} else if chunk = append(chunk, r); len(chunk) == chunkSize {
				ok = send()
			}
			return ok && ctx.Err() == nil
		})
		if !ok || ctx.Err() != nil {
			return
		}
	}
	send()
}

// work hashes each chunk, skips content already stored, and analyses the
// rest. When ctx is done it passes on what it has analysed and stops.
func (p *pipeline) work(ctx context.Context, in <-chan []Record, out chan<- []*marsad.StoredDocument) {
	for chunk := range in {
		hashes := make([]string, len(chunk))
		for i := range chunk {
			hashes[i] = contentHash(&chunk[i])
		}
		known, err := p.store.Hashes(ctx, hashes)
		if err != nil {
			known = map[string]bool{} // Put detects them instead
		}
		docs := make([]*marsad.StoredDocument, 0, len(chunk))
		for i := range chunk {
			if ctx.Err() != nil {
				break
			}
			if d := p.analyse(&chunk[i], hashes[i], known[hashes[i]]); d != nil {
				docs = append(docs, d)
			}
		}
		out <- docs
	}
}

// analyse prepares one record. Known content becomes a stub, which the
// store records as a duplicate origin if the origin is new.
func (p *pipeline) analyse(r *Record, hash string, known bool) *marsad.StoredDocument {
	if known {
		return &marsad.StoredDocument{ID: r.docID(), Origin: r.Origin, Hash: hash}
	}
	d, err := prepare(p.opts.Analyzer, r, hash)
	if err != nil {
		p.fail(fmt.Errorf("%s: %w", r.Origin, err))
		return nil
	}
	return d
}

// write stores documents in batches. Batches are committed even after
// ctx is cancelled, so that every analysed document is kept.
func (p *pipeline) write(ctx context.Context, in <-chan []*marsad.StoredDocument) error {
	wctx := context.WithoutCancel(ctx)
	var batch []*marsad.StoredDocument
	var firstErr error
	tick := time.NewTicker(p.opts.ProgressEvery)
	defer tick.Stop()
	flush := func() {
		if len(batch) > 0 && firstErr == nil {
			if firstErr = p.commit(wctx, batch); firstErr != nil {
				p.cancel() // stop reading and analysing; nothing more can be stored
			}
		}
		batch = batch[:0]
		p.progress()
	}
	for {
		select {
		case docs, ok := <-in:
			if !ok {
				flush()
				return firstErr
			}
			if batch = append(batch, docs...); len(batch) >= p.opts.BatchSize {
				flush()
			}
		case <-tick.C:
			p.progress()
		}
	}
}

func (p *pipeline) commit(ctx context.Context, batch []*marsad.StoredDocument) error {
	added, err := p.store.Put(ctx, batch)
	if err != nil {
		return err
	}
	for _, a := range added {
		if a {
			p.c.added.Add(1)
		} else {
			p.c.unchanged.Add(1)
		}
	}
	return nil
}

func (p *pipeline) progress() {
	if p.opts.Progress != nil {
		p.opts.Progress(p.snapshot())
	}
}
