package link

import (
	"slices"
	"strings"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// Link resolves doc.Entities: it sets each mention's ID, Canonical, Title
// and Role, and fills doc.Linked with one entry per real-world entity.
// Entities must be in document order; mentions left with no name (only a
// title, only punctuation) are left unlinked. doc.Linked is never nil, so
// that it is [] rather than null in JSON.
func Link(doc *marsad.Document) { LinkWith(doc, Options{}) }

// Options refine Link with knowledge it does not hold itself.
type Options struct {
	// Name reports whether a word, as written, is a listed personal name.
	// A person's first word that starts with و or ف keeps the letter when
	// Name holds for it and not for the rest (فاليري, وليد; but و+آندي).
	// Nil: the letter always goes, as a conjunction.
	Name func(word string) bool
}

// LinkWith is Link with options.
func LinkWith(doc *marsad.Document, opts Options) {
	doc.Linked = []marsad.Linked{}
	if len(doc.Entities) == 0 {
		return
	}
	v := newView(doc)
	v.name = opts.Name
	ms := make([]mention, 0, len(doc.Entities))
	for i := range doc.Entities {
		if m, ok := newMention(v, i); ok {
			ms = append(ms, m)
		}
	}
	dropWeakProclitics(ms)
	assignRoles(v, ms)
	for _, c := range merge(ms) {
		doc.Linked = append(doc.Linked, c.apply(doc, ms))
	}
}

// assignRoles sets the role stated before or after each person's name.
func assignRoles(v *view, ms []mention) {
	for k := range ms {
		m := &ms[k]
		if m.typ != marsad.PER || m.role != "" {
			continue
		}
		if h, end := v.roleBefore(m); h >= 0 {
			if sing := v.dualAt(h); sing != "" {
				v.coordinate(ms, k, h, sing)
			} else {
				m.role = v.span(h, end)
			}
			continue
		}
		if a, b := v.roleAfter(m); a < b {
			m.role = v.span(a, b)
		}
	}
}

// dropWeakProclitics removes a ب ل ك prefix from a name when the rest is a
// name the document uses elsewhere (لبايدن next to بايدن) or starts with a
// designator (لوكالة أنباء سبوتنيك).
func dropWeakProclitics(ms []mention) {
	if !slices.ContainsFunc(ms, func(m mention) bool { return m.weak > 0 }) {
		return
	}
	seen := map[string]int{}
	for _, m := range ms {
		for _, w := range m.words {
			seen[w]++
		}
	}
	for k := range ms {
		m := &ms[k]
		for n := 1; n <= m.weak; n++ {
			rest := string([]rune(m.name)[n:])
			norm := strings.Fields(arabic.Search.String(rest))
			if ws := keyWords(rest); len(ws) > 0 && (seen[ws[0]] > 0 || phraseAt(designators, norm, 0) > 0) {
				m.name, m.words = rest, keyWords(canonical(m.typ, rest))
				break
			}
		}
	}
}

// apply writes the cluster's id, canonical name, titles and roles onto its
// mentions and returns its Linked entry.
func (c *cluster) apply(doc *marsad.Document, ms []mention) marsad.Linked {
	canon := canonical(c.typ, ms[c.best].name)
	l := marsad.Linked{ID: ID(c.typ, canon), Type: c.typ, Canonical: canon, Mentions: len(c.ms)}
	for _, i := range c.ms {
		m := ms[i]
		e := &doc.Entities[m.ent]
		e.ID, e.Canonical, e.Title, e.Role = l.ID, canon, m.title, m.role
		l.Aliases = addUnique(l.Aliases, strings.Trim(m.name, quoteMarks))
		l.Titles = addUnique(l.Titles, m.title)
		l.Roles = addUnique(l.Roles, m.role)
	}
	return l
}

// addUnique appends s unless it is empty or already there in another
// spelling that carries no difference (الوطنى, الوطني).
func addUnique(list []string, s string) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return list
	}
	k := arabic.Orthographic.String(s)
	for _, x := range list {
		if arabic.Orthographic.String(x) == k {
			return list
		}
	}
	return append(list, s)
}
