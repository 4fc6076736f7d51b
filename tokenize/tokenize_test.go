package tokenize

import (
	"strings"
	"testing"
	"unicode/utf8"

	marsad "github.com/marsad/marsad"
)

type tk struct {
	text string
	kind marsad.TokenKind
}

var tokenTests = []struct {
	name string
	in   string
	want []tk
}{
	{"arabic words and comma", "الجيش الوطنى الليبى، أن", []tk{{"الجيش", "word"}, {"الوطنى", "word"}, {"الليبى", "word"}, {"،", "punct"}, {"أن", "word"}}},
	{"diacritics and tatweel stay in the word", "مُحَمَّدٌ العـــربية", []tk{{"مُحَمَّدٌ", "word"}, {"العـــربية", "word"}}},
	{"decimal percent", "ارتفع 27.25% أمس", []tk{{"ارتفع", "word"}, {"27.25%", "number"}, {"أمس", "word"}}},
	{"arabic-indic year", "عام ٢٠٢٠م", []tk{{"عام", "word"}, {"٢٠٢٠", "number"}, {"م", "word"}}},
	{"thousands separator", "1,500 جندي", []tk{{"1,500", "number"}, {"جندي", "word"}}},
	{"arabic decimal and percent", "٣٫٥٪", []tk{{"٣٫٥٪", "number"}}},
	{"trailing comma is not part of the number", "عام 2020, ثم", []tk{{"عام", "word"}, {"2020", "number"}, {",", "punct"}, {"ثم", "word"}}},
	{"guillemets", "«قال»", []tk{{"«", "punct"}, {"قال", "word"}, {"»", "punct"}}},
	{"curly quotes", "“نص”", []tk{{"“", "punct"}, {"نص", "word"}, {"”", "punct"}}},
	{"arabic question and semicolon", "لماذا؟ نعم؛ لا", []tk{{"لماذا", "word"}, {"؟", "punct"}, {"نعم", "word"}, {"؛", "punct"}, {"لا", "word"}}},
	{"ellipsis run", "ماذا...", []tk{{"ماذا", "word"}, {"...", "punct"}}},
	{"latin words", "قالت Sky News", []tk{{"قالت", "word"}, {"Sky", "latin"}, {"News", "latin"}}},
	{"latin apostrophe", "don't", []tk{{"don't", "latin"}}},
	{"latin with digits", "G20 summit", []tk{{"G20", "latin"}, {"summit", "latin"}}},
	{"url", "المصدر: https://www.youm7.com/story/2020/1/13/ليبيا.", []tk{{"المصدر", "word"}, {":", "punct"}, {"https://www.youm7.com/story/2020/1/13/ليبيا", "url"}, {".", "punct"}}},
	{"www url in parentheses", "(www.bbc.com/arabic)", []tk{{"(", "punct"}, {"www.bbc.com/arabic", "url"}, {")", "punct"}}},
	{"email", "راسلونا: news@alarabiya.net.", []tk{{"راسلونا", "word"}, {":", "punct"}, {"news@alarabiya.net", "email"}, {".", "punct"}}},
	{"hashtag arabic", "#ليبيا_الآن", []tk{{"#ليبيا_الآن", "hashtag"}}},
	{"mention", "@AJArabic قال", []tk{{"@AJArabic", "mention"}, {"قال", "word"}}},
	{"lone hash and at", "# @ ", []tk{{"#", "punct"}, {"@", "punct"}}},
	{"symbols", "$100 + 5", []tk{{"$", "symbol"}, {"100", "number"}, {"+", "symbol"}, {"5", "number"}}},
	{"zero width joiner inside word", "مي\u200Cخواهم", []tk{{"مي\u200Cخواهم", "word"}}},
	{"bidi controls are space", "\u202Bنص\u202C", []tk{{"نص", "word"}}},
	{"invalid utf-8 byte", "نص\xffآخر", []tk{{"نص", "word"}, {"\xff", "symbol"}, {"آخر", "word"}}},
	{"empty", "", nil},
}

func TestTokens(t *testing.T) {
	for _, tt := range tokenTests {
		t.Run(tt.name, func(t *testing.T) {
			got := Tokens(tt.in)
			if len(got) != len(tt.want) {
				t.Fatalf("Tokens(%+q): got %d tokens %+q, want %d", tt.in, len(got), texts(got), len(tt.want))
			}
			for i, w := range tt.want {
				if got[i].Text != w.text || got[i].Kind != w.kind {
					t.Errorf("token %d = %+q/%s, want %+q/%s", i, got[i].Text, got[i].Kind, w.text, w.kind)
				}
			}
			checkOffsets(t, tt.in, got)
		})
	}
}

func texts(toks []marsad.Token) []string {
	var out []string
	for _, t := range toks {
		out = append(out, t.Text)
	}
	return out
}

// checkOffsets verifies that offsets are code-point indices, increasing,
// non-overlapping, and that text[start:end] is the token's text.
func checkOffsets(t *testing.T, s string, toks []marsad.Token) {
	t.Helper()
	runes := []rune(s)
	prev := 0
	for i, tok := range toks {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > len(runes) {
			t.Fatalf("token %d %+q has bad offsets [%d,%d) after %d (len %d)", i, tok.Text, tok.Start, tok.End, prev, len(runes))
		}
		if got := string(runes[tok.Start:tok.End]); got != strings.ToValidUTF8(tok.Text, "\uFFFD") {
			t.Fatalf("token %d: text[%d:%d] = %+q, token text %+q", i, tok.Start, tok.End, got, tok.Text)
		}
		prev = tok.End
	}
}

var sentenceTests = []struct {
	name string
	in   string
	want []string
}{
	{"arabic full stops", "وصل الوفد. بدأت المحادثات.", []string{"وصل الوفد.", "بدأت المحادثات."}},
	{"question marks", "هل انتهت الأزمة؟ لا أحد يعرف!", []string{"هل انتهت الأزمة؟", "لا أحد يعرف!"}},
	{"closing quote stays", "قال: «انتهى الأمر.» ثم غادر.", []string{"قال: «انتهى الأمر.»", "ثم غادر."}},
	{"quote after full stop", "قال \"سنعود\". وأضاف أن", []string{"قال \"سنعود\".", "وأضاف أن"}},
	{"paragraph break", "السطر الأول\nالسطر الثاني", []string{"السطر الأول", "السطر الثاني"}},
	{"blank lines", "فقرة أولى\n\n\nفقرة ثانية.", []string{"فقرة أولى", "فقرة ثانية."}},
	{"decimal is no end", "بلغ 27.25% اليوم.", []string{"بلغ 27.25% اليوم."}},
	{"single-letter abbreviation", "قال د. أحمد إن الوضع هادئ.", []string{"قال د. أحمد إن الوضع هادئ."}},
	{"url is no end", "زوروا www.site.com اليوم. شكرا", []string{"زوروا www.site.com اليوم.", "شكرا"}},
	{"no terminal mark", "عنوان بلا نقطة", []string{"عنوان بلا نقطة"}},
	{"empty", "", nil},
}

func TestSentences(t *testing.T) {
	for _, tt := range sentenceTests {
		t.Run(tt.name, func(t *testing.T) {
			_, ss := Split(tt.in, nil, true)
			runes := []rune(tt.in)
			var got []string
			for _, s := range ss {
				got = append(got, string(runes[s.Start:s.End]))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Sentences(%+q)\n got %+q\nwant %+q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzTokens(f *testing.F) {
	for _, tt := range tokenTests {
		f.Add(tt.in)
	}
	for _, tt := range sentenceTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks, sents := Split(s, nil, true)
		valid := utf8.ValidString(s)
		if valid {
			checkOffsets(t, s, toks)
		}
		n := utf8.RuneCountInString(s)
		prev := 0
		for _, st := range sents {
			if st.Start < prev || st.End <= st.Start || st.End > n {
				t.Fatalf("bad sentence [%d,%d) after %d, len %d", st.Start, st.End, prev, n)
			}
			prev = st.End
		}
		if len(toks) > 0 && len(sents) == 0 {
			t.Fatal("tokens but no sentences")
		}
	})
}
