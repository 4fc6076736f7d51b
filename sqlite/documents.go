package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	marsad "github.com/marsad/marsad"
)

// Put stores the documents whose content is new in one transaction.
func (db *DB) Put(ctx context.Context, docs []*marsad.StoredDocument) ([]bool, error) {
	encoded := encodeAll(docs)
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	defer tx.Rollback()
	w, err := newWriter(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	defer w.close()
	w.encoded = encoded
	added := make([]bool, len(docs))
	for i, d := range docs {
		if added[i], err = w.put(ctx, d); err != nil {
			return nil, fmt.Errorf("put %s: %w", d.Origin, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("put: commit: %w", err)
	}
	db.df.reset()
	db.wrote.Store(true)
	if err := db.maybeFlush(ctx); err != nil {
		// The documents are stored and stay pending: the next Put, Flush
		// or Close writes their postings, and searches read them meanwhile.
		slog.Warn("index flush failed; will retry", "err", err)
	}
	return added, nil
}

// Get returns the document with the given id.
func (db *DB) Get(ctx context.Context, id string) (*marsad.StoredDocument, error) {
	row := db.db.QueryRowContext(ctx, `SELECT d.id, d.hash, d.origin, d.url, d.outlet, d.published, d.title,
		d.story, d.near_of, c.text, c.analysis, c.features FROM documents d JOIN contents c ON c.rowid = d.rowid
		WHERE d.id = ?`, id)
	var d marsad.StoredDocument
	var text string
	var analysis, features []byte
	err := row.Scan(&d.ID, &d.Hash, &d.Origin, &d.URL, &d.Outlet, &d.Published, &d.Title, &d.Story,
		&d.NearOf, &text, &analysis, &features)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, marsad.Errorf(marsad.ENOTFOUND, "no document %q", id)
	} else if err != nil {
		return nil, fmt.Errorf("get %s: %w", id, err)
	}
	if d.Doc, err = decodeDoc(analysis, text); err != nil {
		return nil, fmt.Errorf("get %s: analysis: %w", id, err)
	}
	if d.Features, err = decodeFeatures(features); err != nil {
		return nil, fmt.Errorf("get %s: %w", id, err)
	}
	return &d, nil
}

// Hashes reports which of hashes are stored.
func (db *DB) Hashes(ctx context.Context, hashes []string) (map[string]bool, error) {
	found := make(map[string]bool)
	for len(hashes) > 0 {
		n := min(len(hashes), 500)
		args := make([]any, n)
		for i, h := range hashes[:n] {
			args[i] = h
		}
		q := `SELECT hash FROM documents WHERE hash IN (` + placeholders(n) + `)`
		if err := db.collect(ctx, q, args, func(h string) { found[h] = true }); err != nil {
			return nil, fmt.Errorf("hashes: %w", err)
		}
		hashes = hashes[n:]
	}
	return found, nil
}

// Count returns the number of stored documents.
func (db *DB) Count(ctx context.Context) (int, error) {
	var n int
	err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM documents`).Scan(&n)
	return n, err
}

// collect runs a one-column query and passes each value to f.
func (db *DB) collect(ctx context.Context, q string, args []any, f func(string)) error {
	rows, err := db.db.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return err
		}
		f(s)
	}
	return rows.Err()
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

func now() string { return time.Now().UTC().Format(time.RFC3339) }

// Canonical returns the ID under which the content of the document with
// the given ID or origin is stored: the ID itself, or, for an exact
// duplicate, the stored document's ID.
func (db *DB) Canonical(ctx context.Context, id string) (string, error) {
	var out string
	err := db.db.QueryRowContext(ctx, `SELECT id FROM documents WHERE id = ?
		UNION ALL SELECT d.id FROM duplicates x JOIN documents d ON d.rowid = x.doc WHERE x.id = ? OR x.origin = ?
		LIMIT 1`, id, id, id).Scan(&out)
	if errors.Is(err, sql.ErrNoRows) {
		return "", marsad.Errorf(marsad.ENOTFOUND, "no document %q", id)
	}
	return out, err
}
