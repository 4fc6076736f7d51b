package stem

import (
	"strings"

	"github.com/marsad/marsad/internal/arlex"
)

// Words the lexicon has never seen get a structural treatment, as light10
// gives every word: a proclitic or a verb's subject ending is cut when the
// rest is attested, a pronoun when at least three letters remain
// (استفتيتما+هم → استفتي, ب+اختصاري → اختصار).

var (
	unkPronouns = []string{"هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "ني", "ه", "ك"}
	unkProcs    = []string{"وب", "ول", "فب", "فل", "و", "ف", "ب", "ل"}
	// subject endings of a verb, longest first
	subjEndings = []string{"تمو", "تما", "تم", "تن", "تا", "وا", "نا", "ت", "ا", "ن", "و", "ي"}
)

// unknownEnding takes the base and enclitic that clitic.Cut found in an
// unknown word and cuts what Cut, lacking evidence, left on.
func unknownEnding(base, enc string) (string, string) {
	if strings.HasPrefix(base, "اا") && letters(base) >= 4 {
		base = base[2:] // interrogative أ before a hamza: أأباد
	}
	if enc == "" {
		for _, e := range unkPronouns {
			if strings.HasSuffix(base, e) && letters(base)-letters(e) >= 3 {
				base, enc = base[:len(base)-len(e)], e
				break
			}
		}
	}
	base = unknownProc(base)
	if strings.HasSuffix(base, "ات") {
		return base, enc // a plural noun, not a verb
	}
	for _, e := range subjEndings {
		rest := strings.TrimSuffix(base, e)
		if len(rest) == len(base) || letters(rest) < 3 {
			continue
		}
		if e == "ت" && arlex.Freq2(rest, "ة") > 0 {
			break // a noun: حكومت+ه
		}
		if evidence(rest) > 0 || enc != "" {
			return rest, enc
		}
	}
	return base, enc
}

// unknownProc cuts a conjunction or preposition whose rest, light-stemmed,
// is attested.
func unknownProc(base string) string {
	for _, p := range unkProcs {
		rest := strings.TrimPrefix(base, p)
		if len(rest) < len(base) && letters(rest) >= 3 && arlex.Freq(Suffixes(rest, false)) > 0 {
			return rest
		}
	}
	return base
}
