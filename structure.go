package marsad

// Structure is the layout of a raw news document: its title, body
// paragraphs, reader comments, page furniture and the source it states.
// Every span indexes the analysed text by code point, end exclusive.
// Title, Body, Comments and Boilerplate never overlap one another.
type Structure struct {
	Title       *Span         `json:"title,omitempty"`
	Body        []Span        `json:"body"`
	Comments    []Comment     `json:"comments"`
	Boilerplate []Boilerplate `json:"boilerplate"`
	Source      Source        `json:"source"`
}

// Comment is one reader comment. Start and End cover the whole entry,
// including its furniture (e.g. "بواسطة:", "عدد الردود 0"); the
// Author, Title and Text spans lie inside it and their strings are
// exactly the text they cover.
type Comment struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Author string `json:"author,omitempty"`
	Title  string `json:"title,omitempty"`
	Text   string `json:"text"`
	// Replies is the reply count the page states, nil when it states none.
	Replies    *int  `json:"replies,omitempty"`
	AuthorSpan *Span `json:"author_span,omitempty"`
	TitleSpan  *Span `json:"title_span,omitempty"`
	TextSpan   *Span `json:"text_span,omitempty"`
}

// Boilerplate is page furniture: text that belongs to the page, not to the
// article or its comments.
type Boilerplate struct {
	Kind  string `json:"kind"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Boilerplate kinds.
const (
	BoilerRelated   = "related"   // "اقرأ أيضا" blocks, "list 2 of 2", "end of list"
	BoilerShare     = "share"     // "شارك", share buttons
	BoilerFollow    = "follow"    // "تابعونا على ..."
	BoilerTags      = "tags"      // "الكلمات الدالة", tag lists
	BoilerCopyright = "copyright" // "جميع الحقوق محفوظة", ©
	BoilerSource    = "source"    // "المصدر : الجزيرة + وكالات"
	BoilerByline    = "byline"    // "كتب ...", "بقلم ..."
	BoilerDateline  = "dateline"  // "موسكو (رويترز) -", "دبي - العربية.نت"
	BoilerDate      = "date"      // a line stating when the piece was published
	BoilerCaption   = "caption"   // image credits and captions
	BoilerComments  = "comments"  // comment-section furniture: headers, forms, counts
	BoilerNav       = "nav"       // breadcrumbs, menus, "الرئيسية"
	BoilerAds       = "ads"       // "إعلان", sponsored content
	BoilerOther     = "other"
)

// Source is what the document states about where it came from. Published
// is an ISO date (2006-01-02) when the stated date could be read, otherwise
// the date as stated.
type Source struct {
	Outlet    string `json:"outlet,omitempty"`
	Dateline  string `json:"dateline,omitempty"`
	Author    string `json:"author,omitempty"`
	Published string `json:"published,omitempty"`
}
