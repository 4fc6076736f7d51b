package marsad

// Span is a half-open range of code-point offsets into Document.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the number of code points the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Token is one word, number, punctuation mark or other unit of text.
type Token struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Norm is the matching form: every normalization rule applied.
	Norm string `json:"norm"`
	// Seg is the clitic segmentation of the word (orthographic form), parts
	// joined by "+", e.g. "و+ال+جيش".
	Seg string `json:"seg,omitempty"`
	// Stem is the light stem of Norm; Root is its extracted root.
	Stem string    `json:"stem"`
	Root string    `json:"root"`
	Kind TokenKind `json:"kind"`
	// Section is the part of the document the token came from (body, comment, title).
	Section string `json:"section,omitempty"`
}

// TokenKind classifies a token.
type TokenKind string

// Token kinds.
const (
	KindWord    TokenKind = "word"    // Arabic-script word
	KindLatin   TokenKind = "latin"   // Latin-script or other-script word
	KindNumber  TokenKind = "number"  // 27.25%, 2020, 1,500
	KindPunct   TokenKind = "punct"   // ، ؛ ؟ « » . , ! ...
	KindSymbol  TokenKind = "symbol"  // $ + = and other symbols
	KindURL     TokenKind = "url"     // https://example.com/a
	KindEmail   TokenKind = "email"   // name@example.com
	KindHashtag TokenKind = "hashtag" // #ليبيا
	KindMention TokenKind = "mention" // @user
)

// Sentence is a sentence span.
type Sentence struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Document is the analysis of one input. Later stages add fields; existing
// fields are a contract and never change meaning.
type Document struct {
	// File is the input's name, when it came from a file.
	File string `json:"file,omitempty"`
	// Text is the analysed input. All offsets index it by code point.
	Text string `json:"text"`
	// Lang is "ar" or the dominant other language or script.
	Lang string `json:"lang"`
	// Stages lists the analysis stages that ran, in order.
	Stages []string `json:"stages"`
	// Warnings notes anything repaired or skipped, e.g. invalid UTF-8.
	Warnings  []string   `json:"warnings,omitempty"`
	Sentences []Sentence `json:"sentences"`
	Tokens    []Token    `json:"tokens"`

	// Structure: title, body paragraphs, comments, furniture, stated source.
	Title       *Span         `json:"title,omitempty"`
	Body        []Span        `json:"body"`
	Comments    []Comment     `json:"comments"`
	Boilerplate []Boilerplate `json:"boilerplate"`
	Source      Source        `json:"source"`

	// Entities are mentions in document order; Linked groups them.
	Entities []Entity `json:"entities"`
	Linked   []Linked `json:"linked"`

	Quotes      []Quote      `json:"quotes"`
	Attribution *Attribution `json:"attribution,omitempty"`
}
