package root

import (
	"testing"
	"unicode/utf8"

	"github.com/marsad/marsad/arabic"
)

var extractCases = []struct {
	word, want string
	why        string
}{
	{"الوطني", "وطن", "Egyptian final ى as nisba (ISRI: طنى)"},
	{"الليبي", "ليب", "Egyptian final ى as nisba (ISRI: يبى)"},
	{"كتاب", "كتب", "pattern فعال"},
	{"مكتوب", "كتب", "pattern مفعول"},
	{"المواقع", "وقع", "broken plural مفاعل"},
	{"مشاريع", "شرع", "broken plural مفاعيل"},
	{"رسائل", "رسل", "broken plural فعائل"},
	{"اطفال", "طفل", "broken plural افعال"},
	{"القوات", "قوي", "defective root from قو(ة)"},
	{"مستشفي", "شفي", "defective root, pattern مستفعل"},
	{"قال", "قول", "hollow root: middle ا is و"},
	{"ترجمة", "ترجم", "quadriliteral: ت is a radical"},
	{"مترجم", "ترجم", "quadriliteral with prefix م"},
	{"زلزال", "زلزل", "reduplicated quadriliteral"},
	{"زلازل", "زلزل", "reduplicated quadriliteral plural"},
	{"دحرجة", "دحرج", "quadriliteral"},
	{"اجتماع", "جمع", "pattern افتعال"},
	{"استخدام", "خدم", "pattern استفعال"},
	{"انسحاب", "سحب", "pattern انفعال"},
	{"العاصمة", "عصم", "فاعل with ة"},
	{"سؤال", "سال", "hamza seat written ا"},
	{"رئيس", "راس", "hamza seat written ا"},
	{"قائد", "قود", "ئ of فاعل is a hollow و"},
	{"استيفاء", "وفي", "assimilated and defective masdar"},
	{"الله", "اله", "irregular"},
	{"في", "في", "short word"},
	{"", "", "empty"},
	{"Marsad", "Marsad", "Latin is left alone"},
}

func TestExtract(t *testing.T) {
	for _, c := range extractCases {
		if got := Extract(c.word); got != c.want {
			t.Errorf("%s: Extract(%+q) = %+q, want %+q", c.why, c.word, got, c.want)
		}
	}
}

// FuzzExtract checks that Extract never panics, returns valid UTF-8, and,
// on normalized input, a root in Search form never longer than the input.
func FuzzExtract(f *testing.F) {
	for _, c := range extractCases {
		f.Add(c.word)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got := Extract(w); !utf8.ValidString(got) {
			t.Fatalf("Extract(%+q) = %+q: invalid UTF-8", w, got)
		}
		n := arabic.Orthographic.String(w)
		r := Extract(n)
		if len(r) > len(n) {
			t.Fatalf("Extract(%+q) = %+q: longer than the input", n, r)
		}
		if arabic.Search.String(r) != r {
			t.Fatalf("Extract(%+q) = %+q: not in Search form", n, r)
		}
	})
}
