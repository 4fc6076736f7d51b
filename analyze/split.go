package analyze

import (
	"slices"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/ner"
	"github.com/marsad/marsad/orgs"
)

// splitKnownHeads splits a mention the tagger ran over two names: when
// its first word is, elsewhere in the document, a mention of its own of
// another type, and the rest starts with a listed personal name, the
// first word keeps that type and the rest is a person (الزمالك | سامح
// الليثي, كوردستان | آزاد حمه أمين). A definite head noun that names
// nothing alone (للمنظمة) is dropped before a listed personal name or
// bare words, and the rest is a person (للمنظمة | تيدروس أدهانوم
// غيبريسوس).
func splitKnownHeads(doc *marsad.Document, runes []rune, m *ner.Model) {
	alone := map[string]string{} // Search form of a one-word mention -> its type
	for _, e := range doc.Entities {
		if a, b := tokenSpan(doc, e.Start, e.End); b-a == 1 {
			alone[arabic.Search.String(e.Text)] = e.Type
		}
	}
	out := make([]marsad.Entity, 0, len(doc.Entities))
	for _, e := range doc.Entities {
		a, b := tokenSpan(doc, e.Start, e.End)
		if b-a >= 3 && doc.Tokens[a].Start == e.Start && e.Type != marsad.PER && orgs.IsBareHead(doc.Tokens[a].Text) &&
			(m.PersonWord(doc.Tokens[a+1].Text) && allBare(doc.Tokens[a+1:a+2]) || allBare(doc.Tokens[a+1:b])) {
			// للمنظمة | تيدروس أدهانوم غيبريسوس: the head refers back, the rest is a person
			start := doc.Tokens[a+1].Start
			out = append(out, marsad.Entity{Start: start, End: e.End, Text: string(runes[start:e.End]), Type: marsad.PER, Section: e.Section})
			continue
		}
		if b-a >= 3 && doc.Tokens[a].Start == e.Start {
			first := doc.Tokens[a]
			typ, ok := alone[arabic.Search.String(first.Text)]
			if ok && typ != e.Type && typ != marsad.PER && m.PersonWord(doc.Tokens[a+1].Text) {
				out = append(out, marsad.Entity{Start: first.Start, End: first.End, Text: first.Text, Type: typ, Section: e.Section},
					marsad.Entity{Start: doc.Tokens[a+1].Start, End: e.End, Text: string(runes[doc.Tokens[a+1].Start:e.End]),
						Type: marsad.PER, Section: e.Section})
				continue
			}
		}
		out = append(out, e)
	}
	doc.Entities = out
}

// allBare reports words without the article, none a head noun: a name,
// not a body's description.
func allBare(toks []marsad.Token) bool {
	for _, t := range toks {
		w := arabic.Search.String(t.Text)
		if t.Kind != marsad.KindWord || len(w) > len("ال") && w[:len("ال")] == "ال" || orgs.IsBareHead("ال"+w) {
			return false
		}
	}
	return true
}

// tokenSpan returns the tokens [a,b) that overlap code points [start,end).
func tokenSpan(doc *marsad.Document, start, end int) (int, int) {
	a, _ := slices.BinarySearchFunc(doc.Tokens, start, func(t marsad.Token, p int) int { return t.End - 1 - p })
	b := a
	for b < len(doc.Tokens) && doc.Tokens[b].Start < end {
		b++
	}
	return a, b
}
