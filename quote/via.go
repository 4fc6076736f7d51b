package quote

import (
	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/link"
)

// scanOutlets lists the outlets the document names, in order, so that
// الوكالة can find the one last named.
func (v *view) scanOutlets() []outlet {
	var out []outlet
	for i := 0; i < len(v.toks); i++ {
		if o, ok := v.outletAt(i, false); ok {
			out = append(out, o)
			i = o.b - 1
		}
	}
	return out
}

// viaAt finds an outlet at token i, named or referred to (الوكالة).
func (v *view) viaAt(i int, loose bool) (outlet, bool) {
	if o, ok := v.outletAt(i, loose); ok {
		return o, true
	}
	return v.anaphorAt(i)
}

// anaphorAt resolves الوكالة, القناة, الصحيفة (with any proclitic) at
// token i to the outlet of that kind last named before it, or to the last
// outlet named when none of that kind was.
func (v *view) anaphorAt(i int) (outlet, bool) {
	if !v.isWord(i) {
		return outlet{}, false
	}
	fs, n := v.forms(i)
	for _, f := range fs[:n] {
		kind, ok := anaphors[f.w]
		if !ok {
			continue
		}
		ante, ok := v.lastOutlet(i, kind)
		if !ok {
			return outlet{}, false
		}
		start := v.skipLetters(v.toks[i].Start, f.skip)
		ante.a, ante.b, ante.start, ante.end = i, i+1, start, v.toks[i].End
		return ante, true
	}
	return outlet{}, false
}

func (v *view) lastOutlet(i int, kind string) (outlet, bool) {
	found := -1
	for k := len(v.outlets) - 1; k >= 0; k-- {
		if v.outlets[k].b > i {
			continue
		}
		if v.outlets[k].kind == kind {
			return v.outlets[k], true
		}
		if found < 0 {
			found = k
		}
	}
	if found < 0 {
		return outlet{}, false
	}
	return v.outlets[found], true
}

// via returns the Via of an outlet mention.
func (v *view) via(o outlet) *marsad.Via {
	return &marsad.Via{Text: v.text(o.start, o.end), Name: o.name, EntityID: v.outletID(o), Start: o.start, End: o.end}
}

// outletID is the linked id of the entity the name is tagged as, or the
// id the name would get as an organization.
func (v *view) outletID(o outlet) string {
	if o.ent >= 0 {
		e := v.doc.Entities[o.ent]
		if e.ID != "" && (e.Type == marsad.ORG || e.Type == marsad.MISC) {
			return e.ID
		}
	}
	return link.ID(marsad.ORG, o.name)
}
