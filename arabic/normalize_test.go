package arabic

import (
	"testing"
	"unicode/utf8"
)

var normalizeTests = []struct {
	name  string
	rules Rules
	in    string
	want  string
}{
	{"fatha kasra damma", StripDiacritics, "كَتَبَ", "كتب"},
	{"shadda sukun", StripDiacritics, "مُحَمَّدْ", "محمد"},
	{"tanween", StripDiacritics, "أيضاً", "أيضا"},
	{"superscript alef", StripDiacritics, "هٰذا", "هذا"},
	{"quranic mark", StripDiacritics, "الرَّحِيمِ ۝", "الرحيم ۝"},
	{"quranic small high mark", StripDiacritics, "قال\u06DA", "قال"},
	{"diacritics kept when off", FoldAlef, "مُحَمَّد", "مُحَمَّد"},
	{"tatweel", StripTatweel, "العـــربية", "العربية"},
	{"alef hamza above", FoldAlef, "أكد", "اكد"},
	{"alef hamza below", FoldAlef, "إعلان", "اعلان"},
	{"alef madda", FoldAlef, "آخر", "اخر"},
	{"alef wasla", FoldAlef, "ٱلله", "الله"},
	{"final alef maksura egyptian", FoldAlefMaksura, "الوطنى فى", "الوطني في"},
	{"alef maksura standard", FoldAlefMaksura, "على", "علي"},
	{"teh marbuta", FoldTehMarbuta, "العاصمة", "العاصمه"},
	{"teh marbuta off", Orthographic, "العاصمة", "العاصمة"},
	{"waw hamza", FoldHamzaSeats, "مؤتمر", "موتمر"},
	{"yeh hamza", FoldHamzaSeats, "رئيس", "رييس"},
	{"hamza seats off", Orthographic, "رئيس مؤتمر", "رئيس مؤتمر"},
	{"arabic-indic digits", FoldDigits, "٢٠٢٠", "2020"},
	{"persian digits", FoldDigits, "۱۴۰۲", "1402"},
	{"arabic decimal and percent", FoldDigits, "٢٧٫٢٥٪", "27.25%"},
	{"arabic thousands", FoldDigits, "١٬٥٠٠", "1,500"},
	{"lam-alef ligature", FoldPresentation, "\uFEFB", "لا"},
	{"presentation letters", FoldPresentation, "\uFEA3\uFEE4\uFEAA", "حمد"},
	{"allah ligature", FoldPresentation, "\uFDF2", "الله"},
	{"isolated fathatan form", FoldPresentation | StripDiacritics, "ب\uFE70", "ب"},
	{"farsi yeh and keheh", FoldPresentation, "یک", "يك"},
	{"zero width non-joiner", RemoveControls, "مي\u200Cخواهم", "ميخواهم"},
	{"bidi controls", RemoveControls, "\u202Bنص\u202C \u200Fعربي\u200E", "نص عربي"},
	{"byte order mark", RemoveControls, "\uFEFFنص", "نص"},
	{"arabic letter mark", RemoveControls, "\u061Cنص", "نص"},
	{"ascii untouched", Search, "Hello, world 123", "Hello, world 123"},
	{"search all at once", Search, "الْوَطَنِىُّ ٱلمُؤتَمَرُ القَاهِرَةِ ٢٠٢٠", "الوطني الموتمر القاهره 2020"},
	{"invalid utf-8", Search, "a\xffb", "a\uFFFDb"},
	{"empty", Search, "", ""},
}

func TestNormalize(t *testing.T) {
	for _, tt := range normalizeTests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.rules.String(tt.in); got != tt.want {
				t.Errorf("String(%+q) = %+q, want %+q", tt.in, got, tt.want)
			}
			got, m := Normalize(tt.in, tt.rules)
			if got != tt.want {
				t.Errorf("Normalize(%+q) = %+q, want %+q", tt.in, got, tt.want)
			}
			if app := string(tt.rules.Append([]byte("x"), tt.in)); app != "x"+tt.want {
				t.Errorf("Append(%+q) = %+q, want %+q", tt.in, app, "x"+tt.want)
			}
			checkMap(t, tt.in, got, m)
		})
	}
}

// checkMap verifies the offset map: monotone, in range, one entry per output
// code point plus the end, and each kept letter maps onto itself or its source.
func checkMap(t *testing.T, in, out string, m Map) {
	t.Helper()
	nin, nout := utf8.RuneCountInString(in), utf8.RuneCountInString(out)
	if m == nil {
		if in != out {
			t.Fatalf("nil map but %+q != %+q", in, out)
		}
		return
	}
	if len(m) != nout+1 {
		t.Fatalf("map has %d entries, want %d", len(m), nout+1)
	}
	if int(m[nout]) != nin {
		t.Errorf("map end = %d, want %d", m[nout], nin)
	}
	for i := 1; i < len(m); i++ {
		if m[i] < m[i-1] || m[i] < 0 || int(m[i]) > nin {
			t.Fatalf("map not monotone or out of range at %d: %v", i, m)
		}
	}
}

func TestMapSpan(t *testing.T) {
	in := "الْوَطَنِىُّ \uFEFB"
	out, m := Normalize(in, Search)
	orig := []rune(in)
	// "الوطني" is out[0:6]; it must map to the whole diacritized word.
	s, e := m.Span(0, 6)
	if got := string(orig[s:e]); got != "الْوَطَنِىُّ" && got != "الْوَطَنِى" {
		t.Errorf("Span(0,6) = %+q", got)
	}
	// ل of the expanded ligature maps to the ligature itself.
	s, e = m.Span(7, 8)
	if string(orig[s:e]) != "\uFEFB" || []rune(out)[7] != 'ل' {
		t.Errorf("ligature span = %+q", string(orig[s:e]))
	}
}

func TestIdempotent(t *testing.T) {
	for _, tt := range normalizeTests {
		once := Search.String(tt.in)
		if twice := Search.String(once); twice != once {
			t.Errorf("not idempotent on %+q: %+q then %+q", tt.in, once, twice)
		}
		if !Search.IsNormal(once) {
			t.Errorf("IsNormal(%+q) = false after normalizing", once)
		}
	}
}

func TestNoAllocWhenNormal(t *testing.T) {
	s := "الوطني الليبي في العاصمه طرابلس 2020، Hello"
	for _, rs := range []Rules{Search, Orthographic} {
		n := testing.AllocsPerRun(100, func() {
			if rs.String(s) != s {
				t.Fatal("changed")
			}
			if out, m := Normalize(s, rs); out != s || m != nil {
				t.Fatal("changed")
			}
		})
		if n != 0 {
			t.Errorf("rules %s: %v allocs per run, want 0", rs.Names(), n)
		}
	}
}

func TestParseRules(t *testing.T) {
	r, ok := ParseRules("diacritics,alef")
	if !ok || r != StripDiacritics|FoldAlef {
		t.Errorf("ParseRules = %v %v", r, ok)
	}
	if _, ok := ParseRules("nope"); ok {
		t.Error("ParseRules accepted an unknown name")
	}
	if r, _ := ParseRules(Search.Names()); r != Search {
		t.Errorf("Names round trip: %s", Search.Names())
	}
}

func TestSkipLetters(t *testing.T) {
	r := []rune("وَبِـالجيش")
	for _, c := range []struct{ start, n, want int }{
		{0, 0, 0}, {0, 1, 2}, {0, 2, 5}, {2, 1, 5}, {0, 100, len(r)},
	} {
		if got := SkipLetters(r, c.start, c.n); got != c.want {
			t.Errorf("SkipLetters(%+q, %d, %d) = %d, want %d", string(r), c.start, c.n, got, c.want)
		}
	}
}
