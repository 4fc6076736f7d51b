package link_test

import (
	"math/rand/v2"
	"slices"
	"testing"
	"unicode/utf8"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/link"
	"github.com/marsad/marsad/tokenize"
)

// randomEntities places up to n entities of random types at random
// token-aligned or arbitrary spans, in document order.
func randomEntities(doc *marsad.Document, seed uint64, n int) {
	r := rand.New(rand.NewPCG(seed, seed>>7|1))
	size := utf8.RuneCountInString(doc.Text)
	types := []string{marsad.PER, marsad.ORG, marsad.LOC, marsad.MISC}
	for i := 0; i < n && size > 0; i++ {
		var s, e int
		if len(doc.Tokens) > 0 && r.IntN(4) > 0 {
			a := r.IntN(len(doc.Tokens))
			b := min(len(doc.Tokens)-1, a+r.IntN(4))
			s, e = doc.Tokens[a].Start, doc.Tokens[b].End
		} else {
			s = r.IntN(size)
			e = s + r.IntN(size-s+1)
		}
		doc.Entities = append(doc.Entities, marsad.Entity{Start: s, End: e, Type: types[r.IntN(len(types))], Section: marsad.SectionBody})
	}
	slices.SortFunc(doc.Entities, func(a, b marsad.Entity) int { return a.Start - b.Start })
}

func FuzzLink(f *testing.F) {
	f.Add("قال المشير خليفة حفتر إن وزيرا خارجية ودفاع روسيا سيرجي لافروف وسيرجي شويجو وصلا.", uint64(1))
	f.Add("ولبايدن والمشير لل بال و\"«", uint64(7))
	f.Add("", uint64(0))
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		if !utf8.ValidString(text) {
			return
		}
		doc := &marsad.Document{Text: text}
		doc.Tokens, doc.Sentences = tokenize.Split(text, nil, true)
		randomEntities(doc, seed, int(seed%9))
		link.Link(doc)
		n := 0
		for _, l := range doc.Linked {
			n += l.Mentions
			if l.ID == "" || l.Mentions == 0 {
				t.Fatalf("bad linked entry %+v", l)
			}
		}
		if n > len(doc.Entities) {
			t.Fatalf("%d mentions linked, %d entities", n, len(doc.Entities))
		}
		_ = link.Key(text)
	})
}
