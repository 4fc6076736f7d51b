package arabic

import "strings"

// latinStopwords are a few very frequent function words per language, used
// to name the language of Latin-script text.
var latinStopwords = map[string][]string{
	"en": {"the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "said"},
	"fr": {"le", "la", "les", "de", "des", "et", "est", "un", "une", "du", "dans", "pour", "que"},
	"es": {"el", "los", "las", "del", "y", "es", "en", "por", "con", "una", "que", "se"},
	"de": {"der", "die", "das", "und", "ist", "nicht", "mit", "ein", "eine", "den", "von", "zu"},
	"it": {"il", "di", "che", "e", "per", "non", "della", "sono", "gli", "con"},
	"tr": {"ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok"},
}

var latinLangOrder = []string{"en", "fr", "es", "de", "it", "tr"}

// latinLang names the language of Latin-script text by counting stopwords;
// it returns "latin" when no language stands out.
func latinLang(s string) string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r > 0x7F && r < 0x250)
	})
	best, n := "latin", 0
	for _, lang := range latinLangOrder {
		c := 0
		for _, w := range words {
			for _, sw := range latinStopwords[lang] {
				if w == sw {
					c++
					break
				}
			}
		}
		if c > n {
			best, n = lang, c
		}
	}
	return best
}
