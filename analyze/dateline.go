package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	marsad "github.com/marsad/marsad"
)

// datelinePlaces adds the place of a dateline ("الخرطوم (رويترز) -",
// "دبي، الإمارات العربية المتحدة (CNN)--") as LOC mentions. The structure
// stage found the place and marked the dateline as page furniture, which
// the tagger does not read. Each comma-separated part is one place; a part
// that an existing mention overlaps is left to it.
func datelinePlaces(doc *marsad.Document, runes []rune) {
	if doc.Source.Dateline == "" {
		return
	}
	var added []marsad.Entity
	for _, b := range doc.Boilerplate {
		if b.Kind != marsad.BoilerDateline || b.Start < 0 || b.End > len(runes) || b.Start >= b.End {
			continue
		}
		line := string(runes[b.Start:b.End])
		from := 0
		for _, part := range strings.FieldsFunc(doc.Source.Dateline, func(r rune) bool { return r == '،' || r == ',' }) {
			part = placeOf(part)
			i := strings.Index(line[from:], part)
			if part == "" || i < 0 {
				continue
			}
			start := b.Start + utf8.RuneCountInString(line[:from+i])
			end := start + utf8.RuneCountInString(part)
			from += i + len(part)
			if inside, crossing := doc.EntitiesWithin(start, end, start, end); crossing || len(inside) > 0 {
				continue
			}
			added = append(added, marsad.Entity{Start: start, End: end, Text: part, Type: marsad.LOC, Section: SectionBoilerplate})
		}
		break // the first dateline is the document's
	}
	doc.ReplaceEntities(nil, added)
}

// placeOf is a dateline part up to a date in it: عمان 14 تموز is عمان.
func placeOf(part string) string {
	if i := strings.IndexFunc(part, unicode.IsDigit); i >= 0 {
		part = part[:i]
	}
	return strings.TrimSpace(part)
}
