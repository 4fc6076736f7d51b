package analyze

import (
	"slices"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/ner"
)

// splitKnownHeads splits a mention the tagger ran over two names: when
// its first word is, elsewhere in the document, a mention of its own of
// another type, and the rest starts with a listed personal name, the
// first word keeps that type and the rest is a person (الزمالك | سامح
// الليثي, كوردستان | آزاد حمه أمين).
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

// tokenSpan returns the tokens [a,b) that overlap code points [start,end).
func tokenSpan(doc *marsad.Document, start, end int) (int, int) {
	a, _ := slices.BinarySearchFunc(doc.Tokens, start, func(t marsad.Token, p int) int { return t.End - 1 - p })
	b := a
	for b < len(doc.Tokens) && doc.Tokens[b].Start < end {
		b++
	}
	return a, b
}
