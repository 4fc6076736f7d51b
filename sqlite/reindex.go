package sqlite

import (
	"context"
	"fmt"

	marsad "github.com/marsad/marsad"
)

// reindexBatch is how many documents Reindex reads and commits at a time.
const reindexBatch = 500

// Unindexed returns how many documents were stored before the database
// had Marsad's own search index and are not indexed yet (see Reindex).
func (db *DB) Unindexed(ctx context.Context) (int, error) {
	var n int
	err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM documents, index_backfill
		WHERE documents.rowid > index_backfill.done AND documents.rowid <= index_backfill.upto`).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("unindexed: %w", err)
	}
	return n, nil
}

// Reindex indexes the documents stored before the index existed, from
// their stored analyses: fields computes a document's index columns, as
// at ingest. Each batch commits with its progress, so an interrupted
// Reindex resumes where it stopped. progress (optional) is called after
// each batch with the documents done and the total.
func (db *DB) Reindex(ctx context.Context, fields func(*marsad.StoredDocument) marsad.IndexFields,
	progress func(done, total int)) error {
	total, err := db.Unindexed(ctx)
	if err != nil || total == 0 {
		return err
	}
	done := 0
	for done < total {
		n, err := db.reindexBatch(ctx, fields)
		if err != nil {
			return fmt.Errorf("reindex: %w", err)
		}
		if n == 0 {
			break
		}
		done += n
		if progress != nil {
			progress(done, total)
		}
		if err := db.maybeFlush(ctx); err != nil {
			return fmt.Errorf("reindex: %w", err)
		}
	}
	return db.Flush(ctx)
}

// reindexBatch indexes the next batch of unindexed documents.
func (db *DB) reindexBatch(ctx context.Context, fields func(*marsad.StoredDocument) marsad.IndexFields) (int, error) {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT d.rowid, d.title, c.text, c.analysis
		FROM index_backfill b, documents d JOIN contents c ON c.rowid = d.rowid
		WHERE d.rowid > b.done AND d.rowid <= b.upto ORDER BY d.rowid LIMIT ?`, reindexBatch)
	if err != nil {
		return 0, err
	}
	type item struct {
		rowid int64
		f     marsad.IndexFields
	}
	var items []item
	for rows.Next() {
		var it item
		var d marsad.StoredDocument
		var text string
		var analysis []byte
		if err := rows.Scan(&it.rowid, &d.Title, &text, &analysis); err != nil {
			rows.Close()
			return 0, err
		}
		if d.Doc, err = decodeDoc(analysis, text); err != nil {
			rows.Close()
			return 0, fmt.Errorf("document %d: %w", it.rowid, err)
		}
		it.f = fields(&d)
		items = append(items, it)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(items) == 0 {
		return 0, err
	}
	for _, it := range items {
		f := it.f
		if _, err := tx.ExecContext(ctx, `INSERT INTO index_pending (rowid, title, body, title_stem, body_stem, keys)
			VALUES (?,?,?,?,?,?)`, it.rowid, f.Title, f.Body, f.TitleStem, f.BodyStem, f.Keys); err != nil {
			return 0, err
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE index_backfill SET done = ?`, items[len(items)-1].rowid); err != nil {
		return 0, err
	}
	return len(items), tx.Commit()
}
