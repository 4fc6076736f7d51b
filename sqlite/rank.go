package sqlite

import (
	"container/heap"
	"context"
	"database/sql"
	"fmt"
	"math"
	"sync"
)

// BM25's parameters, as in FTS5's bm25().
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// maxIndexDoc bounds the rowids a search scores: its arrays are indexed
// by rowid.
const maxIndexDoc = 1 << 28

// view is a consistent read of the index: its segments and the pending
// documents, inside one read transaction.
type view struct {
	tx     *sql.Tx
	get    *sql.Stmt
	segs   []segment
	mem    []*segBuilder // the pending documents, in rowid order
	n      float64
	avgdl  float64 // average tokens per document, over all columns
	maxDoc int64
}

func (db *DB) openView(ctx context.Context) (*view, error) {
	tx, err := db.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	v := &view{tx: tx}
	if v.segs, err = loadSegments(ctx, tx); err == nil {
		v.mem, err = db.pending(ctx, tx)
	}
	if err == nil {
		v.get, err = tx.PrepareContext(ctx, `SELECT data FROM index_postings WHERE seg = ? AND term = ?`)
	}
	if err != nil {
		tx.Rollback()
		return nil, err
	}
	var lens [nCols]int64
	docs := 0
	for _, m := range v.mem {
		docs += m.docs
		for c := range lens {
			lens[c] += m.lens[c]
		}
		v.maxDoc = max(v.maxDoc, m.last)
	}
	for _, s := range v.segs {
		docs += s.docs
		for c := range lens {
			lens[c] += s.lens[c]
		}
		v.maxDoc = max(v.maxDoc, s.maxDoc)
	}
	if v.maxDoc < 0 || v.maxDoc > maxIndexDoc {
		v.close()
		return nil, fmt.Errorf("index segment with document %d: %w", v.maxDoc, errCorruptPostings)
	}
	v.n = float64(docs)
	if docs > 0 {
		total := int64(0)
		for _, l := range lens {
			total += l
		}
		v.avgdl = float64(total) / v.n
	}
	return v, nil
}

func (v *view) close() {
	v.get.Close()
	v.tx.Rollback()
}

// pendingCache holds the postings of the pending documents, in chunks
// that never change once built: documents pending since the last search
// are read as a new chunk, and a flush (fewer pending documents, or older
// ones) rebuilds it from scratch.
type pendingCache struct {
	mu     sync.Mutex
	count  int
	last   int64
	chunks []*segBuilder
}

// pending returns the pending documents' postings as of tx.
func (db *DB) pending(ctx context.Context, tx *sql.Tx) ([]*segBuilder, error) {
	var count int
	var last int64
	err := tx.QueryRowContext(ctx, `SELECT count(*), coalesce(max(rowid), 0) FROM index_pending`).Scan(&count, &last)
	if err != nil {
		return nil, err
	}
	c := &db.pend
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.chunks != nil && c.count == count && c.last == last {
		return c.chunks, nil
	}
	after, chunks := int64(0), []*segBuilder(nil)
	if c.chunks != nil && last > c.last {
		var old int
		err := tx.QueryRowContext(ctx, `SELECT count(*) FROM index_pending WHERE rowid <= ?`, c.last).Scan(&old)
		if err != nil {
			return nil, err
		}
		if old == c.count { // only additions since: read just those
			after, chunks = c.last, c.chunks[:len(c.chunks):len(c.chunks)]
		}
	}
	b, err := readPending(ctx, tx, after)
	if err != nil {
		return nil, err
	}
	c.count, c.last, c.chunks = count, last, append(chunks, b)
	return c.chunks, nil
}

// postings calls fn with each segment's postings of term.
func (v *view) postings(ctx context.Context, term string, fn func(data []byte) error) error {
	for _, s := range v.segs {
		var data []byte
		err := v.get.QueryRowContext(ctx, s.id, term).Scan(&data)
		if err == sql.ErrNoRows {
			continue
		}
		if err != nil {
			return err
		}
		if err := fn(data); err != nil {
			return err
		}
	}
	for _, m := range v.mem {
		if t := m.terms[term]; t != nil {
			if err := fn(t.data); err != nil {
				return err
			}
		}
	}
	return nil
}

// scratch is one search's per-document arrays, indexed by rowid.
type scratch struct {
	score  []float64
	freq   []float64 // the current phrase's frequency
	seen   []uint32  // == epoch: the document matched a word
	hit    []uint32  // == stamp: the document matched the current phrase
	epoch  uint32
	stamp  uint32
	docs   []int64 // documents seen, in order of first match
	buf    []weighted
	scores heapDocs
}

// weighted is a document and a value: its length, in addPhrase.
type weighted struct {
	doc int64
	w   float64
}

var scratchPool = sync.Pool{New: func() any { return &scratch{} }}

func getScratch(maxDoc int64) *scratch {
	s := scratchPool.Get().(*scratch)
	if n := int(maxDoc) + 1; len(s.score) < n {
		s.score, s.freq, s.seen, s.hit = make([]float64, n), make([]float64, n), make([]uint32, n), make([]uint32, n)
		s.epoch, s.stamp = 0, 0
	}
	s.epoch++
	s.docs = s.docs[:0]
	return s
}

func (s *scratch) release() {
	for _, d := range s.docs {
		s.score[d] = 0
	}
	scratchPool.Put(s)
}

// addPhrase adds one BM25 phrase's contribution to every document it
// matches, exactly as FTS5's bm25() computes it. A phrase is one or more
// index terms whose postings together are its matches (FTS5's column
// filter {title body title_stem body_stem}: word is the terms n:word and
// s:word). A document's frequency of the phrase is the column-weighted
// sum of its counts; its idf counts the documents that match it; lengths
// are whole rows.
func (v *view) addPhrase(ctx context.Context, s *scratch, terms []string) error {
	s.stamp++
	s.buf = s.buf[:0]
	for _, term := range terms {
		first, ncols := kindCols(term[0])
		err := v.postings(ctx, term, func(data []byte) error {
			return decodePostings(data, ncols, func(p *posting) {
				if p.doc < 0 || p.doc > v.maxDoc {
					return
				}
				f := 0.0
				for c := 0; c < ncols; c++ {
					f += colWeight[first+c] * float64(p.tf[c])
				}
				if s.hit[p.doc] != s.stamp {
					s.hit[p.doc] = s.stamp
					s.freq[p.doc] = 0
					s.buf = append(s.buf, weighted{p.doc, float64(p.len)})
				}
				s.freq[p.doc] += f
			})
		})
		if err != nil {
			return err
		}
	}
	hits := float64(len(s.buf))
	idf := math.Log((v.n - hits + 0.5) / (hits + 0.5))
	if idf <= 0 {
		idf = 1e-6
	}
	for _, x := range s.buf {
		if s.seen[x.doc] != s.epoch {
			s.seen[x.doc] = s.epoch
			s.docs = append(s.docs, x.doc)
		}
		f := s.freq[x.doc]
		s.score[x.doc] += idf * f * (bm25K1 + 1) / (f + bm25K1*(1-bm25B+bm25B*x.w/v.avgdl))
	}
	return nil
}

// heapDocs keeps the best n documents: a min-heap on score (ties: the
// later document is worse).
type heapDocs []rankedDoc

func (h heapDocs) Len() int { return len(h) }
func (h heapDocs) Less(i, j int) bool {
	if h[i].score != h[j].score {
		return h[i].score < h[j].score
	}
	return h[i].rowid > h[j].rowid
}
func (h heapDocs) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *heapDocs) Push(x any)   { *h = append(*h, x.(rankedDoc)) }
func (h *heapDocs) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// top returns the n best of the documents that pass keep, best first,
// and how many pass.
func (s *scratch) top(n int, keep func(doc int64) bool) ([]rankedDoc, int) {
	s.scores = s.scores[:0]
	total := 0
	for _, d := range s.docs {
		if keep != nil && !keep(d) {
			continue
		}
		total++
		r := rankedDoc{rowid: d, score: s.score[d]}
		if len(s.scores) < n {
			heap.Push(&s.scores, r)
		} else if heapDocs([]rankedDoc{s.scores[0], r}).Less(0, 1) {
			s.scores[0] = r
			heap.Fix(&s.scores, 0)
		}
	}
	out := make([]rankedDoc, len(s.scores))
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(&s.scores).(rankedDoc)
	}
	return out, total
}
