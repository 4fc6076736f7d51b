package tokenize

import (
	"unicode"

	"github.com/marsad/marsad/arabic"
)

// class is the character class that drives the scanner.
type class uint8

const (
	cSpace  class = iota
	cArabic       // Arabic letter, or a mark/tatweel/joiner that lives inside an Arabic word
	cDigit        // ASCII, Arabic-Indic or Persian digit
	cLetter       // any other letter (Latin, Cyrillic, ...) or combining mark
	cPunct
	cSymbol
)

func classOf(r rune) class {
	if r < 0x80 {
		if r < 0 { // end of input
			return cSpace
		}
		return asciiClass[r]
	}
	if r >= 0x0621 && r <= 0x065F {
		return cArabic // fast path: the basic Arabic letters, tatweel and harakat
	}
	switch {
	case r >= 0x0660 && r <= 0x0669, r >= 0x06F0 && r <= 0x06F9:
		return cDigit
	case arabic.IsLetter(r), arabic.IsDiacritic(r), r == arabic.Tatweel, r == 0x200C, r == 0x200D:
		return cArabic
	case unicode.IsSpace(r), arabic.IsControl(r):
		return cSpace
	case unicode.IsLetter(r), unicode.IsMark(r):
		return cLetter
	case unicode.IsDigit(r):
		return cDigit
	case unicode.IsPunct(r):
		return cPunct
	}
	return cSymbol
}

var asciiClass = func() (t [128]class) {
	for c := 0; c < 128; c++ {
		switch {
		case c == ' ' || c >= '\t' && c <= '\r' || c < 0x20 || c == 0x7F:
			t[c] = cSpace
		case c >= '0' && c <= '9':
			t[c] = cDigit
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			t[c] = cLetter
		case c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' || c == '`' || c == '|' || c == '~':
			t[c] = cSymbol
		default:
			t[c] = cPunct
		}
	}
	return t
}()

// isWordRune reports whether r can continue a hashtag or mention.
func isWordRune(r rune) bool {
	c := classOf(r)
	return c == cArabic || c == cDigit || c == cLetter || r == '_'
}
