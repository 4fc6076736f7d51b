package sqlite

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"sort"

	marsad "github.com/marsad/marsad"
)

// entityNames fills the aliases, titles and roles an entity goes by in the
// latest documents that mention it, read from their stored analyses.
func (db *DB) entityNames(ctx context.Context, e *marsad.EntityDetail) error {
	rows, err := db.db.QueryContext(ctx, `SELECT c.analysis FROM mentions m JOIN documents d ON d.rowid = m.doc
		JOIN contents c ON c.rowid = m.doc WHERE m.entity = ? ORDER BY d.published DESC, d.rowid DESC LIMIT ?`,
		e.ID, entityNamesDocs)
	if err != nil {
		return err
	}
	defer rows.Close()
	aliases, titles, roles := tally{}, tally{}, tally{}
	for rows.Next() {
		var blob []byte
		if err := rows.Scan(&blob); err != nil {
			return err
		}
		names, err := decodeNames(blob)
		if err != nil {
			return err
		}
		names.collect(e.ID, aliases, titles, roles)
	}
	e.Aliases, e.Titles, e.Roles = aliases.sorted(), titles.sorted(), roles.sorted()
	return rows.Err()
}

// storedNames is the part of a stored analysis that names entities.
type storedNames struct {
	Doc struct {
		Entities []marsad.Entity `json:"entities"`
		Linked   []marsad.Linked `json:"linked"`
	} `json:"doc"`
}

func decodeNames(blob []byte) (*storedNames, error) {
	var n storedNames
	if len(blob) == 0 {
		return &n, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(blob))
	if err != nil {
		return nil, err
	}
	return &n, json.NewDecoder(zr).Decode(&n)
}

// collect counts the names of entity id: from the linked entity when
// linking ran, else from its mentions.
func (n *storedNames) collect(id string, aliases, titles, roles tally) {
	for _, l := range n.Doc.Linked {
		if l.ID == id {
			aliases.add(l.Aliases...)
			titles.add(l.Titles...)
			roles.add(l.Roles...)
			return
		}
	}
	for _, m := range n.Doc.Entities {
		if m.ID == id {
			aliases.add(m.Text)
			titles.add(m.Title)
			roles.add(m.Role)
		}
	}
}

// tally counts strings.
type tally map[string]int

func (t tally) add(ss ...string) {
	for _, s := range ss {
		if s != "" {
			t[s]++
		}
	}
}

// sorted returns the strings, most counted first, then alphabetically.
func (t tally) sorted() []string {
	out := make([]string, 0, len(t))
	for s := range t {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		if t[out[i]] != t[out[j]] {
			return t[out[i]] > t[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}
