package story

import (
	"hash/fnv"
	"sort"
	"strings"
	"unicode/utf8"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/dedup"
	"github.com/marsad/marsad/terms"
)

const (
	// MaxTerms is how many of a document's heaviest terms are kept.
	MaxTerms = 96
	// titleWeight is how much more a title word counts than a body word.
	titleWeight = 3
)

// Features computes the comparison features of an analysed document whose
// title ends at code-point offset titleEnd (see terms.Fields).
func Features(doc *marsad.Document, titleEnd int) marsad.Features {
	var words []string
	tf := map[uint32]float32{}
	var order []uint32
	for _, t := range doc.Tokens {
		if !terms.Indexable(t) || t.Section == marsad.SectionComment {
			continue
		}
		norm := terms.IndexNorm(t)
		words = append(words, norm)
		if !contentWord(t, norm) {
			continue
		}
		h := Hash(firstNonEmpty(t.Stem, norm))
		if _, ok := tf[h]; !ok {
			order = append(order, h)
		}
		tf[h] += weight(t, titleEnd)
	}
	return marsad.Features{
		MinHash:  dedup.Signature(dedup.Shingles(words)),
		Terms:    topTerms(tf, order),
		Entities: Entities(doc),
	}
}

// contentWord reports whether a token is a comparison term: a word that
// is not a function word, or a number (event-specific figures such as
// casualty counts and amounts are strong evidence of one story).
func contentWord(t marsad.Token, norm string) bool {
	switch t.Kind {
	case marsad.KindNumber:
		return true
	case marsad.KindWord, marsad.KindLatin:
		return utf8.RuneCountInString(norm) > 1 && !terms.IsStop(norm)
	}
	return false
}

func weight(t marsad.Token, titleEnd int) float32 {
	if t.Section == marsad.SectionTitle || (t.Section == "" && t.Start < titleEnd) {
		return titleWeight
	}
	return 1
}

// topTerms keeps the MaxTerms heaviest terms, heaviest first; ties keep
// the order of first occurrence.
func topTerms(tf map[uint32]float32, order []uint32) []marsad.TermWeight {
	out := make([]marsad.TermWeight, len(order))
	for i, h := range order {
		out[i] = marsad.TermWeight{Term: h, Weight: tf[h]}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Weight > out[j].Weight })
	return out[:min(len(out), MaxTerms)]
}

// Hash is the 32-bit FNV-1a hash terms are stored under.
func Hash(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

// Entities returns the document's person, organization and place ids:
// the linked ids when linking ran, else the mentions' ids, else their
// typed normalized names ("per:فايز_السراج"). Each appears once, sorted.
func Entities(doc *marsad.Document) []string {
	seen := map[string]bool{}
	for _, l := range doc.Linked {
		if l.ID != "" && l.Type != marsad.MISC {
			seen[l.ID] = true
		}
	}
	if len(seen) == 0 {
		for _, e := range doc.Entities {
			if e.Type != marsad.MISC && e.Section != marsad.SectionComment {
				seen[EntityID(e)] = true
			}
		}
	}
	out := make([]string, 0, len(seen))
	for id := range seen {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// EntityID is e's ID, or its type and normalized name when unlinked.
func EntityID(e marsad.Entity) string {
	if e.ID != "" {
		return e.ID
	}
	var words []string
	for _, t := range terms.Words(e.Text) {
		words = append(words, t.Norm)
	}
	return strings.ToLower(e.Type) + ":" + strings.Join(words, "_")
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
