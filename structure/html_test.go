package structure

import (
	"strings"
	"testing"
)

func htmlArticle(comments string) string {
	return `<html><head><meta charset="utf-8"><title>عنوان الخبر التجريبي</title></head><body>
<div class="post has-comments"><article><h1>عنوان الخبر التجريبي</h1>
<p>` + arPara + `</p><p>` + arPara + ` وفقرة ثانية مختلفة.</p></article>` + comments + `</div></body></html>`
}

// TestHTMLCommentMarkup reads comments from several kinds of markup,
// including a comment list inside a comment-ish wrapper of the article.
func TestHTMLCommentMarkup(t *testing.T) {
	cases := map[string]string{
		"classes": `<div id="comments"><div class="comment"><span class="comment-author">سارة</span><time>منذ ساعة</time><div class="comment-body"><p>تعليق أول مفيد جدا.</p></div></div>
<div class="comment"><span class="comment-author">خالد</span><div class="comment-body"><p>تعليق ثان.</p></div></div></div>`,
		"list":     `<ol class="commentlist"><li><cite>سارة</cite><p>تعليق أول مفيد جدا.</p></li><li><cite>خالد</cite><p>تعليق ثان.</p></li></ol>`,
		"unmarked": `<section id="comments-section"><div><b>سارة</b><br><span>منذ ساعة</span><br>تعليق أول مفيد جدا.</div><div><b>خالد</b><br><span>منذ ساعتين</span><br>تعليق ثان.</div></section>`,
	}
	for name, c := range cases {
		text, st, _ := parseOK(t, []byte(htmlArticle(c)), Options{})
		if len(st.Comments) != 2 {
			t.Errorf("%s: %d comments in\n%s", name, len(st.Comments), text)
			continue
		}
		if st.Comments[0].Author != "سارة" || st.Comments[0].Text != "تعليق أول مفيد جدا." || st.Comments[1].Author != "خالد" {
			t.Errorf("%s: %+v", name, st.Comments)
		}
		for _, b := range st.Body {
			if s := string([]rune(text)[b.Start:b.End]); strings.Contains(s, "تعليق") {
				t.Errorf("%s: comment in body: %q", name, s)
			}
		}
	}
}
