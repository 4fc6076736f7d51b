package marsad

import "context"

// Query is an analysed search: clauses of terms plus filters. The terms
// package builds one from what a user types.
type Query struct {
	// Text is the query as typed.
	Text    string   `json:"text"`
	Clauses []Clause `json:"clauses"`
	Filter
	// Limit is the number of hits to return (0 means 10); Offset skips.
	Limit  int `json:"limit,omitempty"`
	Offset int `json:"offset,omitempty"`
}

// Filter restricts a search, a listing of entities or of stories. Empty
// fields do not filter. From and To are dates (2018-03-01) or RFC 3339
// times, both inclusive.
type Filter struct {
	Outlet string `json:"outlet,omitempty"`
	From   string `json:"from,omitempty"`
	To     string `json:"to,omitempty"`
	Entity string `json:"entity,omitempty"`
	Story  string `json:"story,omitempty"`
	// Type restricts entity listings (PER, ORG, LOC, MISC).
	Type string `json:"type,omitempty"`
}

// Clause is one query term, or a quoted phrase of several. A document
// matches a term when any of the term's forms matches.
type Clause struct {
	Phrase bool   `json:"phrase,omitempty"`
	Terms  []Term `json:"terms"`
}

// Term is one query word in the forms the index holds.
type Term struct {
	Text string `json:"text"`
	Norm string `json:"norm"`
	Stem string `json:"stem,omitempty"`
	// Keys are the word's name-matching keys (one or two).
	Keys []string `json:"keys,omitempty"`
}

// Hit is one search result.
type Hit struct {
	ID        string  `json:"id"`
	Title     string  `json:"title"`
	Outlet    string  `json:"outlet"`
	Published string  `json:"published"`
	Story     string  `json:"story"`
	Origin    string  `json:"origin"`
	Score     float64 `json:"score"`
	Snippet   string  `json:"snippet"`
	// Text is the document's text, for snippets; it is not printed.
	Text string `json:"-"`
}

// Count is a facet value and how many documents have it.
type Count struct {
	Value string `json:"value"`
	Name  string `json:"name,omitempty"`
	Count int    `json:"count"`
}

// Facets count matching documents by outlet (all matches) and by entity
// (the best-ranked matches; see the implementation).
type Facets struct {
	Outlet []Count `json:"outlet"`
	Entity []Count `json:"entity"`
}

// SearchResult is a page of hits with the total number of matches.
type SearchResult struct {
	Total  int    `json:"total"`
	Hits   []Hit  `json:"hits"`
	Facets Facets `json:"facets"`
}

// SearchIndex answers searches ranked by relevance (BM25).
type SearchIndex interface {
	Search(ctx context.Context, q Query) (*SearchResult, error)
}
