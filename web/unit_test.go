package web

import (
	"reflect"
	"strings"
	"testing"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/terms"
)

func TestSegments(t *testing.T) {
	doc := &marsad.Document{Text: "قال أحمد في القاهرة", Entities: []marsad.Entity{
		{Start: 12, End: 19, Type: "LOC", ID: "loc:c"}, // القاهرة (out of order)
		{Start: 4, End: 8, Type: "PER", ID: "per:a"},   // أحمد
		{Start: 6, End: 10, Type: "ORG"},               // overlaps أحمد: left plain
		{Start: 15, End: 30, Type: "MISC"},             // past the text: left plain
	}}
	h := newHighlighter(doc)
	got := h.segments(marsad.Span{Start: 0, End: 19})
	want := []segment{{Text: "قال "}, {Text: "أحمد", Type: "PER", ID: "per:a"}, {Text: " في "}, {Text: "القاهرة", Type: "LOC", ID: "loc:c"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	// A span that cuts a mention leaves it plain.
	if got := h.segments(marsad.Span{Start: 9, End: 14}); len(got) != 1 || got[0].Type != "" || got[0].Text != "في ال" {
		t.Errorf("cut span: %+v", got)
	}
	// Spans beyond the text are clamped.
	if got := h.segments(marsad.Span{Start: 18, End: 99}); len(got) != 1 || got[0].Text != "ة" {
		t.Errorf("clamped span: %+v", got)
	}
}

func TestSnippet(t *testing.T) {
	q := terms.Parse("القاهرة")
	text := "وصل الوزير إلى القاهرة <b>اليوم</b> \uE000 & غادر القاهرة مساء."
	ps := snippet(text, q)
	var matches int
	for _, p := range ps {
		if p.Match {
			matches++
			if p.Text != "القاهرة" {
				t.Errorf("match %q", p.Text)
			}
		}
		if strings.ContainsAny(p.Text, "\uE000\uE001") {
			t.Errorf("private marks leaked: %+q", p.Text)
		}
	}
	if matches != 2 {
		t.Errorf("%d matches in %+v", matches, ps)
	}
	html := snippetHTML(ps)
	if !strings.Contains(html, "<mark>القاهرة</mark>") || !strings.Contains(html, "&lt;b&gt;") || !strings.Contains(html, "&amp;") {
		t.Errorf("snippet HTML %q", html)
	}
}

func TestBinTimeline(t *testing.T) {
	days := binTimeline([]marsad.DayCount{{Day: "2025-03-03", Docs: 2}, {Day: "2025-03-05", Docs: 1}})
	if len(days) != 3 || days[1].Day != "2025-03-04" || days[1].Docs != 0 || days[2].Docs != 1 {
		t.Errorf("days: %+v", days)
	}
	months := binTimeline([]marsad.DayCount{{Day: "2024-01-30", Docs: 2}, {Day: "2024-01-31", Docs: 1}, {Day: "2024-04-02", Docs: 4}})
	want := []marsad.DayCount{{Day: "2024-01", Docs: 3}, {Day: "2024-02"}, {Day: "2024-03"}, {Day: "2024-04", Docs: 4}}
	if !reflect.DeepEqual(months, want) {
		t.Errorf("months: %+v", months)
	}
	c := newChart([]marsad.DayCount{{Day: "2025-03-03", Docs: 2}, {Day: "2025-03-04", Docs: 1}})
	if c.Max != 2 || len(c.Bars) != 2 || c.Bars[0].H != 2*c.Bars[1].H || c.Bars[0].Y+c.Bars[0].H != chartBase {
		t.Errorf("chart: %+v", c)
	}
	if newChart(nil) != nil {
		t.Error("empty timeline gives a chart")
	}
}

func TestTokenMatches(t *testing.T) {
	for _, tc := range []struct {
		header string
		ok     bool
	}{
		{"Bearer s3cret", true}, {"Bearer  s3cret ", true}, {"bearer s3cret", false},
		{"Bearer s3cre", false}, {"Bearer s3crett", false}, {"", false}, {"s3cret", false},
	} {
		if got := tokenMatches(tc.header, "s3cret"); got != tc.ok {
			t.Errorf("%q: %v, want %v", tc.header, got, tc.ok)
		}
	}
}

func TestFillTitle(t *testing.T) {
	long := strings.Repeat("كلمة ", 40)
	d := &marsad.StoredDocument{Doc: &marsad.Document{Text: long, Body: []marsad.Span{{Start: 0, End: len([]rune(long))}}}}
	fillTitle(d)
	if n := len([]rune(d.Title)); n > maxLedeTitle+1 || !strings.HasSuffix(d.Title, "كلمة…") {
		t.Errorf("title %q (%d runes)", d.Title, n)
	}
	d = &marsad.StoredDocument{Title: "عنوان", Doc: &marsad.Document{Text: long}}
	if fillTitle(d); d.Title != "عنوان" {
		t.Errorf("title replaced: %q", d.Title)
	}
}

// TestDemoFiles checks every sample is complete and marked as a sample.
func TestDemoFiles(t *testing.T) {
	recs, err := DemoRecords()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) < 8 || len(recs) > 12 {
		t.Errorf("%d demo articles, want 8 to 12", len(recs))
	}
	ids := map[string]bool{}
	for _, r := range recs {
		if r.ID == "" || r.Title == "" || r.Published == "" || (r.Text == "" && r.HTML == nil) || ids[r.ID] {
			t.Errorf("%s: incomplete or duplicate: %+v", r.Origin, r)
		}
		if !strings.HasSuffix(r.Outlet, "(عينة)") || !isSample(r.Origin) {
			t.Errorf("%s: not marked as a sample (outlet %q)", r.Origin, r.Outlet)
		}
		ids[r.ID] = true
	}
}
