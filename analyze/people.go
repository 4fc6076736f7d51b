package analyze

import (
	"slices"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/link"
	"github.com/marsad/marsad/ner"
	"github.com/marsad/marsad/quote"
)

// maxNameWords bounds a person's name found by rolePeople.
const maxNameWords = 5

// rolePeople adds the people the tagger missed where the news names them
// by role: after a role or title (المتحدث باسم القوات الفاتح قرشي, محافظ
// البنك علي العلاق) and before a comma and a role (عن بيير دوبوا، المدير
// الرياضي). A name has two to five words and ends at a boundary:
// punctuation, a stop word, a reporting verb, a role word or another
// mention. After a role it must start with a word the name lists know
// (ner.Model.PersonWord); before one, that or a reporting verb or عن
// right before it. A tagged person the name runs into is merged into it
// (أكد كاوة | رشيد، المتحدث). A tagged person is not extended forward:
// what follows a name is too often a verb (ترامب | ينصت).
func rolePeople(doc *marsad.Document, runes []rune, m *ner.Model) {
	p := newPeopleView(doc, runes, m)
	var spans [][2]int
	for h := range p.toks {
		if p.toks[h].Section == SectionBoilerplate || p.owner[h] >= 0 || !p.roleAt(h) {
			continue
		}
		if a, b, ok := p.after(h); ok {
			spans = append(spans, [2]int{a, b})
		}
		if a, b, ok := p.before(h); ok {
			spans = append(spans, [2]int{a, b})
		}
	}
	p.add(spans)
}

type peopleView struct {
	doc   *marsad.Document
	runes []rune
	toks  []marsad.Token
	owner []int
	m     *ner.Model
}

func newPeopleView(doc *marsad.Document, runes []rune, m *ner.Model) *peopleView {
	return &peopleView{doc: doc, runes: runes, toks: doc.Tokens, owner: doc.TokenOwners(), m: m}
}

func (p *peopleView) word(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].Kind == marsad.KindWord
}

func (p *peopleView) norm(i int) string {
	if n := p.toks[i].Norm; n != "" {
		return n
	}
	return arabic.Search.String(p.toks[i].Text)
}

// roleAt reports a role or title word at token i (والمتحدث too).
func (p *peopleView) roleAt(i int) bool {
	if !p.word(i) {
		return false
	}
	w := p.norm(i)
	for _, f := range [2]string{w, trimConj(w)} {
		if link.IsRoleHeadNormal(f) || link.IsTitleNormal(f) {
			return true
		}
	}
	return false
}

func trimConj(w string) string {
	if len(w) > len("وال") && (w[:len("و")] == "و" || w[:len("ف")] == "ف") {
		return w[len("و"):]
	}
	return w
}

// person reports a tagged person at token i.
func (p *peopleView) person(i int) bool {
	return i >= 0 && i < len(p.toks) && p.owner[i] >= 0 && p.doc.Entities[p.owner[i]].Type == marsad.PER
}

// nameWord reports whether token i may be inside a name: an untagged word
// or part of a tagged person, not a boundary.
func (p *peopleView) nameWord(i int) bool {
	if i < 0 || i >= len(p.toks) || p.breakBefore(i) || i > 0 && p.toks[i].Section != p.toks[i-1].Section {
		return false
	}
	if p.person(i) {
		return true
	}
	if !p.word(i) || p.owner[i] >= 0 {
		return false
	}
	if p.stop(i) || quote.IsCue(p.toks[i].Text) || p.roleAt(i) {
		return false
	}
	switch first(p.toks[i].Seg) {
	case "ل", "ب", "ك", "و", "ف":
		return false // لـ«دارفور24», ومحمد: a new phrase
	}
	return true
}

// stop reports a stop word at token i. The name علي is not the
// preposition على, which Search folds into it.
func (p *peopleView) stop(i int) bool {
	w := p.norm(i)
	if w == "علي" {
		t := []rune((arabic.StripDiacritics | arabic.StripTatweel).String(p.toks[i].Text))
		return len(t) > 0 && t[len(t)-1] == 'ى'
	}
	return nameStops[w]
}

// first returns the first part of a segmentation such as "ل+بي".
func first(seg string) string {
	for i := 0; i < len(seg); i++ {
		if seg[i] == '+' {
			return seg[:i]
		}
	}
	return ""
}

func (p *peopleView) breakBefore(i int) bool {
	return i > 0 && slices.Contains(p.runes[p.toks[i-1].End:p.toks[i].Start], '\n')
}

// after finds a name after the role at token h: the first listed person
// word within eight tokens starts it.
func (p *peopleView) after(h int) (int, int, bool) {
	lastRole := h
	for j := h + 1; j < len(p.toks) && j-h <= 8 && !p.breakBefore(j) && p.toks[j].Section == p.toks[h].Section; j++ {
		if o := p.owner[j]; o >= 0 {
			if p.person(j) {
				return 0, 0, false // the tagger found this one
			}
			j = p.entityEnd(o) - 1 // a tagged organization or place inside the role
			continue
		}
		if quoteMark(p.toks[j].Text) || p.norm(j) == "باسم" || p.abbrevDot(j) {
			continue // المتحدث باسم حزب «تواصل» سيدي محمد; د. هيثم
		}
		if roleInnerPreps[p.norm(j)] && j+1 < len(p.toks) && p.owner[j+1] >= 0 && !p.person(j+1) {
			continue // المدير العام لجمعية البنوك في فلسطين ماهر قطينة
		}
		if t := p.toks[j].Text; t == "،" || t == "," {
			return p.appositiveName(j + 1)
		}
		if !p.word(j) || p.stop(j) || quote.IsCue(p.toks[j].Text) {
			return 0, 0, false
		}
		if p.roleAt(j) {
			lastRole = j // نائب رئيس
			continue
		}
		if link.IsNationality(p.toks[j].Text) || j == lastRole+1 && !link.IsTitleNormal(trimConj(p.norm(lastRole))) {
			continue // الجزائري; رئيس قسم: a role's complement comes first, a title's does not
		}
		if p.personWord(p.toks[j].Text) || p.titleBefore(j) {
			if a, b, ok := p.name(j); ok {
				return a, b, true
			}
		}
	}
	return 0, 0, false
}

// titleBefore reports a title right before token j, which starts a name
// whatever its words (د. هيثم الرجوب, الدكتور تيسير المفرج).
func (p *peopleView) titleBefore(j int) bool {
	k := j - 1
	if k > 0 && p.abbrevDot(k) {
		return true
	}
	return p.word(k) && p.owner[k] < 0 && academicTitles[trimConj(p.norm(k))]
}

// academicTitles stand right before a name and nowhere else (Search forms).
var academicTitles = map[string]bool{"الدكتور": true, "الدكتوره": true, "المهندس": true, "المهندسه": true, "د": true}

// roleInnerPreps may stand inside a role, before a tagged organization or
// place that the role belongs to.
var roleInnerPreps = map[string]bool{"في": true, "من": true, "لدي": true}

// abbrevDot reports the dot of an abbreviated title at token k: د. (the
// doctor), written right after the letter.
func (p *peopleView) abbrevDot(k int) bool {
	return k > 0 && p.toks[k].Text == "." && p.toks[k-1].End == p.toks[k].Start &&
		len([]rune(p.toks[k-1].Text)) == 1 && link.IsTitleNormal(p.norm(k-1))
}

// appositiveName reads a name set between commas after a role (الكاتب
// العام للجامعة، المنجي الحمروني، في تصريح): two to four name words from
// token s, the first one the name lists know (also without its article:
// المنجي), then a comma, a colon or أن/إن.
func (p *peopleView) appositiveName(s int) (int, int, bool) {
	if !p.word(s) || p.owner[s] >= 0 {
		return 0, 0, false
	}
	w := p.toks[s].Text
	if p.stop(s) || !p.personWord(w) && !(definite(p.norm(s)) && p.personWord(string([]rune(w)[2:]))) {
		return 0, 0, false
	}
	e := s + 1 // a surname may be a role word (عصام نجم): the commas set the name apart
	for e < len(p.toks) && e-s < 4 && p.word(e) && p.owner[e] < 0 && !p.stop(e) && !quote.IsCue(p.toks[e].Text) && !p.breakBefore(e) {
		e++
	}
	if e-s < 2 || e >= len(p.toks) || p.breakBefore(e) || !p.setApartAfter(e) && p.toks[e].Text != ":" {
		return 0, 0, false
	}
	if t := p.toks[e].Text; p.word(e) || t == "،" || t == "," || t == ":" {
		return s, e, true
	}
	return 0, 0, false
}

// name reads a name starting at token s up to a boundary.
func (p *peopleView) name(s int) (int, int, bool) {
	e := s + 1
	for e < len(p.toks) && e-s < maxNameWords && p.nameWord(e) {
		e++
	}
	if e-s < 2 || !p.boundary(e) || definite(p.norm(s)) {
		return 0, 0, false // الباطن التسجيل, العدل: the lists hold such words too
	}
	return s, e, true
}

func definite(w string) bool { return len(w) > len("ال") && w[:len("ال")] == "ال" }

// before finds a name before a comma and the role at token h, after a
// reporting verb, عن or a listed person word.
func (p *peopleView) before(h int) (int, int, bool) {
	e := h - 1
	if e < 1 || p.toks[e].Text != "،" && p.toks[e].Text != "," {
		return 0, 0, false
	}
	s := e
	for s > 0 && e-s < maxNameWords && p.nameWord(s-1) && !p.breakBefore(s) {
		s--
	}
	if e-s >= maxNameWords && p.nameWord(s-1) {
		return 0, 0, false
	}
	for s < e && !p.person(s) && link.IsNationality(p.toks[s].Text) {
		s++ // الكرواتي ماركو بيليتش
	}
	if e-s < 2 || e-s > 3 && !p.connected(s, e) || p.definiteInside(s, e-1) || p.nationalityInside(s, e-1) {
		return 0, 0, false // وزير العدل الأمريكي السابق إيريك هولدر، ...
	}
	cued := s > 0 && p.word(s-1) && (quote.IsCue(p.toks[s-1].Text) || p.norm(s-1) == "عن")
	if !cued && !p.personWord(p.toks[s].Text) {
		return 0, 0, false
	}
	return s, e, true
}

// boundary reports whether a name may end before token i.
func (p *peopleView) boundary(i int) bool {
	return i >= len(p.toks) || !p.nameWord(i) && !p.person(i)
}

func (p *peopleView) entityEnd(o int) int {
	end := p.doc.Entities[o].End
	i := p.tokenOf(p.doc.Entities[o].Start)
	for i < len(p.toks) && p.toks[i].Start < end {
		i++
	}
	return i
}

func (p *peopleView) tokenOf(pos int) int {
	i, _ := slices.BinarySearchFunc(p.toks, pos, func(t marsad.Token, x int) int { return t.End - 1 - x })
	return i
}

// add turns the token spans into PER mentions, replacing the tagged people
// inside them, and keeps the list in text order. Overlapping spans keep
// the first.
func (p *peopleView) add(spans [][2]int) {
	if len(spans) == 0 {
		return
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return a[0] - b[0] })
	drop := make([]bool, len(p.doc.Entities))
	var added []marsad.Entity
	last := -1
	for _, s := range spans {
		if s[0] < last {
			continue
		}
		for i := s[0]; i < s[1]; i++ {
			if o := p.owner[i]; o >= 0 {
				drop[o] = true
			}
		}
		start, end := p.toks[s[0]].Start, p.toks[s[1]-1].End
		added = append(added, marsad.Entity{Start: start, End: end, Text: string(p.runes[start:end]),
			Type: marsad.PER, Section: p.toks[s[0]].Section})
		last = s[1]
	}
	p.doc.ReplaceEntities(drop, added)
}

// nameStops end a name: particles, prepositions, auxiliaries and time
// words (Search forms).
var nameStops = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"في", "فى", "على", "من", "إلى", "الى", "عن", "مع", "بعد", "قبل", "خلال", "منذ", "حتى",
		"قد", "وقد", "لقد", "إن", "أن", "أنه", "إنه", "بأن", "كان", "كانت", "الذي", "التي", "الذين",
		"و", "أو", "ثم", "لدى", "عند", "حول", "عبر", "إثر", "أمس", "اليوم", "غدا", "يوم", "مساء",
		"صباح", "أيضا", "كما", "لكن", "حيث", "هو", "هي", "هذا", "هذه", "ذلك", "تلك", "لا", "لم",
		"لن", "ما", "بين", "ضد", "دون", "نحو", "لـ", "ل", "ب", "إنها", "أنها", "الاثنين",
		"الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "باسم", "داخل", "خارج", "أم",
		"أمام", "وراء", "تحت", "فوق", "ضمن", "عقب", "وسط", "لصالح", "بشأن", "حيال",
	} {
		m[arabic.Search.String(w)] = true
	}
	return m
}()

func quoteMark(s string) bool {
	switch s {
	case "«", "»", "\"", "“", "”":
		return true
	}
	return false
}

// nationalityInside reports an untagged nationality adjective in tokens
// [a,b): a name may end with one (محمد شياع السوداني), not hold one.
func (p *peopleView) nationalityInside(a, b int) bool {
	for i := a; i < b; i++ {
		if !p.person(i) && link.IsNationality(p.toks[i].Text) {
			return true
		}
	}
	return false
}

// definiteInside reports an untagged definite word in tokens [a,b): a
// name before a role may end with one (صالح علي الصماد), not hold one
// (منظم حملة المقاطعة توبي والش).
func (p *peopleView) definiteInside(a, b int) bool {
	for i := a; i < b; i++ {
		if !p.person(i) && definite(p.norm(i)) {
			return true
		}
	}
	return false
}

// connected reports a name connector (بن, ولد, أبو, عبد, آل) in tokens
// [a,b): such names run longer than three words.
func (p *peopleView) connected(a, b int) bool {
	for i := a; i < b; i++ {
		if p.connector(i) {
			return true
		}
	}
	return false
}

// connector reports a name connector at token i: بن, ولد, ود (Sudanese:
// معتصم عبدالقادر ود النور, not و+د), بنت, أبو, عبد, آل.
func (p *peopleView) connector(i int) bool {
	switch p.norm(i) {
	case "بن", "ولد", "ود", "بنت", "ابو", "عبد", "ال":
		return true
	}
	return false
}
