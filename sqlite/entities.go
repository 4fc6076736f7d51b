package sqlite

import (
	"context"
	"fmt"

	marsad "github.com/marsad/marsad"
)

// docEntity is one linked entity of a document with its mention count.
type docEntity struct {
	id, typ, name string
	count         int
}

// docEntities returns doc's linked entities: its Linked list, or, when
// linking did not run, its entity mentions that carry an ID.
func docEntities(doc *marsad.Document) []docEntity {
	if doc == nil {
		return nil
	}
	var out []docEntity
	if len(doc.Linked) > 0 {
		for _, l := range doc.Linked {
			if l.ID != "" {
				out = append(out, docEntity{l.ID, l.Type, l.Canonical, max(1, l.Mentions)})
			}
		}
		return out
	}
	seen := map[string]int{}
	for _, e := range doc.Entities {
		if e.ID == "" {
			continue
		}
		if i, ok := seen[e.ID]; ok {
			out[i].count++
			continue
		}
		seen[e.ID] = len(out)
		out = append(out, docEntity{e.ID, e.Type, firstNonEmpty(e.Canonical, e.Text), 1})
	}
	return out
}

func (w *writer) entities(ctx context.Context, rowid int64, doc *marsad.Document) error {
	for _, e := range docEntities(doc) {
		if _, err := w.entity.ExecContext(ctx, e.id, e.typ, e.name); err != nil {
			return fmt.Errorf("entity %s: %w", e.id, err)
		}
		if _, err := w.mention.ExecContext(ctx, e.id, rowid, e.count); err != nil {
			return fmt.Errorf("mention %s: %w", e.id, err)
		}
	}
	return nil
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// Entities lists the entities mentioned by the most documents matching f.
func (db *DB) Entities(ctx context.Context, f marsad.Filter, limit int) ([]marsad.EntityStat, error) {
	where, args := filterSQL(f, "d")
	if f.Type != "" {
		where += ` AND e.type = ?`
		args = append(args, f.Type)
	}
	q := `SELECT e.id, e.type, e.name, count(*), sum(m.count) FROM mentions m
		JOIN entities e ON e.id = m.entity JOIN documents d ON d.rowid = m.doc
		WHERE ` + where + ` GROUP BY e.id ORDER BY count(*) DESC, sum(m.count) DESC, e.id LIMIT ?`
	rows, err := db.db.QueryContext(ctx, q, append(args, defaultLimit(limit))...)
	if err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	defer rows.Close()
	var out []marsad.EntityStat
	for rows.Next() {
		var e marsad.EntityStat
		if err := rows.Scan(&e.ID, &e.Type, &e.Name, &e.Docs, &e.Mentions); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

func defaultLimit(n int) int {
	if n <= 0 {
		return 20
	}
	return n
}
