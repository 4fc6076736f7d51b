package quote

import (
	"strings"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/link"
)

// Extract fills doc.Quotes with the document's attributed statements, in
// order, and doc.Attribution with its chain of reporting. Run it after
// link.Link: speakers and outlets take their ids from the linked entities.
// Statements in page furniture (outside the title, body and comments,
// when the body is known) are dropped. doc.Quotes is never nil, so that it
// is [] rather than null in JSON.
func Extract(doc *marsad.Document) {
	doc.Quotes = []marsad.Quote{}
	if len(doc.Tokens) > 0 {
		x := newExtractor(doc)
		for i := 0; i < len(x.v.toks); {
			i = x.step(i)
		}
		doc.Quotes = append(doc.Quotes, x.quotes...)
	}
	doc.Attribution = chain(doc)
}

// extractor holds the statements found so far.
type extractor struct {
	v       *view
	quotes  []marsad.Quote
	ends    []int                     // token after each statement
	unnamed map[string]marsad.Speaker // unnamed sources by head, for المصدر
	subject marsad.Speaker            // subject of a verb that reported no statement
	subjAt  int                       // its verb's token, -1 when none
	aliasID map[string]string         // Key of every linked alias → id
	thing   bool                      // the last subject read was a thing, not a speaker
}

func newExtractor(doc *marsad.Document) *extractor {
	v := newView(doc)
	v.outlets = v.scanOutlets()
	return &extractor{v: v, unnamed: map[string]marsad.Speaker{}, subjAt: -1}
}

// idOf returns the id of the linked entity that goes by name, or "".
func (x *extractor) idOf(name string) string {
	if x.aliasID == nil {
		x.aliasID = map[string]string{}
		for _, l := range x.v.doc.Linked {
			for _, a := range append(l.Aliases, l.Canonical) {
				x.aliasID[link.Key(a)] = l.ID
			}
		}
	}
	return x.aliasID[link.Key(name)]
}

// step handles the cue at token i, if any, and returns where to go on.
func (x *extractor) step(i int) int {
	c := x.v.cueAt(i)
	next, ok := i+1, false
	switch c.kind {
	case cueSay:
		next, ok = x.say(i)
	case cueRelay:
		next, ok = x.relay(i)
	case cueGoOn:
		next, ok = x.goOn(i)
	case cueSource:
		next, ok = x.source(i)
	case cueNone:
		next, ok = x.framed(i)
	}
	if !ok {
		return i + 1
	}
	return max(next, i+1)
}

// add records a statement introduced by the cue at token i.
func (x *extractor) add(i int, st statement, spk marsad.Speaker, via *marsad.Via) {
	v := x.v
	start, end := v.toks[st.a].Start, v.toks[st.b-1].End
	sec, ok := v.sectionOf(st.a)
	if !ok {
		return
	}
	q := marsad.Quote{Start: start, End: end, Text: v.text(start, end), Direct: st.direct,
		Verb: v.verb(i), Speaker: spk, Via: via, Section: sec}
	x.quotes = append(x.quotes, q)
	x.ends = append(x.ends, st.next)
	if spk.Kind == marsad.SpeakerUnnamed {
		head, _, _ := strings.Cut(v.text(spk.Start, spk.End), " ")
		x.unnamed[strings.TrimPrefix(arabic.Search.String(head), "ال")] = spk
	}
}

// verb returns the cue word at token i as written, without a conjunction.
func (v *view) verb(i int) string {
	t := v.toks[i]
	if _, ok := cues[v.norms[i]]; ok {
		return t.Text
	}
	if _, ok := framedVerbs[v.norms[i]]; ok {
		return t.Text
	}
	return v.text(v.skipLetters(t.Start, 1), t.End)
}

// inherit returns the speaker and via of the last statement when it is in
// the same paragraph as token i or the one before: وأضاف أن, مشيرا إلى أن.
func (x *extractor) inherit(i int) (marsad.Speaker, *marsad.Via, bool) {
	n := len(x.quotes)
	if n == 0 {
		return marsad.Speaker{}, nil, false
	}
	last := min(x.ends[n-1], len(x.v.toks)-1)
	if x.v.para[i]-x.v.para[last] > 1 || i-last > 150 {
		return marsad.Speaker{}, nil, false
	}
	q := x.quotes[n-1]
	return q.Speaker, q.Via, true
}
