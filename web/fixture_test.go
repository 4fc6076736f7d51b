package web_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/analyze"
	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/sqlite"
	"github.com/marsad/marsad/web"
)

// Fixture documents: two reports of one story, with hand-set entities,
// quotes, attribution and a hostile comment, and one whose id is a URL
// and whose text holds markup.
const (
	fxStory   = "s-fixture"
	fxURLID   = "https://example.com/news/1?x=y"
	fxText1   = "وصل وزير الخارجية أحمد سالم إلى القاهرة اليوم في زيارة رسمية لبحث التعاون مع الأمم المتحدة. وقال سالم لوكالة رويترز إن \"المحادثات بناءة\"."
	fxText2   = "التقى أحمد سالم في القاهرة مسؤولين من الأمم المتحدة لبحث التعاون في زيارة رسمية تستمر يومين."
	fxText3   = "نص فيه <b>وسوم</b> & <script>alert(1)</script> عن زيارة القاهرة."
	fxHostile = `<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script>`
)

type fixture struct {
	t     *testing.T
	store *sqlite.DB
	srv   *httptest.Server
}

// newFixture serves the fixture corpus with cfg (Store is set here).
func newFixture(t *testing.T, cfg web.Config) *fixture {
	t.Helper()
	store := openStore(t)
	putFixtures(t, store)
	cfg.Store = store
	cfg.Analyze.NoEntities = true
	s, err := web.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return &fixture{t, store, srv}
}

func openStore(t *testing.T) *sqlite.DB {
	t.Helper()
	store, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "marsad.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	return store
}

func putFixtures(t *testing.T, store *sqlite.DB) {
	t.Helper()
	an := analyze.New(analyze.Options{NoEntities: true})
	d1 := prepare(t, an, ingest.Record{Origin: "fx:1", ID: "fx-1", Outlet: "وكالة الاختبار", Published: "2024-05-01T10:00:00Z",
		Title: "أحمد سالم يصل إلى القاهرة", Text: fxText1 + "\n\n" + fxHostile})
	annotate(d1.Doc)
	d2 := prepare(t, an, ingest.Record{Origin: "fx:2", ID: "fx-2", Outlet: "صحيفة الاختبار", Published: "2024-05-02T09:00:00Z",
		Title: "سالم يلتقي مسؤولين أمميين", Text: fxText2})
	annotate(d2.Doc)
	d3 := prepare(t, an, ingest.Record{Origin: "fx:3", ID: fxURLID, Outlet: "موقع الاختبار", Published: "2024-05-03",
		Title: "وسوم في النص", Text: fxText3})
	ctx := context.Background()
	if _, err := store.Put(ctx, []*marsad.StoredDocument{d1, d2, d3}); err != nil {
		t.Fatal(err)
	}
	err := store.Assign(ctx, []marsad.Assignment{{ID: "fx-1", Story: fxStory}, {ID: "fx-2", Story: fxStory}, {ID: fxURLID, Story: "s-other"}})
	if err != nil {
		t.Fatal(err)
	}
}

func prepare(t *testing.T, an *analyze.Analyzer, r ingest.Record) *marsad.StoredDocument {
	t.Helper()
	d, err := ingest.Prepare(an, &r)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// annotate sets entities, linking, quotes, attribution and the hostile
// comment by hand, so that the pages' tests do not depend on the models.
func annotate(doc *marsad.Document) {
	doc.Entities = nil
	for _, m := range []struct{ text, typ, id string }{
		{"أحمد سالم", "PER", "per:احمد_سالم"}, {"سالم", "PER", "per:احمد_سالم"},
		{"القاهرة", "LOC", "loc:القاهره"}, {"الأمم المتحدة", "ORG", "org:الامم_المتحده"},
	} {
		for s, ok := span(doc.Text, m.text, doc.Entities); ok; s, ok = span(doc.Text, m.text, doc.Entities) {
			doc.Entities = append(doc.Entities, marsad.Entity{Start: s.Start, End: s.End, Text: m.text, Type: m.typ, ID: m.id, Section: "body"})
		}
	}
	doc.Linked = []marsad.Linked{
		{ID: "per:احمد_سالم", Type: "PER", Canonical: "أحمد سالم", Aliases: []string{"أحمد سالم", "سالم"}, Roles: []string{"وزير الخارجية"}, Mentions: 2},
		{ID: "loc:القاهره", Type: "LOC", Canonical: "القاهرة", Aliases: []string{"القاهرة"}, Mentions: 1},
		{ID: "org:الامم_المتحده", Type: "ORG", Canonical: "الأمم المتحدة", Aliases: []string{"الأمم المتحدة"}, Mentions: 1},
	}
	doc.Quotes = []marsad.Quote{{Text: "المحادثات بناءة", Direct: true, Verb: "قال", Section: "body",
		Speaker: marsad.Speaker{Text: "سالم", EntityID: "per:احمد_سالم", Kind: "named"},
		Via:     &marsad.Via{Text: "وكالة رويترز", Name: "رويترز", EntityID: "org:رويترز"}}}
	doc.Attribution = &marsad.Attribution{Cites: []marsad.Cited{{Outlet: "رويترز", EntityID: "org:رويترز", Sources: []string{"أحمد سالم"}}}}
	if s, ok := span(doc.Text, fxHostile, nil); ok {
		doc.Comments = []marsad.Comment{{Start: s.Start, End: s.End, Author: "قارئ", Text: fxHostile, TextSpan: &s}}
		start := 0
		if doc.Title != nil {
			start = doc.Title.End
		}
		doc.Body = []marsad.Span{{Start: start, End: s.Start}}
	}
}

// span finds the first occurrence of sub in text (in code points) that
// does not overlap a mention already found.
func span(text, sub string, taken []marsad.Entity) (marsad.Span, bool) {
	from := 0
	for {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			return marsad.Span{}, false
		}
		start := utf8.RuneCountInString(text[:from+i])
		s := marsad.Span{Start: start, End: start + utf8.RuneCountInString(sub)}
		if !overlaps(s, taken) {
			return s, true
		}
		from += i + len(sub)
	}
}

func overlaps(s marsad.Span, es []marsad.Entity) bool {
	for _, e := range es {
		if s.Start < e.End && e.Start < s.End {
			return true
		}
	}
	return false
}

// do sends a request and returns the status, headers and body.
func (f *fixture) do(method, path, contentType, body string, header ...string) (int, http.Header, string) {
	f.t.Helper()
	req, err := http.NewRequest(method, f.srv.URL+path, strings.NewReader(body))
	if err != nil {
		f.t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		f.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(b)
}

// getJSON GETs path, checks the status and decodes the body into v.
func (f *fixture) getJSON(path string, status int, v any) {
	f.t.Helper()
	got, _, body := f.do("GET", path, "", "")
	if got != status {
		f.t.Fatalf("GET %s: status %d, want %d; body %s", path, got, status, body)
	}
	if err := json.Unmarshal([]byte(body), v); err != nil {
		f.t.Fatalf("GET %s: %v; body %s", path, err, body)
	}
}

// errorCode returns the code of an error body, "" when it is none.
func errorCode(body string) string {
	var e struct {
		Error struct{ Code, Message string } `json:"error"`
	}
	json.Unmarshal([]byte(body), &e)
	return e.Error.Code
}
