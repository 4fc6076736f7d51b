package analyze

import (
	"unicode"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/link"
	"github.com/marsad/marsad/ner"
	"github.com/marsad/marsad/quote"
)

// joinHyphenNames joins a compound name the tokenizer cut at its hyphen
// (جان-بول بالوميروس, كارل-هاينتس رومينيغه) into one person: a word, a
// hyphen with no space on either side, and a mention of two or more words
// that starts right after it, one of the two sides tagged as a person.
// Two whole names joined by a hyphen (قمة ترامب-كيم) stay apart: the
// mention after the hyphen must go on with a surname.
func joinHyphenNames(doc *marsad.Document, runes []rune, m *ner.Model) {
	p := newPeopleView(doc, runes, m)
	var spans [][2]int
	for h := 1; h+2 < len(p.toks); h++ {
		if !p.hyphenBetween(h) {
			continue
		}
		l, r := p.owner[h-1], p.owner[h+1]
		if l >= 0 && (p.doc.Entities[l].Start != p.toks[h-1].Start || p.entityEnd(l) != h) {
			continue
		}
		if r < 0 || p.doc.Entities[r].Start != p.toks[h+1].Start || p.entityEnd(r) < h+3 {
			continue
		}
		if p.person(h-1) || p.person(h+1) {
			spans = append(spans, [2]int{h - 1, p.entityEnd(r)})
		}
	}
	p.add(spans)
}

// hyphenBetween reports a hyphen at token h joining two Arabic words with
// no space.
func (p *peopleView) hyphenBetween(h int) bool {
	t := p.toks
	return t[h].Text == "-" && t[h-1].End == t[h].Start && t[h].End == t[h+1].Start &&
		p.arabicWord(h-1) && p.arabicWord(h+1)
}

func (p *peopleView) arabicWord(i int) bool {
	if !p.word(i) {
		return false
	}
	for _, r := range p.toks[i].Text {
		return unicode.Is(unicode.Arabic, r)
	}
	return false
}

// extendPeopleLeft adds to a tagged person the first name the tagger left
// out before it, where the name stands set apart: after a comma, a role,
// a title or a nationality, and before punctuation or أن/إن (نائب قائد
// الشرطة، غلام | ساروار حيدري، أن). The word must be one the name lists
// know (ner.Model.PersonWord), written bare (no article, no proclitic),
// and no role, title, nationality, stop word or cue. Elsewhere such words
// are too often verbs and nouns (عودة حفتر, طالب محامو كوهين).
func extendPeopleLeft(doc *marsad.Document, runes []rune, m *ner.Model) {
	p := newPeopleView(doc, runes, m)
	var spans [][2]int
	for ei, e := range doc.Entities {
		i := p.tokenOf(e.Start)
		t, end := i-1, p.entityEnd(ei)
		if e.Type != marsad.PER || t < 1 || i >= len(p.toks) || p.owner[t] >= 0 || !p.firstName(t) ||
			p.breakBefore(i) || p.breakBefore(t) || p.toks[t].Section != p.toks[i].Section ||
			!p.setApartBefore(t-1) || !p.setApartAfter(end) {
			continue
		}
		spans = append(spans, [2]int{t, end})
	}
	p.add(spans)
}

// kunyaPeople adds to a tagged person the kunya word before it, which
// the tagger often leaves out: أم خالد, أبو مازن. Only the word as written,
// with its hamza and no proclitic, counts (ام is also "or", and وام an
// agency).
func kunyaPeople(doc *marsad.Document, runes []rune, m *ner.Model) {
	p := newPeopleView(doc, runes, m)
	var spans [][2]int
	for ei, e := range doc.Entities {
		i := p.tokenOf(e.Start)
		t := i - 1
		if e.Type != marsad.PER || t < 0 || i >= len(p.toks) || p.owner[t] >= 0 || p.breakBefore(i) ||
			p.toks[i].Start != e.Start || !kunyas[p.toks[t].Text] {
			continue
		}
		spans = append(spans, [2]int{t, p.entityEnd(ei)})
	}
	p.add(spans)
}

var kunyas = map[string]bool{"أم": true, "أبو": true, "أبي": true, "أبا": true}

// setApartBefore reports a comma, a role, a title or a nationality at
// token k.
func (p *peopleView) setApartBefore(k int) bool {
	if p.isComma(k) || p.toks[k].Text == ")" {
		return true // also after an acronym in brackets: للتنمية الريفية (صونادير) | سيد أحمد
	}
	return p.owner[k] < 0 && (p.roleAt(k) || link.IsNationality(p.toks[k].Text))
}

// setApartAfter reports the end of the text, punctuation or أن/إن at
// token k.
func (p *peopleView) setApartAfter(k int) bool {
	if k >= len(p.toks) {
		return true
	}
	if !p.word(k) {
		return true
	}
	switch p.norm(k) {
	case "ان", "انه", "انها", "بان":
		return true
	}
	return false
}

// firstName reports whether token t may be a first name before a tagged
// surname.
func (p *peopleView) firstName(t int) bool {
	if !p.arabicWord(t) || definite(p.norm(t)) || first(p.toks[t].Seg) != "" || p.stop(t) || p.roleAt(t) {
		return false
	}
	text := p.toks[t].Text
	return !quote.IsCue(text) && !link.IsNationality(text) && p.personWord(text)
}

// extendPeopleRight completes a person set between commas, or after a
// title, whose name the tagger cut short of the closing comma (، الدكتور
// مصطفى عبد القادر | حج يوسف،): up to two more bare words, untagged or
// tagged as a person, join it when a comma, a colon or أن/إن follows
// them. A word with the article is left out: after الرئيس بشار الأسد it is
// too often an adjective (المنتصر الوحيد), even if a surname sometimes
// has it (زيد حمدان القضاة), unless a name connector stands before it
// (معتصم عبدالقادر | ود النور، ولد الطالب), commas set the name apart
// on both sides (، عبدالسلام مفتاح | الفرجاني،) or a role follows it.
func extendPeopleRight(doc *marsad.Document, runes []rune, m *ner.Model) {
	p := newPeopleView(doc, runes, m)
	var spans [][2]int
	for ei, e := range doc.Entities {
		a, end := p.tokenOf(e.Start), p.entityEnd(ei)
		if e.Type != marsad.PER || !p.opensApposition(a) {
			continue
		}
		commas := p.isComma(a - 1) // ، X Y | الفرجاني،: a surname with the article may end it
		for g := end; g < len(p.toks) && g < end+2 && p.word(g) && (p.owner[g] < 0 || p.person(g)) && !p.stop(g) &&
			!quote.IsCue(p.toks[g].Text) && !p.breakBefore(g); g++ {
			surname := first(p.toks[g].Seg) == "ال" && p.surnameEnd(g, commas)
			if first(p.toks[g].Seg) != "" && !p.connector(g-1) && !surname {
				break
			}
			if surname || p.closesApposition(g+1) {
				spans = append(spans, [2]int{a, g + 1})
				break
			}
		}
	}
	p.add(spans)
}

// surnameEnd reports that a word with the article at token g ends a
// name: before the closing comma of a name set apart by commas, or before
// a role (المهندس سالم بن هلال | الراشدي وكيل الوزارة).
func (p *peopleView) surnameEnd(g int, commas bool) bool {
	return commas && p.isComma(g+1) || g+1 < len(p.toks) && p.owner[g+1] < 0 && link.IsRoleHeadNormal(p.norm(g+1))
}

func (p *peopleView) isComma(k int) bool {
	return k >= 0 && k < len(p.toks) && (p.toks[k].Text == "،" || p.toks[k].Text == ",")
}

// closesApposition reports a comma, a colon or أن/إن at token k, on the
// same line.
func (p *peopleView) closesApposition(k int) bool {
	if k >= len(p.toks) || p.breakBefore(k) {
		return false
	}
	switch p.toks[k].Text {
	case "،", ",", ":":
		return true
	}
	return p.word(k) && p.setApartAfter(k)
}

// opensApposition reports a comma or a title right before token a (،
// الدكتور X; للشركة المهندس X).
func (p *peopleView) opensApposition(a int) bool {
	k := a - 1
	for k > 0 && p.word(k) && p.owner[k] < 0 && link.IsTitleNormal(p.norm(k)) {
		k--
	}
	return k < a-1 || p.isComma(k)
}
