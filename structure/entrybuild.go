package structure

import (
	"strings"

	"github.com/marsad/marsad"
)

// flush turns the current entry into a comment; an entry without text
// leaves its lines as furniture.
func (p *cparser) flush() {
	e := p.cur
	p.cur = nil
	if e == nil {
		return
	}
	if len(e.content) == 0 {
		for i := e.first; i <= e.last; i++ {
			p.furn = append(p.furn, i)
		}
		return
	}
	content := e.content
	if e.title == nil && e.by && len(content) >= 2 && commentTitleLike(p.ls[content[0]]) {
		t := p.ls[content[0]]
		e.title, content = &t, content[1:]
	}
	c := marsad.Comment{Start: p.ls[e.first].Start, End: p.ls[e.last].End, Replies: e.replies}
	a, b := p.ls[content[0]], p.ls[content[len(content)-1]]
	c.TextSpan = &marsad.Span{Start: a.Start, End: b.End}
	c.Text = p.text[a.A:b.B]
	if e.author != nil {
		c.Author, c.AuthorSpan = e.author.Text, ptr(e.author.span())
	}
	if e.title != nil {
		c.Title, c.TitleSpan = e.title.Text, ptr(e.title.span())
	}
	p.comments = append(p.comments, c)
}

func ptr(s marsad.Span) *marsad.Span { return &s }

// commentTitleLike reports a short first line without a full stop.
func commentTitleLike(l line) bool {
	n := len(keyWords(l.Text))
	return n > 0 && n <= 15 && !endsSentence(l.Text) && !strings.HasSuffix(strings.TrimSpace(l.Text), "،")
}

// outside returns the furniture lines not covered by any comment.
func (p *cparser) outside() []int {
	var out []int
	for _, i := range p.furn {
		in := false
		for _, c := range p.comments {
			if p.ls[i].Start >= c.Start && p.ls[i].End <= c.End {
				in = true
				break
			}
		}
		if !in {
			out = append(out, i)
		}
	}
	return out
}
