package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"sort"
	"sync"

	marsad "github.com/marsad/marsad"
)

const (
	// DefaultCommonShare is the default CommonShare.
	DefaultCommonShare = 0.15
	// keyShare is the share of documents above which a word is not
	// matched by its name keys: names are rarer, and the keys of common
	// words would only add cost and noise.
	keyShare = 0.10
	// minKeyed: words in at most this many documents are always keyed, so
	// that small corpora match every spelling of a name.
	minKeyed = 100
	// maxTerms caps the single words of a query that are matched: the
	// rarest are kept.
	maxTerms = 8
)

// SetCommonShare sets the share of documents above which a query word is
// common: it is left out of the search (it would match a large part of
// the corpus and count for little in BM25) unless the query has no rarer
// word. 1 keeps every word.
func (db *DB) SetCommonShare(share float64) { db.commonShare = share }

// dfCache remembers document frequencies between searches; Put clears it.
type dfCache struct {
	mu   sync.Mutex
	n    int            // documents, 0 when unknown
	freq map[string]int // term -> documents containing it
}

func (c *dfCache) reset() {
	c.mu.Lock()
	c.n, c.freq = 0, nil
	c.mu.Unlock()
}

// keyed reports whether a word is rare enough to be matched by its keys;
// it uses the frequencies prune looked up.
func (db *DB) keyed(t marsad.Term) bool {
	n, _ := db.docCount(context.Background())
	f, _ := db.docFreq(context.Background(), indexForm(t))
	return float64(f) <= max(keyShare*float64(n), minKeyed)
}

// prune drops the most common single-word clauses from a query, keeping
// phrases and at least the rarest word. It returns the phrases and the
// words, rarest first.
func (db *DB) prune(ctx context.Context, clauses []marsad.Clause) (phrases, words []marsad.Clause, err error) {
	var all []marsad.Clause
	for _, c := range clauses {
		if c.Phrase {
			phrases = append(phrases, c)
		} else {
			all = append(all, c)
		}
	}
	n, err := db.docCount(ctx)
	if err != nil {
		return nil, nil, err
	}
	freq := make([]int, len(all))
	for i, c := range all {
		if freq[i], err = db.docFreq(ctx, indexForm(c.Terms[0])); err != nil {
			return nil, nil, err
		}
	}
	idx := make([]int, len(all))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return freq[idx[a]] < freq[idx[b]] })
	for k, i := range idx {
		if k == 0 || (k < maxTerms && float64(freq[i]) <= db.commonShare*float64(n)) {
			words = append(words, all[i])
		}
	}
	return phrases, words, nil
}

// indexForm is the form of a term whose frequency stands for it: its
// stem (which its other forms mostly share), else its normal form.
func indexForm(t marsad.Term) string {
	if t.Stem != "" {
		return t.Stem
	}
	return t.Norm
}

func (db *DB) docCount(ctx context.Context) (int, error) {
	db.df.mu.Lock()
	n := db.df.n
	db.df.mu.Unlock()
	if n > 0 {
		return n, nil
	}
	n, err := db.Count(ctx)
	db.df.mu.Lock()
	db.df.n = n
	db.df.mu.Unlock()
	return n, err
}

func (db *DB) docFreq(ctx context.Context, term string) (int, error) {
	db.df.mu.Lock()
	f, ok := db.df.freq[term]
	db.df.mu.Unlock()
	if ok {
		return f, nil
	}
	f, err := db.indexDocFreq(ctx, indexTerm(kindStem, term))
	if err != nil {
		return 0, err
	}
	db.df.mu.Lock()
	if db.df.freq == nil {
		db.df.freq = map[string]int{}
	}
	db.df.freq[term] = f
	db.df.mu.Unlock()
	return f, nil
}

// indexDocFreq is how many documents have term: the sum over the index's
// segments, plus the pending documents as of this process's last search.
func (db *DB) indexDocFreq(ctx context.Context, term string) (int, error) {
	segs, err := loadSegments(ctx, db.db)
	if err != nil {
		return 0, err
	}
	total := 0
	for _, s := range segs {
		var df int
		err := db.db.QueryRowContext(ctx, `SELECT df FROM index_postings WHERE seg = ? AND term = ?`, s.id, term).Scan(&df)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return 0, err
		}
		total += df
	}
	db.pend.mu.Lock()
	for _, m := range db.pend.chunks {
		if t := m.terms[term]; t != nil {
			total += t.df
		}
	}
	db.pend.mu.Unlock()
	return total, nil
}
