package quote_test

import (
	"os"
	"strings"
	"testing"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/link"
	"github.com/marsad/marsad/quote"
	"github.com/marsad/marsad/quote/gold"
	"github.com/marsad/marsad/tokenize"
)

// BenchmarkLinkExtract measures linking and extraction on a news article
// of about 4 KB with its people and organizations tagged.
func BenchmarkLinkExtract(b *testing.B) {
	const name = "../testdata/quotes/02_aljazeera_yemen"
	raw, err := os.ReadFile(name + ".txt")
	if err != nil {
		b.Fatal(err)
	}
	g, err := gold.Read(name + ".gold.json")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(raw), 4096/len(raw)+1)
	doc := &marsad.Document{Text: text}
	doc.Tokens, doc.Sentences = tokenize.Split(text, nil, true)
	for i := range doc.Tokens {
		doc.Tokens[i].Norm = arabic.Search.String(doc.Tokens[i].Text) // as the analyzer does
	}
	gold.Place(doc, g)
	ents := doc.Entities
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		doc.Entities = append(doc.Entities[:0:0], ents...)
		link.Link(doc)
		quote.Extract(doc)
	}
	if len(doc.Quotes) == 0 {
		b.Fatal("no quotes")
	}
}
