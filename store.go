package marsad

import "context"

// StoredDocument is one analysed document of a corpus.
type StoredDocument struct {
	// ID is stable and unique: the record's own id (docno), else its URL,
	// else its Origin.
	ID string `json:"id"`
	// Origin is where the document came from: a path, path#line or URL.
	Origin string `json:"origin"`
	URL    string `json:"url,omitempty"`
	Outlet string `json:"outlet,omitempty"`
	// Published is RFC 3339 in UTC ("2018-03-01T05:53:40Z"), a bare date
	// ("2018-03-01"), or "" when unknown. Strings in this form sort by time.
	Published string `json:"published,omitempty"`
	Title     string `json:"title,omitempty"`
	// Story is the story id shared by every report of one event; "" until
	// the document is clustered.
	Story string `json:"story,omitempty"`
	// NearOf is the ID of an earlier document this one nearly duplicates.
	NearOf string `json:"near_of,omitempty"`
	// Hash is the hex SHA-256 of the normalized title and text: the same
	// content always has the same hash, so it is stored once.
	Hash string    `json:"hash"`
	Doc  *Document `json:"doc,omitempty"`
	// Index is what the search index holds; Features is what near-duplicate
	// detection and story clustering compare. Both are derived from Doc.
	Index    IndexFields `json:"-"`
	Features Features    `json:"-"`
}

// IndexFields are the search index's columns: space-separated terms of
// Marsad's own analysis, so the index never sees diacritics or spelling
// variants.
type IndexFields struct {
	Title     string // normalized title words, in order (phrase queries)
	Body      string // normalized body words, in order
	TitleStem string // light stems of the title words
	BodyStem  string // light stems of the body words
	Keys      string // name-matching keys of all words (spelling variants folded)
}

// Features are a document's comparison features.
type Features struct {
	// MinHash is the MinHash signature of the document's normalized word
	// shingles; near-duplicates agree on most positions.
	MinHash []uint32
	// Terms are hashed content-word stems with their weights (title words
	// count more), most frequent first.
	Terms []TermWeight
	// Entities are linked entity ids (or typed normalized names).
	Entities []string
}

// TermWeight is one hashed term and its weight in a document.
type TermWeight struct {
	Term   uint32
	Weight float32
}

// DocumentStore stores analysed documents. Implementations are safe for
// concurrent use.
type DocumentStore interface {
	// Put stores, in one transaction, every document whose Hash is not
	// stored yet, and reports for each whether it was added. A document
	// whose content is already stored under another origin is recorded as
	// a duplicate of it.
	Put(ctx context.Context, docs []*StoredDocument) (added []bool, err error)
	// Get returns the document with the given ID (ENOTFOUND when none).
	Get(ctx context.Context, id string) (*StoredDocument, error)
	// Hashes reports which of hashes are already stored.
	Hashes(ctx context.Context, hashes []string) (map[string]bool, error)
	// Count returns the number of stored documents.
	Count(ctx context.Context) (int, error)
}
