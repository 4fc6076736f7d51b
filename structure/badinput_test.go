package structure

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"golang.org/x/text/encoding/charmap"
)

const arPara = "أعلنت وزارة الصحة اليوم عن خطة جديدة لتطوير المستشفيات الحكومية في المحافظات، تشمل تحديث الأجهزة وتدريب الكوادر الطبية."

func cp1256(t *testing.T, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1256.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// parseOK parses raw and checks the offset contract.
func parseOK(t *testing.T, raw []byte, opt Options) (string, marsad.Structure, []string) {
	t.Helper()
	text, st, w, err := Parse(raw, opt)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if err := validUTF8(text); err != nil {
		t.Fatal(err)
	}
	if err := checkStructure(text, st); err != nil {
		t.Fatal(err)
	}
	return text, st, w
}

func TestScriptsNeverReachText(t *testing.T) {
	page := `<html><head><script>var a = "سر في السكربت";</script><style>.x{content:"نمط"}</style></head><body>
<h1>عنوان الخبر</h1><script>document.write("<p>نص من سكربت</p>")</script><noscript>فعّل جافاسكربت</noscript>
<p>` + arPara + `</p><p>` + arPara + ` وفقرة ثانية.</p><template><p>قالب مخفي</p></template></body></html>`
	text, _, _ := parseOK(t, []byte(page), Options{})
	for _, bad := range []string{"سر في السكربت", "نمط", "نص من سكربت", "فعّل", "قالب مخفي", "document.write"} {
		if strings.Contains(text, bad) {
			t.Errorf("text contains %q:\n%s", bad, text)
		}
	}
	if !strings.Contains(text, "خطة جديدة") {
		t.Errorf("article text lost:\n%s", text)
	}
}

func TestBrokenTags(t *testing.T) {
	for _, page := range []string{
		"<p>" + arPara + "<div><span><b><i>" + arPara + "</p></div></div></span>",
		"<html><body><p>" + arPara + "<p><<<>>>" + arPara + "</html></body></p><!-- unterminated",
		"<div class='comment'><p>" + arPara + "</p>",
		"<h1>عنوان بلا إغلاق<p>" + arPara + "<p>" + arPara,
		"<html><body>" + strings.Repeat("<div>", 5000) + arPara + "</body></html>",
		"<html><body>" + strings.Repeat("<div><b>", 100000) + arPara + "<script>x='<p>'</script></body></html>",
	} {
		text, _, _ := parseOK(t, []byte(page), Options{ContentType: "text/html"})
		if strings.Contains(text, "<div") || strings.Contains(text, "<p") || strings.Contains(text, "<b>") || !strings.Contains(text, "خطة جديدة") {
			t.Errorf("markup in text or article lost: %.200q", text)
		}
	}
}

// bigPage builds an HTML page of about n bytes: an article, then many
// related-link blocks, scripts and comments.
func bigPage(n int) []byte {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>خبر طويل جدا</title></head><body><article><h1>خبر طويل جدا</h1>")
	for i := 0; i < 20; i++ {
		fmt.Fprintf(&b, "<p>%s رقم %d.</p>\n", arPara, i)
	}
	b.WriteString("</article>")
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "<div class=\"related\"><a href=\"/n/%d\">عنوان مرتبط رقم %d</a><script>var x%d = '%s';</script></div>\n", i, i, i, strings.Repeat("z", 200))
		if i%50 == 0 {
			fmt.Fprintf(&b, "<div class=\"comment\"><span class=\"author\">قارئ %d</span><p>تعليق رقم %d على الخبر.</p></div>\n", i, i)
		}
	}
	b.WriteString("</body></html>")
	return b.Bytes()
}

func TestTenMegabytePage(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	page := bigPage(10 << 20)
	start := time.Now()
	text, st, _ := parseOK(t, page, Options{})
	t.Logf("10 MB page: %v, %d runes of text, %d body, %d comments", time.Since(start), len([]rune(text)), len(st.Body), len(st.Comments))
	if strings.Contains(text, "zzzz") {
		t.Error("script text reached the analysed text")
	}
	if time.Since(start) > 20*time.Second {
		t.Errorf("too slow: %v", time.Since(start))
	}
}

func TestTenMegabyteText(t *testing.T) {
	var b strings.Builder
	for b.Len() < 10<<20 {
		b.WriteString(arPara + "\n")
	}
	parseOK(t, []byte(b.String()), Options{})
}

func TestWindows1256(t *testing.T) {
	doc := "عنوان الخبر بالعربية\n" + arPara + "\n"
	// plain text, no declaration: detected
	text, _, w := parseOK(t, cp1256(t, doc), Options{})
	if text != doc || len(w) == 0 {
		t.Errorf("undeclared windows-1256 text: %q warnings %v", text, w)
	}
	// plain text, declared
	text, _, _ = parseOK(t, cp1256(t, doc), Options{Charset: "windows-1256"})
	if text != doc {
		t.Errorf("declared windows-1256 text: %q", text)
	}
	page := func(meta string) []byte {
		return append([]byte("<html><head>"+meta+"<title>t</title></head><body><h1>"), cp1256(t, "عنوان الخبر بالعربية</h1><p>"+arPara+"</p><p>"+arPara+" أيضا.</p></body></html>")...)
	}
	for _, meta := range []string{`<meta charset="windows-1256">`, `<meta charset="iso-8859-1">`, `<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">`, ``, `<meta charset="utf-8">`} {
		text, _, _ := parseOK(t, page(meta), Options{})
		if !strings.Contains(text, "خطة جديدة") {
			t.Errorf("meta %q: Arabic not decoded: %q", meta, text)
		}
	}
	// declared windows-1256 but really UTF-8: the UTF-8 wins
	text, _, _ = parseOK(t, []byte(`<meta charset="windows-1256"><h1>عنوان</h1><p>`+arPara+`</p>`), Options{})
	if !strings.Contains(text, "خطة جديدة") {
		t.Errorf("mis-declared UTF-8 page: %q", text)
	}
}

func TestInvalidUTF8(t *testing.T) {
	raw := []byte(arPara + "\xff\xfe\x80 " + arPara + "\n" + arPara)
	text, _, w := parseOK(t, raw, Options{})
	if !strings.Contains(text, "\uFFFD") || len(w) == 0 {
		t.Errorf("want U+FFFD and a warning, got warnings %v", w)
	}
}

func TestBinaryJunk(t *testing.T) {
	junk := make([]byte, 4096)
	for i := range junk {
		junk[i] = byte(i * 7 % 256)
	}
	if _, _, _, err := Parse(junk, Options{}); marsad.ErrorCode(err) != marsad.EINVALID {
		t.Errorf("binary: err %v, want EINVALID", err)
	}
	if _, _, _, err := Parse([]byte("abc"), Options{MaxBytes: 2}); marsad.ErrorCode(err) != marsad.EINVALID {
		t.Errorf("too large: err %v, want EINVALID", err)
	}
}
