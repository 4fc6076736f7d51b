package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	marsad "github.com/marsad/marsad"
)

var _ marsad.CorpusBrowser = (*DB)(nil)

// Limits of the detail views.
const (
	entityDocsLimit    = 20  // documents listed on an entity page
	entityRelatedLimit = 20  // co-mentioned entities
	entityNamesDocs    = 100 // latest documents read for aliases and roles
)

// Entity returns the entity's counts, names, timeline, co-mentioned
// entities and latest documents.
func (db *DB) Entity(ctx context.Context, id string) (*marsad.EntityDetail, error) {
	e := &marsad.EntityDetail{EntityStat: marsad.EntityStat{ID: id}}
	err := db.db.QueryRowContext(ctx, `SELECT e.type, e.name, count(m.doc), coalesce(sum(m.count), 0)
		FROM entities e LEFT JOIN mentions m ON m.entity = e.id WHERE e.id = ? GROUP BY e.id`, id).
		Scan(&e.Type, &e.Name, &e.Docs, &e.Mentions)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, marsad.Errorf(marsad.ENOTFOUND, "no entity %q", id)
	} else if err != nil {
		return nil, fmt.Errorf("entity %s: %w", id, err)
	}
	steps := []func(context.Context, *marsad.EntityDetail) error{db.entityTimeline, db.entityRelated, db.entityDocs, db.entityNames}
	for _, step := range steps {
		if err := step(ctx, e); err != nil {
			return nil, fmt.Errorf("entity %s: %w", id, err)
		}
	}
	return e, nil
}

func (db *DB) entityTimeline(ctx context.Context, e *marsad.EntityDetail) error {
	rows, err := db.db.QueryContext(ctx, `SELECT substr(d.published, 1, 10) AS day, count(*), sum(m.count)
		FROM mentions m JOIN documents d ON d.rowid = m.doc WHERE m.entity = ? AND d.published != ''
		GROUP BY day ORDER BY day`, e.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	e.Timeline = []marsad.DayCount{}
	for rows.Next() {
		var c marsad.DayCount
		if err := rows.Scan(&c.Day, &c.Docs, &c.Mentions); err != nil {
			return err
		}
		e.Timeline = append(e.Timeline, c)
	}
	return rows.Err()
}

func (db *DB) entityRelated(ctx context.Context, e *marsad.EntityDetail) error {
	rows, err := db.db.QueryContext(ctx, `SELECT o.id, o.type, o.name, count(*), sum(b.count)
		FROM mentions a JOIN mentions b ON b.doc = a.doc AND b.entity != a.entity JOIN entities o ON o.id = b.entity
		WHERE a.entity = ? GROUP BY o.id ORDER BY count(*) DESC, sum(b.count) DESC, o.id LIMIT ?`, e.ID, entityRelatedLimit)
	if err != nil {
		return err
	}
	defer rows.Close()
	e.Related = []marsad.EntityStat{}
	for rows.Next() {
		var s marsad.EntityStat
		if err := rows.Scan(&s.ID, &s.Type, &s.Name, &s.Docs, &s.Mentions); err != nil {
			return err
		}
		e.Related = append(e.Related, s)
	}
	return rows.Err()
}

func (db *DB) entityDocs(ctx context.Context, e *marsad.EntityDetail) (err error) {
	e.Documents, err = db.summaries(ctx, `SELECT `+summaryCols+` FROM mentions m JOIN documents d ON d.rowid = m.doc
		WHERE m.entity = ? ORDER BY d.published DESC, d.rowid DESC LIMIT ?`, e.ID, entityDocsLimit)
	return err
}

// Story returns the story's summary and its documents in time order.
func (db *DB) Story(ctx context.Context, id string) (*marsad.StoryDetail, error) {
	docs, err := db.summaries(ctx, `SELECT `+summaryCols+` FROM documents d WHERE d.story = ?
		ORDER BY d.published = '', d.published, d.rowid`, id)
	if err != nil {
		return nil, fmt.Errorf("story %s: %w", id, err)
	}
	if len(docs) == 0 {
		return nil, marsad.Errorf(marsad.ENOTFOUND, "no story %q", id)
	}
	s := &marsad.StoryDetail{Story: marsad.Story{ID: id, Title: docs[0].Title, Docs: len(docs)}, Documents: docs}
	if err := db.storyDetails(ctx, &s.Story); err != nil {
		return nil, fmt.Errorf("story %s: %w", id, err)
	}
	for _, d := range docs {
		if d.Published != "" {
			s.First = firstNonEmpty(s.First, d.Published)
			s.Last = d.Published
		}
	}
	return s, nil
}

// IDByHash returns the ID of the document with the given content hash.
func (db *DB) IDByHash(ctx context.Context, hash string) (string, error) {
	var id string
	err := db.db.QueryRowContext(ctx, `SELECT id FROM documents WHERE hash = ?`, hash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", marsad.Errorf(marsad.ENOTFOUND, "no document with hash %q", hash)
	}
	return id, err
}

const summaryCols = `d.id, d.title, d.outlet, d.published, d.story, d.origin`

func (db *DB) summaries(ctx context.Context, q string, args ...any) ([]marsad.DocSummary, error) {
	rows, err := db.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []marsad.DocSummary{}
	for rows.Next() {
		var d marsad.DocSummary
		if err := rows.Scan(&d.ID, &d.Title, &d.Outlet, &d.Published, &d.Story, &d.Origin); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}
