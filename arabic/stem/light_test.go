package stem

import (
	"testing"
	"unicode/utf8"

	"github.com/marsad/marsad/arabic"
)

var lightCases = []struct {
	word, want string
	why        string
}{
	{"الجيش", "جيش", "article"},
	{"والجيش", "جيش", "conjunction and article"},
	{"للجيش", "جيش", "ل+ال written لل"},
	{"الوطني", "وطن", "Egyptian final ى (folded to ي) is a nisba ending"},
	{"الليبي", "ليب", "nisba ي after the article"},
	{"الليبيين", "ليب", "plural of a nisba adjective"},
	{"واحدة", "واحد", "و of the stem kept, ة removed (light10: احد)"},
	{"وصل", "وصل", "و of the stem kept"},
	{"ووصل", "وصل", "conjunction before a و-initial verb"},
	{"اعلان", "اعلان", "ان of the stem kept (light10: اعل)"},
	{"لبنان", "لبنان", "ان of a name kept"},
	{"الطرفان", "طرف", "dual ان"},
	{"فلسطين", "فلسطين", "ين of the stem kept"},
	{"المسلمين", "مسلم", "masculine plural ين"},
	{"حكومته", "حكوم", "ت of ة before a pronoun: same stem as حكومة"},
	{"الحكومة", "حكوم", "ة removed"},
	{"كتابها", "كتاب", "pronoun"},
	{"القوات", "قو", "feminine plural, as قوة"},
	{"قوة", "قو", "ة removed"},
	{"اصوات", "اصوات", "ت of a broken plural kept"},
	{"عربية", "عرب", "nisba ية"},
	{"مستشفي", "مستشفي", "final ي of the stem kept"},
	{"قالوا", "قال", "past plural وا"},
	{"اكدت", "اكد", "past feminine ت"},
	{"بيروت", "بيروت", "ت of a name kept"},
	{"وسيتناولها", "يتناول", "conjunction, future, pronoun"},
	{"رئيس", "رييس", "output in arabic.Search form (ئ → ي)"},
	{"مؤتمر", "موتمر", "output in arabic.Search form (ؤ → و)"},
	{"الله", "الله", "kept whole"},
	{"الذي", "الذي", "kept whole"},
	{"في", "في", "short word"},
	{"", "", "empty"},
	{"Marsad", "Marsad", "Latin is left alone"},
	{"2020", "2020", "digits are left alone"},
	{"\xd8\xa7\xff", "ا\ufffd", "invalid UTF-8 becomes U+FFFD, as in arabic.Search"},
	{"٢٠٢٠", "2020", "Arabic-Indic digits folded, as in arabic.Search"},
}

func TestLight(t *testing.T) {
	for _, c := range lightCases {
		if got := Light(c.word); got != c.want {
			t.Errorf("%s: Light(%+q) = %+q, want %+q", c.why, c.word, got, c.want)
		}
	}
}

// FuzzLight checks that Light never panics, returns valid UTF-8 in
// arabic.Search form, and, on normalized input (the contract), is never
// longer than its input.
func FuzzLight(f *testing.F) {
	for _, c := range lightCases {
		f.Add(c.word)
	}
	f.Fuzz(func(t *testing.T, w string) {
		got := Light(w)
		if !utf8.ValidString(got) {
			t.Fatalf("Light(%+q) = %+q: invalid UTF-8", w, got)
		}
		n := arabic.Orthographic.String(w)
		s := Light(n)
		if len(s) > len(n) {
			t.Fatalf("Light(%+q) = %+q: longer than the input", n, s)
		}
		if arabic.Search.String(s) != s {
			t.Fatalf("Light(%+q) = %+q: not in Search form", n, s)
		}
	})
}
