// Package stem is a light stemmer for Arabic news: it removes clitics (via
// package clitic) and inflectional suffixes, and returns the stem in
// arabic.Search form, so stems compare with token norms.
//
// It follows Larkey's light10 (one prefix of ال وال بال كال فال لل و, then
// the suffixes ها ان ات ون ين يه ية ه ة ي) but checks each cut against a
// news lexicon: a leading و that belongs to the stem stays (واحدة → واحد,
// وصل → وصل), ان stays on إعلان, the ت of ة before a pronoun is restored
// (حكومته → حكوم, like حكومة), and Egyptian final ى (already folded to ي) is
// a nisba ending like ي (الوطنى → وطن).
package stem

import (
	"strings"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/arabic/clitic"
	"github.com/marsad/marsad/internal/arlex"
)

// Light returns the light stem of word, a single word normalized with
// arabic.Orthographic. The result is in arabic.Search form and never longer
// than word. Words that are not all Arabic letters are only normalized with
// arabic.Search (so invalid UTF-8 becomes U+FFFD).
func Light(word string) string {
	if !arlex.IsArabicWord(word) {
		return arabic.Search.String(word)
	}
	return arlex.Fold(Raw(word)) // the same as arabic.Search on letters, faster
}

// Raw is Light without the final folding: the stem in the Orthographic form
// of word (ة ؤ ئ kept), as a substring of word. word must be all Arabic
// letters; other strings are returned as they are.
func Raw(word string) string {
	if !arlex.IsArabicWord(word) {
		return word
	}
	_, base, enc := clitic.Cut(word)
	if arlex.Freq(word) == 0 {
		base, enc = unknownEnding(base, enc)
	}
	return Suffixes(base, enc != "")
}

// Suffixes removes the inflectional suffixes of base, a word without
// clitics (beforePronoun: a pronoun followed it, so a final ت may stand for
// ة). The result is a substring of base, in Orthographic form.
func Suffixes(base string, beforePronoun bool) string {
	if beforePronoun && strings.HasSuffix(base, ta) && len(base) >= 8 {
		if rest := base[:len(base)-2]; arlex.Freq2(rest, taM) > 0 {
			return gender(rest) // حكومت(ه) → حكوم, like حكومة
		}
	}
	if s := number(base); len(s) < len(base) {
		return gender(s)
	}
	return gender(verb(base))
}
