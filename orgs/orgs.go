// Package orgs finds the institutions that the entity tagger leaves out.
//
// The tagger learned from ANERcorp, which tags ministries, councils,
// governments and armies as ordinary words (وزارة: 33 times O, never
// ORG). Readers of the news, and Marsad's gold analyses, count them as
// organizations: وزارة الدفاع الروسية, مجلس النواب الليبي, الجيش
// السوداني, قوات الدعم السريع, المرصد السوري لحقوق الإنسان.
//
// Find reads a head noun (headList) and what specifies it, in order:
// definite words, nationality adjectives, words joined by و ال, a purpose
// after ل (لحقوق الإنسان, للانتخابات), up to two genitive nouns before a
// definite word or a tagged name (غرفة تجارة وصناعة دبي), and tagged
// names (منتخب مصر, حركة تحرير السودان). The name ends at a stop word,
// punctuation, a line break, or a word that describes rather than names
// (الجديدة, اليوم). It must be specific: hold a nationality, a tagged
// name, a known complement (الصحة, الوزراء), a purpose after ل, or at
// least two definite words after the head. A bare head (الحكومة, المجلس)
// is never an organization.
package orgs

import (
	"slices"
	"strings"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/link"
)

// maxWords bounds a name's length in tokens, head included.
const maxWords = 7

// Find adds the institutions of doc as ORG mentions, in text order.
// Tagged mentions inside one become part of it (حركة تحرير السودان holds
// السودان); a name that a tagged mention crosses is left to the tagger.
// Tokens of section skip (page furniture) are not read. runes are the
// code points of doc.Text when the caller has them, else nil.
func Find(doc *marsad.Document, runes []rune, skip string) {
	if runes == nil {
		runes = []rune(doc.Text)
	}
	v := newView(doc, runes)
	v.designatedPeople()
	drop := make([]bool, len(doc.Entities))
	var added []marsad.Entity
	for i := 0; i < len(v.toks); i++ {
		if v.toks[i].Section == skip {
			continue
		}
		start, b, typ, ok := v.name(i)
		if !ok {
			continue
		}
		inside, crossing := v.covered(start, v.toks[b-1].End)
		if crossing {
			continue
		}
		for _, ei := range inside {
			drop[ei] = true
		}
		end := v.toks[b-1].End
		added = append(added, marsad.Entity{Start: start, End: end, Text: string(v.runes[start:end]),
			Type: typ, Section: v.toks[i].Section})
		i = b - 1
	}
	doc.ReplaceEntities(drop, added)
	withoutBorders(doc, v)
}

// withoutBorders extends an organization that "بلا حدود" follows: the
// tagger stops at أطباء in منظمة أطباء بلا حدود (also مراسلون, مهندسون).
func withoutBorders(doc *marsad.Document, v *view) {
	for i := 0; i+2 < len(v.toks); i++ {
		if v.norms[i+1] != "بلا" || v.norms[i+2] != "حدود" || v.owner[i+1] >= 0 || v.owner[i+2] >= 0 {
			continue
		}
		ei := slices.IndexFunc(doc.Entities, func(e marsad.Entity) bool { return e.End == v.toks[i].End && e.Type == marsad.ORG })
		if ei < 0 {
			continue
		}
		e := &doc.Entities[ei]
		e.End = v.toks[i+2].End
		e.Text = string(v.runes[e.Start:e.End])
	}
}

// view is a document prepared for Find.
type view struct {
	doc   *marsad.Document
	runes []rune
	toks  []marsad.Token
	norms []string
	owner []int // entity covering the token, -1 when none
}

func newView(doc *marsad.Document, runes []rune) *view {
	v := &view{doc: doc, runes: runes, toks: doc.Tokens,
		norms: make([]string, len(doc.Tokens)), owner: doc.TokenOwners()}
	for i, t := range doc.Tokens {
		v.norms[i] = t.Norm
		if t.Norm == "" && t.Kind == marsad.KindWord {
			v.norms[i] = arabic.Search.String(t.Text)
		}
	}
	return v
}

// covered returns the entities inside [start,end), and whether another
// one overlaps it and reaches out of it.
func (v *view) covered(start, end int) (inside []int, crossing bool) {
	return v.doc.EntitiesWithin(start, end, v.tokenStart(start), end) // a tagged mention may keep the proclitic
}

// tokenStart returns the start of the token that holds code point p.
func (v *view) tokenStart(p int) int {
	i, _ := slices.BinarySearchFunc(v.toks, p, func(t marsad.Token, p int) int { return t.End - 1 - p })
	if i < len(v.toks) && v.toks[i].Start <= p {
		return v.toks[i].Start
	}
	return p
}

func (v *view) isWord(i int) bool {
	return i >= 0 && i < len(v.toks) && v.toks[i].Kind == marsad.KindWord
}

// breakBefore reports a line break between tokens i-1 and i.
func (v *view) breakBefore(i int) bool {
	return i > 0 && slices.Contains(v.runes[v.toks[i-1].End:v.toks[i].Start], '\n')
}

func isNationality(w string) bool { return link.IsNationality(w) }

// designatedPeople retypes as ORG a one-word person mention right after a
// designator (شركة إنوي, حركة حماس): a body's name, whatever the tagger
// read. Longer names stay people (شركة أحمد علي may be either).
func (v *view) designatedPeople() {
	for i := 0; i+1 < len(v.toks); i++ {
		w, _, ok := v.head(i)
		if !ok || !designatorHeads[strings.TrimPrefix(w, "ال")] || strings.HasPrefix(w, "ال") || v.owner[i] >= 0 {
			continue
		}
		ei := v.owner[i+1]
		if ei < 0 {
			continue
		}
		e := &v.doc.Entities[ei]
		if e.Type == marsad.PER && e.Start == v.toks[i+1].Start && e.End == v.toks[i+1].End {
			e.Type = marsad.ORG
		}
	}
}

// IsBareHead reports whether word, in any spelling and with a conjunction
// or a preposition (والوزارة, للمنظمة), is a definite head noun that names
// no institution alone: المنظمة, الوزارة, الشركة refer back to one named
// before.
func IsBareHead(word string) bool {
	w := arabic.Search.String(word)
	for _, p := range []string{"وال", "فال", "بال", "كال", "لل", "ال"} {
		if rest, ok := strings.CutPrefix(w, p); ok {
			return heads[rest]
		}
	}
	return false
}
