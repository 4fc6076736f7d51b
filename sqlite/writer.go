package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	marsad "github.com/marsad/marsad"
)

// writer holds one transaction's prepared statements.
type writer struct {
	doc, content, fts, pending, dupOf, dup, entity, mention *sql.Stmt
}

func newWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	w := &writer{}
	for _, s := range []struct {
		p *(*sql.Stmt)
		q string
	}{
		{&w.doc, `INSERT INTO documents (id, hash, origin, url, outlet, published, title, story, near_of,
			ingested) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING RETURNING rowid`},
		{&w.content, `INSERT INTO contents (rowid, text, analysis, features) VALUES (?,?,?,?)`},
		{&w.fts, `INSERT INTO fts (rowid, title, body, title_stem, body_stem, keys) VALUES (?,?,?,?,?,?)`},
		{&w.pending, `INSERT INTO index_pending (rowid, title, body, title_stem, body_stem, keys) VALUES (?,?,?,?,?,?)`},
		{&w.dupOf, `SELECT rowid, origin FROM documents WHERE hash = ?`},
		{&w.dup, `INSERT OR IGNORE INTO duplicates (origin, id, doc) VALUES (?,?,?)`},
		{&w.entity, `INSERT OR IGNORE INTO entities (id, type, name) VALUES (?,?,?)`},
		{&w.mention, `INSERT INTO mentions (entity, doc, count) VALUES (?,?,?)
			ON CONFLICT DO UPDATE SET count = count + excluded.count`},
	} {
		st, err := tx.PrepareContext(ctx, s.q)
		if err != nil {
			w.close()
			return nil, err
		}
		*s.p = st
	}
	return w, nil
}

func (w *writer) close() {
	for _, st := range []*sql.Stmt{w.doc, w.content, w.fts, w.pending, w.dupOf, w.dup, w.entity, w.mention} {
		if st != nil {
			st.Close()
		}
	}
}

// put stores d unless its hash is stored, in which case it records d's
// origin as a duplicate. A new document whose ID is taken by other content
// gets the ID with "~" and its hash's first 8 digits appended.
func (w *writer) put(ctx context.Context, d *marsad.StoredDocument) (bool, error) {
	rowid, err := w.insertDoc(ctx, d, d.ID)
	if errors.Is(err, sql.ErrNoRows) {
		return w.duplicate(ctx, d)
	}
	if err != nil {
		return false, err
	}
	ix := d.Index
	if _, err := w.fts.ExecContext(ctx, rowid, ix.Title, ix.Body, ix.TitleStem, ix.BodyStem, ix.Keys); err != nil {
		return false, fmt.Errorf("index: %w", err)
	}
	if _, err := w.pending.ExecContext(ctx, rowid, ix.Title, ix.Body, ix.TitleStem, ix.BodyStem, ix.Keys); err != nil {
		return false, fmt.Errorf("index: %w", err)
	}
	return true, w.entities(ctx, rowid, d.Doc)
}

func (w *writer) insertDoc(ctx context.Context, d *marsad.StoredDocument, id string) (int64, error) {
	blob, err := encodeDoc(d.Doc)
	if err != nil {
		return 0, fmt.Errorf("encode analysis: %w", err)
	}
	text := ""
	if d.Doc != nil {
		text = d.Doc.Text
	}
	var rowid int64
	err = w.doc.QueryRowContext(ctx, id, d.Hash, d.Origin, d.URL, d.Outlet, d.Published, d.Title, d.Story,
		d.NearOf, now()).Scan(&rowid)
	if err != nil {
		return 0, err
	}
	_, err = w.content.ExecContext(ctx, rowid, text, blob, encodeFeatures(d.Features))
	return rowid, err
}

// duplicate handles a conflicting insert: same content (record the
// origin) or same ID with other content (store under a derived ID).
func (w *writer) duplicate(ctx context.Context, d *marsad.StoredDocument) (bool, error) {
	var rowid int64
	var origin string
	err := w.dupOf.QueryRowContext(ctx, d.Hash).Scan(&rowid, &origin)
	if errors.Is(err, sql.ErrNoRows) {
		d.ID = d.ID + "~" + d.Hash[:min(8, len(d.Hash))]
		return w.put(ctx, d)
	}
	if err != nil || origin == d.Origin {
		return false, err
	}
	_, err = w.dup.ExecContext(ctx, d.Origin, d.ID, rowid)
	return false, err
}
