package marsad

import "slices"

// ReplaceEntities drops the mentions of doc marked in drop (indexed like
// doc.Entities), adds the new ones, and keeps the list in text order. The
// stages that complete the tagger's mentions share it.
func (doc *Document) ReplaceEntities(drop []bool, added []Entity) {
	if len(added) == 0 && !slices.Contains(drop, true) {
		return
	}
	kept := doc.Entities[:0]
	for i, e := range doc.Entities {
		if i >= len(drop) || !drop[i] {
			kept = append(kept, e)
		}
	}
	doc.Entities = append(kept, added...)
	slices.SortStableFunc(doc.Entities, func(a, b Entity) int { return a.Start - b.Start })
}

// TokenOwners returns, for each token of doc, the index of the mention in
// doc.Entities that covers it, or -1. Mentions are in text order.
func (doc *Document) TokenOwners() []int {
	owner := make([]int, len(doc.Tokens))
	for i := range owner {
		owner[i] = -1
	}
	for ei, e := range doc.Entities {
		i, _ := slices.BinarySearchFunc(doc.Tokens, e.Start, func(t Token, p int) int { return t.End - 1 - p })
		for ; i < len(doc.Tokens) && doc.Tokens[i].Start < e.End; i++ {
			owner[i] = ei
		}
	}
	return owner
}

// EntitiesWithin returns the indexes of the mentions that overlap code
// points [start,end) and lie within [lo,hi), and whether another mention
// overlaps [start,end) and reaches out of [lo,hi). Mentions are disjoint
// and in text order, so the search starts at the first that ends after
// start.
func (doc *Document) EntitiesWithin(start, end, lo, hi int) (inside []int, crossing bool) {
	ents := doc.Entities
	k, _ := slices.BinarySearchFunc(ents, start, func(e Entity, p int) int { return e.End - 1 - p })
	for i := k; i < len(ents) && ents[i].Start < end; i++ {
		e := ents[i]
		if e.End <= start {
			continue
		}
		if e.Start >= lo && e.End <= hi {
			inside = append(inside, i)
		} else {
			crossing = true
		}
	}
	return inside, crossing
}
