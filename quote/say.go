package quote

import (
	"strings"
	"unicode/utf8"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/link"
)

// say handles a reporting verb at token i: قال المتحدث ... إن, أكد الجيش
// أن, ذكرت صحيفة X نقلا عن مصادر أن, وأضاف أن (the last speaker).
func (x *extractor) say(i int) (int, bool) {
	v := x.v
	if v.nounObject(i) {
		return i + 1, false // كشف عن سر تألقه, يفيد بتعطل قارب: the verb took a noun
	}
	if ok, _ := v.complementizerAt(i + 1); ok && editorial[v.norms[i]] {
		return i + 1, false // يذكر أن: the writer's aside, no one speaks
	}
	b := v.nounPhrase(i + 1)
	spk, via, named := x.speakerIn(i+1, b)
	if x.thing {
		return i + 1, false // تؤكد الأرقام أن: no one speaks
	}
	k := b
	if s, end, ok := x.naql(k); ok {
		spk, named, k = s, true, end
	}
	st, o, ok := v.statementAfter(k, maxAdjunct)
	if !ok && named {
		if st, ok = x.quoteBefore(i, k); ok {
			if vo, found := v.viaAfter(k); found {
				o = &vo
			}
		}
	}
	if !ok {
		if named {
			x.subject, x.subjAt = spk, i // أعلن البنك رفع ...، في خطوة قال إنها
		}
		return i + 1, false
	}
	if o != nil && via == nil {
		via = v.via(*o)
	}
	if o, ok := v.adjunctBefore(i); ok && via == nil {
		via = v.via(o) // وفي تصريح لوكالة الأنباء الكويتية (كونا)، قال
	}
	if !named {
		spk, named = x.before(i)
	}
	if !named {
		spk, named = x.sentenceSubject(i)
	}
	if !named && v.isWord(i+1) && pronounPPs[v.norms[i+1]] {
		spk, named = x.clauseSubject(i) // نشر ترامب تغريدة قال فيها:
	}
	if !named {
		var inherited *marsad.Via
		if spk, inherited, named = x.inherit(i); via == nil {
			via = inherited
		}
	}
	if named {
		x.add(i, st, spk, via)
	}
	return st.next, named
}

// editorial are passive verbs the writer adds an aside with (Search
// forms): يذكر أن, ويذكر أن.
var editorial = map[string]bool{"يذكر": true, "ويذكر": true}

// nounObject reports a reporting verb at token i whose preposition
// governs a noun right after it instead of أن: أشار إلى دور الفريق, كشف عن
// سر تألقه, يفيد بتعطل قارب. An outlet after ب or ل is no object.
func (v *view) nounObject(i int) bool {
	c, k := v.cueAt(i), i+1
	if c.prep == "" || !v.isWord(k) {
		return false
	}
	w := v.norms[k]
	if ok, _ := v.complementizerAt(k); ok {
		return false // بأن
	}
	if w == c.prep {
		ok, _ := v.complementizerAt(k + 1)
		return v.isWord(k+1) && !ok && v.owner[k+1] < 0 // أشار إلى دور, not إلى أن
	}
	if c.prep == "ب" && v.hasPrep(k) && v.owner[k] < 0 {
		_, outlet := v.viaAt(k, false)
		return !outlet // أفاد بتعطل
	}
	return false
}

// clauseSubject returns the first person, else the first organization,
// named in token i's sentence before it: the author of the tweet, letter
// or statement that قال فيها refers to.
func (x *extractor) clauseSubject(i int) (marsad.Speaker, bool) {
	v := x.v
	org := -1
	for k := v.sentStart[i]; k < i; k++ {
		ei, typ := v.entityAt(k)
		if ei < 0 || v.doc.Entities[ei].Start < v.toks[k].Start {
			continue
		}
		_, e := v.tokenRange(v.doc.Entities[ei].Start, v.doc.Entities[ei].End)
		if typ == marsad.PER {
			return x.entitySpeaker(k, e, marsad.PER)
		}
		if typ == marsad.ORG && org < 0 {
			org = k
		}
	}
	if org < 0 {
		return marsad.Speaker{}, false
	}
	_, e := v.tokenRange(v.doc.Entities[v.owner[org]].Start, v.doc.Entities[v.owner[org]].End)
	return x.entitySpeaker(org, e, marsad.ORG)
}

// sentenceSubject returns the subject of an earlier verb of the same
// sentence that reported nothing, when no statement came after it.
func (x *extractor) sentenceSubject(i int) (marsad.Speaker, bool) {
	v := x.v
	if x.subjAt < 0 || v.sentStart[x.subjAt] != v.sentStart[i] {
		return marsad.Speaker{}, false
	}
	if n := len(x.quotes); n > 0 && x.ends[n-1] > x.subjAt {
		return marsad.Speaker{}, false
	}
	return x.subject, true
}

// naql reads نقلا عن X after an outlet: the source behind it.
func (x *extractor) naql(k int) (marsad.Speaker, int, bool) {
	v := x.v
	if v.isComma(k) {
		k++
	}
	if v.cueAt(k).kind != cueNaql || !v.isWord(k+1) || v.norms[k+1] != "عن" {
		return marsad.Speaker{}, k, false
	}
	b := v.nounPhrase(k + 2)
	s, _, ok := x.speakerIn(k+2, b)
	return s, b, ok
}

// relay handles نقل: نقلت وكالة X عن Y قوله, ونقلت الوكالة عن Y أن, وكانت
// وكالة X، نقلت عن Y أن. The relaying outlet is the via.
func (x *extractor) relay(i int) (int, bool) {
	v := x.v
	k := i + 1
	var via *marsad.Via
	if o, ok := v.viaAt(k, false); ok {
		via, k = v.via(o), o.b
	} else if o, ok := x.outletBefore(i); ok {
		via = v.via(o)
	} else if rv, b, ok := v.relayer(k); ok {
		via, k = rv, b
	} else {
		k = v.nounPhrase(k)
	}
	k, ok := v.findAn(k)
	if !ok {
		return i + 1, false
	}
	b := v.nounPhrase(k + 1)
	spk, _, named := x.speakerIn(k+1, b)
	st, o, ok := v.statementAfter(b, maxAdjunct)
	if !named || !ok {
		return i + 1, false
	}
	if via == nil && o != nil {
		via = v.via(*o)
	}
	x.add(i, st, spk, via)
	return st.next, true
}

// relayer reads a name the tagger found right after نقل and right
// before عن as the via, whatever outlet list it is missing from: نقلت
// جورزاليم بوست عن الباحث. A place is not a relayer (نقلت موسكو عن is
// rare, نقلت من موسكو is not read here).
func (v *view) relayer(k int) (*marsad.Via, int, bool) {
	if c := v.closeQuote(k, 6); c > k+1 {
		b := c + 1 // نقلت «إل سولي 24 أوري» عن: a quoted name after نقل is an outlet
		for b < len(v.toks) && v.isWord(b) && link.IsNationality(v.norms[b]) {
			b++
		}
		if v.isWord(b) && v.norms[b] == "عن" {
			start, end := v.toks[k+1].Start, v.toks[c-1].End
			name := v.text(start, end)
			return &marsad.Via{Text: name, Name: name, EntityID: link.ID(marsad.ORG, name), Start: start, End: end}, b, true
		}
	}
	ei, typ := v.entityAt(k)
	if ei < 0 || typ == marsad.LOC || k > 0 && v.owner[k-1] == ei {
		return nil, k, false
	}
	e := v.doc.Entities[ei]
	_, b := v.tokenRange(e.Start, e.End)
	if !v.isWord(b) || v.norms[b] != "عن" {
		return nil, k, false
	}
	return &marsad.Via{Text: e.Text, Name: e.Text, EntityID: e.ID, Start: e.Start, End: e.End}, b, true
}

// findAn finds عن within a few tokens of k, past what describes the
// outlet (قناة «المنار» التابعة لـ«حزب الله» عن).
func (v *view) findAn(k int) (int, bool) {
	for j := k; j < len(v.toks) && j <= k+6; j++ {
		if v.isWord(j) && v.norms[j] == "عن" {
			return j, true
		}
		if ok, _ := v.complementizerAt(j); ok || j > k && v.lineBreak(j-1) || v.cueAt(j).kind != cueNone {
			return 0, false
		}
	}
	return 0, false
}

// goOn handles a participle that continues the last statement: مشيرا إلى
// أن, مضيفا أن, قائلا: "...".
func (x *extractor) goOn(i int) (int, bool) {
	v := x.v
	st, o, ok := v.statementAfter(i+1, 3)
	if !ok {
		return i + 1, false
	}
	spk, named := x.sentenceSubject(i)
	if !named {
		spk, named = x.sentenceActor(i)
	}
	var via *marsad.Via
	if !named {
		spk, via, named = x.inherit(i)
	}
	if !named {
		return i + 1, false
	}
	if o != nil {
		via = v.via(*o)
	}
	x.add(i, st, spk, via)
	return st.next, true
}

// sentenceActor returns the subject of the verb that opens token i's
// sentence, when no statement was reported in it yet: in دانت الخارجية
// الهجوم، معتبرة أن, the ministry goes on, not the last speaker. The
// subject is the noun phrase at the sentence's second word (after an
// opening من جانبها،), after a word that is no preposition: the person or
// body that starts it, or the person after a role that starts it.
func (x *extractor) sentenceActor(i int) (marsad.Speaker, bool) {
	v := x.v
	s := v.sentStart[i]
	if n := len(x.quotes); n > 0 && x.ends[n-1] > s {
		return marsad.Speaker{}, false
	}
	for s < i && !v.isWord(s) {
		s++
	}
	opener := v.isWord(s) && (v.isCueLike(s) || v.hasPrep(s) || adverbs[v.norms[s]])
	for c := s; opener && c <= s+3 && c < i; c++ {
		if v.isComma(c) {
			s = c + 1 // من جانبها، دانت; بدوره، رحب
			break
		}
	}
	k := s + 1
	if k >= i || v.isCueLike(s) || v.hasPrep(s) || v.cueAt(s).kind != cueNone {
		return marsad.Speaker{}, false
	}
	b := min(v.nounPhrase(k), i)
	if ei, _ := v.entityAt(k); ei >= 0 && v.doc.Entities[ei].Start <= v.toks[k].Start {
		return x.entitySpeaker(k, b, "")
	}
	if link.IsRoleHead(v.norms[k]) {
		return x.entitySpeaker(k, b, marsad.PER) // توعد زعيم الحوثيين عبد الملك الحوثي ...، مؤكدا أن
	}
	return marsad.Speaker{}, false
}

// circumstance reports a short phrase of time or occasion filling tokens
// [a,b): على هامش الجلسة, خلال المؤتمر, عقب اللقاء.
func (v *view) circumstance(a, b int) bool {
	if b <= a || b-a > 4 || !circumstantial[v.norms[a]] {
		return false
	}
	for k := a; k < b; k++ {
		if !v.isWord(k) || v.isCueLike(k) && k > a {
			return false
		}
	}
	return true
}

var circumstantial = map[string]bool{"علي": true, "خلال": true, "عقب": true, "بعد": true, "اثناء": true, "في": true}

// adjunctBefore finds an outlet addressed just before the reporting verb
// at token i: [و]في تصريح لـOUTLET، قال; وبحسب صحيفة OUTLET، أكد. The outlet, its acronym and a
// comma must end right before the verb, after a word of speaking.
func (v *view) adjunctBefore(i int) (outlet, bool) {
	end := i
	if end > 0 && v.isComma(end-1) {
		end--
	}
	for _, o := range v.outlets {
		if o.b != end && !v.circumstance(o.b, end) || o.a < 1 {
			continue
		}
		k := o.a - 1
		if k > 0 && speechAdjective(v.norms[k]) {
			k-- // في تصريح خاص لـ
		}
		if _, ok := speechNouns[v.norms[k]]; ok && v.isWord(k) || v.cueAt(k).kind == cueSource {
			return o, true // وبحسب صحيفة "عكاظ"، أكد مسؤولون أن
		}
	}
	return v.addressedName(end)
}

// addressedName reads [في] حديث لـX، right before a reporting verb (end is
// the comma) when X is no listed outlet: وفي حديث لرووداو، قال. The speech
// noun is what makes X an outlet.
func (v *view) addressedName(end int) (outlet, bool) {
	return v.addressedAt(end - 1)
}

// addressedAt reads an outlet no list holds at token j, named by a speech
// noun before it: حديث لرووداو, في تصريح لموزاييك.
func (v *view) addressedAt(j int) (outlet, bool) {
	if j < 2 || !v.isWord(j) || v.owner[j] >= 0 && v.doc.Entities[v.owner[j]].Type == marsad.LOC {
		return outlet{}, false
	}
	if !addressee(v.norms[j]) {
		return outlet{}, false
	}
	k := j - 1
	if speechAdjective(v.norms[k]) {
		k--
	}
	if _, ok := speechNouns[v.norms[k]]; !ok || !v.isWord(k) {
		return outlet{}, false
	}
	start := v.skipLetters(v.toks[j].Start, 1)
	o := outlet{a: j, b: j + 1, start: start, end: v.toks[j].End, name: v.text(start, v.toks[j].End), kind: "موقع", ent: v.owner[j], known: true}
	return o, true
}

// setApartOutlet reads an outlet no list holds, addressed right after a
// comma and right before a comma or أن/إن: وقال X، رئيس المجلس، لعنب
// بلدي، إن. Both bounds make it the one spoken to; a role (لمراسلة) or
// a word with لل (للصحفيين) is no outlet.
func (v *view) setApartOutlet(j int) (outlet, bool) {
	if j < 1 || !v.isComma(j-1) || !v.isWord(j) || v.owner[j] >= 0 {
		return outlet{}, false
	}
	if !addressee(v.norms[j]) {
		return outlet{}, false
	}
	e := j + 1
	for e < len(v.toks) && e < j+3 && v.isWord(e) && v.owner[e] < 0 && !v.isCueLike(e) {
		e++
	}
	if ok, _ := v.complementizerAt(e); !ok && !v.isComma(e) {
		return outlet{}, false
	}
	start := v.skipLetters(v.toks[j].Start, 1)
	end := v.toks[e-1].End
	return outlet{a: j, b: e, start: start, end: end, name: v.text(start, end), kind: "موقع", ent: -1, known: true}, true
}

// addressee reports a word that may name an outlet spoken to: ل and a
// name of three letters or more, not لل (للصحفيين), not a role (لمراسلة
// قناة الجزيرة: the channel is the outlet) and no pronoun (لمراسلنا,
// لزملائهم).
func addressee(w string) bool {
	rest, ok := strings.CutPrefix(w, "ل")
	return ok && !strings.HasPrefix(rest, "ل") && utf8.RuneCountInString(rest) >= 3 && !link.IsRoleHeadNormal(rest) &&
		!strings.HasSuffix(rest, "نا") && !strings.HasSuffix(rest, "هم")
}

// speechNouns name what was said to an outlet: في تصريح لـ, في حديث لـ.
var speechNouns = wordSet("تصريح تصريحات حديث مقابلة لقاء اتصال مداخلة", "")

// speechAdjective reports an adjective after a speech noun: في تصريح خاص لـ.
func speechAdjective(w string) bool {
	switch w {
	case "خاص", "خاصه", "صحفي", "صحافي", "هاتفي", "هاتفيه", "مقتضب":
		return true
	}
	return false
}
