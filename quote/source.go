package quote

import (
	"strings"

	marsad "github.com/marsad/marsad"
)

// source handles وفق, بحسب, حسب: "... ، وذلك وفق خبر عاجل أفادت به قناة
// X" gives the statement before it its via; "وبحسب مصادر مطلعة، فإن ..."
// and "... غدا، بحسب رويترز" are statements of their own.
func (x *extractor) source(i int) (int, bool) {
	spk, via, end, ok := x.sourcePhrase(i + 1)
	if !ok {
		spk, end, ok = x.sourceBeforeFainna(i)
	}
	if !ok {
		return i + 1, false
	}
	if k := end; via != nil && k < len(x.v.toks) && x.v.isComma(k) && x.v.cueAt(k+1).kind == cueSay {
		return i + 1, false // وبحسب صحيفة "عكاظ"، أكد مسؤولون أن: the verb's statement, the outlet its via
	}
	if q := x.openInSentence(i); q >= 0 {
		if x.quotes[q].Via == nil && via != nil {
			x.quotes[q].Via = via
		}
		return end, true
	}
	st, ok := x.v.sourced(i, end)
	if !ok {
		return end, false
	}
	x.add(i, st, spk, via)
	return max(end, st.next), true
}

// sourcePhrase reads the source named within a few words of token k: an
// outlet (and the speaker it relays, قناة X عن مسؤول), an unnamed source
// or an entity.
func (x *extractor) sourcePhrase(k int) (marsad.Speaker, *marsad.Via, int, bool) {
	v := x.v
	if v.isWord(k) && v.evidence(k, k+2) {
		return marsad.Speaker{}, nil, k, false // بحسب النتائج النهائية التي صادقت عليها المحكمة: figures, not a source
	}
	for j := k; j < len(v.toks) && j-k < 8 && v.isWord(j) && (j == k || !v.lineBreak(j-1)); j++ {
		if o, ok := v.viaAt(j, true); ok {
			via := v.via(o)
			k := o.b
			if v.isWord(k) && v.cueAt(k).kind == cueNaql {
				k++ // بحسب ما أورده موقع "البطولة" نقلا عن مصدر
			}
			if v.isWord(k) && v.norms[k] == "عن" {
				b := v.nounPhrase(k + 1)
				if s, _, ok := x.speakerIn(k+1, b); ok {
					return s, via, b, true
				}
			}
			return outletSpeaker(via), via, o.b, true
		}
		if s, e, ok := x.issuedBy(j); ok {
			return s, nil, e, true
		}
		if _, lead := leadNouns[v.norms[j]]; lead && j+1 < len(v.toks) && v.owner[j+1] >= 0 {
			continue // بحسب بيان وزارة الدفاع: the ministry is the source
		}
		if s, via, e, ok := x.unnamedFrom(j); ok {
			return s, via, e, true
		}
		if ei, typ := v.entityAt(j); ei >= 0 && typ != marsad.LOC {
			_, b := v.tokenRange(v.doc.Entities[ei].Start, v.doc.Entities[ei].End)
			if typ == marsad.ORG && j > k {
				j, b, typ = v.holderAfter(j, b) // حسب مندوب سوريا لدى الأمم المتحدة بشار الجعفري
				if c, ok := v.bareHolder(b); typ == marsad.ORG && ok {
					return x.named(b, c), nil, c, true // وبحسب المتحدث باسم الوزارة أشرف القدرة، فإن
				}
			}
			if s, ok := x.entitySpeaker(j, b, typ); ok {
				return s, nil, b, true
			}
		}
	}
	return marsad.Speaker{}, nil, k, false
}

// unnamedFrom reads an unnamed source at token j, also after ل (وفقا
// لمصادر مطلعة).
func (x *extractor) unnamedFrom(j int) (marsad.Speaker, *marsad.Via, int, bool) {
	v := x.v
	b := v.nounPhrase(j)
	if e, ok := v.unnamedAt(j, b); ok {
		s, via, _ := x.unnamedSpeaker(j, e)
		return s, via, max(e, v.tokenAfter(s.End)), true
	}
	rest, ok := strings.CutPrefix(v.norms[j], "ل")
	if _, head := unnamedHeads[rest]; !ok || !head {
		return marsad.Speaker{}, nil, j, false
	}
	saved := v.norms[j]
	v.norms[j] = rest
	e, _ := v.unnamedAt(j, max(b, j+1))
	v.norms[j] = saved
	start := v.skipLetters(v.toks[j].Start, 1)
	return x.span(start, v.toks[e-1].End, marsad.SpeakerUnnamed, ""), nil, e, true
}

// sourceBeforeFainna reads an untagged source in "وبحسب X، فإن ...": the
// words between the cue and the comma before فإن, unless they name data
// (أرقام, معطيات) rather than a speaker.
func (x *extractor) sourceBeforeFainna(i int) (marsad.Speaker, int, bool) {
	v := x.v
	if !v.isWord(i+1) || dataNouns[v.norms[i+1]] {
		return marsad.Speaker{}, i, false
	}
	for c := i + 2; c < len(v.toks) && c <= i+8; c++ {
		if !v.isComma(c) {
			if !v.isWord(c) || v.isCueLike(c) && !roleInner(v.norms[c]) {
				break
			}
			continue
		}
		if c+1 < len(v.toks) && v.norms[c+1] == "فان" {
			return x.named(i+1, c), c, true
		}
		break
	}
	return marsad.Speaker{}, i, false
}

func roleInner(w string) bool { return roleInnerPreps[w] }

// dataNouns cite figures, not a speaker: بحسب أرقام, وفق معطيات.
var dataNouns = func() map[string]bool {
	m := map[string]bool{}
	for w := range wordSet("أرقام معطيات بيانات إحصاءات إحصائيات تقديرات نتائج تقرير دراسة استطلاع", "") {
		m[w] = true
	}
	return m
}()

func outletSpeaker(via *marsad.Via) marsad.Speaker {
	return marsad.Speaker{Text: via.Text, EntityID: via.EntityID, Kind: marsad.SpeakerNamed, Start: via.Start, End: via.End}
}

// openInSentence returns the last statement when it ended in the sentence
// of token i, before it, and -1 otherwise.
func (x *extractor) openInSentence(i int) int {
	n := len(x.quotes)
	if n == 0 || x.ends[n-1] > i+1 {
		return -1
	}
	last := max(0, x.ends[n-1]-1)
	if x.v.sentEnd[last] != x.v.sentEnd[i] {
		return -1
	}
	return n - 1
}

// sourced returns the statement a source phrase at token i (ending before
// token end) attributes: the rest of the sentence when the phrase opens
// it, else the sentence up to the phrase.
func (v *view) sourced(i, end int) (statement, bool) {
	s := v.sentStart[i]
	if i == s || i == s+1 && v.isPunct(s) {
		k := end
		if c, ok := v.fainnaAfter(end); ok {
			k = c // وبحسب المتحدث باسم الوزارة أشرف القدرة، فإن
		} else if c := v.fainnaWithin(end, 8); c > end {
			k = c // بحسب ... نقلا عن مصدر من إدارة الرجاء، فإن
		}
		for k < len(v.toks) && v.isPunct(k) && v.isComma(k) {
			k++
		}
		if ok, inside := v.complementizerAt(k); ok && !inside {
			k++
		}
		return v.clause(k)
	}
	b := v.trimEnd(s, i)
	if b <= s {
		return statement{}, false
	}
	return statement{a: s, b: b, next: end}, true
}

// issuedBy reads a statement named by the body that issued it: بيان صادر
// عن وزارة المال, تقرير عن المرصد, بيان لوزارة التراث. The tagged body is
// the speaker.
func (x *extractor) issuedBy(j int) (marsad.Speaker, int, bool) {
	v := x.v
	if _, ok := leadNouns[v.norms[j]]; !ok {
		return marsad.Speaker{}, j, false
	}
	k := j + 1
	if k < len(v.toks) && leadAdjectives[v.norms[k]] {
		j, k = k, k+1 // تقرير سابق لمجلس المحاسبة
	}
	if k < len(v.toks) {
		if _, ok := issuedWords[v.norms[k]]; ok {
			k++
		}
	}
	if k < len(v.toks) && k == j+1 && strings.HasPrefix(v.norms[k], "ل") && v.owner[k] >= 0 {
		k-- // بيان لوزارة التراث: the body is glued to ل
	} else if k >= len(v.toks) || v.norms[k] != "عن" {
		return marsad.Speaker{}, j, false
	}
	ei, typ := v.entityAt(k + 1)
	if ei < 0 || typ == marsad.LOC {
		return marsad.Speaker{}, j, false
	}
	_, b := v.tokenRange(v.doc.Entities[ei].Start, v.doc.Entities[ei].End)
	s, ok := x.entitySpeaker(k+1, b, "")
	if t := v.toks[k+1]; ok && s.Start == t.Start && strings.HasPrefix(v.norms[k+1], "ل") && !strings.HasPrefix(v.norms[k+1], "لل") {
		s = x.span(v.skipLetters(s.Start, 1), s.End, s.Kind, s.EntityID) // لوزارة: the body without ل
	}
	return s, b, ok
}

// leadAdjectives may follow a statement's noun before its issuer: تقرير
// سابق لمجلس المحاسبة, بيان رسمي صادر عن (Search forms).
var leadAdjectives = map[string]bool{"سابق": true, "اخير": true, "جديد": true, "رسمي": true, "صحفي": true, "مشترك": true}

// issuedWords stand between a statement and its issuer: بيان صادر عن.
var issuedWords = wordSet("صادر صادرة الصادر الصادرة", "")

// holderAfter returns the person named right after an organization at
// tokens [j,b) that a role before it holds (المتحدث باسم الأمم المتحدة
// ستيفان دوجاريك): the person speaks, not the organization. Without one
// it returns the organization.
func (v *view) holderAfter(j, b int) (int, int, string) {
	k := b
	for k < len(v.toks) && k < b+2 && v.isPunct(k) && quoteMarks.Replace(v.toks[k].Text) == " " {
		k++ // لـ«مدار باي» فيصل السبيعي
	}
	if ei, typ := v.entityAt(k); typ == marsad.PER && v.toks[k].Start <= v.doc.Entities[ei].Start {
		_, e := v.tokenRange(v.doc.Entities[ei].Start, v.doc.Entities[ei].End)
		return k, e, marsad.PER
	}
	return j, b, marsad.ORG
}

// fainnaAfter returns the comma of "، فإن" within four words of token e.
func (v *view) fainnaAfter(e int) (int, bool) {
	for c := e; c < len(v.toks) && c <= e+4; c++ {
		if v.isComma(c) {
			return c, c+1 < len(v.toks) && v.norms[c+1] == "فان"
		}
		if !v.isWord(c) || v.isCueLike(c) {
			return 0, false
		}
	}
	return 0, false
}

// fainnaWithin returns the comma before فإن within limit tokens after e,
// past words of any kind but no reporting cue, or e.
func (v *view) fainnaWithin(e, limit int) int {
	for c := e; c < len(v.toks) && c <= e+limit; c++ {
		if v.isComma(c) && c+1 < len(v.toks) && v.norms[c+1] == "فان" {
			return c
		}
		if !v.isWord(c) && !v.isComma(c) && !v.isPunct(c) || v.isWord(c) && v.cueAt(c).kind != cueNone || c > e && v.lineBreak(c-1) {
			return e
		}
		if v.isPunct(c) && (v.toks[c].Text == "." || v.toks[c].Text == ":") {
			return e
		}
	}
	return e
}

// bareHolder reads an untagged name between a role's organization, ending
// before token b, and "، فإن": one to four words, the first without the
// article. It returns the comma.
func (v *view) bareHolder(b int) (int, bool) {
	c, ok := v.fainnaAfter(b)
	if !ok || c == b || strings.HasPrefix(v.norms[b], "ال") || v.owner[b] >= 0 {
		return 0, false
	}
	return c, true
}
