package analyze

import (
	"unicode/utf8"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/arabic/clitic"
	"github.com/marsad/marsad/ner"
)

// findEntities runs the tagger over the document, in runs of tokens of one
// sentence and one section (boilerplate is skipped), and appends the
// mentions to doc.Entities. The runs are tagged together as one document
// (ner.Model.EntitiesDocument), so that a name found in one sentence helps
// find its other mentions.
func findEntities(doc *marsad.Document, m *ner.Model, runes []rune) {
	var runs [][]marsad.Token
	var sents [][]string
	forEachRun(doc, func(toks []marsad.Token) {
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = t.Text
		}
		runs, sents = append(runs, toks), append(sents, words)
	})
	for k, spans := range m.EntitiesDocument(sents) {
		toks := runs[k]
		for _, s := range spans {
			from := s.From
			if from+1 < s.To && particle(toks[from].Text) {
				from++ // فإن نيمار: the particle is not part of the name
			}
			to := s.To
			for to-1 > from && (timeWord(toks[to-1].Text) || s.Type != marsad.MISC && utf8.RuneCountInString(toks[to-1].Text) == 1) {
				to-- // تيريزا ماي | الخميس, جامعة بيرزيت | د.: the day or the title the tagger ran into
			}
			start, end := toks[from].Start, toks[to-1].End
			if c := conjunction(toks[from].Text); c > 0 && !keepsLetter(m, toks[from].Text, s.Type) {
				start += c
			}
			doc.Entities = append(doc.Entities, marsad.Entity{
				Start: start, End: end, Text: string(runes[start:end]),
				Type: s.Type, Section: toks[from].Section,
			})
		}
	}
}

// forEachRun calls f with each maximal run of tokens that lie in one
// sentence and one section other than boilerplate.
func forEachRun(doc *marsad.Document, f func([]marsad.Token)) {
	toks := doc.Tokens
	si := 0
	for i := 0; i < len(toks); {
		for si < len(doc.Sentences) && doc.Sentences[si].End <= toks[i].Start {
			si++
		}
		sentEnd := int(^uint(0) >> 1)
		if si < len(doc.Sentences) {
			sentEnd = doc.Sentences[si].End
		}
		j := i + 1
		for j < len(toks) && toks[j].End <= sentEnd && toks[j].Section == toks[i].Section {
			j++
		}
		if toks[i].Section != SectionBoilerplate {
			f(toks[i:j])
		}
		i = j
	}
}

// conjunction returns 1 when a name's first token begins with the
// conjunction و or ف that the tagger took into the mention (وفايز السراج,
// وإيران), else 0. Prepositions (ب ل ك) are left to entity linking, which
// can tell بايدن from ب+ايدن by the rest of the document.
func conjunction(tok string) int {
	pro, _, _ := clitic.Cut(arabic.Orthographic.String(tok))
	if pro == "" || (pro[:2] != "و" && pro[:2] != "ف") || len([]rune(tok)) < 3 {
		return 0
	}
	if r := []rune(tok); arabic.IsDiacritic(r[1]) {
		return 0 // a marked conjunction (وَ): keep offsets simple, leave it
	}
	return 1
}

// timeWord reports a day or time word, which ends no name: الخميس, أمس.
func timeWord(tok string) bool {
	switch arabic.Search.String(tok) {
	case "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد", "امس", "اليوم", "غدا":
		return true
	}
	return false
}

// particle reports a particle the tagger sometimes takes into a name: فإن,
// وإن, أن. The hamza must be written: فان is also a name (فان دايك).
func particle(tok string) bool {
	switch (arabic.StripDiacritics | arabic.StripTatweel).String(tok) {
	case "فإن", "وإن", "إن", "أن", "بأن", "لأن", "فقد", "وقد", "قد":
		return true
	}
	return false
}

// keepsLetter reports a person's name that starts with و or ف (فاليري,
// وليد): listed whole, and not listed without the letter (وآندي is و +
// آندي).
func keepsLetter(m *ner.Model, tok, typ string) bool {
	if typ != marsad.PER || !m.PersonWord(tok) {
		return false
	}
	_, n := utf8.DecodeRuneInString(tok)
	return !m.PersonWord(tok[n:])
}
