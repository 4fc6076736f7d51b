package link

import (
	"strings"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// designatorList holds the generic words before an outlet's or body's
// proper name: وكالة أنباء سبوتنيك is سبوتنيك.
var designatorList = []string{
	"وكالة أنباء", "وكالة", "قناة", "صحيفة", "جريدة", "مجلة", "موقع", "شبكة", "إذاعة",
	"تلفزيون", "محطة", "منصة",
}

var designators = buildPhrases(designatorList)

// canonical returns the canonical form of a cluster's longest name. For an
// organization, a designator and a nationality after it go: وكالة انترفاكس
// الروسية is انترفاكس. A generic name keeps them (وكالة الأنباء الليبية).
func canonical(typ, name string) string {
	if typ != marsad.ORG {
		return name
	}
	words := strings.Fields(name)
	norm := strings.Fields(arabic.Search.String(name))
	if len(norm) != len(words) {
		return name
	}
	n := phraseAt(designators, norm, 0)
	if n == 0 || n >= len(words) || strings.HasPrefix(norm[n], "الانباء") {
		return name
	}
	words, norm = words[n:], norm[n:]
	for len(words) > 1 && strings.HasPrefix(norm[len(norm)-1], "ال") && isNationality(norm[len(norm)-1]) {
		words, norm = words[:len(words)-1], norm[:len(norm)-1]
	}
	return strings.Trim(strings.Join(words, " "), quoteMarks)
}

// quoteMarks are the marks an outlet's name may be written between.
const quoteMarks = "\"«»“”'"
