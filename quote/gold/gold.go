// Package gold reads the hand-made reference files that sit next to test
// documents (NAME.txt + NAME.gold.json): people and organizations with
// their surface variants, roles, and quotes with speaker and via variants.
// Variants are compared after arabic.Search normalization.
package gold

import (
	"encoding/json"
	"os"
)

// File is one gold file. Fields the quote evaluation does not read (events,
// comments) are kept raw.
type File struct {
	File           string          `json:"file"`
	About          string          `json:"about,omitempty"`
	Lang           string          `json:"lang,omitempty"`
	Outlet         string          `json:"outlet,omitempty"`
	BodyEndsBefore string          `json:"body_ends_before,omitempty"`
	Comments       json.RawMessage `json:"comments,omitempty"`
	Entities       Entities        `json:"entities"`
	Quotes         []Quote         `json:"quotes"`
	Roles          []Role          `json:"roles,omitempty"`
	Events         json.RawMessage `json:"events,omitempty"`
}

// Entities lists each entity as its surface variants, by type. Optional
// names may be tagged or not.
type Entities struct {
	PER      [][]string `json:"PER"`
	ORG      [][]string `json:"ORG"`
	LOC      [][]string `json:"LOC"`
	Optional []string   `json:"optional,omitempty"`
}

// Quote is one attributed statement: the surfaces its speaker may be given
// as, and those of the outlet it came through (empty: none is named).
// Text, when present, is a snippet of the statement, for readers.
type Quote struct {
	Speaker []string `json:"speaker"`
	Via     []string `json:"via,omitempty"`
	Kind    string   `json:"kind,omitempty"`
	Section string   `json:"section,omitempty"`
	Text    string   `json:"text,omitempty"`
}

// Role is the title and office stated for a person.
type Role struct {
	Entity string `json:"entity"`
	Title  string `json:"title,omitempty"`
	Role   string `json:"role,omitempty"`
}

// Read reads a gold file.
func Read(path string) (*File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f File
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, err
	}
	return &f, nil
}
