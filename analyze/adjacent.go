package analyze

import (
	"slices"
	"strings"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/link"
)

// mergeAdjacentPlaces joins two place mentions the tagger split although
// only a space stands between them: سانت | بطرسبورغ is سانت بطرسبورغ.
// Places in a list are written with و or a comma between them, which
// keeps them apart (مصر وليبيا, مصر، ليبيا), and a place after a
// preposition is another one (جنيف بسويسرا, واشنطن للرياض).
func mergeAdjacentPlaces(doc *marsad.Document, runes []rune) { mergeAdjacent(doc, runes, marsad.LOC) }

// mergeAdjacentPeople joins two person mentions the tagger split although
// only a space stands between them: رنا | محمد الشهري is one name. Two
// people are written with و or a comma between them.
func mergeAdjacentPeople(doc *marsad.Document, runes []rune) { mergeAdjacent(doc, runes, marsad.PER) }

func mergeAdjacent(doc *marsad.Document, runes []rune, typ string) {
	ents := doc.Entities
	if len(ents) < 2 {
		return
	}
	out := ents[:1]
	for _, e := range ents[1:] {
		last := &out[len(out)-1]
		if last.Type == typ && e.Type == typ && last.Section == e.Section &&
			last.End < e.Start && strings.TrimSpace(string(runes[last.End:e.Start])) == "" &&
			!strings.ContainsRune(string(runes[last.End:e.Start]), '\n') && !proclitic(doc, e.Start) &&
			(typ != marsad.PER || plainName(last.Text+" "+e.Text)) {
			last.End = e.End
			last.Text = string(runes[last.Start:last.End])
			continue
		}
		out = append(out, e)
	}
	doc.Entities = out
}

// proclitic reports whether the token at code point pos starts with a
// preposition or a conjunction (ب+سوريا, ل+ال+رياض, و+ليبيا).
func proclitic(doc *marsad.Document, pos int) bool {
	i, _ := slices.BinarySearchFunc(doc.Tokens, pos, func(t marsad.Token, p int) int { return t.End - 1 - p })
	for _, t := range doc.Tokens[i:min(i+1, len(doc.Tokens))] {
		if t.Start <= pos && pos < t.End {
			first, _, found := strings.Cut(t.Seg, "+")
			return found && (first == "ب" || first == "ل" || first == "ك" || first == "و" || first == "ف" || first == "لل") ||
				strings.HasPrefix(t.Text, "و") // وكايزرسلاوترن: و joined to a name the segmenter keeps whole
		}
	}
	return false
}

// plainName reports a name whose words before the last hold no article,
// role, title or nationality: عبد الرحمن عمير النعيمي, but not ميسي نجمي
// أياكس or الباريسي ناصر الخليفي, where one of the tagger's spans was
// already wrong.
func plainName(name string) bool {
	ws := strings.Fields(name)
	if last := arabic.Search.String(ws[len(ws)-1]); link.IsRoleHeadNormal(last) || link.IsTitleNormal(last) {
		return false // شهاب بالحاج | يوسف رئيس: the tagger ran into the role
	}
	prev := ""
	for _, w := range ws[:len(ws)-1] {
		n := arabic.Search.String(w)
		compound := prev == "عبد" || prev == "ابو" || prev == "بن" || prev == "بنت" // عبد الرحمن
		if strings.HasPrefix(n, "ال") && !compound || link.IsRoleHeadNormal(n) || link.IsTitleNormal(n) || link.IsNationality(w) {
			return false
		}
		prev = n
	}
	return true
}
