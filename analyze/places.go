package analyze

import (
	"strings"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/places"
)

// maxPlaceWords bounds a listed place's name in tokens.
const maxPlaceWords = 4

// knownPlaces adds the listed places (package places) that the tagger
// missed: a run of untagged words that, without a proclitic on the first
// (بنواكشوط, والقاهرة), names a place of the list. A name that is also an
// ordinary word (العين, صور) needs a place word right before it (مدينة
// صور, شمال العين). The mention leaves out the proclitic when the name is
// written whole after it; after لل, whose article lost its alef, it keeps
// the token whole, as the tagger does.
func knownPlaces(doc *marsad.Document, runes []rune, g *places.Gazetteer) {
	owner := doc.TokenOwners()
	var added []marsad.Entity
	words := make([]string, 0, maxPlaceWords)
	for i := 0; i < len(doc.Tokens); i++ {
		t := doc.Tokens[i]
		if owner[i] >= 0 || t.Kind != marsad.KindWord || t.Section == SectionBoilerplate {
			continue
		}
		words = words[:0]
		for k := i + 1; k < len(doc.Tokens) && k < i+maxPlaceWords && owner[k] < 0 && doc.Tokens[k].Kind == marsad.KindWord &&
			doc.Tokens[k].Section == t.Section && !strings.ContainsRune(string(runes[doc.Tokens[k-1].End:doc.Tokens[k].Start]), '\n'); k++ {
			words = append(words, doc.Tokens[k].Text)
		}
		whole := t.Text
		base, skip := withoutProclitic(t)
		p, n := g.Match(append([]string{whole}, words...))
		start := t.Start
		if n == 0 && base != whole {
			p, n = g.Match(append([]string{base}, words...))
			start += skip
		}
		if n == 0 || p.Ambiguous && !placeWordBefore(doc, i) || n == 1 && adjectiveAfterNoun(doc, i) {
			continue
		}
		end := doc.Tokens[i+n-1].End
		added = append(added, marsad.Entity{Start: start, End: end, Text: string(runes[start:end]), Type: marsad.LOC, Section: t.Section})
		i += n - 1
	}
	doc.ReplaceEntities(nil, added)
}

// withoutProclitic returns token t as written without the conjunctions
// and prepositions its segmentation marks (ب+نواكشوط → نواكشوط, و+ال+قاهرة
// → القاهرة; و+لل+رياض → الرياض, rebuilt from the segmentation), and how
// many letters of the written token to skip to reach the name (0 after لل,
// where the name is not written whole).
func withoutProclitic(t marsad.Token) (string, int) {
	parts := strings.Split(t.Seg, "+")
	skip, k := 0, 0
	for k < len(parts)-1 {
		switch parts[k] {
		case "و", "ف", "ب", "ل", "ك":
			skip++
			k++
			continue
		case "لل":
			return "ال" + strings.Join(parts[k+1:], ""), 0
		}
		break
	}
	r := []rune(t.Text)
	if k == 0 || len(r) <= skip {
		return t.Text, 0
	}
	return string(r[skip:]), skip
}

// adjectiveAfterNoun reports a definite word shaped as a relative
// adjective right after a definite word: in الحكومة السعودية, السعودية
// describes the government and is no place.
func adjectiveAfterNoun(doc *marsad.Document, i int) bool {
	if i == 0 || doc.Tokens[i-1].Kind != marsad.KindWord {
		return false
	}
	w, prev := arabic.Search.String(doc.Tokens[i].Text), arabic.Search.String(doc.Tokens[i-1].Text)
	definite := func(s string) bool {
		return strings.HasPrefix(s, "ال") || strings.HasPrefix(s, "وال") || strings.HasPrefix(s, "بال") || strings.HasPrefix(s, "لل")
	}
	return definite(w) && definite(prev) && (strings.HasSuffix(w, "يه") || strings.HasSuffix(w, "ي"))
}

// placeWordBefore reports a word that introduces a place right before
// token i: مدينة, محافظة, شمال, العاصمة.
func placeWordBefore(doc *marsad.Document, i int) bool {
	if i == 0 || doc.Tokens[i-1].Kind != marsad.KindWord {
		return false
	}
	w := arabic.Search.String(doc.Tokens[i-1].Text)
	for _, p := range []string{"وال", "بال", "ال", "و", "ب"} {
		if rest, ok := strings.CutPrefix(w, p); ok && placeWords[rest] {
			return true
		}
	}
	return placeWords[w]
}

// placeWords introduce a place's name (Search forms, without ال).
var placeWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`مدينة محافظة ولاية بلدة قرية منطقة مقاطعة مديرية إقليم ناحية قضاء حي مخيم
		عاصمة جزيرة شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط ضواحي أطراف ريف مدن مناطق محافظات ولايات`) {
		m[arabic.Search.String(w)] = true
	}
	return m
}()
