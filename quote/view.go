package quote

import (
	"sort"
	"strings"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// view is a document prepared for extraction: each token's Search form,
// covering entity, paragraph and sentence end.
type view struct {
	doc       *marsad.Document
	runes     []rune
	toks      []marsad.Token
	norms     []string
	owner     []int // entity covering the token, -1 when none
	para      []int // paragraph number
	sentEnd   []int // first token after the token's sentence
	sentStart []int // first token of the token's sentence
	outlets   []outlet
}

func newView(doc *marsad.Document) *view { return newViewRunes(doc, nil) }

// newViewRunes is newView given the code points of doc.Text (nil: it
// converts them).
func newViewRunes(doc *marsad.Document, runes []rune) *view {
	if runes == nil {
		runes = []rune(doc.Text)
	}
	n := len(doc.Tokens)
	v := &view{doc: doc, runes: runes, toks: doc.Tokens,
		norms: make([]string, n), owner: make([]int, n), para: make([]int, n),
		sentEnd: make([]int, n), sentStart: make([]int, n)}
	p := 0
	for i, t := range doc.Tokens {
		v.norms[i] = t.Norm
		if t.Norm == "" || t.Kind == marsad.KindLatin {
			v.norms[i] = strings.ToLower(arabic.Search.String(t.Text))
		}
		v.owner[i] = -1
		v.para[i] = p
		if v.lineBreak(i) {
			p++
		}
	}
	for ei, e := range doc.Entities {
		a, b := v.tokenRange(e.Start, e.End)
		for i := a; i < b; i++ {
			v.owner[i] = ei
		}
	}
	v.markSentences()
	return v
}

// markSentences sets sentStart and sentEnd from doc.Sentences, never
// across a line break.
func (v *view) markSentences() {
	end := len(v.toks)
	for i := len(v.toks) - 1; i >= 0; i-- {
		if v.lineBreak(i) {
			end = i + 1
		}
		v.sentEnd[i] = end
	}
	for i := range v.toks {
		if i > 0 && !v.lineBreak(i-1) {
			v.sentStart[i] = v.sentStart[i-1]
		} else {
			v.sentStart[i] = i
		}
	}
	for _, s := range v.doc.Sentences {
		a, b := v.tokenRange(s.Start, s.End)
		for i := a; i < b; i++ {
			v.sentEnd[i] = min(b, v.sentEnd[i])
			v.sentStart[i] = max(a, v.sentStart[i])
		}
	}
}

// tokenRange returns the tokens [a,b) that overlap runes [start,end).
func (v *view) tokenRange(start, end int) (int, int) {
	a := sort.Search(len(v.toks), func(i int) bool { return v.toks[i].End > start })
	b := sort.Search(len(v.toks), func(i int) bool { return v.toks[i].Start >= end })
	return a, max(a, b)
}

func (v *view) isPunct(i int) bool {
	k := v.toks[i].Kind
	return k == marsad.KindPunct || k == marsad.KindSymbol
}

func (v *view) isWord(i int) bool { return i >= 0 && i < len(v.toks) && !v.isPunct(i) }

// lineBreak reports whether a line break separates token i from token i+1.
func (v *view) lineBreak(i int) bool {
	if i+1 >= len(v.toks) {
		return true
	}
	for p := v.toks[i].End; p < v.toks[i+1].Start && p < len(v.runes); p++ {
		if v.runes[p] == '\n' || v.runes[p] == '\u2029' {
			return true
		}
	}
	return false
}

// text returns runes [start,end) of the document, clamped.
func (v *view) text(start, end int) string {
	start = max(0, min(start, len(v.runes)))
	end = max(start, min(end, len(v.runes)))
	return string(v.runes[start:end])
}

// skipLetters returns the offset after n letters from start (arabic.SkipLetters).
func (v *view) skipLetters(start, n int) int { return arabic.SkipLetters(v.runes, start, n) }

// tokenAfter returns the first token that starts at or after rune pos.
func (v *view) tokenAfter(pos int) int {
	return sort.Search(len(v.toks), func(i int) bool { return v.toks[i].Start >= pos })
}

// entityAt returns the entity covering token i and its type, or -1.
func (v *view) entityAt(i int) (int, string) {
	if i < 0 || i >= len(v.toks) || v.owner[i] < 0 {
		return -1, ""
	}
	return v.owner[i], v.doc.Entities[v.owner[i]].Type
}

// openQuote returns the closing mark for an opening quotation mark at i.
func (v *view) openQuote(i int) (string, bool) {
	if i >= len(v.toks) || !v.isPunct(i) {
		return "", false
	}
	switch v.toks[i].Text {
	case "\"":
		return "\"", true
	case "«":
		return "»", true
	case "“":
		return "”", true
	case "„":
		return "“", true
	}
	return "", false
}

// closeQuote returns the token closing the quotation opened at i, searching
// at most limit tokens and not past a paragraph end; -1 when none.
func (v *view) closeQuote(i, limit int) int {
	mark, ok := v.openQuote(i)
	if !ok {
		return -1
	}
	for k := i + 1; k < len(v.toks) && k <= i+limit; k++ {
		if v.toks[k].Text == mark || mark == "”" && v.toks[k].Text == "\"" {
			return k
		}
		if v.lineBreak(k) {
			return -1
		}
	}
	return -1
}
