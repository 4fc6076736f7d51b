package analyze

import (
	"strings"
	"testing"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/arabic/clitic"
	"github.com/marsad/marsad/tokenize"
)

// bodyDoc tokenizes text as one body section and tags the given
// mentions (surface, type) at their first occurrence.
func bodyDoc(t *testing.T, text string, mentions ...[2]string) (*marsad.Document, []rune) {
	t.Helper()
	doc := &marsad.Document{Text: text}
	doc.Tokens, doc.Sentences = tokenize.Split(text, nil, true)
	for i := range doc.Tokens {
		doc.Tokens[i].Section = marsad.SectionBody
	}
	runes := []rune(text)
	for _, m := range mentions {
		i := strings.Index(text, m[0])
		if i < 0 {
			t.Fatalf("%+q not in text", m[0])
		}
		start := len([]rune(text[:i]))
		doc.Entities = append(doc.Entities, marsad.Entity{Start: start, End: start + len([]rune(m[0])),
			Text: m[0], Type: m[1], Section: marsad.SectionBody})
	}
	return doc, runes
}

func entityList(t *testing.T, doc *marsad.Document, runes []rune) []string {
	t.Helper()
	var out []string
	for _, e := range doc.Entities {
		if got := string(runes[e.Start:e.End]); got != e.Text {
			t.Errorf("entity text %+q, document has %+q at [%d,%d)", e.Text, got, e.Start, e.End)
		}
		out = append(out, e.Type+" "+e.Text)
	}
	return out
}

func TestTypeOutlets(t *testing.T) {
	for _, c := range []struct {
		why      string
		text     string
		mentions [][2]string
		want     string
	}{
		{"a known outlet split into a person and an organization becomes one organization",
			"وقال مصدر لوكالة فرانس برس إن الوفد وصل.", [][2]string{{"فرانس", "PER"}, {"برس", "ORG"}}, "ORG فرانس برس"},
		{"a known outlet the tagger missed is added, without the preposition",
			"وقال مسؤول لرويترز إن الوفد وصل.", nil, "ORG رويترز"},
		{"a known outlet tagged as a place becomes an organization",
			"ونقلت بي بي سي عن شهود أن القصف توقف.", [][2]string{{"بي بي سي", "LOC"}}, "ORG بي بي سي"},
		{"a name after a designator, tagged as a person, becomes an organization",
			"وذكرت قناة الأمل أن الوفد وصل.", [][2]string{{"الأمل", "PER"}}, "ORG الأمل"},
		{"a name after a designator, tagged as a place, stays a place",
			"وعبرت السفن قناة السويس أمس.", [][2]string{{"السويس", "LOC"}}, "LOC السويس"},
		{"a mention that reaches beyond the outlet's tokens is left alone",
			"وقال مراسل لوكالة رويترز الوزير إن الوفد وصل.", [][2]string{{"رويترز الوزير", "PER"}}, "PER رويترز الوزير"},
	} {
		doc, runes := bodyDoc(t, c.text, c.mentions...)
		typeOutlets(doc, runes)
		if got := strings.Join(entityList(t, doc, runes), ", "); got != c.want {
			t.Errorf("%s:\n%+q\ngot  %+q\nwant %+q", c.why, c.text, got, c.want)
		}
	}
}

func TestTypeOutletsSkipsFurniture(t *testing.T) {
	doc, runes := bodyDoc(t, "تابعونا على قناة سكاي نيوز عربية")
	for i := range doc.Tokens {
		doc.Tokens[i].Section = SectionBoilerplate
	}
	typeOutlets(doc, runes)
	if len(doc.Entities) != 0 {
		t.Errorf("page furniture gave entities %+q", entityList(t, doc, runes))
	}
}

func TestDatelinePlaces(t *testing.T) {
	text := "دبي، الإمارات العربية المتحدة (رويترز) - قال مسؤول إن الوفد وصل."
	doc, runes := bodyDoc(t, text)
	doc.Source.Dateline = "دبي، الإمارات العربية المتحدة"
	doc.Boilerplate = []marsad.Boilerplate{{Kind: marsad.BoilerDateline, Start: 0, End: len([]rune("دبي، الإمارات العربية المتحدة (رويترز) -"))}}
	datelinePlaces(doc, runes)
	got := strings.Join(entityList(t, doc, runes), ", ")
	if want := "LOC دبي, LOC الإمارات العربية المتحدة"; got != want {
		t.Errorf("got %+q, want %+q", got, want)
	}

	doc, runes = bodyDoc(t, text, [2]string{"الإمارات", "LOC"})
	doc.Source.Dateline = "دبي، الإمارات العربية المتحدة"
	doc.Boilerplate = []marsad.Boilerplate{{Kind: marsad.BoilerDateline, Start: 0, End: 40}}
	datelinePlaces(doc, runes)
	got = strings.Join(entityList(t, doc, runes), ", ")
	if want := "LOC دبي, LOC الإمارات"; got != want {
		t.Errorf("an existing mention: got %+q, want %+q", got, want)
	}
}

func TestMergeAdjacentPlaces(t *testing.T) {
	for _, c := range []struct {
		text     string
		mentions [][2]string
		want     string
	}{
		{"انطلق المنتدى في سانت بطرسبورغ أمس.", [][2]string{{"سانت", "LOC"}, {"بطرسبورغ", "LOC"}}, "LOC سانت بطرسبورغ"},
		{"زار الوفد مصر، ليبيا وتونس.", [][2]string{{"مصر", "LOC"}, {"ليبيا", "LOC"}, {"تونس", "LOC"}}, "LOC مصر, LOC ليبيا, LOC تونس"},
		{"وصل أحمد علي إلى القاهرة.", [][2]string{{"أحمد", "PER"}, {"علي", "PER"}, {"القاهرة", "LOC"}}, "PER أحمد, PER علي, LOC القاهرة"},
	} {
		doc, runes := bodyDoc(t, c.text, c.mentions...)
		mergeAdjacentPlaces(doc, runes)
		if got := strings.Join(entityList(t, doc, runes), ", "); got != c.want {
			t.Errorf("%+q: got %+q, want %+q", c.text, got, c.want)
		}
	}
}

// stageCase is a text, the mentions the tagger is taken to have found
// ("surface", "TYPE"), and the mentions wanted after a stage, as
// entityList joins them.
type stageCase struct {
	text     string
	mentions [][2]string
	want     string
}

// checkStage runs stage on each case's body document, tokens segmented,
// and compares the mentions.
func checkStage(t *testing.T, cases []stageCase, stage func(doc *marsad.Document, runes []rune)) {
	t.Helper()
	for _, c := range cases {
		doc, runes := bodyDoc(t, c.text, c.mentions...)
		for i := range doc.Tokens {
			doc.Tokens[i].Seg = clitic.Split(arabic.Orthographic.String(doc.Tokens[i].Text)).String()
		}
		stage(doc, runes)
		if got := strings.Join(entityList(t, doc, runes), ", "); got != c.want {
			t.Errorf("%+q:\ngot  %+q\nwant %+q", c.text, got, c.want)
		}
	}
}
