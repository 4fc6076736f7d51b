package terms

import (
	"strings"
	"testing"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/analyze"
)

func norms(q marsad.Query) []string {
	var out []string
	for _, c := range q.Clauses {
		var ws []string
		for _, t := range c.Terms {
			ws = append(ws, t.Norm)
		}
		s := strings.Join(ws, " ")
		if c.Phrase {
			s = `"` + s + `"`
		}
		out = append(out, s)
	}
	return out
}

func TestParse(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"function words dropped", "المحادثات في جنيف", "المحادثات|جنيف"},
		{"only function words kept", "في من", "في|من"},
		{"phrase", `"قاعدة العند" تهريب`, `"قاعده العند"|تهريب`},
		{"guillemets", "«وزير الخارجية»", `"وزير الخارجيه"`},
		{"unclosed quote runs to the end", `ليبيا "المجلس الرئاسي`, `"المجلس الرياسي"|ليبيا`},
		{"one-word phrase is a term", `"حفتر"`, "حفتر"},
		{"diacritics and tatweel", "مُحَمَّـد", "محمد"},
		{"hashtag words", "#ليبيا_الجديدة", "ليبيا|الجديده"},
		{"punctuation only", "؟!،", ""},
	} {
		if got := strings.Join(norms(Parse(tt.in)), "|"); got != tt.want {
			t.Errorf("%s: Parse(%q) = %+q, want %+q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestSameForms checks that the spellings users type analyse to the
// forms the index holds for the outlet's spelling.
func TestSameForms(t *testing.T) {
	for _, tt := range []struct{ name, query, doc string }{
		{"final ى for ي", "الوطنى", "الوطني"},
		{"hamza seat", "فائز", "فايز"},
		{"article", "المحادثات", "محادثات"},
		{"diacritics", "مُحَادَثَات", "محادثات"},
		{"ه for ة", "الحكومه", "الحكومة"},
		{"bare alef", "اردوغان", "أردوغان"},
	} {
		q, d := Words(tt.query), Words(tt.doc)
		if len(q) != 1 || len(d) != 1 || (q[0].Norm != d[0].Norm && q[0].Stem != d[0].Stem) {
			t.Errorf("%s: %+v vs %+v", tt.name, q, d)
		}
	}
}

func TestNameKeys(t *testing.T) {
	for _, pair := range [][2]string{
		{"سيرجي", "سيرغي"}, {"ترامب", "ترمب"}, {"بوتين", "بوتن"}, {"تيلرسون", "تيلرسن"},
		{"نتنياهو", "نتانياهو"}, {"فائز", "فايز"}, {"لاجارد", "لاغارد"}, {"وبوتين", "بوتن"}, {"ويلشير", "ويلشاير"},
	} {
		a, b := Words(pair[0]), Words(pair[1])
		if !shareKey(a[0].Keys, b[0].Keys) {
			t.Errorf("%s %v and %s %v share no key", pair[0], a[0].Keys, pair[1], b[0].Keys)
		}
	}
	for _, pair := range [][2]string{{"روسيا", "الرئيس"}, {"كمال", "جمال"}, {"سيرجي", "السراج"}} {
		a, b := Words(pair[0]), Words(pair[1])
		if shareKey(a[0].Keys, b[0].Keys) {
			t.Errorf("%s and %s share a key: %v %v", pair[0], pair[1], a[0].Keys, b[0].Keys)
		}
	}
}

func shareKey(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func TestFields(t *testing.T) {
	doc, err := analyze.New(analyze.Options{NoEntities: true}).Analyze("x.txt", []byte("المحادثات في جنيف\n\nوصل الوفد إلى #جنيف_اليوم."))
	if err != nil {
		t.Fatal(err)
	}
	f := Fields(doc, len([]rune("المحادثات في جنيف")))
	if !strings.Contains(f.Title, "المحادثات") || strings.Contains(f.Body, "المحادثات") {
		t.Errorf("title/body split: %+v", f)
	}
	if !strings.Contains(f.Body, "جنيف اليوم") || strings.Contains(f.Body, "#") {
		t.Errorf("hashtag words: %q", f.Body)
	}
	if !strings.Contains(f.TitleStem, "محادث") {
		t.Errorf("stems: %q", f.TitleStem)
	}
}

func TestSnippet(t *testing.T) {
	text := strings.Repeat("كلام عام لا علاقة له بالموضوع. ", 20) + "وأعلن فايز السراج بدء المحادثات في جنيف. " + strings.Repeat("نص آخر. ", 20)
	got := Snippet(text, Parse("فائز محادثات"), Mark{"[", "]"})
	if !strings.Contains(got, "[فايز]") || !strings.Contains(got, "[المحادثات]") {
		t.Errorf("snippet %q", got)
	}
	if !strings.HasPrefix(got, "… ") || !strings.HasSuffix(got, " …") {
		t.Errorf("cut marks missing: %q", got)
	}
	if Snippet("", Parse("x"), HTMLMark) != "" {
		t.Error("empty text")
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"المحادثات في جنيف", `"قاعدة العند" تهريب`, "«»“”\"", "#a_b @c", "مُحَمَّـد 27.5%", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := Parse(s)
		for _, c := range q.Clauses {
			if len(c.Terms) == 0 {
				t.Fatalf("empty clause in %+v", q)
			}
			if c.Phrase && len(c.Terms) < 2 {
				t.Fatalf("one-word phrase in %+v", q)
			}
			for _, tm := range c.Terms {
				if strings.TrimSpace(tm.Norm) == "" {
					t.Fatalf("empty term in %+v", q)
				}
			}
		}
		_ = Snippet(s, q, HTMLMark)
	})
}
