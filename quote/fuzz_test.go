package quote_test

import (
	"math/rand/v2"
	"slices"
	"testing"
	"unicode/utf8"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/link"
	"github.com/marsad/marsad/quote"
	"github.com/marsad/marsad/tokenize"
)

func FuzzExtract(f *testing.F) {
	f.Add("نقلت وكالة أنباء \"سبوتنيك\" عن مصدر، قوله \"إن الوفد وصل\"، مشيرا إلى أن", uint64(3))
	f.Add("وقال مصدر لـ\"سكاي نيوز عربية\" إن «نعم». وفق ما أفادت به الوكالة", uint64(0))
	f.Add("قال: \"", uint64(5))
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		if !utf8.ValidString(text) {
			return
		}
		doc := &marsad.Document{Text: text}
		doc.Tokens, doc.Sentences = tokenize.Split(text, nil, true)
		if seed%2 == 1 {
			entities(doc, seed)
		}
		link.Link(doc)
		quote.Extract(doc)
		checkOffsets(t, doc)
		if doc.Attribution == nil {
			t.Fatal("no attribution")
		}
		for _, q := range doc.Quotes {
			if q.Start >= q.End || q.Speaker.Kind == "" || q.Section == "" {
				t.Fatalf("bad quote %+v", q)
			}
		}
	})
}

// entities places random token-aligned entities.
func entities(doc *marsad.Document, seed uint64) {
	r := rand.New(rand.NewPCG(seed, 11))
	types := []string{marsad.PER, marsad.ORG, marsad.LOC}
	for i := 0; i < int(seed%7) && len(doc.Tokens) > 0; i++ {
		a := r.IntN(len(doc.Tokens))
		b := min(len(doc.Tokens)-1, a+r.IntN(3))
		doc.Entities = append(doc.Entities, marsad.Entity{Start: doc.Tokens[a].Start, End: doc.Tokens[b].End, Type: types[r.IntN(3)]})
	}
	slices.SortFunc(doc.Entities, func(a, b marsad.Entity) int { return a.Start - b.Start })
}
