package arabic

import (
	"unicode"
	"unicode/utf8"
)

// Lang tells the dominant language or script of s: "ar" when Arabic-script
// letters are the plurality of letters; for Latin script, the language its
// function words point to ("en", "fr", "es", "de", "it", "tr") or "latin";
// otherwise a script name in lower case ("cyrillic", "han",
// "hebrew", ...). Text with no letters is "und". Persian and Urdu share the
// Arabic script; they are told apart by their own letters (پ چ ژ گ ی ک ٹ ڈ ں ے)
// and reported as "fa" or "ur" when those dominate.
func Lang(s string) string {
	var arabic, latin, farsi, urdu, other, letters int
	counts := map[string]int{}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r < 0x80:
			if r|0x20 >= 'a' && r|0x20 <= 'z' {
				latin++
				letters++
			}
		case IsLetter(r):
			arabic++
			letters++
			switch r {
			case 'پ', 'چ', 'ژ', 'گ', 'ی', 'ک':
				farsi++
			case 'ٹ', 'ڈ', 'ں', 'ے', 'ھ':
				urdu++
			}
		case unicode.IsLetter(r):
			letters++
			if unicode.Is(unicode.Latin, r) {
				latin++
			} else {
				other++
				counts[scriptOf(r)]++
			}
		}
	}
	switch {
	case letters == 0:
		return "und"
	case arabic >= latin && arabic >= other:
		if urdu*20 > arabic {
			return "ur"
		}
		if farsi*20 > arabic {
			return "fa"
		}
		return "ar"
	case latin >= other:
		return latinLang(s)
	}
	best, n := "other", 0
	for name, c := range counts {
		if c > n || c == n && name < best {
			best, n = name, c
		}
	}
	return best
}

var scripts = []struct {
	name string
	t    *unicode.RangeTable
}{
	{"cyrillic", unicode.Cyrillic}, {"greek", unicode.Greek}, {"hebrew", unicode.Hebrew},
	{"han", unicode.Han}, {"hiragana", unicode.Hiragana}, {"katakana", unicode.Katakana},
	{"hangul", unicode.Hangul}, {"devanagari", unicode.Devanagari}, {"thai", unicode.Thai},
	{"armenian", unicode.Armenian}, {"georgian", unicode.Georgian}, {"ethiopic", unicode.Ethiopic},
	{"syriac", unicode.Syriac}, {"thaana", unicode.Thaana},
}

func scriptOf(r rune) string {
	for _, s := range scripts {
		if unicode.Is(s.t, r) {
			return s.name
		}
	}
	return "other"
}
