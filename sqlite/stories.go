package sqlite

import (
	"context"
	"fmt"
	"time"

	marsad "github.com/marsad/marsad"
)

// ClusterItems returns the unclustered documents and those they may join:
// every document published within windowDays of an unclustered one, and
// the undated ones. An unclustered undated document may join any story, so
// then every document is returned.
func (db *DB) ClusterItems(ctx context.Context, windowDays int) ([]marsad.ClusterItem, error) {
	var n, undated int
	var lo, hi string
	err := db.db.QueryRowContext(ctx, `SELECT count(*), coalesce(min(nullif(published, '')), ''),
		coalesce(max(published), ''), coalesce(sum(published = ''), 0) FROM documents WHERE story = ''`).
		Scan(&n, &lo, &hi, &undated)
	if err != nil || n == 0 {
		return nil, err
	}
	q := `SELECT d.id, d.outlet, d.published, d.story, d.near_of, c.features FROM documents d
		JOIN contents c ON c.rowid = d.rowid`
	var args []any
	if undated == 0 {
		q += ` WHERE d.story = '' OR d.published = '' OR d.published BETWEEN ? AND ?`
		args = []any{shiftDays(lo, -windowDays), shiftDays(hi, windowDays+1)}
	}
	return db.clusterItems(ctx, q+` ORDER BY d.published = '', d.published, d.rowid`, args)
}

func (db *DB) clusterItems(ctx context.Context, q string, args []any) ([]marsad.ClusterItem, error) {
	rows, err := db.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("cluster items: %w", err)
	}
	defer rows.Close()
	var out []marsad.ClusterItem
	for rows.Next() {
		var it marsad.ClusterItem
		var blob []byte
		if err := rows.Scan(&it.ID, &it.Outlet, &it.Published, &it.Story, &it.NearOf, &blob); err != nil {
			return nil, err
		}
		if it.Features, err = decodeFeatures(blob); err != nil {
			return nil, fmt.Errorf("cluster items: %s: %w", it.ID, err)
		}
		out = append(out, it)
	}
	return out, rows.Err()
}

// shiftDays moves the date at the start of ts by days and returns it as
// a date; unparsable input comes back unchanged.
func shiftDays(ts string, days int) string {
	t, err := time.Parse("2006-01-02", ts[:min(10, len(ts))])
	if err != nil {
		return ts
	}
	return t.AddDate(0, 0, days).Format("2006-01-02")
}

// Assign records stories and near-duplicate links in one transaction.
func (db *DB) Assign(ctx context.Context, as []marsad.Assignment) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("assign: %w", err)
	}
	defer tx.Rollback()
	st, err := tx.PrepareContext(ctx, `UPDATE documents SET story = ?, near_of = ? WHERE id = ?`)
	if err != nil {
		return fmt.Errorf("assign: %w", err)
	}
	defer st.Close()
	for _, a := range as {
		if _, err := st.ExecContext(ctx, a.Story, a.NearOf, a.ID); err != nil {
			return fmt.Errorf("assign %s: %w", a.ID, err)
		}
	}
	return tx.Commit()
}

// Stories lists the stories with the most documents matching f; among
// equals, the most recent first.
func (db *DB) Stories(ctx context.Context, f marsad.Filter, limit int) ([]marsad.Story, error) {
	where, args := filterSQL(f, "d")
	q := `SELECT d.story, count(*), coalesce(min(nullif(d.published, '')), ''), max(d.published)
		FROM documents d WHERE d.story != '' AND ` + where + `
		GROUP BY d.story ORDER BY count(*) DESC, max(d.published) DESC, d.story LIMIT ?`
	rows, err := db.db.QueryContext(ctx, q, append(args, defaultLimit(limit))...)
	if err != nil {
		return nil, fmt.Errorf("stories: %w", err)
	}
	var out []marsad.Story
	for rows.Next() {
		var s marsad.Story
		if err := rows.Scan(&s.ID, &s.Docs, &s.First, &s.Last); err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, s)
	}
	rows.Close()
	for i := range out {
		if err := db.storyDetails(ctx, &out[i]); err != nil {
			return nil, fmt.Errorf("stories: %w", err)
		}
	}
	return out, rows.Err()
}

// storyDetails fills a story's title (its earliest document's) and outlets.
func (db *DB) storyDetails(ctx context.Context, s *marsad.Story) error {
	err := db.db.QueryRowContext(ctx, `SELECT title FROM documents WHERE story = ?
		ORDER BY published = '', published, rowid LIMIT 1`, s.ID).Scan(&s.Title)
	if err != nil {
		return err
	}
	s.Outlets = []string{}
	return db.collect(ctx, `SELECT DISTINCT outlet FROM documents WHERE story = ? AND outlet != '' ORDER BY outlet`,
		[]any{s.ID}, func(o string) { s.Outlets = append(s.Outlets, o) })
}

// ResetStories clears every story assignment, so that the next clustering
// regroups the whole corpus (after its options change).
func (db *DB) ResetStories(ctx context.Context) error {
	_, err := db.db.ExecContext(ctx, `UPDATE documents SET story = '', near_of = ''`)
	return err
}
