package link

import (
	"strings"

	marsad "github.com/marsad/marsad"
	"unicode/utf8"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/arabic/clitic"
)

// mention is one entity mention reduced to its name: clitics and titles
// removed, with the title and role found around it.
type mention struct {
	ent         int      // index in doc.Entities
	typ         string   // PER, ORG, LOC, MISC
	first, end  int      // name tokens [first,end)
	name        string   // the name as written, clitics and titles removed
	words       []string // folded key words of name
	weak        int      // letters of a ب ل ك proclitic that may be dropped
	title       string
	titleFirst  int // first token of the title, or first when none
	role        string
	roleHeadTok int // token where a role before the name starts, -1 when none
}

// newMention cleans entity ei; ok is false when no name is left.
func newMention(v *view, ei int) (m mention, ok bool) {
	e := v.doc.Entities[ei]
	a, b := v.tokenRange(e.Start, e.End)
	for a < b && v.isPunct(a) {
		a++
	}
	for b > a && v.isPunct(b-1) {
		b--
	}
	if a >= b {
		return m, false
	}
	m = mention{ent: ei, typ: e.Type, first: a, end: b, roleHeadTok: -1}
	start, prefix := v.stripProclitic(&m, max(e.Start, v.doc.Tokens[a].Start))
	m.titleFirst = m.first
	start = m.titleInside(v, start)
	if m.first >= m.end {
		return m, false
	}
	stop := min(e.End, v.doc.Tokens[m.end-1].End)
	m.name = prefix + v.text(start, stop)
	m.words = keyWords(canonical(m.typ, m.name))
	if m.title == "" {
		m.titleBefore(v)
	}
	return m, len(m.words) > 0
}

// stripProclitic drops a conjunction (و ف) from the first token, keeps the
// article of بال/لل forms, and notes a ب ل ك prefix that only the rest of
// the document can tell from the name itself (بايدن, لبايدن). It returns
// where the name starts and a prefix to restore (ا of لل → ال).
func (v *view) stripProclitic(m *mention, start int) (int, string) {
	tok := v.doc.Tokens[m.first]
	pro, _, _ := clitic.Cut(arabic.Orthographic.String(tok.Text))
	n := utf8.RuneCountInString(pro)
	// Letters are counted from the token's start: the tagger's mention may
	// already begin after the conjunction.
	skip := func(k int) int { return max(v.skipLetters(tok.Start, k), start) }
	if n > 0 && m.typ == marsad.PER && (strings.HasPrefix(pro, "و") || strings.HasPrefix(pro, "ف")) && v.keepsLetter(tok.Text) {
		return start, "" // فاليري (ف+ال+يري to the segmenter), وليد are names
	}
	if n == 0 && start == tok.Start && v.conjOnWritten(tok.Text) {
		return skip(1), "" // وشيرزاد when شيرزاد is written elsewhere: the segmenter kept it whole
	}
	switch {
	case n == 0:
		return start, ""
	case strings.HasSuffix(pro, "ال"):
		return skip(n - 2), ""
	case strings.HasSuffix(pro, "لل"):
		return skip(n - 1), "ا"
	case strings.Trim(pro, "وف") == "":
		return skip(n), ""
	}
	lead := utf8.RuneCountInString(strings.TrimLeft(pro, "وف"))
	m.weak = lead
	return skip(n - lead), ""
}

// skipLetters returns the offset after n letters from start (arabic.SkipLetters).
func (v *view) skipLetters(start, n int) int { return arabic.SkipLetters(v.runes, start, n) }

// titleInside moves titles at the start of the name into m.title.
func (m *mention) titleInside(v *view, start int) int {
	words := v.norms[m.first:m.end]
	if len(words) > 0 && start != v.doc.Tokens[m.first].Start {
		words = append([]string{arabic.Search.String(v.text(start, v.doc.Tokens[m.first].End))}, words[1:]...)
	}
	n := titleAt(words, 0)
	if n == 0 || n >= len(words) {
		return start
	}
	titleStart := start
	if a := v.titlesBefore(m.first); a < m.first && start == v.doc.Tokens[m.first].Start {
		titleStart, m.titleFirst = v.doc.Tokens[a].Start, a // معالي | السيد فيصل
	}
	m.title = v.text(titleStart, v.doc.Tokens[m.first+n-1].End)
	m.first += n
	return v.doc.Tokens[m.first].Start
}

// titlesBefore returns the first of the one-word titles written, with no
// preposition, in the free tokens right before token i (i when none).
func (v *view) titlesBefore(i int) int {
	for i > 0 && v.free(i-1, i) {
		w, skip := stripPrep(v.norms[i-1 : i])
		if skip != 0 || titleAt(w, 0) != 1 {
			break
		}
		i--
	}
	return i
}

// titleBefore looks for a title in the free tokens just before the name.
func (m *mention) titleBefore(v *view) {
	for k := 3; k >= 1; k-- {
		a := m.first - k
		if a < 0 || !v.free(a, m.first) {
			continue
		}
		words, skip := stripPrep(v.norms[a:m.first])
		if titleAt(words, 0) == k {
			for a > 0 && v.free(a-1, a) && skip == 0 {
				w, s := stripPrep(v.norms[a-1 : a])
				if titleAt(w, 0) != 1 {
					break
				}
				a, skip = a-1, s // معالي الدكتور
			}
			m.title = v.text(v.skipLetters(v.doc.Tokens[a].Start, skip), v.doc.Tokens[m.first-1].End)
			if strings.HasPrefix(words[0], "ال") && strings.HasPrefix(m.title, "ل") {
				m.title = "ا" + m.title // للمشير
			}
			m.titleFirst = a
			return
		}
	}
}

// free reports whether tokens [a,b) are words outside any entity.
func (v *view) free(a, b int) bool {
	for i := a; i < b; i++ {
		if v.owner[i] >= 0 || v.isPunct(i) {
			return false
		}
	}
	return true
}

// stripPrep removes a conjunction or preposition before the article from
// the first word (والمشير, بالمشير, للمشير → المشير) and returns how many
// letters of the written word it dropped.
func stripPrep(words []string) ([]string, int) {
	if len(words) == 0 {
		return words, 0
	}
	w, n := words[0], 0
	for _, p := range []string{"و", "ف"} {
		if rest, ok := strings.CutPrefix(w, p); ok && strings.HasPrefix(rest, "ال") || ok && strings.HasPrefix(rest, "ب") || ok && strings.HasPrefix(rest, "ل") {
			w, n = rest, n+1
			break
		}
	}
	switch {
	case strings.HasPrefix(w, "لل"):
		w, n = "ا"+w[len("ل"):], n+1
	case strings.HasPrefix(w, "بال") || strings.HasPrefix(w, "كال"):
		w, n = w[len("ب"):], n+1
	}
	return append([]string{w}, words[1:]...), n
}

// keepsLetter reports a listed name whose first letter looks like a
// conjunction: listed whole and not without the letter.
func (v *view) keepsLetter(tok string) bool {
	if v.name == nil || !v.name(tok) {
		return false
	}
	_, n := utf8.DecodeRuneInString(tok)
	return !v.name(tok[n:]) && !v.written(tok[n:])
}

// written reports whether the document has w as a word of its own: then
// وشيرزاد is و + شيرزاد, however the lists spell it.
func (v *view) written(w string) bool {
	if v.words == nil {
		v.words = make(map[string]bool, len(v.norms))
		for _, n := range v.norms {
			v.words[n] = true
		}
	}
	return v.words[arabic.Search.String(w)]
}

// conjOnWritten reports a token that is و or ف and a word the document
// also writes on its own (وشيرزاد next to شيرزاد).
func (v *view) conjOnWritten(tok string) bool {
	r, n := utf8.DecodeRuneInString(tok)
	return (r == 'و' || r == 'ف') && utf8.RuneCountInString(tok[n:]) >= 3 && v.written(tok[n:])
}
