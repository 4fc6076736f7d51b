package quote

import (
	"strings"
	"unicode/utf8"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/link"
)

// maxAdjunct is how many tokens may stand between a speaker and the
// statement: ، في تصريح لوكالة أنباء "سبوتنيك"، قوله.
const maxAdjunct = 30

// statementAfter scans from token k past adjuncts to the statement: a
// quotation, a colon, or أن/إن (also after the verb's preposition: إلى
// أن). An outlet among the adjuncts (لرويترز, في تصريح للجزيرة) is
// returned too. within bounds how far the statement may start.
func (v *view) statementAfter(k, within int) (statement, *outlet, bool) {
	var via *outlet
	if k > 0 && k < len(v.toks) && v.lineBreak(k-1) {
		return statement{}, nil, false // the speaker's line ended: a byline (كتب محمد سعيد)
	}
	own := false // the speaker's own account or page: what it names is no via
	for j := k; j < len(v.toks) && j-k <= within; j++ {
		if j > k && v.lineBreak(j-1) {
			break
		}
		own = own || v.isWord(j) && ownChannels[v.norms[j]]
		if v.isWord(j) && (v.norms[j] == "الي" || v.norms[j] == "مع") && j+1 < len(v.toks) {
			if o, ok := v.nameAfter(j, j+1, "", false, false, 0); ok {
				if via == nil {
					via = &o // تحدثوا إلى «الشرق الأوسط», في اتصال مع «الأخبار»
				}
				j = o.b - 1
				continue
			}
		}
		if _, ok := v.openQuote(j); ok {
			if c := v.closeQuote(j, maxQuoted); c > j && c-j <= 3 {
				j = c // كشفت المحكمة "كاس"، من ذكر أي "حق": a quoted name, not a statement
				continue
			}
			st, ok := v.quoted(j)
			return st, via, ok
		}
		if v.isPunct(j) {
			if next, ok := v.skipPunct(j); ok {
				j = next
				continue
			}
			if v.toks[j].Text == ":" {
				st, ok := v.colon(j + 1)
				return st, via, ok
			}
			break
		}
		if ok, inside := v.complementizerAt(j); ok {
			return v.clauseFrom(j, inside, via)
		}
		o, ok := v.viaAt(j, false)
		if !ok {
			o, ok = v.addressedAt(j) // في تصريح لموزاييك
		}
		if !ok {
			o, ok = v.setApartOutlet(j) // X، رئيس المجلس، لعنب بلدي، إن
		}
		if ok {
			if via == nil && !own {
				via = &o // not in نشرته عبر حسابها الرسمي على منصة «إكس»
			}
			j = o.b - 1
			continue
		}
		if v.isWord(j) && v.norms[j] == "عن" && j > k && v.isComma(j-1) && v.isWord(j+1) {
			if ok, _ := v.complementizerAt(j + 1); !ok {
				break // أعلنت شركة «مدار باي»، المنصة ...، عن إغلاق جولة: the verb's object, no statement
			}
		}
		if v.isWord(j) && v.cueAt(j).kind == cueSource {
			if o, ok := v.viaAt(j+1, false); ok {
				if via == nil && !own {
					via = &o // قال X، بحسب صحيفة «تايمز أوف عُمان»، إن
				}
				j = o.b - 1
				continue
			}
		}
		if v.stopsAdjunct(j, k) {
			break
		}
	}
	return statement{}, nil, false
}

// ownChannels name a speaker's own account or page (Search forms).
var ownChannels = searchSet("حسابه حسابها حسابهم حساباته حساباتها صفحته صفحتها صفحتهم موقعه موقعها قناته قناتها")

func (v *view) clauseFrom(j int, inside bool, via *outlet) (statement, *outlet, bool) {
	s := j + 1
	if inside {
		s = j
	}
	st, ok := v.clause(s)
	return st, via, ok
}

// skipPunct passes over a comma or dash, or a parenthesis up to its close
// (واس), returning the token to go on from.
func (v *view) skipPunct(j int) (int, bool) {
	if v.toks[j].Kind == marsad.KindSymbol {
		return j, true // أوبك+
	}
	switch v.toks[j].Text {
	case "،", ",", "-", "–", "—":
		return j, true
	case "(":
		for k := j + 1; k < len(v.toks) && k <= j+8; k++ {
			if v.toks[k].Text == ")" {
				return k, true
			}
		}
	}
	return j, false
}

// stopsAdjunct reports whether token j starts something other than an
// adjunct: another reporting verb, or an adverbial أن (بعد أن).
func (v *view) stopsAdjunct(j, k int) bool {
	if j > k && v.cueAt(j).kind != cueNone {
		return true
	}
	_, blocked := blockers[v.norms[j]]
	ok, _ := v.complementizerAt(j + 1)
	return blocked && ok
}

// nounPhrase returns the end of the noun phrase starting at token i: it
// stops at punctuation, a preposition or time word, أن/إن, قوله, a
// reporting verb, a line break or an outlet that is not its head.
func (v *view) nounPhrase(i int) int {
	if o, ok := v.viaAt(i, false); ok {
		return o.b
	}
	if e := v.quantified(i); e > i {
		return e // عدد من الزوار
	}
	if e := v.quotedName(i); e > i {
		return e // أعلن «الاعتماد الوطني» في بيان أن
	}
	b := v.phraseEnd(i)
	if e := v.designatedBody(i, b); e > b {
		return e // أكدت جمعية "عتيد" أن: the body named in quotation marks
	}
	if ei, typ := v.entityAt(b - 1); typ == marsad.PER && b > i && b < len(v.toks) && v.owner[b] == ei {
		_, b = v.tokenRange(v.doc.Entities[ei].Start, v.doc.Entities[ei].End) // كارل-هاينتس رومينيغه
	}
	if e := v.appositive(i, b); e > b {
		return e // a person set apart by commas is the surest reading
	}
	if !v.unnamedHead(i) {
		if e := v.personAhead(b); e > b {
			return e // not مصدر في إدارة معبر X: an unnamed source names no one
		}
	}
	if e := v.personAfterName(i, b); e > b {
		return e
	}
	return b
}

// quotedName returns the end of a name of one to four words in quotation
// marks at token i, right after a reporting verb, or i. No word inside may
// be a cue: «إننا مستعدون» is the statement, not its speaker.
func (v *view) quotedName(i int) int {
	c := v.closeQuote(i, 5)
	if c <= i+1 {
		return i
	}
	for k := i + 1; k < c; k++ {
		if !v.isWord(k) || v.isCueLike(k) || v.isSaying(k) {
			return i
		}
		if ok, _ := v.complementizerAt(k); ok {
			return i
		}
	}
	return c + 1
}

// designatedBody returns the end of a tagged organization in quotation
// marks right after a designator that is the whole phrase [i,b): جمعية
// "عتيد", حركة «حماس». It returns b when there is none.
func (v *view) designatedBody(i, b int) int {
	if b != i+1 || !v.isWord(i) || !bodyDesignators[v.norms[i]] && !bodyDesignators[conj(v.norms[i]).w] {
		return b
	}
	c := v.closeQuote(b, 6)
	if ei, typ := v.entityAt(b + 1); c <= b+1 || typ != marsad.ORG || v.doc.Entities[ei].End > v.toks[c].Start {
		return b
	}
	return c + 1
}

// bodyDesignators are nouns a body's name follows (Search forms).
var bodyDesignators = searchSet("جمعية حركة حزب منظمة شركة مؤسسة هيئة رابطة نقابة اتحاد جماعة تنسيقية")

// quantified returns the end of a group named by a quantity at token i: a
// quantifier, من and up to six words (عدد من الناشرين العرب, عدد من مربي
// الجاموس في ناحية الفهود) that end at a complementizer, a cue,
// punctuation or an outlet addressed (لـ"ليبيا الأحرار"), or i.
func (v *view) quantified(i int) int {
	if !v.isWord(i) || !quantifiers[v.norms[i]] || !v.isWord(i+1) || v.norms[i+1] != "من" {
		return i
	}
	for e := i + 2; e < len(v.toks) && e < i+9; e++ {
		comp, _ := v.complementizerAt(e)
		if !v.isWord(e) || comp || v.addressesOutlet(e) || v.isCueLike(e) && !(e > i+2 && roleInnerPreps[v.norms[e]]) {
			if e == i+2 {
				return i
			}
			return e
		}
	}
	return i // too long: no clear end
}

// addressesOutlet reports an outlet, ل, or ل glued to a designator at
// token e: the phrase addressed to an outlet starts there.
func (v *view) addressesOutlet(e int) bool {
	if _, ok := v.viaAt(e, true); ok {
		return true
	}
	return v.norms[e] == "ل" || v.norms[e] == "لـ" || v.toDesignator(e)
}

// toDesignator reports ل glued to an outlet's designator at token e
// (لموقع, لقناة): the phrase addressed to an outlet starts there.
func (v *view) toDesignator(e int) bool {
	fs, n := v.forms(e)
	for _, f := range fs[:n] {
		if _, ok := designators[f.w]; ok && f.l {
			return true
		}
	}
	return false
}

// quantifiers name a group by its number (Search forms).
var quantifiers = map[string]bool{
	"عدد": true, "وعدد": true, "مجموعه": true, "العديد": true, "عشرات": true, "مئات": true,
	"الاف": true, "غالبيه": true, "معظم": true, "بعض": true, "كثير": true,
}

// appositive returns the end of a person named between commas right after
// a subject phrase [i,b) that names nobody: وقال وزير الخارجية، أحمد
// محمود، إن; قال مسؤول الملف، غسان دغلس: "..."; عن رئيس البعثة في
// اليمن، الإيطالي ماركو بونفانتي، قوله. The person, optionally after
// titles and a nationality, must fill the commas' inside and be followed
// by a comma, a colon or a complementizer. It returns b when there is
// none.
func (v *view) appositive(i, b int) int {
	c := b
	if q := v.closeQuote(c, 9); q > c+1 {
		c = q + 1 // ممثل منظمة "فاو" في موريتانيا، X; لنقابة «سي جي تي - آر آ تي بي»، X
	}
	if c < len(v.toks) && v.toks[c].Text == "(" {
		if p := v.closeParen(c, 4); p > c {
			c = p + 1 // بعثة الأمم المتحدة لمساعدة العراق (يونامي)، X
		}
	}
	if v.isWord(c) && roleInnerPreps[v.norms[c]] {
		c = v.placeOfRole(c + 1) // رئيس البعثة في اليمن، X; المديرة الجهوية للصحة في لعصابة، X
	}
	if !v.isComma(c) || v.hasPerson(i, c) {
		return b
	}
	k := c + 1
	for k < len(v.toks) && k < c+4 && v.isWord(k) && v.owner[k] < 0 && (link.IsTitle(v.norms[k]) || link.IsNationality(v.toks[k].Text)) {
		k++ // الدكتور, اللواء, د., الإيطالي
		if v.abbrevDot(k) {
			k++
		}
	}
	ei, typ := v.entityAt(k)
	if typ != marsad.PER || v.toks[k].Start < v.doc.Entities[ei].Start {
		return b
	}
	_, e := v.tokenRange(v.doc.Entities[ei].Start, v.doc.Entities[ei].End)
	for g := e; g < len(v.toks) && g < e+3 && v.isWord(g) && !v.isCueLike(g) && !v.lineBreak(g-1); g++ {
		if ei, typ := v.entityAt(g); ei >= 0 && typ != marsad.PER {
			break
		}
		if v.isComma(g + 1) {
			e = g + 1 // مصطفى عبد القادر | حج يوسف،: the tagger's name stopped short of the comma
			break
		}
	}
	if e >= len(v.toks) || v.lineBreak(e-1) {
		return b
	}
	if ok, _ := v.complementizerAt(e); ok || v.isComma(e) || v.toks[e].Text == ":" {
		return e
	}
	return b
}

// placeOfRole returns the end of what a role's في or من governs from
// token k up to a comma: a tagged body or place (and an adjective the
// tagger left out), up to three untagged words that are no cue, or a
// quoted name, each maybe followed by an acronym in brackets, and up to
// three such parts joined by في, من or لدى: ممثل منظمة الأغذية والزراعة
// (الفاو) في الأردن، X; الخبير في الأمن السيبراني لدى شركة "تريند
// مايكرو"، X. It returns k-1 when there is none.
func (v *view) placeOfRole(k int) int {
	e := k
	for part := 0; part < 3; part++ {
		next, ok := v.rolePart(e)
		if !ok {
			return k - 1
		}
		e = next
		if e < len(v.toks) && v.toks[e].Text == "(" {
			if c := v.closeParen(e, 4); c > e {
				e = c + 1 // (الفاو)
			}
		} else if c := v.closeQuote(e, 3); c > e+1 {
			e = c + 1 // رابطة صناعة النفط في كوردستان "أبيكور"، X
		}
		if v.isComma(e) {
			return e
		}
		if !v.isWord(e) || !roleInnerPreps[v.norms[e]] {
			return k - 1
		}
		e++
	}
	return k - 1
}

// rolePart reads one part of what a role's preposition governs at token
// k (see placeOfRole) and returns the token after it.
func (v *view) rolePart(k int) (int, bool) {
	if ei, typ := v.entityAt(k); ei >= 0 {
		if typ == marsad.PER {
			return k, false
		}
		_, e := v.tokenRange(v.doc.Entities[ei].Start, v.doc.Entities[ei].End)
		for e < len(v.toks) && e < k+8 && v.isWord(e) && v.owner[e] < 0 && definiteAdjective(v.norms[e]) {
			e++ // جامعة إسطنبول | التقنية،: an adjective the tagger left out
		}
		return e, true
	}
	if c := v.closeQuote(k, 5); c > k+1 {
		return c + 1, true // شركة "تريند مايكرو"
	}
	e := k
	for e < len(v.toks) && e < k+4 && v.isWord(e) && v.owner[e] < 0 && !v.isCueLike(e) {
		e++ // منظمة أطباء بلا حدود
	}
	if ei, typ := v.entityAt(e); e > k && ei >= 0 && typ != marsad.PER && v.doc.Entities[ei].Start >= v.toks[e].Start {
		_, e = v.tokenRange(v.doc.Entities[ei].Start, v.doc.Entities[ei].End) // محافظة | تعز
	}
	if e < len(v.toks) && v.isPunct(e) && !v.isComma(e) && v.toks[e].Text != "(" {
		if c := v.closeQuote(e, 5); c > e+1 && e > k {
			return c + 1, true // لدى شركة "تريند مايكرو"
		}
	}
	return e, e > k
}

// closeParen returns the ")" closing the bracket at token i within limit
// tokens, or -1.
func (v *view) closeParen(i, limit int) int {
	for k := i + 1; k < len(v.toks) && k <= i+limit; k++ {
		if v.toks[k].Text == ")" {
			return k
		}
	}
	return -1
}

// hasPerson reports a tagged person inside tokens [a,b).
func (v *view) hasPerson(a, b int) bool {
	for k := a; k < b; k++ {
		if _, typ := v.entityAt(k); typ == marsad.PER {
			return true
		}
	}
	return false
}

// personAfterName returns the end of a person tagged right after a role
// whose phrase [i,b) ends inside a tagged name (المتحدث باسم حزب «تواصل»
// سيدي محمد ولد الطالب): the person is the speaker, not the party. It
// returns b when there is none.
func (v *view) personAfterName(i, b int) int {
	if b <= i || b >= len(v.toks) || !link.IsRoleHead(v.norms[i]) && !link.IsRoleHead(conj(v.norms[i]).w) {
		return b
	}
	k := b
	for k < len(v.toks) && k < b+8 && (v.isPunct(k) && quoteMarks.Replace(v.toks[k].Text) == " " || v.owner[k] >= 0 && v.owner[k] == v.owner[b-1]) {
		k++ // لقوات "الدعم السريع" | حامد جبريل موسى
	}
	for k < len(v.toks) && k < b+10 && v.isWord(k) && v.owner[k] < 0 && link.IsTitle(v.norms[k]) {
		k++ // عضو لجنة المال والموازنة النيابية النائب | ملحم الحجار
	}
	if k < len(v.toks) && v.toks[k].Text == "(" {
		for c := k + 1; c < len(v.toks) && c <= k+4; c++ {
			if v.toks[c].Text == ")" {
				k = c + 1 // للشركة السعودية للنقل الجماعي (سابتكو) فهد بن سعود الحربي
				break
			}
		}
	}
	if ei, typ := v.entityAt(k); typ == marsad.PER && v.toks[k].Start <= v.doc.Entities[ei].Start {
		_, e := v.tokenRange(v.doc.Entities[ei].Start, v.doc.Entities[ei].End)
		return e
	}
	return b
}

// personAhead returns the end of a person named after a role that holds a
// preposition (الباحث في الشأن اليمني عبد الباري طاهر): a tagged person
// within four words, or, with nothing tagged, definite words then a bare
// name. It returns b when there is none.
func (v *view) personAhead(b int) int {
	if !v.isWord(b) || !roleInnerPreps[v.norms[b]] || v.isSpeechNoun(b+1) {
		return b // not في تصريح لمراسلة X: an occasion, not the role's field
	}
	k, words := b+1, 0
	for k < len(v.toks) && words < 4 && (v.isWord(k) || v.abbrevDot(k)) && !v.isCueLike(k) {
		if v.abbrevDot(k) {
			k++ // جامعة بيرزيت د. هيثم الرجوب
			continue
		}
		ei, typ := v.entityAt(k)
		if typ == marsad.PER {
			_, e := v.tokenRange(v.doc.Entities[ei].Start, v.doc.Entities[ei].End)
			return e
		}
		if ei >= 0 { // في مركز الخليج للأبحاث الدكتور فلان: a tagged name counts once
			_, k = v.tokenRange(v.doc.Entities[ei].Start, v.doc.Entities[ei].End)
		} else {
			k++
		}
		if !link.IsTitle(v.norms[k-1]) {
			words++
		}
	}
	return v.bareNameAfter(b + 1)
}

// bareNameAfter reads definite words from k (الشأن اليمني) and the bare
// name after them (عبد الباري طاهر), returning the name's end, or k-1.
func (v *view) bareNameAfter(k int) int {
	j := k
	if v.isWord(k) && !strings.HasPrefix(v.norms[k], "ال") && !v.isCueLike(k) && v.isWord(k+1) && strings.HasPrefix(v.norms[k+1], "ال") {
		j++ // جبهة الخلاص الوطني: a bare head, then its definite genitive
	}
	for j < len(v.toks) && j-k < 4 && v.isWord(j) && strings.HasPrefix(v.norms[j], "ال") && !v.isCueLike(j) {
		j++
	}
	if j == k || !v.isWord(j) || strings.HasPrefix(v.norms[j], "ال") || v.isCueLike(j) {
		return k - 1
	}
	e := j
	for e < len(v.toks) && e-j < 4 && v.isWord(e) && !v.isCueLike(e) && !v.isSaying(e) {
		if _, ok := v.outletAt(e, false); ok {
			break
		}
		e++
	}
	if e == j || e-j >= 4 && v.isWord(e) {
		return k - 1
	}
	return e
}

// roleInnerPreps may stand inside a role before the name it belongs to.
var roleInnerPreps = map[string]bool{"في": true, "من": true, "لدي": true}

// abbrevDot reports the dot of an abbreviated title at token k: د. (the
// doctor), written right after the letter.
func (v *view) abbrevDot(k int) bool {
	return k > 0 && k < len(v.toks) && v.toks[k].Text == "." && v.toks[k-1].End == v.toks[k].Start &&
		utf8.RuneCountInString(v.toks[k-1].Text) == 1 && link.IsTitle(v.norms[k-1])
}

func (v *view) phraseEnd(i int) int {
	b := i
	for b < len(v.toks) && b-i < 12 && v.isWord(b) && (b == i || !v.lineBreak(b-1)) {
		if v.isCueLike(b) || v.isSaying(b) || b > i && v.spoke(b) {
			break // مشجعون | تحدثوا لـ«عكاظ» أن
		}
		if v.abbrevDot(b + 1) {
			b += 2 // محافظ سلطة النقد د. وليد الشريف
			continue
		}
		if b > i {
			if _, ok := v.outletAt(b, false); ok {
				break
			}
		}
		if v.norms[b] == "ل" && v.roleBefore(b) {
			if c := v.closeQuote(b+1, 6); c > b+2 {
				b = c + 1 // الرئيس التنفيذي لـ«مدار باي» فيصل السبيعي: the company is in the phrase
				continue
			}
		}
		b++
	}
	return b
}

func (v *view) isSpeechNoun(i int) bool {
	if !v.isWord(i) {
		return false
	}
	_, ok := speechNouns[v.norms[i]]
	return ok
}

func (v *view) spoke(i int) bool {
	_, ok := spokeVerbs[v.norms[i]]
	return ok
}

func (v *view) isSaying(i int) bool {
	_, ok := sayingNouns[v.norms[i]]
	return ok
}
