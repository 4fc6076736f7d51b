package marsad

// Quote is an attributed statement: direct (in quotation marks) or indirect
// (an أن/إن clause after a reporting verb). Start/End cover the quoted
// content.
type Quote struct {
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Text    string  `json:"text"`
	Direct  bool    `json:"direct"`
	Verb    string  `json:"verb"`
	Speaker Speaker `json:"speaker"`
	// Via is the outlet the statement came through, nil when none is named.
	Via     *Via   `json:"via"`
	Section string `json:"section"`
}

// Speaker kinds.
const (
	SpeakerNamed   = "named"   // a named entity
	SpeakerUnnamed = "unnamed" // مصدر ليبي لم تسمه, مسؤول روسي, a role and no name (المتحدث باسم الوزارة)
)

// Speaker is who made a statement.
type Speaker struct {
	Text     string `json:"text"`
	EntityID string `json:"entity_id,omitempty"`
	Kind     string `json:"kind"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// Via is the outlet through which a statement reached the document. Text
// is the mention as written where the statement cites it (رويترز in
// لرويترز, الوكالة for an outlet named earlier); Name is the outlet's name
// (انترفاكس for الوكالة, الجزيرة for للجزيرة).
type Via struct {
	Text     string `json:"text"`
	Name     string `json:"name,omitempty"`
	EntityID string `json:"entity_id,omitempty"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// Attribution is the document's chain of reporting: the publishing outlet,
// the outlets it cites, and the sources each of them quotes.
type Attribution struct {
	Outlet string  `json:"outlet,omitempty"`
	Cites  []Cited `json:"cites"`
	// Direct lists sources the outlet quotes with no intermediary outlet.
	Direct []string `json:"direct,omitempty"`
}

// Cited is one outlet cited by the document, with the sources it quotes.
type Cited struct {
	Outlet   string   `json:"outlet"`
	EntityID string   `json:"entity_id,omitempty"`
	Sources  []string `json:"sources"`
}
