package sqlite

import (
	"strings"
	"unicode"

	marsad "github.com/marsad/marsad"
)

// Column groups of the fts table (see migrations/001_init.sql).
const (
	normCols = "{title body}"
	stemCols = "{title_stem body_stem}"
	allCols  = "{title body title_stem body_stem}"
	keyCols  = "{keys}"
)

// matchExpr turns analysed clauses into an FTS5 MATCH expression: every
// phrase must match (in its normalized or stemmed form); the single words
// are OR-ed, each matching by its normalized form or its stem, and, when
// keyed is true for it, by its name keys; BM25 then rewards documents that
// match more of them. It returns "" when there is nothing to match.
func matchExpr(clauses []marsad.Clause, keyed func(marsad.Term) bool) string {
	var must, should []string
	for _, c := range clauses {
		if c.Phrase && len(c.Terms) > 1 {
			if e := phraseExpr(c.Terms); e != "" {
				must = append(must, e)
			}
		} else if e := wordExpr(c.Terms[0], keyed != nil && keyed(c.Terms[0])); e != "" {
			should = append(should, e)
		}
	}
	if len(should) > 0 {
		must = append(must, "("+strings.Join(should, " OR ")+")")
	}
	return strings.Join(must, " AND ")
}

// wordExpr matches one word. A word whose stem is its normal form is one
// FTS5 phrase over both column groups, which costs half as much to rank
// as two phrases and weighs the same.
func wordExpr(t marsad.Term, keyed bool) string {
	if !hasWordChar(t.Norm) {
		return ""
	}
	stem := stemOrNorm(t)
	var alts []string
	if stem == t.Norm || !hasWordChar(stem) {
		alts = append(alts, allCols+": "+quote(t.Norm))
	} else {
		alts = append(alts, normCols+": "+quote(t.Norm), stemCols+": "+quote(stem))
	}
	if keyed {
		for _, k := range t.Keys {
			if hasWordChar(k) {
				alts = append(alts, keyCols+": "+quote(k))
			}
		}
	}
	return "(" + strings.Join(alts, " OR ") + ")"
}

// phraseExpr matches words in order, by their normal forms or stems.
func phraseExpr(ts []marsad.Term) string {
	norms := make([]string, 0, len(ts))
	stems := make([]string, 0, len(ts))
	for _, t := range ts {
		if !hasWordChar(t.Norm) {
			continue
		}
		norms, stems = append(norms, t.Norm), append(stems, stemOrNorm(t))
	}
	if len(norms) == 0 {
		return ""
	}
	return "(" + normCols + ": " + quote(strings.Join(norms, " ")) + " OR " +
		stemCols + ": " + quote(strings.Join(stems, " ")) + ")"
}

func stemOrNorm(t marsad.Term) string {
	if t.Stem != "" {
		return t.Stem
	}
	return t.Norm
}

// quote makes s one FTS5 string (a phrase after tokenizing).
func quote(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// hasWordChar reports whether s has a letter or digit, i.e. whether the
// index tokenizer would find a token in it.
func hasWordChar(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
