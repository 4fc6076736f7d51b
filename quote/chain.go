package quote

import (
	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/link"
)

// chain builds the document's attribution: its outlet, the outlets it
// cites with the sources each relays, and the sources it quotes itself.
// Comments are readers' words, never the outlet's: they are left out.
func chain(doc *marsad.Document) *marsad.Attribution {
	a := &marsad.Attribution{Outlet: doc.Source.Outlet, Cites: []marsad.Cited{}}
	names := canonicalNames(doc)
	seen := map[string]bool{} // outlet key + "\x00" + source key
	outlets := map[string]int{}
	for _, q := range doc.Quotes {
		if q.Section == marsad.SectionComment {
			continue
		}
		src := q.Speaker.Text
		if n := names[q.Speaker.EntityID]; n != "" {
			src = n
		}
		sk := link.Key(src)
		if q.Via == nil {
			if sk != "" && !seen["\x00"+sk] {
				seen["\x00"+sk] = true
				a.Direct = append(a.Direct, src)
			}
			continue
		}
		ok, c := citedIndex(a, outlets, q.Via)
		if sk != "" && (q.Speaker.EntityID == "" || q.Speaker.EntityID != a.Cites[c].EntityID) && !seen[ok+"\x00"+sk] {
			seen[ok+"\x00"+sk] = true
			a.Cites[c].Sources = append(a.Cites[c].Sources, src)
		}
	}
	return a
}

// citedIndex returns the key and index of the outlet via names in
// a.Cites, adding it if new.
func citedIndex(a *marsad.Attribution, outlets map[string]int, via *marsad.Via) (string, int) {
	name := via.Name
	if name == "" {
		name = via.Text
	}
	k := via.EntityID
	if k == "" {
		k = link.ID(marsad.ORG, name)
	}
	if i, ok := outlets[k]; ok {
		return k, i
	}
	a.Cites = append(a.Cites, marsad.Cited{Outlet: name, EntityID: via.EntityID, Sources: []string{}})
	outlets[k] = len(a.Cites) - 1
	return k, len(a.Cites) - 1
}

func canonicalNames(doc *marsad.Document) map[string]string {
	m := make(map[string]string, len(doc.Linked))
	for _, l := range doc.Linked {
		m[l.ID] = l.Canonical
	}
	return m
}
