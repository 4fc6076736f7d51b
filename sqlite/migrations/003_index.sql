-- Marsad's own BM25 index (index*.go), which ranks searches; the fts table
-- above still matches phrases. A stored document's index terms wait in
-- index_pending until a segment of postings is written from them.
CREATE TABLE index_pending (
	rowid      INTEGER PRIMARY KEY REFERENCES documents(rowid),
	title      TEXT NOT NULL,
	body       TEXT NOT NULL,
	title_stem TEXT NOT NULL,
	body_stem  TEXT NOT NULL,
	keys       TEXT NOT NULL
);
-- A segment: the postings of the documents min_doc..max_doc, with the
-- documents' total lengths per column (for BM25's average lengths).
CREATE TABLE index_segments (
	id      INTEGER PRIMARY KEY,
	level   INTEGER NOT NULL,
	docs    INTEGER NOT NULL,
	min_doc INTEGER NOT NULL,
	max_doc INTEGER NOT NULL,
	lens    TEXT NOT NULL -- total tokens of each column, space-separated
);
-- One term's postings in one segment (see postings.go for the encoding).
CREATE TABLE index_postings (
	seg  INTEGER NOT NULL,
	term TEXT NOT NULL,
	df   INTEGER NOT NULL,
	data BLOB NOT NULL,
	PRIMARY KEY (seg, term)
) WITHOUT ROWID;
-- Documents stored before this index existed are indexed once from their
-- stored analyses (DB.Reindex): rowids above done and up to upto.
CREATE TABLE index_backfill (
	upto INTEGER NOT NULL,
	done INTEGER NOT NULL
);
INSERT INTO index_backfill (upto, done) SELECT coalesce(max(rowid), 0), 0 FROM documents;
