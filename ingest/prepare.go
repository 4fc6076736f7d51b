package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"strings"
	"unicode/utf8"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/analyze"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/link"
	"github.com/marsad/marsad/story"
	"github.com/marsad/marsad/terms"
)

// contentHash is the hex SHA-256 of the record's content, normalized so
// that diacritics, spelling variants and whitespace do not make new
// content: the Search form of the title and text, or of the HTML page.
func contentHash(r *Record) string {
	h := sha256.New()
	if r.HTML != nil {
		h.Write([]byte("html\x00"))
		h.Write(r.HTML)
	} else {
		h.Write([]byte(canonical(r.Title)))
		h.Write([]byte{0})
		h.Write([]byte(canonical(r.Text)))
	}
	return hex.EncodeToString(h.Sum(nil))
}

func canonical(s string) string {
	return strings.Join(strings.Fields(arabic.Search.String(s)), " ")
}

// prepare analyses a record into a document ready to store.
func prepare(an *analyze.Analyzer, r *Record, hash string) (*marsad.StoredDocument, error) {
	name, raw, titleEnd := analysisInput(r)
	doc, err := an.Analyze(name, raw)
	if err != nil {
		return nil, err
	}
	fillEntityIDs(doc)
	title := r.Title
	if doc.Title != nil && doc.Title.Start == 0 {
		titleEnd = doc.Title.End
		if title == "" || r.HTML != nil {
			title = spanText(doc.Text, *doc.Title)
		}
	}
	return &marsad.StoredDocument{
		ID: r.docID(), Origin: r.Origin, URL: r.URL, Hash: hash, Title: title,
		Outlet:    firstNonEmpty(r.Outlet, doc.Source.Outlet),
		Published: firstNonEmpty(parseTime(r.Published), parseTime(doc.Source.Published)),
		Doc:       doc, Index: terms.Fields(doc, titleEnd), Features: story.Features(doc, titleEnd),
	}, nil
}

// analysisInput is what the analyzer reads: the HTML page, or the title,
// a blank line and the text. titleEnd is where the title ends in it.
func analysisInput(r *Record) (name string, raw []byte, titleEnd int) {
	if r.HTML != nil {
		return baseName(r.Origin, ".html"), r.HTML, 0
	}
	if r.Title == "" {
		return baseName(r.Origin, ".txt"), []byte(r.Text), 0
	}
	return baseName(r.Origin, ".txt"), []byte(r.Title + "\n\n" + r.Text), utf8.RuneCountInString(r.Title)
}

// baseName is a file name for the analyzer ending in ext, which tells it
// the format.
func baseName(origin, ext string) string {
	b := filepath.Base(strings.SplitN(origin, "#", 2)[0])
	return strings.TrimSuffix(strings.TrimSuffix(b, ".gz"), filepath.Ext(strings.TrimSuffix(b, ".gz"))) + ext
}

// fillEntityIDs gives unlinked mentions the id linking would give them.
func fillEntityIDs(doc *marsad.Document) {
	for i := range doc.Entities {
		if e := &doc.Entities[i]; e.ID == "" && e.Type != "" {
			e.ID = link.ID(e.Type, e.Text)
		}
	}
}

func spanText(text string, s marsad.Span) string {
	r := []rune(text)
	if s.Start < 0 || s.End > len(r) || s.Start > s.End {
		return ""
	}
	return strings.TrimSpace(string(r[s.Start:s.End]))
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
