package gold

import (
	"slices"
	"strings"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// Place sets doc.Entities to every occurrence of the gold entities'
// variants, the way a tagger would: whole tokens, a clitic such as و
// inside the first one (وفايز السراج), longest variant first, no overlaps.
// It stands in for the tagger in tests of the stages after it.
func Place(doc *marsad.Document, f *File) {
	type cand struct {
		words []string
		typ   string
	}
	var cands []cand
	for typ, groups := range map[string][][]string{marsad.PER: f.Entities.PER, marsad.ORG: f.Entities.ORG, marsad.LOC: f.Entities.LOC} {
		for _, g := range groups {
			for _, s := range g {
				cands = append(cands, cand{strings.Fields(arabic.Search.String(stripQuotes(s))), typ})
			}
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int { return len(b.words) - len(a.words) })
	norms := tokenNorms(doc.Tokens)
	taken := make([]bool, len(doc.Tokens))
	var ents []marsad.Entity
	for _, c := range cands {
		for i := range doc.Tokens {
			if n := matchAt(norms, taken, i, c.words); n > 0 {
				a, b := doc.Tokens[i], doc.Tokens[i+n-1]
				ents = append(ents, marsad.Entity{Start: a.Start, End: b.End, Type: c.typ, Section: marsad.SectionBody})
				for k := i; k < i+n; k++ {
					taken[k] = true
				}
			}
		}
	}
	slices.SortFunc(ents, func(a, b marsad.Entity) int { return a.Start - b.Start })
	runes := []rune(doc.Text)
	for i := range ents {
		ents[i].Text = string(runes[ents[i].Start:ents[i].End])
	}
	doc.Entities = ents
}

func stripQuotes(s string) string {
	return strings.NewReplacer("\"", "", "«", "", "»", "").Replace(s)
}

// tokenNorms returns the Search form of each token, "" for punctuation
// other than quotation marks, which a name may enclose and are skipped.
func tokenNorms(toks []marsad.Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = arabic.Search.String(t.Text)
	}
	return out
}

// matchAt returns how many tokens from i spell words (quotation marks
// inside skipped), or 0.
func matchAt(norms []string, taken []bool, i int, words []string) int {
	k := i
	for w, word := range words {
		for w > 0 && k < len(norms) && isQuote(norms[k]) {
			k++
		}
		if k >= len(norms) || taken[k] || !wordMatch(norms[k], word, w == 0) {
			return 0
		}
		k++
	}
	return k - i
}

func isQuote(s string) bool { return s == "\"" || s == "«" || s == "»" || s == "“" || s == "”" }

// wordMatch compares a token with a name word; the first may carry a
// proclitic (و ف ب ل ك, alone or before ال).
func wordMatch(tok, word string, first bool) bool {
	if tok == word {
		return true
	}
	if !first || !strings.HasSuffix(tok, word) {
		if first && strings.HasPrefix(word, "ال") && strings.HasSuffix(tok, word[len("ا"):]) {
			pre := strings.TrimSuffix(tok, word[len("ا"):])
			return pre == "ل" || pre == "ول" || pre == "فل"
		}
		return false
	}
	pre := strings.TrimSuffix(tok, word)
	return strings.Trim(pre, "وفبلك") == "" && len([]rune(pre)) <= 2
}
