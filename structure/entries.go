package structure

import (
	"strings"

	"github.com/marsad/marsad"
)

// entry is one comment being read: the lines it covers and the roles
// found in them.
type entry struct {
	first, last int
	item        int
	by          bool // opened by "بواسطة"/"عدد الردود": a title may follow the author
	byLine      bool // a "بواسطة" line was read
	needAuthor  bool
	author      *line
	title       *line
	content     []int
	replies     *int
}

// cparser reads the entries of a comment section.
type cparser struct {
	text        string
	ls          []line
	hi          int
	cur         *entry
	afterAction bool // a reply/like bar closed the last entry
	comments    []marsad.Comment
	furn        []int // furniture lines
}

// parseComments reads the comment section ls[lo:hi] and returns the
// comments, the furniture lines and the index where the section ended.
func parseComments(text string, ls []line, lo, hi int) ([]marsad.Comment, []int, int) {
	p := &cparser{text: text, ls: ls, hi: hi}
	p.afterAction = hasActionBars(ls, lo, hi)
	end := hi
	for i := lo; i < hi; i++ {
		c := commentKind(ls, i, hi)
		if c == ckEnd && ls[i].Item <= 0 {
			end = i
			break
		}
		if it := ls[i].Item; it > 0 && (p.cur == nil || p.cur.item != it) {
			p.open(i)
		}
		p.step(i, c)
	}
	p.flush()
	return p.comments, p.outside(), end
}

// open flushes the current entry and starts one at line i.
func (p *cparser) open(i int) {
	p.flush()
	p.cur = &entry{first: i, last: i, item: p.ls[i].Item}
	p.afterAction = false
}

func (p *cparser) step(i int, c ck) {
	l := p.ls[i]
	switch c {
	case ckReplies:
		p.onReplies(i)
	case ckBy:
		p.startNew(i, p.cur != nil && p.cur.author == nil && len(p.cur.content) == 0 && !p.cur.byLine)
		p.cur.by, p.cur.byLine, p.cur.last = true, true, i
		p.setAuthor(l, len(reBy.FindString(l.Text)))
	case ckNum:
		p.open(i)
		p.cur.last = i
		p.setAuthor(l, reNum.FindStringIndex(l.Text)[1])
	case ckAuthor:
		p.startNew(i, p.cur != nil && p.cur.needAuthor && p.cur.author == nil)
		p.cur.last = i
		p.setAuthor(l, len(reBy.FindString(l.Text)))
	case ckDate:
		if p.cur != nil {
			p.cur.last = i
		} else {
			p.furn = append(p.furn, i)
		}
	case ckForm:
		p.furn = append(p.furn, i)
		if p.cur != nil && len(p.cur.content) > 0 && countLine(l.Key) {
			p.afterAction = true
		}
	default:
		p.onText(i)
	}
}

// startNew opens an entry at i unless the current one can take the line:
// it is fresh, or it is an HTML comment item (items open their own).
func (p *cparser) startNew(i int, fits bool) {
	if p.cur == nil || p.cur.item <= 0 && !fits {
		p.open(i)
	}
}

func (p *cparser) onReplies(i int) {
	p.startNew(i, p.cur != nil && p.cur.replies == nil && len(p.cur.content) == 0)
	if n, ok := replies(p.ls[i].Key); ok {
		p.cur.replies = &n
	} else if n := firstNumber(p.ls[i].Text); n >= 0 {
		p.cur.replies = &n
	}
	p.cur.by, p.cur.last = p.cur.by || p.cur.item <= 0, i
}

// setAuthor takes the author from l after byte offset a ("بواسطة: X",
// "1 - X", "X | 13 يناير 2020"); with nothing left, the next line is the
// author.
func (p *cparser) setAuthor(l line, a int) {
	rest := l.Text[a:]
	if n := authorDateLine(rest); n >= 0 {
		rest = rest[:n]
	}
	if m := reNum.FindStringIndex(rest); m != nil && m[1] < len(rest) && m[1] > len(strings.TrimRight(rest[:m[1]], " -–—.)")) {
		a += m[1]
		rest = rest[m[1]:]
	}
	if s, ok := l.sub(a, a+len(rest)); ok && strings.Trim(s.Text, " -–—|:·") != "" {
		p.cur.author = &s
		return
	}
	p.cur.needAuthor = true
}

func (p *cparser) onText(i int) {
	l := p.ls[i]
	cur := p.cur
	switch {
	case p.afterAction && nameLike(l.Text) && i+1 < p.hi && commentKind(p.ls, i+1, p.hi) == ckText:
		p.open(i)
		p.cur.author, p.cur.last = &l, i
		return
	case cur == nil:
		p.open(i)
	case cur.needAuthor && cur.author == nil && len(cur.content) == 0 && authorLike(l, cur.byLine):
		cur.author, cur.last = &l, i
		return
	case l.Hint == hintCTitle && cur.title == nil:
		cur.title, cur.last = &l, i
		return
	case cur.item <= 0 && !cur.by && cur.author == nil && cur.replies == nil && len(cur.content) > 0:
		p.open(i) // unstructured section: one comment per paragraph
	}
	p.cur.content = append(p.cur.content, i)
	p.cur.last = i
}

// authorLike reports a line that can be the author a comment's opening
// line announced. After "بواسطة:" any short line without a full stop
// will do (Youm7 names are free text); otherwise it must look like a name.
func authorLike(l line, byLine bool) bool {
	if byLine {
		return l.N > 0 && l.N <= 6 && !endsSentence(l.Text)
	}
	return nameLike(l.Text)
}

var actionWords = set("رد", "الرد", "أعجبني", "إعجاب", "لايك", "reply", "like")

// hasActionBars reports reply/like bars ("أعجبني · رد · 3 س") in the
// section: a sign that each comment is an author line, then its text.
func hasActionBars(ls []line, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if !countLine(ls[i].Key) {
			continue
		}
		for _, k := range ls[i].Keys {
			if actionWords[k] {
				return true
			}
		}
	}
	return false
}

func firstNumber(s string) int {
	for _, w := range keyWords(s) {
		if n := atoi(strings.Trim(w, "()[]")); n >= 0 {
			return n
		}
	}
	return -1
}
