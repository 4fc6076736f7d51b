package link

import (
	"sort"
	"strings"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/arabic/clitic"
)

// view is a document prepared for linking: its code points, each token's
// Search form and, for each token, the entity that covers it (-1 if none).
type view struct {
	doc   *marsad.Document
	runes []rune
	norms []string
	owner []int
	name  func(string) bool // Options.Name, may be nil
	words map[string]bool   // the document's words, built on first use
}

func newView(doc *marsad.Document) *view {
	v := &view{doc: doc, runes: []rune(doc.Text)}
	v.norms = make([]string, len(doc.Tokens))
	v.owner = make([]int, len(doc.Tokens))
	for i, t := range doc.Tokens {
		v.norms[i] = t.Norm
		if v.norms[i] == "" {
			v.norms[i] = arabic.Search.String(t.Text)
		}
		v.owner[i] = -1
	}
	for ei, e := range doc.Entities {
		a, b := v.tokenRange(e.Start, e.End)
		for i := a; i < b; i++ {
			v.owner[i] = ei
		}
	}
	return v
}

// tokenRange returns the tokens [a,b) that overlap runes [start,end).
func (v *view) tokenRange(start, end int) (int, int) {
	toks := v.doc.Tokens
	a := sort.Search(len(toks), func(i int) bool { return toks[i].End > start })
	b := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= end })
	if b < a {
		b = a
	}
	return a, b
}

// text returns the document text of runes [start,end), clamped.
func (v *view) text(start, end int) string {
	start = max(0, min(start, len(v.runes)))
	end = max(start, min(end, len(v.runes)))
	return string(v.runes[start:end])
}

func (v *view) isPunct(i int) bool {
	k := v.doc.Tokens[i].Kind
	return k == marsad.KindPunct || k == marsad.KindSymbol
}

// lineBreak reports whether a line break separates token i from token i+1.
func (v *view) lineBreak(i int) bool {
	toks := v.doc.Tokens
	if i+1 >= len(toks) {
		return true
	}
	for p := toks[i].End; p < toks[i+1].Start && p < len(v.runes); p++ {
		if v.runes[p] == '\n' {
			return true
		}
	}
	return false
}

// hasWaw reports whether token i starts with the conjunction و.
func (v *view) hasWaw(i int) bool {
	pro, _, _ := clitic.Cut(arabic.Orthographic.String(v.doc.Tokens[i].Text))
	return strings.HasPrefix(pro, "و")
}
