package web_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/marsad/marsad/web"
)

// The browser tests' steps: each runs in its own tab (see TestBrowser).

func testDemo(t *testing.T, ctx context.Context, base string) {
	do(t, ctx, chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("ol.stories li")))
	if dir := eval[string](t, ctx, `document.documentElement.dir`); dir != "rtl" {
		t.Errorf("dir=%q", dir)
	}
	stories := eval[[]string](t, ctx, `[...document.querySelectorAll("ol.stories li")].map(li => li.innerText)`)
	var multi int
	for _, s := range stories {
		if strings.Contains(s, "الوثائق: 3") || strings.Contains(s, "الوثائق: 4") {
			multi++
		}
	}
	if multi < 3 {
		t.Errorf("want 3 demo stories covered by several outlets, got:\n%s", strings.Join(stories, "\n"))
	}
}

func testSearch(t *testing.T, ctx context.Context, base string) {
	do(t, ctx, chromedp.Navigate(base+"/"),
		chromedp.SendKeys(chromedp.CSS(`input[name=q]`), "تحلية مياه البحر"),
		chromedp.Submit(chromedp.CSS(`form.search`)),
		chromedp.WaitVisible(chromedp.CSS(".hit")))
	hits := eval[int](t, ctx, `document.querySelectorAll(".hit").length`)
	marks := eval[[]string](t, ctx, `[...document.querySelectorAll(".hit .snippet mark")].map(m => m.textContent)`)
	if hits < 4 || len(marks) < 4 {
		t.Fatalf("%d hits, marks %q", hits, marks)
	}
	facet := eval[string](t, ctx, `document.querySelector(".outlet-facet a").textContent`)
	do(t, ctx, chromedp.Click(chromedp.CSS(".outlet-facet a")), chromedp.WaitVisible(chromedp.CSS(".outlet-facet a.active")))
	outlets := eval[[]string](t, ctx, `[...document.querySelectorAll(".hit .outlet")].map(o => o.textContent)`)
	if len(outlets) == 0 || len(outlets) >= hits {
		t.Fatalf("facet %q kept %d of %d hits", facet, len(outlets), hits)
	}
	for _, o := range outlets {
		if o != facet {
			t.Errorf("facet %q shows a hit from %q", facet, o)
		}
	}
}

func testArticle(t *testing.T, ctx context.Context, base string) {
	do(t, ctx, chromedp.Navigate(base+"/documents/fx-1"), chromedp.WaitVisible(chromedp.CSS(".doc-body")))
	type ent struct{ Text, Type, Href, Bg string }
	ents := eval[[]ent](t, ctx, `[...document.querySelectorAll(".doc-body .ent")].map(e => ({Text: e.textContent,
		Type: e.dataset.type, Href: e.getAttribute("href"), Bg: getComputedStyle(e).backgroundColor}))`)
	colours := map[string]string{}
	for _, e := range ents {
		colours[e.Type] = e.Bg
		if !strings.HasPrefix(e.Href, "/entities/") {
			t.Errorf("%q links to %q", e.Text, e.Href)
		}
	}
	if len(colours) != 3 || colours["PER"] == colours["LOC"] || colours["PER"] == colours["ORG"] || colours["PER"] == "rgba(0, 0, 0, 0)" {
		t.Fatalf("entities by type: %+v", ents)
	}
	quote := eval[string](t, ctx, `document.querySelector(".quotes li").innerText`)
	chain := eval[string](t, ctx, `document.querySelector(".attribution .tree").innerText`)
	if !strings.Contains(quote, "سالم") || !strings.Contains(quote, "رويترز") || !strings.Contains(chain, "رويترز") {
		t.Errorf("quote %q, chain %q", quote, chain)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`.doc-body a.ent-per`)), chromedp.WaitVisible(chromedp.CSS("svg.chart rect")))
	if roles := eval[string](t, ctx, `document.querySelector(".roles").innerText`); !strings.Contains(roles, "وزير الخارجية") {
		t.Errorf("entity page roles %q", roles)
	}
}

// testDemoEntities checks the demo's own analysis is highlighted, when
// the analyzer found entities in it (it needs the entity model).
func testDemoEntities(t *testing.T, ctx context.Context, base string, store web.Store) {
	d, err := store.Get(context.Background(), "demo-01-hespress")
	if err != nil {
		t.Fatal(err)
	}
	var body int
	for _, e := range d.Doc.Entities {
		if e.Section == "body" {
			body++
		}
	}
	if body == 0 {
		t.Skip("the analyzer found no entities in the demo (no entity model)")
	}
	do(t, ctx, chromedp.Navigate(base+"/documents/demo-01-hespress"), chromedp.WaitVisible(chromedp.CSS(".doc-body")))
	if n := eval[int](t, ctx, `document.querySelectorAll(".doc-body .ent").length`); n == 0 {
		t.Errorf("analysis has %d body entities, page highlights none", body)
	}
}

// testHostileComment posts an article whose comment holds markup through
// the API, then checks the page shows it as text and runs none of it.
func testHostileComment(t *testing.T, ctx context.Context, base string) {
	text := "افتتح في الرباط اليوم معرض دولي للكتاب بمشاركة ناشرين من عشرين دولة، ويستمر المعرض عشرة أيام.\n" +
		"وقال مدير المعرض إن عدد الزوار المتوقع يتجاوز نصف مليون زائر هذا العام.\n" +
		"عدد الردود 0\nبواسطة:\nزائر\nتجربة\n" + fxHostile + " نص التعليق\n"
	link := postDocument(t, base, text)
	do(t, ctx, chromedp.Navigate(base+link), chromedp.WaitVisible(chromedp.CSS(".comments .comment")))
	if pwned := eval[string](t, ctx, `typeof window.__pwned`); pwned != "undefined" {
		t.Fatalf("the comment's markup ran: window.__pwned is %s", pwned)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("main img, main script").length`); n != 0 {
		t.Errorf("%d img/script elements on the page", n)
	}
	shown := eval[string](t, ctx, `document.querySelector(".comments .comment-text").innerText`)
	if !strings.Contains(shown, `<img src=x onerror="window.__pwned=1">`) || !strings.Contains(shown, "<script>window.__pwned=2</script>") {
		t.Errorf("comment text shown as %q", shown)
	}
	if body := eval[string](t, ctx, `document.querySelector(".doc-body").innerText`); strings.Contains(body, "onerror") {
		t.Errorf("the comment is in the article body: %q", body)
	}
}

func postDocument(t *testing.T, base, text string) string {
	t.Helper()
	req, _ := http.NewRequest("POST", base+"/api/documents", strings.NewReader(text))
	req.Header.Set("Content-Type", "text/plain; charset=utf-8")
	req.Header.Set("Authorization", "Bearer "+browserToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var posted struct{ Link string }
	if err := json.NewDecoder(resp.Body).Decode(&posted); err != nil || resp.StatusCode != 201 {
		t.Fatalf("POST /api/documents: %d %v", resp.StatusCode, err)
	}
	return posted.Link
}

func testStory(t *testing.T, ctx context.Context, base string) {
	do(t, ctx, chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("ol.stories a")))
	do(t, ctx, chromedp.Click(chromedp.CSS("ol.stories a")), chromedp.WaitVisible(chromedp.CSS("ol.coverage li")))
	times := eval[[]string](t, ctx, `[...document.querySelectorAll("ol.coverage time")].map(e => e.getAttribute("datetime"))`)
	outlets := eval[[]string](t, ctx, `[...document.querySelectorAll("ol.coverage .outlet")].map(e => e.textContent)`)
	if len(times) < 3 || len(outlets) != len(times) {
		t.Fatalf("coverage: %q %q", times, outlets)
	}
	for i := 1; i < len(times); i++ {
		if times[i] < times[i-1] {
			t.Errorf("not in time order: %q", times)
		}
	}
}

// testPhone checks pages fit a phone's width without scrolling sideways.
func testPhone(t *testing.T, ctx context.Context, base string) {
	do(t, ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile))
	for _, p := range []string{"/", "/search?q=" + url.QueryEscape("الإسكندرية"), "/documents/demo-05-youm7", "/entities", "/stories/s-fixture",
		"/entities/" + url.PathEscape("per:احمد_سالم")} {
		do(t, ctx, chromedp.Navigate(base+p), chromedp.WaitVisible(chromedp.CSS("main")))
		if w := eval[[]int](t, ctx, `[document.documentElement.scrollWidth, window.innerWidth]`); w[0] > w[1] {
			t.Errorf("%s: %dpx wide on a %dpx screen", p, w[0], w[1])
		}
	}
}
