package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strconv"
	"strings"

	marsad "github.com/marsad/marsad"
)

const (
	// flushDocs pending documents are written out as a new segment.
	flushDocs = 5000
	// mergeFactor segments of one level are merged into one of the next,
	// so a search reads a few segments per level.
	mergeFactor = 8
	// mergeChunk is how many postings rows a merge reads at a time.
	mergeChunk = 2048
)

// segment is one stored segment of the index.
type segment struct {
	id, minDoc, maxDoc int64
	level, docs        int
	lens               [nCols]int64 // total tokens per column
}

// queryer is what *sql.DB and *sql.Tx share.
type queryer interface {
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row
	ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error)
}

func formatLens(l [nCols]int64) string {
	parts := make([]string, nCols)
	for i, v := range l {
		parts[i] = strconv.FormatInt(v, 10)
	}
	return strings.Join(parts, " ")
}

func parseLens(s string) ([nCols]int64, error) {
	var l [nCols]int64
	f := strings.Fields(s)
	if len(f) != nCols {
		return l, fmt.Errorf("segment lengths %q: %w", s, errCorruptPostings)
	}
	for i := range f {
		v, err := strconv.ParseInt(f[i], 10, 64)
		if err != nil {
			return l, fmt.Errorf("segment lengths %q: %w", s, errCorruptPostings)
		}
		l[i] = v
	}
	return l, nil
}

// loadSegments lists the stored segments, oldest documents first.
func loadSegments(ctx context.Context, q queryer) ([]segment, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, level, docs, min_doc, max_doc, lens FROM index_segments ORDER BY min_doc`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []segment
	for rows.Next() {
		var s segment
		var lens string
		if err := rows.Scan(&s.id, &s.level, &s.docs, &s.minDoc, &s.maxDoc, &lens); err != nil {
			return nil, err
		}
		if s.lens, err = parseLens(lens); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// maybeFlush writes a segment once enough documents are pending.
func (db *DB) maybeFlush(ctx context.Context) error {
	var n int
	if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM index_pending`).Scan(&n); err != nil {
		return err
	}
	if n < db.flushAt {
		return nil
	}
	return db.Flush(ctx)
}

// Flush writes the postings of the documents stored since the last flush
// as a new segment, then merges segments as needed. Searches see pending
// documents before they are flushed; flushing makes searching them cheap.
func (db *DB) Flush(ctx context.Context) error {
	db.ixMu.Lock()
	defer db.ixMu.Unlock()
	if err := db.flushPending(ctx); err != nil {
		return fmt.Errorf("index flush: %w", err)
	}
	if err := db.mergeLevels(ctx); err != nil {
		return fmt.Errorf("index merge: %w", err)
	}
	return nil
}

func (db *DB) flushPending(ctx context.Context) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	b, err := readPending(ctx, tx, 0)
	if err != nil || b.docs == 0 {
		return err
	}
	keys := make([]string, 0, len(b.terms))
	for k := range b.terms {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	w, err := newSegWriter(ctx, tx, segment{level: 0, docs: b.docs, minDoc: b.minDoc, maxDoc: b.last, lens: b.lens})
	if err != nil {
		return err
	}
	defer w.close()
	for _, k := range keys {
		t := b.terms[k]
		if err := w.put(ctx, k, t.df, t.data); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM index_pending WHERE rowid <= ?`, b.last); err != nil {
		return err
	}
	return tx.Commit()
}

// readPending builds the postings of the pending documents after rowid
// after.
func readPending(ctx context.Context, q queryer, after int64) (*segBuilder, error) {
	rows, err := q.QueryContext(ctx, `SELECT rowid, title, body, title_stem, body_stem, keys FROM index_pending
		WHERE rowid > ? ORDER BY rowid`, after)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	b := newSegBuilder()
	for rows.Next() {
		var rowid int64
		var f [5]string
		if err := rows.Scan(&rowid, &f[0], &f[1], &f[2], &f[3], &f[4]); err != nil {
			return nil, err
		}
		b.add(rowid, fieldsOf(f))
	}
	return b, rows.Err()
}

// fieldsOf is a pending row's columns as index fields.
func fieldsOf(f [5]string) marsad.IndexFields {
	return marsad.IndexFields{Title: f[0], Body: f[1], TitleStem: f[2], BodyStem: f[3], Keys: f[4]}
}

// segWriter writes one new segment's row and postings.
type segWriter struct {
	id  int64
	ins *sql.Stmt
}

func newSegWriter(ctx context.Context, tx *sql.Tx, s segment) (*segWriter, error) {
	w := &segWriter{}
	err := tx.QueryRowContext(ctx, `INSERT INTO index_segments (level, docs, min_doc, max_doc, lens) VALUES (?,?,?,?,?)
		RETURNING id`, s.level, s.docs, s.minDoc, s.maxDoc, formatLens(s.lens)).Scan(&w.id)
	if err != nil {
		return nil, err
	}
	w.ins, err = tx.PrepareContext(ctx, `INSERT INTO index_postings (seg, term, df, data) VALUES (?,?,?,?)`)
	return w, err
}

func (w *segWriter) put(ctx context.Context, term string, df int, data []byte) error {
	_, err := w.ins.ExecContext(ctx, w.id, term, df, data)
	return err
}

func (w *segWriter) close() { w.ins.Close() }
