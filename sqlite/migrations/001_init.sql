-- Documents: one row per distinct content (hash), metadata only, so that
-- the table stays small and cached: searches join it for every match.
CREATE TABLE documents (
	rowid     INTEGER PRIMARY KEY,
	id        TEXT NOT NULL UNIQUE,
	hash      TEXT NOT NULL UNIQUE,
	origin    TEXT NOT NULL,
	url       TEXT NOT NULL DEFAULT '',
	outlet    TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
	published TEXT NOT NULL DEFAULT '',
	title     TEXT NOT NULL DEFAULT '',
	story     TEXT NOT NULL DEFAULT '',
	near_of   TEXT NOT NULL DEFAULT '',
	ingested  TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_outlet ON documents(outlet, published);
CREATE INDEX documents_story ON documents(story, published);

-- The bulky part of each document, read only for hits and clustering:
-- text is the analysed text; analysis is the gzipped JSON of the Document
-- (see codec.go); features are the comparison features.
CREATE TABLE contents (
	rowid    INTEGER PRIMARY KEY REFERENCES documents(rowid),
	text     TEXT NOT NULL,
	analysis BLOB NOT NULL,
	features BLOB NOT NULL
);

-- Exact duplicates: other origins whose content is already stored.
CREATE TABLE duplicates (
	origin TEXT PRIMARY KEY,
	id     TEXT NOT NULL,
	doc    INTEGER NOT NULL REFERENCES documents(rowid)
) WITHOUT ROWID;

-- Linked entities and the documents that mention them.
CREATE TABLE entities (
	id   TEXT PRIMARY KEY,
	type TEXT NOT NULL,
	name TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE mentions (
	entity TEXT NOT NULL,
	doc    INTEGER NOT NULL REFERENCES documents(rowid),
	count  INTEGER NOT NULL,
	PRIMARY KEY (entity, doc)
) WITHOUT ROWID;
CREATE INDEX mentions_doc ON mentions(doc);

-- The search index holds Marsad's own terms (see marsad.IndexFields), so
-- the tokenizer only splits on spaces and never needs to fold anything.
CREATE VIRTUAL TABLE fts USING fts5(
	title, body, title_stem, body_stem, keys,
	content = '', contentless_delete = 1,
	tokenize = 'unicode61 remove_diacritics 0'
);
INSERT INTO fts(fts, rank) VALUES ('rank', 'bm25(4.0, 1.0, 2.0, 0.6, 0.3)');
