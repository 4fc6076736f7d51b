// Package root extracts the consonantal root of an Arabic word, in the
// manner of ISRI (Taghva, Elkhoribi and Coombs 2005): strip affixes, then
// match morphological patterns to find a three- or four-letter root.
//
// It fixes ISRI's known failures on news text: affixes are stripped by the
// lexicon-checked light stemmer (package stem), so Egyptian final ى (folded
// to ي) is a nisba ending (الوطنى → وطن, not طنى); quadriliteral roots are
// recognised from a list and by reduplication (ترجم, زلزل, دحرج); hollow
// and defective roots get their weak letter back (قال → قول, مستشفى → شفي,
// قوات → قوي); broken plurals match their patterns (مواقع → وقع, مشاريع →
// شرع, رسائل → رسل). The root is returned in arabic.Search form, with the
// hamza written ا (سأل → سال).
package root

import (
	"strings"

	"github.com/marsad/marsad/arabic/stem"
	"github.com/marsad/marsad/internal/arlex"
)

// Extract returns the root of word, a single word normalized with
// arabic.Orthographic. The result is never longer than word; words that are
// not all Arabic letters come back as stem.Light gives them.
func Extract(word string) string {
	if !arlex.IsArabicWord(word) {
		return stem.Light(word)
	}
	s := stripArticle(stem.Raw(word))
	if r, ok := irregular[s]; ok && len(r) <= len(word) {
		return r
	}
	r, ok := search(s, 3)
	if !ok || len(r) > len(word) {
		r = s
	}
	return fold(r)
}

// irregular maps stems whose root no pattern finds.
var irregular = map[string]string{
	"الله": "اله", "لله": "اله", "اللهم": "اله", "ابن": "بني", "بن": "بني",
	"بنت": "بني", "اسم": "سمو", "بسم": "سمو", "ابو": "ابو", "امرا": "مرا",
}

// stripArticle drops an article the light stemmer kept for lack of
// evidence: for a root, ال is never part of it (irregular has الله).
func stripArticle(s string) string {
	for _, p := range [...]string{"وال", "بال", "فال", "كال", "ال", "لل"} {
		if strings.HasPrefix(s, p) && letters(s)-letters(p) >= 3 && s != "الله" && s != "اللهم" {
			return s[len(p):]
		}
	}
	return s
}

// search matches s against the patterns of its length; failing that, it
// drops a likely suffix or prefix letter and tries again, depth times.
func search(s string, depth int) (string, bool) {
	n := letters(s)
	switch {
	case n <= 1:
		return s, false
	case n == 2:
		return biliteral(s), true
	case n == 3:
		return weak(s, "", true), true
	}
	if r, ok := quad(s); ok {
		return r, true
	}
	for _, p := range patterns[n] {
		if r, ok := match(s, p); ok {
			return weak(r, p, false), true
		}
	}
	if n == 4 && depth == 3 {
		return four(s), true
	}
	if depth == 0 {
		return "", false
	}
	if strings.Contains(suffixLetters, s[len(s)-2:]) {
		if r, ok := search(s[:len(s)-2], depth-1); ok {
			return r, true
		}
	}
	if strings.Contains(prefixLetters, s[:2]) {
		return search(s[2:], depth-1)
	}
	return "", false
}

// four handles a four-letter stem no pattern matched: a suffix or prefix
// letter off (رحمه → رحم, رحمن → رحم), else a quadriliteral root.
func four(s string) string {
	if strings.Contains(suffixLetters, s[len(s)-2:]) {
		return weak(s[:len(s)-2], "", false)
	}
	if strings.Contains(prefixLetters, s[:2]) {
		return weak(s[2:], "", false)
	}
	return s
}

const (
	suffixLetters = "تهةيانوكم"
	prefixLetters = "اتمينوسلبفك"
)

func letters(s string) int { return len(s) / 2 }

// fold puts a root in arabic.Search form, every hamza written ا (سؤال →
// سال, رئيس → راس, قارئ → قرا).
func fold(r string) string {
	for i := 0; i+1 < len(r); i += 2 {
		if r[i] == 0xD8 && (r[i+1] == 0xA1 || r[i+1] == 0xA4 || r[i+1] == 0xA6) { // ء ؤ ئ
			r = hamzaAlef.Replace(r)
			break
		}
	}
	return arlex.Fold(r)
}

var hamzaAlef = strings.NewReplacer("ء", "ا", "ؤ", "ا", "ئ", "ا")
