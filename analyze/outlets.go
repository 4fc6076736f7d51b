package analyze

import (
	"slices"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/quote"
)

// typeOutlets makes the names of news outlets organization mentions. The
// tagger learned from 2007 newswire and reads many outlets' names as
// people or places (فرانس برس, بي بي سي), or splits them. A known outlet
// (listed, quoted, Latin, or an agency's name) replaces the mentions
// within its tokens by one ORG mention of exactly its name, and is added
// when the tagger missed it; an outlet read after a designator from plain
// words (قناة X) only turns a PER mention into ORG. Mentions that cross
// the name's tokens are left alone. Outlets in page furniture are skipped,
// except in a dateline ("موسكو (رويترز) -").
func typeOutlets(doc *marsad.Document, runes []rune) {
	outs := quote.Outlets(doc, runes)
	if len(outs) == 0 {
		return
	}
	drop := make([]bool, len(doc.Entities))
	var added []marsad.Entity
	for _, o := range outs {
		lo, hi, section, ok := nameTokens(doc, o.Start, o.End)
		if !ok || section == SectionBoilerplate && !inDateline(doc, o.Start) {
			continue
		}
		inside, crossing := doc.EntitiesWithin(o.Start, o.End, lo, hi)
		switch {
		case crossing:
		case !o.Known:
			for _, i := range inside {
				if doc.Entities[i].Type == marsad.PER {
					doc.Entities[i].Type = marsad.ORG
				}
			}
		default:
			for _, i := range inside {
				drop[i] = true
			}
			added = append(added, marsad.Entity{Start: o.Start, End: o.End, Text: string(runes[o.Start:o.End]),
				Type: marsad.ORG, Section: section})
		}
	}
	doc.ReplaceEntities(drop, added)
}

// nameTokens returns the code-point bounds of the tokens that hold
// [start,end) and the section of the first; ok is false when no token does.
func nameTokens(doc *marsad.Document, start, end int) (lo, hi int, section string, ok bool) {
	i, _ := slices.BinarySearchFunc(doc.Tokens, start, func(t marsad.Token, p int) int { return t.End - 1 - p })
	if i >= len(doc.Tokens) || doc.Tokens[i].Start >= end {
		return 0, 0, "", false
	}
	lo, section = doc.Tokens[i].Start, doc.Tokens[i].Section
	for hi = doc.Tokens[i].End; i < len(doc.Tokens) && doc.Tokens[i].Start < end; i++ {
		hi = doc.Tokens[i].End
	}
	return lo, hi, section, true
}

func inDateline(doc *marsad.Document, pos int) bool {
	for _, b := range doc.Boilerplate {
		if b.Kind == marsad.BoilerDateline && b.Start <= pos && pos < b.End {
			return true
		}
	}
	return false
}
