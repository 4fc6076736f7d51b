package marsad

import "context"

// Story is a group of documents reporting one event, summarised.
type Story struct {
	ID string `json:"id"`
	// Title is the title of the story's earliest document.
	Title   string   `json:"title"`
	Docs    int      `json:"docs"`
	Outlets []string `json:"outlets"`
	// First and Last are the earliest and latest Published of its documents.
	First string `json:"first,omitempty"`
	Last  string `json:"last,omitempty"`
}

// EntityStat is an entity and how often a corpus mentions it.
type EntityStat struct {
	ID       string `json:"id"`
	Type     string `json:"type"`
	Name     string `json:"name"`
	Docs     int    `json:"docs"`
	Mentions int    `json:"mentions"`
}

// ClusterItem is what story clustering reads of a stored document.
type ClusterItem struct {
	ID        string
	Outlet    string
	Published string
	Story     string
	NearOf    string
	Features  Features
}

// Assignment sets a document's story and near-duplicate link.
type Assignment struct {
	ID     string
	Story  string
	NearOf string
}

// StoryStore holds story assignments and answers corpus-level listings.
type StoryStore interface {
	// ClusterItems returns the documents clustering must consider: every
	// document not yet in a story, and every document published within
	// window days of one, plus undated ones. Items come in Published order,
	// undated last.
	ClusterItems(ctx context.Context, windowDays int) ([]ClusterItem, error)
	// Assign records stories and near-duplicate links in one transaction.
	Assign(ctx context.Context, as []Assignment) error
	// Stories lists the largest stories matching f, latest first among equals.
	Stories(ctx context.Context, f Filter, limit int) ([]Story, error)
	// Entities lists the most mentioned entities of documents matching f.
	Entities(ctx context.Context, f Filter, limit int) ([]EntityStat, error)
}
