package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"runtime"
	"sync"

	marsad "github.com/marsad/marsad"
)

// writer holds one transaction's prepared statements, and the documents'
// encoded analyses when they were encoded beforehand (see encodeAll).
type writer struct {
	doc, content, fts, pending, dupOf, dup, entity, mention *sql.Stmt
	encoded                                                 map[*marsad.StoredDocument]*encodedDoc
}

// encodedDoc is a document's stored analysis and features.
type encodedDoc struct {
	analysis, features []byte
	err                error
}

func encodeStored(d *marsad.StoredDocument) *encodedDoc {
	a, err := encodeDoc(d.Doc)
	return &encodedDoc{analysis: a, features: encodeFeatures(d.Features), err: err}
}

// encodeAll encodes the documents on all cores, outside the write
// transaction, which then only stores the bytes.
func encodeAll(docs []*marsad.StoredDocument) map[*marsad.StoredDocument]*encodedDoc {
	out := make([]*encodedDoc, len(docs))
	var wg sync.WaitGroup
	workers := min(runtime.GOMAXPROCS(0), len(docs))
	for k := 0; k < workers; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			for i := k; i < len(docs); i += workers {
				out[i] = encodeStored(docs[i])
			}
		}(k)
	}
	wg.Wait()
	m := make(map[*marsad.StoredDocument]*encodedDoc, len(docs))
	for i, d := range docs {
		m[d] = out[i]
	}
	return m
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
	// The fts table now only matches phrases (Marsad's own index ranks),
	// which never use the name keys: its keys column is left empty.
	if _, err := w.fts.ExecContext(ctx, rowid, ix.Title, ix.Body, ix.TitleStem, ix.BodyStem, ""); err != nil {
		return false, fmt.Errorf("index: %w", err)
	}
	if _, err := w.pending.ExecContext(ctx, rowid, ix.Title, ix.Body, ix.TitleStem, ix.BodyStem, ix.Keys); err != nil {
		return false, fmt.Errorf("index: %w", err)
	}
	return true, w.entities(ctx, rowid, d.Doc)
}

func (w *writer) insertDoc(ctx context.Context, d *marsad.StoredDocument, id string) (int64, error) {
	enc := w.encoded[d]
	if enc == nil {
		enc = encodeStored(d)
	}
	if enc.err != nil {
		return 0, fmt.Errorf("encode analysis: %w", enc.err)
	}
	text := ""
	if d.Doc != nil {
		text = d.Doc.Text
	}
	var rowid int64
	err := w.doc.QueryRowContext(ctx, id, d.Hash, d.Origin, d.URL, d.Outlet, d.Published, d.Title, d.Story,
		d.NearOf, now()).Scan(&rowid)
	if err != nil {
		return 0, err
	}
	_, err = w.content.ExecContext(ctx, rowid, text, enc.analysis, enc.features)
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
