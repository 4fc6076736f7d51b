-- Per-term document counts of the search index, which searches use to
-- leave out very common words (see prune.go).
CREATE VIRTUAL TABLE fts_vocab USING fts5vocab(fts, row);
