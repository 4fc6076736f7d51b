package quote

import (
	"strings"
	"unicode/utf8"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/arabic/clitic"
	"github.com/marsad/marsad/link"
)

// speakerIn finds the speaker in the noun phrase [a,b) after a reporting
// verb: an outlet (then also the via), a person, an unnamed source, an
// organization, or, when nothing is tagged, the name the words suggest.
func (x *extractor) speakerIn(a, b int) (marsad.Speaker, *marsad.Via, bool) {
	v := x.v
	x.thing = false
	for a < b && v.adjunctWord(a, b) {
		a++ // قال فيها:, وتابع بغضب:, وقال له الرئيس
	}
	if v.colonAt(b) {
		switch {
		case b-1 > a && v.mannerAt(b-1):
			b-- // وقال الرئيس | بغضب:
		case b-2 > a && v.mannerAt(b-2) && v.bareWord(b-1):
			b -= 2 // وقالت الوزيرة | بنبرة حادة:
		}
	}
	if a < len(v.toks) && v.isWord(a) && v.evidence(a, min(a+2, len(v.toks))) {
		x.thing = true // تؤكد هذه الأرقام أن: figures, not a speaker
		return marsad.Speaker{}, nil, false
	}
	if a >= b {
		return marsad.Speaker{}, nil, false
	}
	if honorifics[v.norms[a]] {
		return marsad.Speaker{}, nil, false // وأوضح سعادته أن: "his excellency" is the last speaker
	}
	if v.hasWordLike(a, b, "كلمت") || interrogatives[v.norms[a]] {
		x.thing = true // قالت السوق كلمتها, قال الناخبون كلمتهم; رأى كيف استطاعت: no one speaks
		return marsad.Speaker{}, nil, false
	}
	if s, ok := x.latter(a, b); ok {
		return s, nil, true
	}
	if o, ok := v.viaAt(a, false); ok {
		via := v.via(o)
		return marsad.Speaker{Text: via.Text, EntityID: via.EntityID, Kind: marsad.SpeakerNamed, Start: via.Start, End: via.End}, via, true
	}
	if v.quantified(a) == b {
		return x.span(v.toks[a].Start, v.toks[b-1].End, marsad.SpeakerUnnamed, ""), nil, true // عدد من الزوار
	}
	if _, ok := leadNouns[v.norms[a]]; ok && a+1 < b {
		a++ // بيان الجيش: the army speaks
	}
	if s, ok := x.entitySpeaker(a, b, marsad.PER); ok {
		return s, nil, true
	}
	if e, ok := v.unnamedAt(a, b); ok && !v.titledName(a+1, b) {
		return x.unnamedSpeaker(a, e)
	}
	if head, ok := v.definiteUnnamed(a); ok && b-a == 1 {
		if s, ok := x.unnamed[head]; ok {
			return s, nil, true
		}
		return x.span(v.toks[a].Start, v.toks[a].End, marsad.SpeakerUnnamed, ""), nil, true
	}
	if s, ok := x.roleOf(a, b); ok {
		return s, nil, true
	}
	if s, ok := x.entitySpeaker(a, b, ""); ok {
		return s, nil, true
	}
	if s, ok := x.roleAnaphor(a, b); ok {
		return s, nil, true
	}
	if v.roleOnly(a, b) {
		// الوكيل القضائي للخزينة العمومية: the role is all there is
		return x.span(v.toks[a].Start, v.toks[min(b, a+8)-1].End, marsad.SpeakerUnnamed, ""), nil, true
	}
	if c := v.quotedName(a); c == b {
		return x.named(a+1, b-1), nil, true // «الاعتماد الوطني»: the name without its marks
	}
	s, e := v.fallbackName(a, b)
	if s == a && v.evidence(s, e) {
		x.thing = true // أكدت الإعادة البطيئة أن: a thing, not a speaker
		return marsad.Speaker{}, nil, false
	}
	return x.named(s, e), nil, true
}

// evidence reports a subject [s,e) that is evidence, not a speaker:
// a figure, record or picture that no stage tagged (تؤكد الأرقام أن, أكدت
// الإعادة البطيئة أن, يؤكد سجل الفيضانات أن). People, groups and documents stay
// speakers (المحققون, الوثيقة): only the heads in evidenceHeads count.
func (v *view) evidence(s, e int) bool {
	if demonstratives[v.norms[s]] && s+1 < e {
		s++ // هذه الأرقام
	}
	if !evidenceHeads[strings.TrimPrefix(v.norms[s], "ال")] {
		return false // الأرقام, سجل الفيضانات
	}
	for k := s; k < e; k++ {
		if v.owner[k] >= 0 {
			return false
		}
	}
	return true
}

var demonstratives = map[string]bool{"هذه": true, "هذا": true, "تلك": true, "ذلك": true, "هذان": true, "هاتان": true}

// evidenceHeads are nouns for figures, records and pictures (Search forms).
var evidenceHeads = searchSet("أرقام إحصاءات إحصائيات مؤشرات إعادة لقطات صور مشاهد نتائج سجلات سجل معطيات تجربة تجارب")

// roleOnly reports a phrase [a,b) that is a role and names nobody.
func (v *view) roleOnly(a, b int) bool {
	return link.IsRoleHead(v.norms[a]) && v.afterTitles(a, b) == a && v.afterRole(a, min(b, a+12)) >= min(b, a+12)
}

// roleOf returns a role that a tagged body completes and no name follows,
// as an unnamed speaker: الوكيل القضائي للخزينة العمومية, not the treasury.
func (x *extractor) roleOf(a, b int) (marsad.Speaker, bool) {
	v := x.v
	if !link.IsRoleHead(v.norms[a]) && !link.IsRoleHead(conj(v.norms[a]).w) {
		return marsad.Speaker{}, false
	}
	for k := a + 1; k < b && k <= a+3; k++ {
		ei, typ := v.entityAt(k)
		if ei < 0 {
			continue
		}
		_, e := v.tokenRange(v.doc.Entities[ei].Start, v.doc.Entities[ei].End)
		if typ != marsad.ORG || e != b && !v.placeOfBody(e, b) || v.toks[k].Start > v.doc.Entities[ei].Start {
			return marsad.Speaker{}, false
		}
		start := v.toks[a].Start
		if c := conj(v.norms[a]); c.skip > 0 && link.IsRoleHead(c.w) {
			start = v.skipLetters(start, c.skip)
		}
		return x.span(start, v.toks[b-1].End, marsad.SpeakerUnnamed, ""), true
	}
	return marsad.Speaker{}, false
}

// adjunctWord reports a word after a reporting verb that is not its
// subject: a preposition with a pronoun (فيها, له), a listed adverb
// (مجددا), or an adverb of manner with ب right before a colon (بغضب:).
func (v *view) adjunctWord(a, b int) bool {
	w := v.norms[a]
	if pronounPPs[w] || adverbs[w] || demonstrativePPs[w] {
		return true
	}
	if a > 0 && demonstrativePPs[v.norms[a-1]] && strings.HasPrefix(w, "ال") {
		return true // وقالت بهذا الخصوص:
	}
	if a > 0 && v.mannerAt(a-1) && b == a+1 && v.bareWord(a) && v.colonAt(b) {
		return true // وتابعت بنبرة | غاضبة:
	}
	if b != a+1 && !(b == a+2 && v.bareWord(a+1)) || !v.mannerAt(a) {
		return false
	}
	return v.colonAt(b) // not before أن: وأضاف باجري أن names the speaker
}

func (v *view) colonAt(k int) bool { return k >= 0 && k < len(v.toks) && v.toks[k].Text == ":" }

// bareWord reports an untagged word without the article at token a.
func (v *view) bareWord(a int) bool {
	return v.isWord(a) && v.owner[a] < 0 && !strings.HasPrefix(v.norms[a], "ال")
}

// mannerAt reports a word with ب, no article and no tagged name at token
// a: an adverb of manner before a colon (بغضب:, بنبرة غاضبة:).
func (v *view) mannerAt(a int) bool {
	w := v.norms[a]
	return strings.HasPrefix(w, "ب") && !strings.HasPrefix(w, "بال") && v.owner[a] < 0 && a+1 < len(v.toks)
}

// pronounPPs are prepositions with a pronoun (Search forms).
var pronounPPs = searchSet("فيه فيها فيهم عليه عليها عليهم له لها لهم لنا لي منه منها عنه عنها معه معها لديه لديها")

// adverbs stand between a reporting verb and its subject or statement
// (Search forms): قال مجددا إن, وأضاف أيضا أن.
var adverbs = searchSet("مجددا مجددًا لاحقا سابقا مؤخرا أيضا ايضا كذلك صراحة مرارا مسبقا حينها آنذاك بدوره بدورها")

// demonstrativePPs are a preposition with a demonstrative, adjuncts that
// may take a definite noun after them: بهذا الخصوص, بذلك (Search forms).
var demonstrativePPs = searchSet("بهذا بهذه بذلك بتلك لذلك")

// hasWordLike reports a word in [a,b) that starts with prefix (Search
// form): قال الناخبون كلمتهم.
func (v *view) hasWordLike(a, b int, prefix string) bool {
	for k := a; k < b && k < len(v.norms); k++ {
		if strings.HasPrefix(v.norms[k], prefix) {
			return true
		}
	}
	return false
}

// honorifics refer back to the person last named (Search forms).
var honorifics = searchSet("سعادته سعادتها معاليه معاليها سيادته سيادتها فضيلته سموه جلالته فخامته")

// interrogatives open a clause, never a speaker: رأى كيف استطاعت (Search
// forms).
var interrogatives = searchSet("كيف ماذا لماذا متى أين هل كم")

// latter resolves الأخير / الأخيرة, alone as the subject, to the last
// person named before it: قال الأخير إنه.
func (x *extractor) latter(a, b int) (marsad.Speaker, bool) {
	v := x.v
	if b != a+1 || v.norms[a] != "الاخير" && v.norms[a] != "الاخيره" {
		return marsad.Speaker{}, false
	}
	id, ok := v.lastPerson(v.toks[a].Start, 600, func(string) bool { return true })
	if !ok {
		return marsad.Speaker{}, false
	}
	return x.span(v.toks[a].Start, v.toks[a].End, marsad.SpeakerNamed, id), true
}

// placeOfBody reports tokens [e,b) that only say where a role's body is:
// prepositional words, definite words and tagged places or bodies, with no
// person (بوزارة الصحة في الحكومة المكلفة من مجلس النواب).
func (v *view) placeOfBody(e, b int) bool {
	if b-e > 10 {
		return false
	}
	for k := e; k < b; k++ {
		if ei, typ := v.entityAt(k); ei >= 0 {
			if typ == marsad.PER {
				return false
			}
			continue
		}
		w := v.norms[k]
		if !v.isWord(k) || strings.HasPrefix(w, "بقول") || !(roleInnerPreps[w] || strings.HasPrefix(w, "ال") || strings.HasPrefix(w, "ب") && v.hasPrep(k) ||
			strings.HasPrefix(w, "لل")) {
			return false
		}
	}
	return true
}

// named builds a named speaker over tokens [s,e), with the id of a linked
// entity that goes by that name.
func (x *extractor) named(s, e int) marsad.Speaker {
	start, end := x.v.toks[s].Start, x.v.toks[e-1].End
	return x.span(start, end, marsad.SpeakerNamed, x.idOf(x.v.text(start, end)))
}

// titledName reports whether a title followed by a bare word stands in
// [a,b): خبير المياه الدكتور دريد محاسنة names the expert.
func (v *view) titledName(a, b int) bool {
	for k := a; k+1 < b; k++ {
		if link.IsTitle(v.norms[k]) && !strings.HasPrefix(v.norms[k+1], "ال") && !v.hasPrep(k+1) {
			return true
		}
	}
	return false
}

// unnamedSpeaker builds an unnamed speaker over tokens [a,e); an outlet's
// correspondent (مراسل الجزيرة) brings the outlet as via.
func (x *extractor) unnamedSpeaker(a, e int) (marsad.Speaker, *marsad.Via, bool) {
	v := x.v
	var via *marsad.Via
	if e == a+1 && correspondents[v.norms[a]] {
		if o, ok := v.viaAt(e, true); ok {
			via, e = v.via(o), o.b
		}
	}
	return x.span(v.toks[a].Start, v.toks[e-1].End, marsad.SpeakerUnnamed, ""), via, true
}

var correspondents = map[string]bool{"مراسل": true, "مراسله": true, "مراسلو": true}

// span builds a speaker over runes [start,end).
func (x *extractor) span(start, end int, kind, id string) marsad.Speaker {
	return marsad.Speaker{Text: x.v.text(start, end), EntityID: id, Kind: kind, Start: start, End: end}
}

// entitySpeaker returns the first entity of type typ ("" any but places)
// inside [a,b), as its name without title or conjunction.
func (x *extractor) entitySpeaker(a, b int, typ string) (marsad.Speaker, bool) {
	v := x.v
	for k := a; k < b; k++ {
		ei, t := v.entityAt(k)
		if ei < 0 || t == marsad.LOC || typ != "" && t != typ {
			continue
		}
		start, end, ok := v.entityName(ei, a, b)
		if !ok {
			continue
		}
		return x.span(start, end, marsad.SpeakerNamed, v.doc.Entities[ei].ID), true
	}
	return marsad.Speaker{}, false
}

// entityName returns the runes of entity ei's name inside tokens [a,b):
// quotation marks, a leading title (المشير) and a conjunction (و) dropped.
func (v *view) entityName(ei, a, b int) (int, int, bool) {
	e := v.doc.Entities[ei]
	s, t := v.tokenRange(e.Start, e.End)
	s, t = max(s, a), min(t, b)
	for s < t && v.isPunct(s) {
		s++
	}
	for t > s && v.isPunct(t-1) {
		t--
	}
	for s+1 < t && link.IsTitle(v.norms[s]) {
		s++
	}
	if s >= t {
		return 0, 0, false
	}
	start := max(e.Start, v.toks[s].Start)
	pro, _, _ := clitic.Cut(arabic.Orthographic.String(v.toks[s].Text))
	if pro != "" && strings.Trim(pro, "وف") == "" {
		start = v.skipLetters(v.toks[s].Start, utf8.RuneCountInString(pro))
	}
	return start, min(e.End, v.toks[t-1].End), true
}

// fallbackName picks the name out of an untagged phrase [a,b): after
// titles (المشير خليفة حفتر), after a role (المتحدث باسم الجيش العميد نبيل
// ...), before a role (ليف دينجوف رئيس ...), else the phrase's first
// words. A word with لل (للصحفيين) ends it. It returns tokens [s,e).
func (v *view) fallbackName(a, b int) (int, int) {
	b = min(b, a+12)
	s := v.afterTitles(a, b)
	if s == a && link.IsRoleHead(v.norms[a]) {
		s = v.afterRole(a, b)
	}
	if v.allDefinite(s, b) {
		return s, min(b, s+6) // الهيئة العليا المستقلة للانتخابات
	}
	for k := s + 1; k < b; k++ {
		if strings.HasPrefix(v.norms[k], "لل") {
			b = k // X للصحفيين
			break
		}
	}
	switch {
	case s >= b:
		return max(a, b-2), b
	case s > a:
		return s, min(b, s+4)
	}
	return s, v.untilRole(s, min(b, s+4))
}

// allDefinite reports whether [s,b) is a definite phrase, an organization
// rather than a person: every word has the article (ال or لل) and the
// first is not a title.
func (v *view) allDefinite(s, b int) bool {
	if s >= b || link.IsTitle(v.norms[s]) {
		return false
	}
	for k := s; k < b; k++ {
		if !strings.HasPrefix(v.norms[k], "ال") && !strings.HasPrefix(v.norms[k], "لل") {
			return false
		}
	}
	return true
}

// afterTitles skips the titles that open [a,b) before a name (معالي
// الدكتور ثاني, المشير خليفة), not a title that heads a role (المستشار
// الإعلامي).
func (v *view) afterTitles(a, b int) int {
	s := a
	for s+1 < b && link.IsTitle(v.norms[s]) {
		s++
	}
	if s == a || strings.HasPrefix(v.norms[s], "ال") || v.hasPrep(s) || link.IsRoleHead(v.norms[s]) {
		return a
	}
	return s
}

// afterRole walks a role phrase from its head at a (رئيس مجلس النواب
// الليبي, الرئيس التنفيذي لشركة أرامكو) and returns where the name after it
// starts: after a title, or at the first bare word that follows a
// definite one. A bare word after a bare one is a genitive (وزير خارجية
// روسيا), so the walk may use up the phrase; it returns b then.
func (v *view) afterRole(a, b int) int {
	bare := !strings.HasPrefix(v.norms[a], "ال")
	for k := a + 1; k < b; k++ {
		w := v.norms[k]
		switch {
		case link.IsTitle(w) && strings.HasPrefix(w, "ال") && k+1 < b && !strings.HasPrefix(v.norms[k+1], "ال") && !v.hasPrep(k+1):
			return k + 1
		case roleInnerPreps[w]:
			bare = true // في جبهة الخلاص: a noun phrase follows
		case strings.HasPrefix(w, "ال") || strings.HasPrefix(w, "لل") || link.IsNationality(w):
			bare = false
		case v.hasPrep(k) || bare:
			bare = true
		default:
			return k
		}
	}
	return b
}

// untilRole returns the first token in (a,b) that heads a role, or b.
func (v *view) untilRole(a, b int) int {
	for k := a + 1; k < b; k++ {
		if link.IsRoleHead(v.norms[k]) {
			return k
		}
	}
	return b
}

// hasPrep reports whether token k starts with the preposition ل or ب
// (لشركة, باسم), by the clitic segmenter, so that لافروف keeps its ل.
func (v *view) hasPrep(k int) bool {
	pro, _, _ := clitic.Cut(arabic.Orthographic.String(v.toks[k].Text))
	pro = strings.TrimLeft(pro, "وف")
	return pro == "ل" || pro == "ب"
}
