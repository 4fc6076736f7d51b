package web_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/marsad/marsad/web"
)

func TestPages(t *testing.T) {
	f := newFixture(t, web.Config{})
	for _, tc := range []struct {
		path   string
		status int
		want   []string
	}{
		{"/", 200, []string{"القصص", `href="/stories/s-fixture"`, `class="ent ent-per"`}},
		{"/search?q=" + url.QueryEscape("القاهرة"), 200, []string{"<mark>القاهرة</mark>", "وكالة الاختبار", "outlet-facet"}},
		{"/documents/fx-1", 200, []string{
			`<a class="ent ent-per" href="/entities/per:%D8%A7%D8%AD%D9%85%D8%AF_%D8%B3%D8%A7%D9%84%D9%85"`,
			`class="ent ent-loc"`, `class="ent ent-org"`, "«المحادثات بناءة»", `class="node cited"`, `class="card comments"`}},
		{"/documents/" + url.PathEscape(fxURLID), 200, []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;"}},
		{"/entities", 200, []string{"أحمد سالم"}},
		{"/entities/" + url.PathEscape("per:احمد_سالم"), 200, []string{"وزير الخارجية", "<svg", "<rect", "الأمم المتحدة"}},
		{"/stories/" + fxStory, 200, []string{"وكالة الاختبار", "صحيفة الاختبار", "2024-05-01 10:00"}},
		{"/documents/nope", 404, []string{"الصفحة غير موجودة"}},
		{"/nothing", 404, nil},
	} {
		t.Run(tc.path, func(t *testing.T) {
			status, hd, body := f.do("GET", tc.path, "", "")
			if status != tc.status || !strings.HasPrefix(hd.Get("Content-Type"), "text/html") {
				t.Fatalf("status %d (%s), want %d", status, hd.Get("Content-Type"), tc.status)
			}
			if !strings.Contains(body, `<html lang="ar" dir="rtl">`) {
				t.Errorf("not an RTL Arabic page")
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
		})
	}
}

// TestCommentEscaped checks the server's HTML: the hostile comment is
// text in the comment section, never markup.
func TestCommentEscaped(t *testing.T) {
	f := newFixture(t, web.Config{})
	_, _, body := f.do("GET", "/documents/fx-1", "", "")
	_, comments, ok := strings.Cut(body, `class="card comments"`)
	if !ok {
		t.Fatal("no comment section")
	}
	for _, bad := range []string{"<img", "<script"} {
		if strings.Contains(comments, bad) {
			t.Errorf("comment section holds %q unescaped", bad)
		}
	}
	if !strings.Contains(comments, "&lt;img src=x onerror=&#34;window.__pwned=1&#34;&gt;") {
		t.Errorf("comment text missing or escaped differently:\n%s", comments)
	}
}

func TestStatic(t *testing.T) {
	f := newFixture(t, web.Config{})
	_, _, page := f.do("GET", "/", "", "")
	i := strings.Index(page, `href="/static/style.`)
	if i < 0 {
		t.Fatal("no stylesheet link")
	}
	href := page[i+len(`href="`):]
	href = href[:strings.IndexByte(href, '"')]
	status, hd, css := f.do("GET", href, "", "")
	if status != 200 || !strings.HasPrefix(hd.Get("Content-Type"), "text/css") || !strings.Contains(hd.Get("Cache-Control"), "immutable") || !strings.Contains(css, ".ent-per") {
		t.Fatalf("%s: %d %v", href, status, hd)
	}
	if status, _, _ := f.do("GET", "/static/style.css", "", ""); status != 404 {
		t.Errorf("unhashed name: %d, want 404", status)
	}
}

func TestSearchPageRedirectsWithoutQuery(t *testing.T) {
	f := newFixture(t, web.Config{})
	status, _, body := f.do("GET", "/search?q=", "", "")
	if status != 200 || !strings.Contains(body, "القصص") {
		t.Fatalf("status %d", status)
	}
}
