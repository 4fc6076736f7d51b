package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
)

// mergeLevels merges the segments of the lowest level that has
// mergeFactor of them into one of the next level, until none has.
func (db *DB) mergeLevels(ctx context.Context) error {
	for {
		segs, err := loadSegments(ctx, db.db)
		if err != nil {
			return err
		}
		byLevel := map[int][]segment{}
		for _, s := range segs {
			byLevel[s.level] = append(byLevel[s.level], s)
		}
		level := -1
		for l, ss := range byLevel {
			if len(ss) >= mergeFactor && (level < 0 || l < level) {
				level = l
			}
		}
		if level < 0 {
			return nil
		}
		if err := db.mergeSegments(ctx, byLevel[level], level+1); err != nil {
			return err
		}
	}
}

// mergeAll merges the segments into one, or, when the largest holds more
// than half the documents, all the others into one: an Optimize after a
// small ingest into a large corpus then rewrites only the recent postings.
func (db *DB) mergeAll(ctx context.Context) error {
	segs, err := loadSegments(ctx, db.db)
	if err != nil || len(segs) < 2 {
		return err
	}
	sort.Slice(segs, func(i, j int) bool { return segs[i].docs > segs[j].docs })
	total, top := 0, 0
	for _, s := range segs {
		total += s.docs
		top = max(top, s.level)
	}
	if segs[0].docs*2 > total {
		if segs = segs[1:]; len(segs) < 2 {
			return nil
		}
	}
	return db.mergeSegments(ctx, segs, top+1)
}

// mergeSegments replaces segs by one segment of the given level, in one
// transaction, reading their postings in term order a chunk at a time.
func (db *DB) mergeSegments(ctx context.Context, segs []segment, level int) error {
	sort.Slice(segs, func(i, j int) bool { return segs[i].minDoc < segs[j].minDoc })
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	out := segment{level: level, minDoc: segs[0].minDoc}
	readers := make([]*chunkReader, len(segs))
	ids := make([]string, len(segs))
	for i, s := range segs {
		out.docs += s.docs
		out.minDoc, out.maxDoc = min(out.minDoc, s.minDoc), max(out.maxDoc, s.maxDoc)
		for c := range out.lens {
			out.lens[c] += s.lens[c]
		}
		readers[i] = &chunkReader{seg: s.id}
		ids[i] = fmt.Sprint(s.id)
	}
	w, err := newSegWriter(ctx, tx, out)
	if err != nil {
		return err
	}
	defer w.close()
	if err := mergePostings(ctx, tx, readers, w); err != nil {
		return err
	}
	in := strings.Join(ids, ",")
	if _, err := tx.ExecContext(ctx, `DELETE FROM index_postings WHERE seg IN (`+in+`)`); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM index_segments WHERE id IN (`+in+`)`); err != nil {
		return err
	}
	return tx.Commit()
}

// mergePostings writes, term by term, the concatenated postings of the
// readers (whose segments are in document order).
func mergePostings(ctx context.Context, tx *sql.Tx, readers []*chunkReader, w *segWriter) error {
	var ps []posting
	for {
		term, ok := "", false
		for _, r := range readers {
			row, has, err := r.peek(ctx, tx)
			if err != nil {
				return err
			}
			if has && (!ok || row.term < term) {
				term, ok = row.term, true
			}
		}
		if !ok {
			return nil
		}
		_, ncols := kindCols(term[0])
		ps = ps[:0]
		for _, r := range readers {
			if row, has, _ := r.peek(ctx, tx); has && row.term == term {
				if err := decodePostings(row.data, ncols, func(p *posting) { ps = append(ps, *p) }); err != nil {
					return fmt.Errorf("term %q: %w", term, err)
				}
				r.pos++
			}
		}
		if !sort.SliceIsSorted(ps, func(i, j int) bool { return ps[i].doc < ps[j].doc }) {
			sort.Slice(ps, func(i, j int) bool { return ps[i].doc < ps[j].doc })
		}
		var data []byte
		prev := int64(0)
		for _, p := range ps {
			data, prev = appendPosting(data, prev, p, ncols), p.doc
		}
		if err := w.put(ctx, term, len(ps), data); err != nil {
			return err
		}
	}
}

type postingsRow struct {
	term string
	data []byte
}

// chunkReader reads one segment's postings in term order, mergeChunk rows
// per query, each query read to its end before the merge writes.
type chunkReader struct {
	seg  int64
	rows []postingsRow
	pos  int
	done bool
}

func (r *chunkReader) peek(ctx context.Context, tx *sql.Tx) (postingsRow, bool, error) {
	if r.pos < len(r.rows) {
		return r.rows[r.pos], true, nil
	}
	if r.done {
		return postingsRow{}, false, nil
	}
	after := ""
	if len(r.rows) > 0 {
		after = r.rows[len(r.rows)-1].term
	}
	rows, err := tx.QueryContext(ctx, `SELECT term, data FROM index_postings WHERE seg = ? AND term > ?
		ORDER BY term LIMIT ?`, r.seg, after, mergeChunk)
	if err != nil {
		return postingsRow{}, false, err
	}
	defer rows.Close()
	r.rows, r.pos = r.rows[:0], 0
	for rows.Next() {
		var row postingsRow
		if err := rows.Scan(&row.term, &row.data); err != nil {
			return postingsRow{}, false, err
		}
		r.rows = append(r.rows, row)
	}
	if err := rows.Err(); err != nil {
		return postingsRow{}, false, err
	}
	r.done = len(r.rows) < mergeChunk
	if len(r.rows) == 0 {
		return postingsRow{}, false, nil
	}
	return r.rows[0], true, nil
}
