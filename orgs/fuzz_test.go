package orgs_test

import (
	"testing"
	"unicode/utf8"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/orgs"
	"github.com/marsad/marsad/tokenize"
)

// FuzzFind checks that Find never panics and that every mention it leaves
// reads as its text, whatever the text and wherever the tagger's mentions
// fall (every k-th token is tagged).
func FuzzFind(f *testing.F) {
	f.Add("وقال مجلس النواب الليبي إن حركة تحرير السودان وقوات الدعم السريع للمرصد السوري لحقوق الإنسان", uint8(3))
	f.Add("ملعب هزاع بن زايد بالمغرب مطار مسقط الدولي حزب الإنصاف", uint8(2))
	f.Add("\xff\xfeوزارة", uint8(1))
	f.Fuzz(func(t *testing.T, text string, k uint8) {
		if !utf8.ValidString(text) {
			return
		}
		d := &marsad.Document{Text: text}
		d.Tokens, d.Sentences = tokenize.Split(text, nil, true)
		types := []string{marsad.PER, marsad.ORG, marsad.LOC, marsad.MISC}
		for i, tok := range d.Tokens {
			if k > 0 && i%int(k) == 0 {
				d.Entities = append(d.Entities, marsad.Entity{Start: tok.Start, End: tok.End, Text: tok.Text, Type: types[i%4]})
			}
		}
		orgs.Find(d, nil, "boilerplate")
		runes := []rune(text)
		for _, e := range d.Entities {
			if e.Start < 0 || e.End > len(runes) || e.Start >= e.End || string(runes[e.Start:e.End]) != e.Text {
				t.Fatalf("mention %+q at [%d,%d) does not match the text", e.Text, e.Start, e.End)
			}
		}
	})
}
