package sqlite

import (
	"context"
	"fmt"
	"strings"

	marsad "github.com/marsad/marsad"
)

// facetDepth is how many of the best-ranked matches the facets count (the
// total counts every match).
const facetDepth = 200

// Search ranks the matching documents by BM25 over Marsad's own index
// (rank.go; the weights of migrations/001_init.sql), leaving out very
// common words (see prune). A document matches when it has every phrase
// and, if the query has single words, at least one of them. Snippets are
// left empty: the caller highlights Hit.Text with its own analysis.
func (db *DB) Search(ctx context.Context, q marsad.Query) (*marsad.SearchResult, error) {
	phrases, words, err := db.prune(ctx, q.Clauses)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if matchExpr(append(phrases, words...), nil) == "" {
		return nil, marsad.Errorf(marsad.EINVALID, "the query %q has no words to search for", q.Text)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 10
	}
	res := &marsad.SearchResult{Hits: []marsad.Hit{}}
	ranked, total, err := db.rank(ctx, q.Filter, phrases, words, max(facetDepth, q.Offset+limit))
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	res.Total = total
	page := ranked[min(q.Offset, len(ranked)):min(q.Offset+limit, len(ranked))]
	if res.Hits, err = db.hits(ctx, page); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if res.Facets, err = db.facets(ctx, ranked[:min(facetDepth, len(ranked))]); err != nil {
		return nil, fmt.Errorf("search: facets: %w", err)
	}
	return res, nil
}

type rankedDoc struct {
	rowid int64
	score float64
}

// rank scores the documents that match the words (or, with none, the
// phrases' words), keeps those that have every phrase and pass the
// filter, and returns the n best and how many were kept.
func (db *DB) rank(ctx context.Context, f marsad.Filter, phrases, words []marsad.Clause, n int) ([]rankedDoc, int, error) {
	v, err := db.openView(ctx)
	if err != nil {
		return nil, 0, err
	}
	defer v.close()
	s := getScratch(v.maxDoc)
	defer s.release()
	scoring, keyed := words, db.keyed
	if len(words) == 0 {
		scoring, keyed = phraseWords(phrases), nil
	}
	for _, c := range scoring {
		for _, ph := range wordPhrases(c.Terms[0], keyed != nil && keyed(c.Terms[0])) {
			if err := v.addPhrase(ctx, s, ph); err != nil {
				return nil, 0, err
			}
		}
	}
	keep, err := v.restrict(ctx, f, phrases)
	if err != nil {
		return nil, 0, err
	}
	top, total := s.top(n, keep)
	return top, total, nil
}

// wordPhrases are the BM25 phrases of one query word, as in wordExpr: its
// normal form in the title and body and its stem in the stem columns (one
// phrase over all four when they are the same word), and its name keys
// when keyed.
func wordPhrases(t marsad.Term, keyed bool) [][]string {
	if !hasWordChar(t.Norm) {
		return nil
	}
	var out [][]string
	stem := stemOrNorm(t)
	if stem == t.Norm || !hasWordChar(stem) {
		out = append(out, []string{indexTerm(kindNorm, t.Norm), indexTerm(kindStem, t.Norm)})
	} else {
		out = append(out, []string{indexTerm(kindNorm, t.Norm)}, []string{indexTerm(kindStem, stem)})
	}
	if keyed {
		for _, k := range t.Keys {
			if hasWordChar(k) {
				out = append(out, []string{indexTerm(kindKey, k)})
			}
		}
	}
	return out
}

// phraseWords are the words of phrases, each as a single-word clause.
func phraseWords(phrases []marsad.Clause) []marsad.Clause {
	var out []marsad.Clause
	for _, p := range phrases {
		for _, t := range p.Terms {
			out = append(out, marsad.Clause{Terms: []marsad.Term{t}})
		}
	}
	return out
}

// restrict returns the test a scored document must pass: having every
// phrase (matched by the fts table) and passing the filter; nil when
// there is nothing to test.
func (v *view) restrict(ctx context.Context, f marsad.Filter, phrases []marsad.Clause) (func(int64) bool, error) {
	var sets []map[int64]bool
	for _, p := range phrases {
		e := phraseExpr(p.Terms)
		if e == "" {
			continue
		}
		set, err := rowids(ctx, v.tx, `SELECT rowid FROM fts WHERE fts MATCH ?`, e)
		if err != nil {
			return nil, err
		}
		sets = append(sets, set)
	}
	if where, args := filterSQL(f, "d"); where != "1" {
		set, err := rowids(ctx, v.tx, `SELECT d.rowid FROM documents d WHERE `+where, args...)
		if err != nil {
			return nil, err
		}
		sets = append(sets, set)
	}
	if len(sets) == 0 {
		return nil, nil
	}
	return func(doc int64) bool {
		for _, s := range sets {
			if !s[doc] {
				return false
			}
		}
		return true
	}, nil
}

func rowids(ctx context.Context, q queryer, query string, args ...any) (map[int64]bool, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	set := map[int64]bool{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		set[id] = true
	}
	return set, rows.Err()
}

// hits loads the documents of page, in page order.
func (db *DB) hits(ctx context.Context, page []rankedDoc) ([]marsad.Hit, error) {
	hits := make([]marsad.Hit, 0, len(page))
	for _, r := range page {
		h := marsad.Hit{Score: r.score}
		err := db.db.QueryRowContext(ctx, `SELECT d.id, d.title, d.outlet, d.published, d.story, d.origin, c.text
			FROM documents d JOIN contents c ON c.rowid = d.rowid WHERE d.rowid = ?`, r.rowid).Scan(&h.ID, &h.Title, &h.Outlet, &h.Published,
			&h.Story, &h.Origin, &h.Text)
		if err != nil {
			return nil, err
		}
		hits = append(hits, h)
	}
	return hits, nil
}

// facets counts the outlets and entities of the ranked documents.
func (db *DB) facets(ctx context.Context, ranked []rankedDoc) (marsad.Facets, error) {
	f := marsad.Facets{Outlet: []marsad.Count{}, Entity: []marsad.Count{}}
	if len(ranked) == 0 {
		return f, nil
	}
	ids := make([]string, len(ranked))
	for i, r := range ranked {
		ids[i] = fmt.Sprint(r.rowid)
	}
	in := strings.Join(ids, ",")
	var err error
	f.Outlet, err = db.counts(ctx, `SELECT outlet, '', count(*) FROM documents WHERE rowid IN (`+in+`)
		GROUP BY outlet ORDER BY count(*) DESC, outlet`)
	if err != nil {
		return f, err
	}
	f.Entity, err = db.counts(ctx, `SELECT m.entity, e.name, count(*) FROM mentions m JOIN entities e ON e.id = m.entity
		WHERE m.doc IN (`+in+`) GROUP BY m.entity ORDER BY count(*) DESC, m.entity LIMIT 20`)
	return f, err
}

// counts reads (value, name, count) rows.
func (db *DB) counts(ctx context.Context, q string) ([]marsad.Count, error) {
	rows, err := db.db.QueryContext(ctx, q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []marsad.Count{}
	for rows.Next() {
		var c marsad.Count
		if err := rows.Scan(&c.Value, &c.Name, &c.Count); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
