package quoteeval

import (
	"strings"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/quote/gold"
)

// EntityScore counts a document's PER, ORG and LOC entities against the
// gold lists, by name rather than by mention: a gold entity is found when
// some predicted mention of its type reads as one of its variants, and a
// predicted name (distinct type and form) is right when it reads as a
// variant of a gold entity of its type, or is listed as optional.
// MISC is not scored: the gold files do not list it.
type EntityScore struct {
	Gold, Found    int // gold entities; those found
	Pred, Right    int // distinct predicted names; those right
	FoundAnyType   int // gold entities found under some type
	Misses, Extras []string
}

// Add adds o's counts to s.
func (s *EntityScore) Add(o EntityScore) {
	s.Gold += o.Gold
	s.Found += o.Found
	s.Pred += o.Pred
	s.Right += o.Right
	s.FoundAnyType += o.FoundAnyType
	s.Misses = append(s.Misses, o.Misses...)
	s.Extras = append(s.Extras, o.Extras...)
}

// Precision is the share of predicted names that are right.
func (s EntityScore) Precision() float64 { return ratio(s.Right, s.Pred) }

// Recall is the share of gold entities found with their type.
func (s EntityScore) Recall() float64 { return ratio(s.Found, s.Gold) }

// F1 is the harmonic mean of Precision and Recall.
func (s EntityScore) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// ScoreEntities scores doc's entities against g's lists. Mentions in
// reader comments are left out: the gold files cover the article only.
func ScoreEntities(doc *marsad.Document, g *gold.File) EntityScore {
	groups := map[string][][]string{marsad.PER: g.Entities.PER, marsad.ORG: g.Entities.ORG, marsad.LOC: g.Entities.LOC}
	pred := map[string]map[string]string{} // type (MISC too) -> name form -> as written
	for _, e := range doc.Entities {
		if e.Section == marsad.SectionComment {
			continue // the gold files cover the article, not its reader comments
		}
		if pred[e.Type] == nil {
			pred[e.Type] = map[string]string{}
		}
		for _, f := range nameForms(e.Text) {
			pred[e.Type][f] = e.Text
		}
	}
	var s EntityScore
	for _, typ := range []string{marsad.PER, marsad.ORG, marsad.LOC} {
		for _, variants := range groups[typ] {
			s.Gold++
			switch {
			case anyVariant(pred[typ], variants):
				s.Found++
				s.FoundAnyType++
			case anyType(pred, variants):
				s.FoundAnyType++
				s.Misses = append(s.Misses, doc.File+": "+typ+" "+variants[0]+" found under another type")
			default:
				s.Misses = append(s.Misses, doc.File+": missed "+typ+" "+variants[0])
			}
		}
	}
	s.scorePredicted(doc, g, groups)
	return s
}

// scorePredicted counts each distinct predicted name once.
func (s *EntityScore) scorePredicted(doc *marsad.Document, g *gold.File, groups map[string][][]string) {
	seen := map[string]bool{}
	for _, e := range doc.Entities {
		if e.Type != marsad.PER && e.Type != marsad.ORG && e.Type != marsad.LOC || e.Section == marsad.SectionComment {
			continue
		}
		forms := nameForms(e.Text)
		if len(forms) == 0 || seen[e.Type+"\x00"+forms[0]] {
			continue
		}
		seen[e.Type+"\x00"+forms[0]] = true
		if matchesOptional(forms, g.Entities.Optional) {
			continue
		}
		s.Pred++
		if matchesGroup(forms, groups[e.Type]) {
			s.Right++
		} else {
			s.Extras = append(s.Extras, doc.File+": extra "+e.Type+" "+e.Text)
		}
	}
}

// nameForms returns the forms a mention may be matched by: Norm of its
// text, and the same without a one-letter proclitic (و ف ب ل ك), and لل
// read as ال, which the tagger's token-level spans keep.
func nameForms(text string) []string {
	n := Norm(text)
	if n == "" {
		return nil
	}
	out := []string{n}
	if rest, ok := strings.CutPrefix(n, "لل"); ok && len([]rune(rest)) > 1 {
		out = append(out, "ال"+rest)
	}
	for _, p := range []string{"و", "ف", "ب", "ل", "ك"} {
		if rest, ok := strings.CutPrefix(n, p); ok && len([]rune(rest)) > 1 {
			out = append(out, rest)
		}
	}
	return out
}

func matchesGroup(forms []string, groups [][]string) bool {
	for _, variants := range groups {
		for _, v := range variants {
			for _, f := range forms {
				if Norm(v) == f {
					return true
				}
			}
		}
	}
	return false
}

func matchesOptional(forms, optional []string) bool {
	return matchesGroup(forms, [][]string{optional})
}

func anyVariant(pred map[string]string, variants []string) bool {
	for _, v := range variants {
		if _, ok := pred[Norm(v)]; ok {
			return true
		}
	}
	return false
}

func anyType(pred map[string]map[string]string, variants []string) bool {
	for _, m := range pred {
		if anyVariant(m, variants) {
			return true
		}
	}
	return false
}
