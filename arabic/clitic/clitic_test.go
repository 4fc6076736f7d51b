package clitic

import (
	"testing"
	"unicode/utf8"
)

var splitCases = []struct {
	word, want string
	why        string
}{
	{"والجيش", "و+ال+جيش", "conjunction and article"},
	{"للجيش", "لل+جيش", "ل+ال written لل, kept as one part"},
	{"وللجيش", "و+لل+جيش", "conjunction before لل"},
	{"بالمنطقة", "ب+ال+منطقة", "preposition and article"},
	{"كتابها", "كتاب+ها", "possessive pronoun"},
	{"حكومته", "حكومت+ه", "ة written ت before a pronoun stays in the base"},
	{"وسيتناولها", "و+س+يتناول+ها", "conjunction, future س, object pronoun"},
	{"سيتم", "س+يتم", "future س before an imperfective verb"},
	{"وقال", "و+قال", "conjunction before a verb"},
	{"وهو", "و+هو", "conjunction before a two-letter pronoun"},
	{"لبحث", "ل+بحث", "preposition ل"},
	{"بشكل", "ب+شكل", "preposition ب"},
	{"عليها", "علي+ها", "pronoun after على (ى folded)"},
	{"انه", "ان+ه", "pronoun after أن"},
	{"المهم", "ال+مهم", "article and pronoun exclude each other: not الم+هم"},
	{"واتهم", "و+اتهم", "not وات+هم: وات never takes another pronoun"},
	{"الالغاء", "ال+الغاء", "article before a stem that begins with ال"},
	{"واحدة", "واحدة", "و of the stem (الواحدة is seen)"},
	{"واحدا", "واحدا", "و of the stem, accusative ending"},
	{"وصل", "وصل", "و of the stem (ووصل is seen)"},
	{"وزير", "وزير", "و of the stem (الوزير is seen)"},
	{"اعلان", "اعلان", "no clitic"},
	{"كتاب", "كتاب", "ك of the stem"},
	{"كانت", "كانت", "ك of the stem, not ك+انت"},
	{"كمال", "كمال", "proper name, not ك+مال"},
	{"فيلم", "فيلم", "ف of the stem"},
	{"فوق", "فوق", "ف of the stem"},
	{"ليبيا", "ليبيا", "ل of the stem"},
	{"بلاد", "بلاد", "ب of the stem"},
	{"سلام", "سلام", "س of the stem: not before an imperfective"},
	{"سيارة", "سيارة", "س of the stem: يارة unattested"},
	{"الغاء", "الغاء", "ال of the stem (إلغاء)"},
	{"الله", "الله", "kept whole"},
	{"الذي", "الذي", "relative pronoun kept whole"},
	{"وجه", "وجه", "stem-final ه (الوجه is seen)"},
	{"ذلك", "ذلك", "stem-final ك"},
	{"وهناك", "و+هناك", "not وهنا+ك"},
	{"عربي", "عربي", "nisba ي, not the pronoun (عربية is seen)"},
	{"احدي", "احدي", "إحدى, not احد+ي"},
	{"كان", "كان", "too short for ك+ان"},
	{"في", "في", "two letters"},
	{"", "", "empty"},
	{"Marsad", "Marsad", "Latin"},
	{"ال2020", "ال2020", "mixed letters and digits"},
	{"\xd8", "\xd8", "invalid UTF-8"},
}

func TestSplit(t *testing.T) {
	for _, c := range splitCases {
		p := Split(c.word)
		if got := p.String(); got != c.want {
			t.Errorf("%s: Split(%+q) = %+q, want %+q", c.why, c.word, got, c.want)
		}
		if w := p.Word(); w != c.word {
			t.Errorf("%s: parts of %+q join to %+q", c.why, c.word, w)
		}
	}
}

func TestCutMatchesSplit(t *testing.T) {
	for _, c := range splitCases {
		pro, base, enc := Cut(c.word)
		p := Split(c.word)
		joined := ""
		for _, s := range p.Pro {
			joined += s
		}
		if pro != joined || base != p.Base || enc != p.Enc {
			t.Errorf("Cut(%+q) = %+q %+q %+q, Split = %+v", c.word, pro, base, enc, p)
		}
	}
}

func TestPartsString(t *testing.T) {
	p := Parts{Pro: []string{"و", "ال"}, Base: "جيش"}
	if got := p.String(); got != "و+ال+جيش" {
		t.Errorf("String = %+q", got)
	}
	if got := (Parts{Base: "كتاب", Enc: "ها"}).String(); got != "كتاب+ها" {
		t.Errorf("String = %+q", got)
	}
}

// FuzzSplit checks that Split never panics, that its parts join to the
// input and that every part is valid UTF-8 when the input is.
func FuzzSplit(f *testing.F) {
	for _, c := range splitCases {
		f.Add(c.word)
	}
	f.Fuzz(func(t *testing.T, w string) {
		p := Split(w)
		if got := p.Word(); got != w {
			t.Fatalf("Split(%+q) parts join to %+q", w, got)
		}
		if !utf8.ValidString(w) {
			return
		}
		for _, s := range append(append([]string{}, p.Pro...), p.Base, p.Enc) {
			if !utf8.ValidString(s) {
				t.Fatalf("Split(%+q): part %+q is not valid UTF-8", w, s)
			}
		}
		if len(p.Pro) > 0 || p.Enc != "" {
			if p.Base == "" {
				t.Fatalf("Split(%+q) = %+q: empty base", w, p.String())
			}
		}
	})
}
