package structure

import (
	"sort"
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
	n := l.N
	return n > 0 && n <= 15 && !endsSentence(l.Text) && !strings.HasSuffix(strings.TrimSpace(l.Text), "،")
}

// outside returns the furniture lines not covered by any comment.
func (p *cparser) outside() []int {
	var out []int
	for _, i := range p.furn {
		if !inComments(p.ls[i], p.comments) {
			out = append(out, i)
		}
	}
	return out
}

// inComments reports whether l lies inside one of cs, which are in text
// order and do not overlap.
func inComments(l line, cs []marsad.Comment) bool {
	j := sort.Search(len(cs), func(j int) bool { return cs[j].End > l.Start })
	return j < len(cs) && cs[j].Start <= l.Start && l.End <= cs[j].End
}
