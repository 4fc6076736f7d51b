package quote

import (
	"strings"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/link"
)

// roleAnaphor resolves a speaker named only by office (الوزير, المتحدث)
// to the person last mentioned before it whose linked roles or title have
// that head: وأوضح الوزير أن ... after خالد آيت الطالب، وزير الصحة.
// The speaker's span stays on the word written.
func (x *extractor) roleAnaphor(a, b int) (marsad.Speaker, bool) {
	v := x.v
	head, ok := strings.CutPrefix(v.norms[a], "ال")
	if !ok || b-a > 2 || !link.IsRoleHead(head) {
		return marsad.Speaker{}, false
	}
	id, ok := v.lastPerson(v.toks[a].Start, -1, func(id string) bool { return x.hasRoleHead(id, head) })
	if !ok {
		return marsad.Speaker{}, false
	}
	return x.span(v.toks[a].Start, v.toks[b-1].End, marsad.SpeakerNamed, id), true
}

// lastPerson returns the id of the last linked person mentioned before
// rune pos, within maxDist runes (-1: any distance), for which ok holds.
func (v *view) lastPerson(pos, maxDist int, ok func(id string) bool) (string, bool) {
	for k := len(v.doc.Entities) - 1; k >= 0; k-- {
		e := v.doc.Entities[k]
		if e.Start >= pos || e.Type != marsad.PER || e.ID == "" {
			continue
		}
		if maxDist >= 0 && pos-e.End > maxDist {
			break
		}
		if ok(e.ID) {
			return e.ID, true
		}
	}
	return "", false
}

// hasRoleHead reports whether the linked entity id holds an office or a
// title headed by head (Search form, no article).
func (x *extractor) hasRoleHead(id, head string) bool {
	for _, l := range x.v.doc.Linked {
		if l.ID != id {
			continue
		}
		for _, r := range append(append([]string{}, l.Roles...), l.Titles...) {
			w, _, _ := strings.Cut(arabic.Search.String(r), " ")
			if strings.TrimPrefix(w, "ال") == head {
				return true
			}
		}
	}
	return false
}
