package marsad

// Entity types.
const (
	PER  = "PER"
	ORG  = "ORG"
	LOC  = "LOC"
	MISC = "MISC"
)

// Sections of a document that items come from.
const (
	SectionTitle   = "title"
	SectionBody    = "body"
	SectionComment = "comment"
)

// Entity is one mention of a person, organization, place or other name.
// ID, Canonical, Title and Role are set by entity linking: every mention of
// one real-world entity shares ID, and the ID is the same in every document
// (it derives from the canonical name's normalized form and the type).
type Entity struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Type    string `json:"type"`
	Section string `json:"section"`
	// ID is the linked entity's stable id, e.g. "per:خليفه_حفتر".
	ID        string `json:"id,omitempty"`
	Canonical string `json:"canonical,omitempty"`
	// Title is an honorific or rank before the name: المشير, الدكتور, الشيخ.
	Title string `json:"title,omitempty"`
	// Role is the office stated next to the name: قائد الجيش الوطني الليبي.
	Role string `json:"role,omitempty"`
}

// Linked is one real-world entity of a document, with every name it goes by.
type Linked struct {
	ID        string   `json:"id"`
	Type      string   `json:"type"`
	Canonical string   `json:"canonical"`
	Aliases   []string `json:"aliases"`
	Titles    []string `json:"titles,omitempty"`
	Roles     []string `json:"roles,omitempty"`
	Mentions  int      `json:"mentions"`
}
