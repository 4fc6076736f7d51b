package terms

import (
	"strings"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/analyze"
)

// MaxQueryBytes bounds what Parse reads of a query.
const MaxQueryBytes = 4096

// Parse analyses a query as typed. Text in double quotes (", « », “ ”)
// is a phrase; every other word is a term of its own. Function words are
// dropped from the terms unless nothing else is left.
func Parse(s string) marsad.Query {
	if len(s) > MaxQueryBytes {
		s = strings.ToValidUTF8(s[:MaxQueryBytes], "")
	}
	q := marsad.Query{Text: s}
	var terms []marsad.Clause
	for i, part := range splitPhrases(s) {
		words := analyzeWords(part)
		if i%2 == 1 && len(words) > 0 {
			q.Clauses = append(q.Clauses, marsad.Clause{Phrase: len(words) > 1, Terms: words})
			continue
		}
		for _, w := range words {
			terms = append(terms, marsad.Clause{Terms: []marsad.Term{w}})
		}
	}
	q.Clauses = append(q.Clauses, dropStop(terms)...)
	return q
}

// splitPhrases splits s at quotation marks: even parts are outside
// quotes, odd parts inside. An unclosed quote runs to the end.
func splitPhrases(s string) []string {
	var parts []string
	var b strings.Builder
	var closer rune
	for _, r := range s {
		switch {
		case closer == 0 && (r == '"' || r == '«' || r == '“'):
			closer = map[rune]rune{'"': '"', '«': '»', '“': '”'}[r]
		case closer != 0 && (r == closer || (closer == '”' && r == '"')):
			closer = 0
		default:
			b.WriteRune(r)
			continue
		}
		parts = append(parts, b.String())
		b.Reset()
	}
	return append(parts, b.String())
}

// analyzeWords returns the indexable words of s in their index forms.
// Hashtags count as their words.
func analyzeWords(s string) []marsad.Term {
	var out []marsad.Term
	for _, t := range analyze.Core(s) {
		if !Indexable(t) {
			continue
		}
		if t.Kind == marsad.KindHashtag || t.Kind == marsad.KindMention {
			out = append(out, analyzeWords(strings.ReplaceAll(IndexNorm(t), "_", " "))...)
			continue
		}
		if norm := IndexNorm(t); strings.TrimSpace(norm) != "" {
			out = append(out, marsad.Term{Text: t.Text, Norm: norm, Stem: t.Stem, Keys: Keys(t)})
		}
	}
	return out
}

func dropStop(cs []marsad.Clause) []marsad.Clause {
	var kept []marsad.Clause
	for _, c := range cs {
		if !IsStop(c.Terms[0].Norm) {
			kept = append(kept, c)
		}
	}
	if len(kept) == 0 {
		return cs
	}
	return kept
}

// Words returns the indexable words of s in their index forms.
func Words(s string) []marsad.Term { return analyzeWords(s) }
