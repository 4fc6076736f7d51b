package link

import (
	"strings"

	marsad "github.com/marsad/marsad"
)

// maxRole is the most tokens a role phrase may span.
const maxRole = 9

// roleWord reports whether token i may sit inside a role phrase.
func (v *view) roleWord(i int) bool {
	if v.isPunct(i) {
		return quoteMark(v.doc.Tokens[i].Text) // المتحدث باسم حزب «تواصل»
	}
	if roleStops[v.norms[i]] {
		return false
	}
	o := v.owner[i]
	return o < 0 || v.doc.Entities[o].Type != marsad.PER
}

// headAt reports whether token i is a role head, allowing a leading و.
func (v *view) headAt(i int) bool {
	return isHead(v.norms[i]) || isHead(trimWaw(v.norms[i]))
}

// dualAt returns the singular of a dual head at token i, or "".
func (v *view) dualAt(i int) string {
	if s := roleDuals[v.norms[i]]; s != "" {
		return s
	}
	return roleDuals[trimWaw(v.norms[i])]
}

// coordinated reports a head joined by the conjunction و (ورئيس), not
// one that starts with the letter (وزير).
func (v *view) coordinated(i int) bool {
	w := v.norms[i]
	return w != trimWaw(w) && !isHead(w) && v.headAt(i)
}

func trimWaw(w string) string {
	if len(w) > len("وال") && strings.HasPrefix(w, "و") {
		return w[len("و"):]
	}
	return w
}

// roleBefore finds a role phrase ending right before the mention's title or
// name: رئيس مجلس النواب الليبي عقيلة صالح. It returns the head token or -1,
// and the token after the role: a parenthesized acronym between the role
// and the name is skipped (الرئيس التنفيذي للشركة (سابتكو) فهد الحربي), and
// a nationality that describes the person, not the body, is left out
// (مدرب أوزبكستان الروسي فاليري سيرغييف).
func (v *view) roleBefore(m *mention) (int, int) {
	end := v.parenBefore(m.titleFirst)
	h := v.roleHeadBefore(end)
	if h < 0 {
		if c := v.appositionComma(m); c > 0 {
			end = c // وزير الشؤون الاجتماعية اللبناني، عصام نجم، أن
			h = v.roleHeadBefore(end)
		}
	}
	if h < 0 {
		return -1, end
	}
	if end-h >= 3 && isNationality(v.norms[end-1]) && (v.isLoc(end-2) || strings.HasSuffix(v.norms[end-2], "نا")) {
		end--
	}
	return h, end
}

// appositionComma returns the comma before a name set between commas (or
// between a comma and a colon or أن): the role before that comma is the
// person's. A nationality may stand between the comma and the name
// (الإيطالي ماركو بونفانتي). It returns 0 when the name is not set apart.
func (v *view) appositionComma(m *mention) int {
	toks := v.doc.Tokens
	c := m.titleFirst - 1
	for c > 0 && isNationality(v.norms[c]) {
		c--
	}
	if c < 1 || toks[c].Text != "،" && toks[c].Text != "," || m.end >= len(toks) || v.lineBreak(c) {
		return 0
	}
	switch toks[m.end].Text {
	case "،", ",", ":":
		return c
	}
	switch v.norms[m.end] {
	case "ان", "بان", "انه", "انها":
		return c
	}
	return 0
}

// parenBefore returns the index of "(" when tokens before end are a
// parenthesized word or two, else end.
func (v *view) parenBefore(end int) int {
	if end < 3 || v.doc.Tokens[end-1].Text != ")" {
		return end
	}
	for k := end - 2; k >= 0 && k >= end-4; k-- {
		if v.doc.Tokens[k].Text == "(" {
			return k
		}
	}
	return end
}

func (v *view) roleHeadBefore(end int) int {
	a := end
	for a > 0 && end-a < maxRole && (v.roleWord(a-1) || v.innerPrep(a-1)) && (a == end || !v.lineBreak(a-1)) {
		a--
		if v.coordinated(a) {
			break // ورئيس: a coordinated role starts here
		}
	}
	h := -1
	for i := a; i < end; i++ {
		if !v.headAt(i) {
			continue
		}
		if h < 0 || v.startsRole(i) {
			h = i
		}
	}
	return h
}

// startsRole reports whether head token i starts a new role rather than
// continuing one: وزير الخارجية | رئيس الوزراء, but نائب رئيس, لرئيس.
func (v *view) startsRole(i int) bool {
	w := v.norms[i]
	if strings.HasPrefix(w, "ل") && !isHead(w) {
		return false
	}
	prev := v.norms[i-1]
	return !v.headAt(i-1) && strings.HasPrefix(trimWaw(prev), "ال")
}

// roleAfter finds an apposition after the name: فايز السراج رئيس حكومة
// الوفاق. It returns the role tokens [a,b), or a == b when there is none.
func (v *view) roleAfter(m *mention) (int, int) {
	toks := v.doc.Tokens
	a := m.end
	if a < len(toks) && toks[a].Text == "،" || a < len(toks) && toks[a].Text == "," {
		a++
	}
	if a >= len(toks) || !v.roleWord(a) || !isHead(v.norms[a]) || v.lineBreak(a-1) {
		return a, a
	}
	b := a + 1
	for b < len(toks) && b-a < maxRole && (v.roleWord(b) || v.innerPrep(b)) && !v.lineBreak(b-1) {
		if v.coordinated(b) {
			break
		}
		b++
	}
	if b < len(toks) && v.norms[b] == "في" && b+1 < len(toks) && v.isLoc(b+1) {
		b += 2 // سفير روسيا في ليبيا
	}
	return a, v.trimOpenQuote(a, b)
}

// trimOpenQuote drops an unclosed quotation mark ending a role: in قال
// أحمد رئيس الحزب «إن ..., the mark opens the statement.
func (v *view) trimOpenQuote(a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		if quoteMark(v.doc.Tokens[i].Text) {
			n++
		}
	}
	for n%2 == 1 && b > a && quoteMark(v.doc.Tokens[b-1].Text) {
		b, n = b-1, n-1
	}
	return b
}

// innerPrep reports whether token i is a preposition inside a role, before
// a definite phrase: الباحث في الشأن اليمني, للدفاع عن الحق في الصحة,
// القيادي في جبهة الخلاص.
func (v *view) innerPrep(i int) bool {
	w := v.norms[i]
	if w != "في" && w != "عن" && w != "من" && w != "لدي" || i+1 >= len(v.norms) {
		return false // لدي is لدى in Search form: الممثلة الخاصة ... لدى فلسطين
	}
	if !v.roleWord(i + 1) {
		return false
	}
	if strings.HasPrefix(v.norms[i+1], "ال") || v.startsNonPerson(i+1) {
		return true // في حكومة إقليم كوردستان (tagged)
	}
	return i+2 < len(v.norms) && strings.HasPrefix(v.norms[i+2], "ال") && v.roleWord(i+2) // في جبهة الخلاص
}

// startsNonPerson reports a tagged organization or place starting at token i.
func (v *view) startsNonPerson(i int) bool {
	o := v.owner[i]
	if o < 0 || i > 0 && v.owner[i-1] == o {
		return false
	}
	t := v.doc.Entities[o].Type
	return t == marsad.ORG || t == marsad.LOC
}

func (v *view) isLoc(i int) bool {
	o := v.owner[i]
	return o >= 0 && v.doc.Entities[o].Type == marsad.LOC
}

// span returns the text of tokens [a,b), dropping a leading conjunction و.
func (v *view) span(a, b int) string {
	if a >= b {
		return ""
	}
	start := v.doc.Tokens[a].Start
	if v.coordinated(a) {
		start = v.skipLetters(start, 1)
	}
	return v.text(start, v.doc.Tokens[b-1].End)
}

// quoteMark reports a quotation mark, which may enclose a name inside a
// role.
func quoteMark(s string) bool {
	switch s {
	case "«", "»", "\"", "“", "”":
		return true
	}
	return false
}
