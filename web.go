package marsad

import "context"

// DocSummary is a stored document's metadata, for listings.
type DocSummary struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Story     string `json:"story"`
	Origin    string `json:"origin"`
}

// DayCount is how many documents mention an entity on one day (a
// Published date, 2018-03-01) and how many times in all.
type DayCount struct {
	Day      string `json:"day"`
	Docs     int    `json:"docs"`
	Mentions int    `json:"mentions"`
}

// EntityDetail is one linked entity across a corpus.
type EntityDetail struct {
	EntityStat
	// Aliases, Titles and Roles are the names, honorifics and offices the
	// entity goes by in the documents that mention it, most used first.
	Aliases []string `json:"aliases"`
	Titles  []string `json:"titles"`
	Roles   []string `json:"roles"`
	// Timeline counts the dated documents mentioning it, by day, in order.
	Timeline []DayCount `json:"timeline"`
	// Related are the entities mentioned in the same documents, those
	// sharing the most documents first; their Docs counts shared documents.
	Related []EntityStat `json:"related"`
	// Documents are the latest documents mentioning it.
	Documents []DocSummary `json:"documents"`
}

// StoryDetail is a story with its documents in time order (undated last).
type StoryDetail struct {
	Story
	Documents []DocSummary `json:"documents"`
}

// CorpusBrowser answers the detail views of the web interface.
// Implementations are safe for concurrent use.
type CorpusBrowser interface {
	// Entity returns the entity with the given id (ENOTFOUND when no
	// document mentions it).
	Entity(ctx context.Context, id string) (*EntityDetail, error)
	// Story returns the story with the given id (ENOTFOUND when none).
	Story(ctx context.Context, id string) (*StoryDetail, error)
	// IDByHash returns the ID of the document with the given content hash
	// (ENOTFOUND when none).
	IDByHash(ctx context.Context, hash string) (string, error)
}
