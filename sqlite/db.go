// Package sqlite stores Marsad's corpus in an embedded SQLite database
// (modernc.org/sqlite, pure Go) in WAL mode: documents and their analyses,
// entities, stories, and a search index over Marsad's own terms: BM25
// postings in segments (postings.go, segments.go, merge.go, rank.go), and
// an FTS5 table that matches quoted phrases.
package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"sync"
	"sync/atomic"

	marsad "github.com/marsad/marsad"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// DefaultPath is the database used when none is given.
const DefaultPath = "marsad.db"

// DB is an open corpus database. It implements marsad.DocumentStore,
// marsad.SearchIndex and marsad.StoryStore and is safe for concurrent use.
type DB struct {
	db   *sql.DB
	path string
	df   dfCache
	// commonShare: see SetCommonShare.
	commonShare float64
	// ixMu serializes this process's flushes and merges of the index.
	ixMu sync.Mutex
	pend pendingCache
	// wrote is set once Put stored something: Close then flushes.
	wrote atomic.Bool
	// flushAt pending documents make a segment (flushDocs; tests lower it).
	flushAt int
}

var (
	_ marsad.DocumentStore = (*DB)(nil)
	_ marsad.SearchIndex   = (*DB)(nil)
	_ marsad.StoryStore    = (*DB)(nil)
)

// Open opens (creating if needed) the database at path and applies any
// pending migrations.
func Open(ctx context.Context, path string) (*DB, error) {
	sdb, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	sdb.SetMaxOpenConns(4)
	db := &DB{db: sdb, path: path, commonShare: DefaultCommonShare, flushAt: flushDocs}
	if err := sdb.PingContext(ctx); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := db.migrate(ctx); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
}

// dsn sets, on every connection: WAL journal, a busy timeout so that
// readers and the writer wait instead of failing, NORMAL sync (safe in
// WAL mode: a crash loses no committed transaction, only possibly the last
// ones before a power loss), foreign keys, and immediate write locks.
func dsn(path string) string {
	q := url.Values{}
	for _, p := range []string{"journal_mode(WAL)", "busy_timeout(10000)", "synchronous(NORMAL)",
		"foreign_keys(1)", "cache_size(-65536)", "temp_store(MEMORY)", "mmap_size(268435456)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	return "file:" + path + "?" + q.Encode()
}

// Close closes the database: it writes the pending documents' postings
// when this process stored documents, and checkpoints the WAL.
func (db *DB) Close() error {
	var err error
	if db.wrote.Load() {
		err = db.Flush(context.Background())
	}
	_, _ = db.db.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`)
	if cerr := db.db.Close(); err == nil {
		err = cerr
	}
	return err
}

// Path returns the database file's path.
func (db *DB) Path() string { return db.path }

// Optimize writes the pending postings and merges the search index's
// segments (see mergeAll), which makes later queries faster; run it after a
// large ingest. The phrase index (FTS5) gets a bounded incremental merge
// (ftsMergePages) rather than FTS5's 'optimize', which would rewrite the
// whole index and so make every ingest cost time in proportion to the
// corpus; FTS5's automerge keeps its segments few in between.
func (db *DB) Optimize(ctx context.Context) error {
	if err := db.Flush(ctx); err != nil {
		return err
	}
	db.ixMu.Lock()
	err := db.mergeAll(ctx)
	db.ixMu.Unlock()
	if err != nil {
		return fmt.Errorf("optimize: %w", err)
	}
	if _, err := db.db.ExecContext(ctx, `INSERT INTO fts(fts, rank) VALUES ('merge', ?)`, ftsMergePages); err != nil {
		return fmt.Errorf("optimize: %w", err)
	}
	_, err = db.db.ExecContext(ctx, `PRAGMA optimize`)
	return err
}

// ftsMergePages bounds the phrase index merge work of one Optimize: FTS5
// writes about this many pages (4 kB each by default) of merged b-trees.
const ftsMergePages = 2000
