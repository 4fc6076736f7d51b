package web_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/web"
	"golang.org/x/text/encoding/charmap"
)

func TestAnalyze(t *testing.T) {
	f := newFixture(t, web.Config{})
	for _, tc := range []struct{ name, ct, body string }{
		{"Text", "text/plain; charset=utf-8", "وصل الوزير إلى القاهرة اليوم."},
		{"HTML", "text/html", "<html><body><h1>عنوان</h1><p>وصل الوزير إلى القاهرة اليوم.</p></body></html>"},
		{"JSONText", "application/json", `{"text": "وصل الوزير إلى القاهرة اليوم.", "title": "عنوان"}`},
		{"JSONHTML", "application/json", `{"html": "<p>وصل الوزير إلى القاهرة اليوم.</p>"}`},
		{"NoContentType", "", "وصل الوزير إلى القاهرة اليوم."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, _, body := f.do("POST", "/api/analyze", tc.ct, tc.body)
			var doc marsad.Document
			if err := json.Unmarshal([]byte(body), &doc); err != nil || status != http.StatusOK {
				t.Fatalf("status %d, err %v, body %s", status, err, body)
			}
			if !strings.Contains(doc.Text, "القاهرة") || len(doc.Tokens) == 0 || doc.Lang != "ar" {
				t.Fatalf("analysis: text %q, %d tokens, lang %q", doc.Text, len(doc.Tokens), doc.Lang)
			}
		})
	}
}

func TestAnalyzeCharset(t *testing.T) {
	f := newFixture(t, web.Config{})
	raw, err := charmap.Windows1256.NewEncoder().String("<html><body><p>وصل الوزير إلى القاهرة اليوم.</p></body></html>")
	if err != nil {
		t.Fatal(err)
	}
	status, _, body := f.do("POST", "/api/analyze", "text/html; charset=windows-1256", raw)
	var doc marsad.Document
	if err := json.Unmarshal([]byte(body), &doc); err != nil || status != 200 || !strings.Contains(doc.Text, "القاهرة") {
		t.Fatalf("status %d, err %v, text %q", status, err, doc.Text)
	}
}

func TestAnalyzeErrors(t *testing.T) {
	f := newFixture(t, web.Config{MaxBody: 1024})
	for _, tc := range []struct{ name, ct, body, code string }{
		{"Empty", "text/plain", "  \n", "invalid"},
		{"BothFields", "application/json", `{"text": "نص", "html": "<p>نص</p>"}`, "invalid"},
		{"UnknownField", "application/json", `{"txt": "نص"}`, "invalid"},
		{"BadJSON", "application/json", `{"text": `, "invalid"},
		{"Unsupported", "image/png", "x", "invalid"},
		{"TooLarge", "text/plain", strings.Repeat("كلمة ", 300), "too_large"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, hd, body := f.do("POST", "/api/analyze", tc.ct, tc.body)
			want := map[string]int{"invalid": 400, "too_large": 413}[tc.code]
			if status != want || errorCode(body) != tc.code {
				t.Fatalf("status %d code %q, want %d %q; body %s", status, errorCode(body), want, tc.code, body)
			}
			if !strings.HasPrefix(hd.Get("Content-Type"), "application/json") {
				t.Fatalf("Content-Type %q", hd.Get("Content-Type"))
			}
		})
	}
}

func TestPostDocumentToken(t *testing.T) {
	f := newFixture(t, web.Config{Token: "s3cret"})
	body := `{"text": "افتتح في الرباط اليوم معرض للكتاب بمشاركة ناشرين من عشرين دولة.", "title": "معرض الكتاب", "outlet": "اختبار"}`
	t.Run("NoToken", func(t *testing.T) {
		status, hd, resp := f.do("POST", "/api/documents", "application/json", body)
		if status != 401 || errorCode(resp) != "unauthorized" || hd.Get("WWW-Authenticate") == "" {
			t.Fatalf("status %d, body %s", status, resp)
		}
	})
	t.Run("WrongToken", func(t *testing.T) {
		status, _, resp := f.do("POST", "/api/documents", "application/json", body, "Authorization", "Bearer s3cre")
		if status != 401 || errorCode(resp) != "unauthorized" {
			t.Fatalf("status %d, body %s", status, resp)
		}
	})
	var first struct {
		marsad.DocSummary
		Added bool   `json:"added"`
		Link  string `json:"link"`
	}
	t.Run("OK", func(t *testing.T) {
		status, _, resp := f.do("POST", "/api/documents", "application/json", body, "Authorization", "Bearer s3cret")
		if err := json.Unmarshal([]byte(resp), &first); err != nil || status != 201 || !first.Added {
			t.Fatalf("status %d, err %v, body %s", status, err, resp)
		}
		if first.Title != "معرض الكتاب" || first.Outlet != "اختبار" || first.Story == "" || first.Link != "/documents/"+url.PathEscape(first.ID) {
			t.Fatalf("posted: %+v", first)
		}
	})
	t.Run("SameContentAgain", func(t *testing.T) {
		status, _, resp := f.do("POST", "/api/documents", "application/json", body, "Authorization", "Bearer s3cret")
		if status != 200 || !strings.Contains(resp, `"added":false`) || !strings.Contains(resp, first.ID) {
			t.Fatalf("status %d, body %s", status, resp)
		}
	})
	t.Run("Get", func(t *testing.T) {
		var d marsad.StoredDocument
		f.getJSON("/api/documents/"+url.PathEscape(first.ID), 200, &d)
		if d.Doc == nil || !strings.Contains(d.Doc.Text, "الرباط") {
			t.Fatalf("document: %+v", d)
		}
	})
	t.Run("AnalyzeNeedsNoToken", func(t *testing.T) {
		if status, _, resp := f.do("POST", "/api/analyze", "text/plain", "نص قصير للتحليل"); status != 200 {
			t.Fatalf("status %d, body %s", status, resp)
		}
	})
}

func TestGetDocument(t *testing.T) {
	f := newFixture(t, web.Config{})
	var d marsad.StoredDocument
	f.getJSON("/api/documents/"+url.PathEscape(fxURLID), 200, &d)
	if d.ID != fxURLID || d.Story != "s-other" {
		t.Fatalf("got %q story %q", d.ID, d.Story)
	}
	status, _, body := f.do("GET", "/api/documents/nope", "", "")
	if status != 404 || errorCode(body) != "not_found" {
		t.Fatalf("missing: status %d body %s", status, body)
	}
}

func TestSearch(t *testing.T) {
	f := newFixture(t, web.Config{})
	var res marsad.SearchResult
	f.getJSON("/api/search?q="+url.QueryEscape("زيارة القاهرة"), 200, &res)
	if res.Total != 3 || len(res.Hits) != 3 || len(res.Facets.Outlet) != 3 || len(res.Facets.Entity) == 0 {
		t.Fatalf("result: %+v", res)
	}
	for _, h := range res.Hits {
		if !strings.Contains(h.Snippet, "<mark>") || strings.Contains(h.Snippet, "<script>") || strings.Contains(h.Snippet, "<b>") {
			t.Errorf("snippet of %s not escaped HTML with marks: %q", h.ID, h.Snippet)
		}
	}
	f.getJSON("/api/search?q="+url.QueryEscape("القاهرة")+"&outlet="+url.QueryEscape("صحيفة الاختبار"), 200, &res)
	if res.Total != 1 || res.Hits[0].ID != "fx-2" {
		t.Fatalf("outlet filter: %+v", res)
	}
	for _, q := range []string{"", "?q=", "?q=x&limit=0", "?q=x&limit=abc", "?q=x&offset=-1"} {
		if status, _, body := f.do("GET", "/api/search"+q, "", ""); status != 400 || errorCode(body) != "invalid" {
			t.Errorf("%q: status %d body %s", q, status, body)
		}
	}
}

func TestEntities(t *testing.T) {
	f := newFixture(t, web.Config{})
	var list struct{ Entities []marsad.EntityStat }
	f.getJSON("/api/entities?type=per", 200, &list)
	if len(list.Entities) != 1 || list.Entities[0].ID != "per:احمد_سالم" || list.Entities[0].Docs != 2 {
		t.Fatalf("list: %+v", list)
	}
	var e marsad.EntityDetail
	f.getJSON("/api/entities/"+url.PathEscape("per:احمد_سالم"), 200, &e)
	if e.Name != "أحمد سالم" || len(e.Aliases) != 2 || len(e.Roles) != 1 || len(e.Timeline) != 2 ||
		len(e.Related) != 2 || len(e.Documents) != 2 || e.Documents[0].ID != "fx-2" {
		t.Fatalf("detail: %+v", e)
	}
	status, _, body := f.do("GET", "/api/entities/per:nobody", "", "")
	if status != 404 || errorCode(body) != "not_found" {
		t.Fatalf("missing: status %d body %s", status, body)
	}
}

func TestStories(t *testing.T) {
	f := newFixture(t, web.Config{})
	var list struct{ Stories []marsad.Story }
	f.getJSON("/api/stories", 200, &list)
	if len(list.Stories) != 2 || list.Stories[0].ID != fxStory || list.Stories[0].Docs != 2 {
		t.Fatalf("list: %+v", list)
	}
	var s marsad.StoryDetail
	f.getJSON("/api/stories/"+fxStory, 200, &s)
	if len(s.Documents) != 2 || s.Documents[0].ID != "fx-1" || s.Documents[1].ID != "fx-2" || len(s.Outlets) != 2 ||
		s.First != "2024-05-01T10:00:00Z" || s.Last != "2024-05-02T09:00:00Z" {
		t.Fatalf("detail: %+v", s)
	}
	status, _, body := f.do("GET", "/api/stories/s-none", "", "")
	if status != 404 || errorCode(body) != "not_found" {
		t.Fatalf("missing: status %d body %s", status, body)
	}
}

func TestOpenAPI(t *testing.T) {
	f := newFixture(t, web.Config{})
	var doc struct {
		OpenAPI string                    `json:"openapi"`
		Paths   map[string]map[string]any `json:"paths"`
	}
	f.getJSON("/api/openapi.json", 200, &doc)
	want := map[string]string{"/api/analyze": "post", "/api/documents": "post", "/api/documents/{id}": "get",
		"/api/search": "get", "/api/entities": "get", "/api/entities/{id}": "get", "/api/stories": "get",
		"/api/stories/{id}": "get", "/api/openapi.json": "get"}
	if !strings.HasPrefix(doc.OpenAPI, "3.") || len(doc.Paths) != len(want) {
		t.Fatalf("openapi %q, %d paths", doc.OpenAPI, len(doc.Paths))
	}
	for p, m := range want {
		if doc.Paths[p][m] == nil {
			t.Errorf("%s %s is not described", m, p)
		}
	}
}

func TestRouting(t *testing.T) {
	f := newFixture(t, web.Config{})
	if status, _, body := f.do("GET", "/api/nothing", "", ""); status != 404 || errorCode(body) != "not_found" {
		t.Errorf("unknown endpoint: %d %s", status, body)
	}
	if status, hd, body := f.do("DELETE", "/api/stories/x", "", ""); status != 405 || errorCode(body) != "method_not_allowed" || hd.Get("Allow") != "GET" {
		t.Errorf("wrong method: %d %s", status, body)
	}
	status, _, _ := f.do("POST", "/api/analyze", "text/plain", "نص", "Sec-Fetch-Site", "cross-site")
	if status != 403 {
		t.Errorf("cross-site POST: %d, want 403", status)
	}
}

func TestSecurityHeaders(t *testing.T) {
	f := newFixture(t, web.Config{})
	for _, p := range []string{"/", "/api/stories", "/nothing"} {
		_, hd, _ := f.do("GET", p, "", "")
		csp := hd.Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'none'") || strings.Contains(csp, "unsafe-inline") ||
			hd.Get("X-Content-Type-Options") != "nosniff" || hd.Get("Referrer-Policy") != "no-referrer" {
			t.Errorf("%s: headers %v", p, hd)
		}
	}
}
