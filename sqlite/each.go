package sqlite

import (
	"context"
	"fmt"

	marsad "github.com/marsad/marsad"
)

// Each calls fn with every stored document, analysis and features
// included, in storage order. It is for re-indexing and exports.
func (db *DB) Each(ctx context.Context, fn func(*marsad.StoredDocument) error) error {
	rows, err := db.db.QueryContext(ctx, `SELECT d.id, d.hash, d.origin, d.url, d.outlet, d.published, d.title,
		d.story, d.near_of, c.text, c.analysis, c.features FROM documents d JOIN contents c ON c.rowid = d.rowid
		ORDER BY d.rowid`)
	if err != nil {
		return fmt.Errorf("each: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var d marsad.StoredDocument
		var text string
		var analysis, features []byte
		if err := rows.Scan(&d.ID, &d.Hash, &d.Origin, &d.URL, &d.Outlet, &d.Published, &d.Title, &d.Story,
			&d.NearOf, &text, &analysis, &features); err != nil {
			return err
		}
		if d.Doc, err = decodeDoc(analysis, text); err != nil {
			return fmt.Errorf("each %s: %w", d.ID, err)
		}
		if d.Features, err = decodeFeatures(features); err != nil {
			return fmt.Errorf("each %s: %w", d.ID, err)
		}
		if err := fn(&d); err != nil {
			return err
		}
	}
	return rows.Err()
}
