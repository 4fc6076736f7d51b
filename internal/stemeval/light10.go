package stemeval

import (
	"strings"

	"github.com/marsad/marsad/arabic"
)

// Light10 is a reference implementation of Larkey's light10 as published
// and as in Lucene's ArabicStemmer (and Bleve's port): normalize (alef
// forms, ى, ة→ه, diacritics, tatweel: here arabic.Search), strip one prefix
// of ال وال بال كال فال لل و, then each suffix of ها ان ات ون ين يه ية ه ة ي
// in turn, keeping at least two letters (three after و).
func Light10(word string) string {
	s := []rune(arabic.Search.String(word))
	for _, p := range l10Prefixes {
		if l10Starts(s, p) {
			s = s[len(p):]
			break
		}
	}
	for _, suf := range l10Suffixes {
		if len(s) >= len(suf)+2 && strings.HasSuffix(string(s), string(suf)) {
			s = s[:len(s)-len(suf)]
		}
	}
	return string(s)
}

var (
	l10Prefixes = runes("ال", "وال", "بال", "كال", "فال", "لل", "و")
	l10Suffixes = runes("ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي")
)

func runes(ss ...string) [][]rune {
	out := make([][]rune, len(ss))
	for i, s := range ss {
		out[i] = []rune(s)
	}
	return out
}

func l10Starts(s, p []rune) bool {
	if len(p) == 1 && len(s) < 4 || len(s) < len(p)+2 {
		return false
	}
	return strings.HasPrefix(string(s), string(p))
}
