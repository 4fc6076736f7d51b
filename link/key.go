package link

import (
	"strings"
	"unicode"

	"github.com/marsad/marsad/arabic"
)

// Key returns the matching key of a name: the Search normal form
// (diacritics and tatweel gone, alef forms, ى, ة and hamza seats folded),
// leading titles removed (المشير, الدكتور), compounds joined (عبد الله =
// عبدالله, أبو بكر = أبوبكر), the letters that render a foreign g folded
// together (ج غ گ), and doubled vowel letters collapsed (تشاووش = تشاوش).
// Words are joined by "_". Key is a pure function of its argument: the
// same name gives the same key in every document. ك is not folded with ج
// because native names contrast them (كمال, جمال).
func Key(name string) string {
	return strings.Join(keyWords(name), "_")
}

// ID returns the stable id of an entity of type typ (PER, ORG, LOC, MISC)
// with canonical name name, e.g. "per:خليفه_حفتر".
func ID(typ, name string) string {
	k := Key(name)
	if k == "" {
		return ""
	}
	return strings.ToLower(typ) + ":" + k
}

// keyWords returns the folded words of a name, titles removed.
func keyWords(name string) []string {
	words := strings.FieldsFunc(arabic.Search.String(name), isSep)
	for len(words) > 1 {
		n := titleAt(words, 0)
		if n == 0 || n >= len(words) {
			break
		}
		words = words[n:]
	}
	words = joinCompounds(words)
	for i, w := range words {
		words[i] = foldWord(w)
	}
	return words
}

func isSep(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// joinCompounds writes عبد X, أبو X and the Maghrebi بو X as one word, the
// way many outlets do (بو سنينة = بوسنينة).
func joinCompounds(words []string) []string {
	out := words[:0]
	for i := 0; i < len(words); i++ {
		w := words[i]
		if (w == "عبد" || w == "ابو" || w == "بو") && i+1 < len(words) {
			w += words[i+1]
			i++
		}
		out = append(out, w)
	}
	return out
}

// foldWord folds the letters that vary between spellings of one name.
func foldWord(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	var prev rune
	for _, r := range w {
		switch r {
		case 'غ', 'گ', 'ڭ', 'چ':
			r = 'ج'
		case 'ڤ':
			r = 'ف'
		case 'پ':
			r = 'ب'
		}
		if r == prev && (r == 'و' || r == 'ي' || r == 'ا') {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
		prev = r
	}
	return b.String()
}
