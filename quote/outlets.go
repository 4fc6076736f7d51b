package quote

import (
	"strings"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// Outlet is a news outlet a document names.
type Outlet struct {
	Start, End int    // code points of the written name in doc.Text
	Name       string // the name, quotation marks dropped (للجزيرة gives الجزيرة)
	// Known is true when the name is a listed outlet, quoted, Latin, or
	// an agency's (وكالة الأنباء الليبية); false when it was read after a
	// designator from plain or tagged words (قناة X).
	Known bool
}

// Outlets lists the outlets doc names, in order, leaving out an outlet
// speaking of itself (لقناتنا). It reads doc.Tokens and doc.Entities, not
// the links: the analyzer runs it before link.Link, to type the entities
// that name outlets as organizations. runes are the code points of
// doc.Text when the caller has them, else nil.
func Outlets(doc *marsad.Document, runes []rune) []Outlet {
	if len(doc.Tokens) == 0 {
		return nil
	}
	v := newViewRunes(doc, runes)
	var out []Outlet
	for _, o := range v.scanOutlets() {
		if o.self {
			continue
		}
		out = append(out, Outlet{Start: v.nameStart(o), End: o.end, Name: o.name, Known: o.known})
	}
	return out
}

// nameStart is where an outlet's written name starts, or the start of its
// token when the written form lost a letter of the name (للجزيرة).
func (v *view) nameStart(o outlet) int {
	if fold(v.text(o.start, o.end)) == fold(o.name) {
		return o.start
	}
	for i := o.a; i < o.b && i < len(v.toks); i++ {
		if v.toks[i].Start <= o.start && o.start < v.toks[i].End {
			return v.toks[i].Start
		}
	}
	return o.start
}

func fold(s string) string { return strings.Join(strings.Fields(arabic.Search.String(s)), " ") }
