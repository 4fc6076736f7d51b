package quote

import (
	"cmp"
	"strings"
	"unicode/utf8"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/link"
)

// outlet is a mention of a news outlet.
type outlet struct {
	a, b        int    // tokens of the mention: proclitic, designator, name, nationality
	start, end  int    // runes of the written name (or of the anaphor)
	name        string // the outlet's name
	kind        string // Search form of its kind: وكاله, قناه, صحيفه
	ent         int    // entity overlapping the name, -1 when none
	known       bool   // the name is a listed outlet, quoted, Latin or an agency's
	inGazetteer bool   // the name is a listed outlet
	self        bool   // an outlet speaking of itself (لقناتنا)
}

// form is a token's Search form with a proclitic removed: skip letters
// dropped from the written word, l when the preposition ل was among them,
// art when the article's alef must be restored (للجزيرة → الجزيرة).
type form struct {
	w    string
	skip int
	l    bool
	art  bool
}

// forms returns token i as written and without و, ف, ل, لل (→ ال), in
// a fixed array to spare the allocation: forms run on every token.
func (v *view) forms(i int) ([4]form, int) {
	var out [4]form
	w := v.norms[i]
	out[0] = form{w: w}
	n := 1
	for _, f := range [2]form{{w: w}, conj(w)} {
		switch {
		case f.w == "ل" || f.w == "":
		case strings.HasPrefix(f.w, "لل"):
			out[n], n = form{"ا" + f.w[len("ل"):], f.skip + 1, true, true}, n+1
		case strings.HasPrefix(f.w, "ل"):
			out[n], n = form{f.w[len("ل"):], f.skip + 1, true, false}, n+1
		case f.skip > 0:
			out[n], n = f, n+1
		}
	}
	return out, n
}

func conj(w string) form {
	for _, c := range []string{"و", "ف"} {
		if rest, ok := strings.CutPrefix(w, c); ok && utf8.RuneCountInString(rest) > 1 {
			return form{w: rest, skip: 1}
		}
	}
	return form{}
}

// outletAt finds an outlet mentioned at token i. loose admits names that
// are also ordinary words (الجزيرة, الشرق الأوسط); a designator or the
// preposition ل admits them anyway.
func (v *view) outletAt(i int, loose bool) (outlet, bool) {
	if !v.isWord(i) {
		return outlet{}, false
	}
	if v.norms[i] == "ل" {
		o, ok := v.nameAfter(i, i+1, "", true, false, 0)
		if ok && !o.inGazetteer && v.roleBefore(i) {
			return outlet{}, false // الرئيس التنفيذي لـ«مدار باي»: the role's company, not an outlet
		}
		return o, ok
	}
	fs, n := v.forms(i)
	for _, f := range fs[:n] {
		if o, ok := v.designated(i, f); ok {
			return o, true
		}
		if o, ok := v.selfOutlet(i, f); ok {
			return o, true
		}
		if e, n := v.gazetteerAt(i, f.w); n > 0 && (!e.ambiguous || loose || f.l) {
			o := v.makeOutlet(i, i+n, v.skipLetters(v.toks[i].Start, f.skip), f, e.kind)
			o.known = !e.ambiguous // للحياة is also "for life"
			return o, true
		}
		if ei, typ := v.entityAt(i); (f.l || ei >= 0 && typ == marsad.ORG) && v.mediaNameAt(i, f.w) > 0 {
			n := v.mediaNameAt(i, f.w) // للسومرية نيوز, or a tagged شفق نيوز
			o := v.makeOutlet(i, i+n, v.skipLetters(v.toks[i].Start, f.skip), f, "موقع")
			o.known = true
			return o, true
		}
	}
	return outlet{}, false
}

// mediaWords end the names of outlets no list holds: السومرية نيوز, صحراء
// ميديا, غروي أونلاين, شفق نيوز; يورونيوز in one word.
var mediaWords = wordSet("نيوز نت برس ميديا أونلاين اونلاين بوست تايمز", "")

// mediaNameAt returns how many tokens from i (first read as w) name an
// outlet by a media word at their end, or 0.
func (v *view) mediaNameAt(i int, w string) int {
	if _, stop := stopWords[w]; stop || v.isCueLike(i) || utf8.RuneCountInString(w) < 2 {
		return 0
	}
	if r, ok := strings.CutSuffix(w, "نيوز"); ok && utf8.RuneCountInString(r) >= 3 {
		return 1 // يورونيوز
	}
	for k := 1; k <= 3 && i+k < len(v.toks) && v.isWord(i+k) && !v.lineBreak(i+k-1); k++ {
		if _, ok := mediaWords[v.norms[i+k]]; ok {
			return k + 1
		}
		if v.isCueLike(i+k) || strings.HasPrefix(v.norms[i+k], "ل") {
			return 0 // تصريح | للجزيرة نت: a new phrase starts
		}
	}
	return 0
}

// designated finds a designator and the name after it: وكالة أنباء "سبوتنيك".
func (v *view) designated(i int, f form) (outlet, bool) {
	for _, d := range designators[f.w] {
		n := len(d.words)
		if !v.wordsAt(i+1, d.words[1:]) {
			continue
		}
		if strings.HasPrefix(d.words[0], "ال") || v.isWord(i+n) && v.norms[i+n] == "الانباء" {
			return v.generic(i, i+n, f)
		}
		// وكالة أنباء X, إذاعة موريتانيا: the name with its designator
		whole := n == 2 && d.kind == "وكاله" || broadcasters[d.kind] && v.placeAt(i, i+n)
		return v.nameAfter(i, i+n, d.kind, d.strong, whole, v.skipLetters(v.toks[i].Start, f.skip))
	}
	return outlet{}, false
}

// broadcasters are designators (Search forms) that a place after them
// does not name alone: إذاعة موريتانيا, تلفزيون قطر.
var broadcasters = map[string]bool{"اذاعه": true, "تلفزيون": true, "راديو": true}

// placeAt reports a place name of one or two words at token k, after the
// designator at token i: tagged as a place, or tagged together with the
// designator as one organization (لتلفزيون قطر).
func (v *view) placeAt(i, k int) bool {
	ei, typ := v.entityAt(k)
	if ei < 0 {
		return false
	}
	a, b := v.tokenRange(v.doc.Entities[ei].Start, v.doc.Entities[ei].End)
	switch typ {
	case marsad.LOC:
		return a == k && b <= k+2
	case marsad.ORG:
		return a == i && b <= k+2
	}
	return false
}

// generic reads an outlet named by description: وكالة الأنباء الليبية,
// التلفزيون الرسمي. The name is the whole phrase.
func (v *view) generic(i, j int, f form) (outlet, bool) {
	k := j
	for k < len(v.toks) && k-j < 3 && v.isWord(k) && strings.HasPrefix(v.norms[k], "ال") && !v.isCueLike(k) {
		k++
	}
	if k == j || k == j+1 && v.norms[j] == "الانباء" {
		return outlet{}, false
	}
	start := v.skipLetters(v.toks[i].Start, f.skip)
	o := v.makeOutlet(i, k, start, f, v.norms[i])
	o.a, o.known = i, o.kind == "وكاله" // وكالة الأنباء الليبية
	return o, true
}

func (v *view) wordsAt(i int, words []string) bool {
	for k, w := range words {
		if i+k >= len(v.toks) || v.norms[i+k] != w {
			return false
		}
	}
	return true
}

// gazetteerAt returns the longest known outlet whose words start at token
// i, the first spelled first, and how many tokens it spans.
func (v *view) gazetteerAt(i int, first string) (gazEntry, int) {
	for _, e := range gazetteer[first] {
		if v.wordsAt(i+1, e.words[1:]) {
			return e, len(e.words)
		}
	}
	return gazEntry{}, 0
}

// makeOutlet builds an outlet whose name spans tokens [i,j) from rune
// start, with any nationality adjective after it (الروسية) in the mention.
func (v *view) makeOutlet(i, j, start int, f form, kind string) outlet {
	end := v.toks[j-1].End
	name := v.text(start, end)
	if f.art {
		name = "ا" + name // للجزيرة → الجزيرة
	}
	o := outlet{a: i, b: j, start: start, end: end, name: cleanName(name), kind: kind, ent: v.owner[j-1]}
	return v.afterName(o, j)
}

var quoteMarks = strings.NewReplacer("\"", " ", "«", " ", "»", " ", "“", " ", "”", " ")

// cleanName drops quotation marks and extra spaces from an outlet's name.
func cleanName(s string) string {
	if !strings.ContainsAny(s, "\"«»“”") && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(quoteMarks.Replace(s)), " ")
}

// isCueLike reports whether token i opens a clause rather than names.
func (v *view) isCueLike(i int) bool {
	if v.cueAt(i).kind != cueNone {
		return true
	}
	ok, _ := v.complementizerAt(i)
	return ok || v.isStop(i)
}

// isStop reports whether token i is a stop word. علي spelled with ي is
// the name, not the preposition على (Egyptian spelling writes both على).
func (v *view) isStop(i int) bool {
	_, stop := stopWords[v.norms[i]]
	return stop && !(v.norms[i] == "علي" && strings.HasSuffix(v.toks[i].Text, "ي"))
}

// nameAfter reads the outlet's name at token j after a designator or ل at
// token i: quoted, known, Latin, tagged, or (strong designators) plain words.
// whole says the designator is part of the name, which then starts at
// dstart.
func (v *view) nameAfter(i, j int, kind string, strong, whole bool, dstart int) (outlet, bool) {
	if j >= len(v.toks) {
		return outlet{}, false
	}
	f := form{}
	c := v.closeQuote(j, 8)
	if c < 0 && kind == "" && v.toks[j].Text == "(" {
		c = v.closeParen(j, 5) // لـ(المدى)
	}
	if c > j+1 {
		o := v.makeOutlet(j+1, c, v.toks[j+1].Start, f, kind)
		o.a, o.b, o.known = i, max(o.b, c+1), true
		return v.afterName(o, c+1), true
	}
	if !v.isWord(j) {
		return outlet{}, false
	}
	k := v.nameEnd(j, strong)
	if k == j {
		return outlet{}, false
	}
	e, n := v.gazetteerAt(j, v.norms[j])
	if n == 0 || e.kind != kind {
		p := k
		for p < len(v.toks) && p < k+2 && v.isWord(p) && link.IsNationality(v.norms[p]) {
			p++
		}
		if p < len(v.toks) && v.isWord(p) && v.norms[p] == "للانباء" {
			k, whole = p+1, true // وكالة المغرب العربي للأنباء is the agency's name
		} else if k-1 > j && v.norms[k-1] == "للانباء" {
			whole = true // the same, tagged whole
		}
	}
	known := v.toks[j].Kind == marsad.KindLatin || whole
	listed := false
	if n > 0 {
		// A listed agency keeps its short name (وكالة أنباء الأناضول is الأناضول); an
		// outlet of another kind does not name the agency (وكالة أنباء الشرق الأوسط
		// is not the paper الشرق الأوسط).
		whole = whole && kind != "" && e.kind != "" && e.kind != kind ||
			kind == e.kind && descriptiveAgencies[strings.Join(e.words, " ")] // وكالة الصحافة الفرنسية
		kind = cmp.Or(kind, e.kind)
		known, listed = true, true
	}
	start := v.toks[j].Start
	if whole {
		start = dstart // وكالة أنباء الإمارات is the agency's name
	}
	o := v.makeOutlet(j, k, start, f, kind)
	o.a, o.known, o.inGazetteer = i, known, listed
	return o, true
}

// descriptiveAgencies are listed agencies whose name describes (Search
// forms): after وكالة the designator is part of it, as الصحافة الفرنسية
// alone is "the French press".
var descriptiveAgencies = map[string]bool{"الصحافه الفرنسيه": true, "الانباء الالمانيه": true}

// afterName extends a name's mention over a nationality after it
// (الروسية) and an acronym in quotation marks or parentheses ("وام", (واس)).
func (v *view) afterName(o outlet, k int) outlet {
	if k < len(v.toks) && v.isWord(k) && (v.norms[k] == "عربيه" || v.norms[k] == "عربي") && k == o.b {
		o.end = v.toks[k].End // DW عربية, سي إن إن عربية: the Arabic service is the name
		o.name = cleanName(o.name + " " + v.toks[k].Text)
		k++
	}
	for k < len(v.toks) && v.isWord(k) && strings.HasPrefix(v.norms[k], "ال") && link.IsNationality(v.norms[k]) {
		k++
	}
	if c := v.acronymEnd(k); c > k {
		k = c
	}
	o.b = max(o.b, k)
	return o
}

// acronymEnd returns the token after a one- or two-word quoted or
// parenthesized acronym at k, or k.
func (v *view) acronymEnd(k int) int {
	if k >= len(v.toks) || !v.isPunct(k) {
		return k
	}
	c := v.closeQuote(k, 3)
	if v.toks[k].Text == "(" {
		for j := k + 1; j < len(v.toks) && j <= k+3; j++ {
			if v.toks[j].Text == ")" {
				c = j
				break
			}
		}
	}
	if c != k+2 || utf8.RuneCountInString(v.toks[k+1].Text) > 5 && v.toks[k+1].Kind != marsad.KindLatin {
		return k
	}
	if v.isCueLike(k + 1) {
		return k // لـ"الأهرام" إن "...": the marks around إن close a name and open a quotation
	}
	return c + 1
}

// nameEnd returns the end of a name starting at token j, or j.
func (v *view) nameEnd(j int, strong bool) int {
	if _, n := v.gazetteerAt(j, v.norms[j]); n > 0 {
		return j + n
	}
	if v.toks[j].Kind == marsad.KindLatin {
		k := j + 1
		for k < len(v.toks) && (v.toks[k].Kind == marsad.KindLatin || v.toks[k].Kind == marsad.KindNumber) {
			k++
		}
		return k
	}
	if ei, typ := v.entityAt(j); ei >= 0 && typ != marsad.LOC {
		_, b := v.tokenRange(v.doc.Entities[ei].Start, v.doc.Entities[ei].End)
		if _, social := socialPlatforms[v.norms[j]]; social && !strong {
			return j // منصة إكس: a platform someone posts on, not an outlet
		}
		if v.coordinated(j, b) || !strong && b-j > 1 && v.mediaNameAt(j, v.norms[j]) == 0 {
			return j // وكالة غوث وتشغيل اللاجئين, شبكة العمل المناخي (tagged): a body, not an outlet (شبكة رووداو, one word, is one)
		}
		return b
	}
	if !strong {
		return j
	}
	k := j
	for k < len(v.toks) && k-j < 3 && v.isWord(k) && !v.isCueLike(k) && !v.lineBreak(k-1) {
		if k > j && strings.HasPrefix(v.norms[k], "ال") && link.IsNationality(v.norms[k]) {
			break
		}
		k++
	}
	if v.coordinated(j, k) {
		return j // وكالة غوث وتشغيل اللاجئين: a body's name, not an outlet's
	}
	if k-j == 3 && v.isWord(k) && !v.isCueLike(k) && !v.lineBreak(k-1) && !link.IsNationality(v.norms[k]) {
		return j // still going after three plain words: not an outlet's name
	}
	return k
}

// coordinated reports a word joined by و after the first of tokens [a,b):
// news outlets' names are not coordinations (غوث وتشغيل).
func (v *view) coordinated(a, b int) bool {
	for k := a + 1; k < b && k < len(v.toks); k++ {
		if v.isWord(k) && strings.HasPrefix(v.norms[k], "و") && utf8.RuneCountInString(v.norms[k]) > 3 && v.isWord(k-1) {
			return true
		}
	}
	return false
}

// socialPlatforms are where people post, not outlets that report.
var socialPlatforms = wordSet("إكس اكس تويتر فيسبوك فيس تيليغرام تلغرام يوتيوب إنستغرام انستغرام تيك واتساب", "")

// roleBefore reports a role phrase ending right before token i: a role
// head and an adjective of office (الرئيس التنفيذي, المدير العام).
func (v *view) roleBefore(i int) bool {
	if i < 2 || !v.isWord(i-1) || !v.isWord(i-2) {
		return false
	}
	_, office := officeAdjectives[v.norms[i-1]]
	w := v.norms[i-2]
	return office && (link.IsRoleHeadNormal(w) || link.IsRoleHeadNormal(strings.TrimPrefix(w, "و")))
}

// officeAdjectives follow a role head: الرئيس التنفيذي, المدير العام.
var officeAdjectives = wordSet("التنفيذي التنفيذية العام العامة الإقليمي الإقليمية الفني الفنية المالي المالية الإداري الإدارية التجاري التجارية الإعلامي الإعلامية القانوني القانونية المؤسس المؤسسة", "")
