package analyze

import (
	"strings"
	"unicode/utf8"

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
		first, skip := t.Text, 0
		if !g.Starts(searchForm(t)) {
			if !strings.Contains(t.Seg, "+") {
				continue
			}
			raw, norm, n := withoutProclitic(t)
			if raw == t.Text || !g.Starts(norm) {
				continue
			}
			first, skip = raw, n
		}
		words = append(words[:0], first)
		for k := i + 1; k < len(doc.Tokens) && k < i+maxPlaceWords && owner[k] < 0 && doc.Tokens[k].Kind == marsad.KindWord &&
			doc.Tokens[k].Section == t.Section && !strings.ContainsRune(string(runes[doc.Tokens[k-1].End:doc.Tokens[k].Start]), '\n'); k++ {
			words = append(words, doc.Tokens[k].Text)
		}
		p, n := g.Match(words)
		if n == 0 || p.Ambiguous && !placeWordBefore(doc, i) || n == 1 && adjectiveAfterNoun(doc, i) {
			continue
		}
		start, end := t.Start+skip, doc.Tokens[i+n-1].End
		added = append(added, marsad.Entity{Start: start, End: end, Text: string(runes[start:end]), Type: marsad.LOC, Section: t.Section})
		i += n - 1
	}
	doc.ReplaceEntities(nil, added)
}

// searchForm returns token t in arabic.Search form.
func searchForm(t marsad.Token) string {
	if t.Norm != "" {
		return t.Norm
	}
	return arabic.Search.String(t.Text)
}

// withoutProclitic returns token t as written without the conjunctions
// and prepositions its segmentation marks (ب+نواكشوط → نواكشوط, و+ال+قاهرة
// → القاهرة), the same in arabic.Search form, and how many letters of the
// written token it skipped. After لل, whose article lost its alef, the
// name is rebuilt (و+لل+رياض → الرياض) and nothing is skipped: the name is
// not written whole. It allocates only then.
func withoutProclitic(t marsad.Token) (raw, norm string, skip int) {
	raw, norm, seg := t.Text, searchForm(t), t.Seg
	for {
		part, rest, ok := strings.Cut(seg, "+")
		if !ok {
			break
		}
		switch part {
		case "و", "ف", "ب", "ل", "ك":
			r, n := utf8.DecodeRuneInString(raw)
			nr, nn := utf8.DecodeRuneInString(norm)
			if r == utf8.RuneError || r != nr || n >= len(raw) || nn >= len(norm) {
				return t.Text, searchForm(t), 0
			}
			raw, norm, seg, skip = raw[n:], norm[nn:], rest, skip+1
			continue
		case "لل":
			name := "ال" + strings.ReplaceAll(rest, "+", "")
			return name, arabic.Search.String(name), 0
		}
		break
	}
	return raw, norm, skip
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
		عاصمة جزيرة شمال جنوب شرق غرب شمالي جنوبي شرقي غربي ضواحي أطراف ريف مدن مناطق محافظات ولايات`) {
		m[arabic.Search.String(w)] = true
	}
	return m
}()
