package sqlite

import (
	"context"
	"fmt"
	"strings"

	marsad "github.com/marsad/marsad"
)

const (
	// facetDepth is how many of the best-ranked matches the facets count
	// (the total counts every match).
	facetDepth = 200
	// DefaultRankCap bounds the work of ranking (see SetRankCap). When the
	// words of a query could match more documents, only documents with at
	// least one of its rarest words match — as many of the rarest as fit
	// in the cap, by document frequency — and every word still counts in
	// their ranking (Lucene calls this a common-terms query). When one
	// word alone matches more, only the cap's worth of its most recently
	// stored matches are ranked.
	DefaultRankCap = 8000
)

// Search ranks the matching documents by BM25 over the fts columns
// (weights in migrations/001_init.sql), leaving out very common words
// (see prune) and ranking at most rankCap matches. Snippets are left
// empty: the caller highlights Hit.Text with its own analysis.
func (db *DB) Search(ctx context.Context, q marsad.Query) (*marsad.SearchResult, error) {
	phrases, words, dfs, err := db.prune(ctx, q.Clauses)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if matchExpr(append(phrases, words...), db.keyed) == "" {
		return nil, marsad.Errorf(marsad.EINVALID, "the query %q has no words to search for", q.Text)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 10
	}
	res := &marsad.SearchResult{Hits: []marsad.Hit{}}
	where, args, total, err := db.narrow(ctx, q.Filter, phrases, words, dfs)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	res.Total = total
	if total > db.rankCap {
		where, args, err = db.newest(ctx, where, args)
		if err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
	}
	ranked, err := db.ranked(ctx, where, args, max(facetDepth, q.Offset+limit))
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	page := ranked[min(q.Offset, len(ranked)):min(q.Offset+limit, len(ranked))]
	if res.Hits, err = db.hits(ctx, page); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if res.Facets, err = db.facets(ctx, ranked[:min(facetDepth, len(ranked))]); err != nil {
		return nil, fmt.Errorf("search: facets: %w", err)
	}
	return res, nil
}

// narrow returns the match condition and its number of matches. When
// the words' document frequencies add up to more than the rank cap, the
// condition also requires one of the rarest words (words come rarest
// first, with their frequencies in dfs).
func (db *DB) narrow(ctx context.Context, f marsad.Filter, phrases, words []marsad.Clause, dfs []int) (string, []any, int, error) {
	full := matchExpr(append(phrases, words...), db.keyed)
	filter, fargs := filterSQL(f, "d")
	try := func(expr string) ([]any, int, error) {
		args := append([]any{expr}, fargs...)
		n, err := db.count(ctx, filter, args)
		return args, n, err
	}
	if sum(dfs) <= db.rankCap || len(words) < 2 {
		args, n, err := try(full)
		return filter, args, n, err
	}
	args, n, err := try(anyKeyExpr(words[:rarest(dfs, db.rankCap)]) + " AND " + full)
	return filter, args, n, err
}

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

// rarest returns how many of the first (rarest) words fit in the cap by
// the sum of their document frequencies; at least one.
func rarest(dfs []int, limit int) int {
	sum := 0
	for i, f := range dfs {
		if sum += f; sum > limit && i > 0 {
			return i
		}
	}
	return len(dfs)
}

// count returns the number of matches; without filters it reads the
// search index only.
func (db *DB) count(ctx context.Context, where string, args []any) (int, error) {
	q := `SELECT count(*) FROM fts f JOIN documents d ON d.rowid = f.rowid WHERE fts MATCH ? AND ` + where
	if where == "1" {
		q = `SELECT count(*) FROM fts WHERE fts MATCH ?`
	}
	var n int
	err := db.db.QueryRowContext(ctx, q, args...).Scan(&n)
	return n, err
}

// newest restricts a search to its rankCap most recently stored matches.
func (db *DB) newest(ctx context.Context, where string, args []any) (string, []any, error) {
	q := `SELECT f.rowid FROM fts f JOIN documents d ON d.rowid = f.rowid WHERE fts MATCH ? AND ` + where +
		` ORDER BY f.rowid DESC LIMIT 1 OFFSET ?`
	if where == "1" {
		q = `SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?`
	}
	var bound int64
	if err := db.db.QueryRowContext(ctx, q, append(args, db.rankCap-1)...).Scan(&bound); err != nil {
		return "", nil, err
	}
	return where + " AND f.rowid >= ?", append(args, bound), nil
}

type rankedDoc struct {
	rowid int64
	score float64
}

// ranked returns the n best matches, best first.
func (db *DB) ranked(ctx context.Context, where string, args []any, n int) ([]rankedDoc, error) {
	q := `SELECT f.rowid, f.rank FROM fts f JOIN documents d ON d.rowid = f.rowid
		WHERE fts MATCH ? AND ` + where + ` ORDER BY f.rank LIMIT ?`
	rows, err := db.db.QueryContext(ctx, q, append(args, n)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []rankedDoc
	for rows.Next() {
		var r rankedDoc
		if err := rows.Scan(&r.rowid, &r.score); err != nil {
			return nil, err
		}
		r.score = -r.score // FTS5's bm25() is negative: lower is better
		out = append(out, r)
	}
	return out, rows.Err()
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

// SetRankCap sets how many matches a search ranks at most (see
// DefaultRankCap); ranking costs a few microseconds per match.
func (db *DB) SetRankCap(n int) { db.rankCap = max(n, 100) }
