package structure

import (
	"github.com/marsad/marsad"
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one non-blank line of the analysed text, trimmed. Start and End
// are code-point offsets; Text is the trimmed surface.
type line struct {
	Start, End int // code points
	A, B       int // bytes into the same text
	Text       string
	// BlankBefore is true when a blank line (or the start of a new HTML
	// block group) precedes this line.
	BlankBefore bool
	// Hint carries what the HTML markup said about the line.
	Hint hint
	// Item numbers the HTML comment item the line came from (from 1); 0
	// for lines outside comment markup.
	Item int
}

// hint is a role the markup gives a line.
type hint uint8

const (
	hintNone hint = iota
	hintTitle
	hintAuthor  // comment author
	hintCTitle  // comment title
	hintCText   // comment text
	hintDate    // comment date
	hintReplies // comment reply count
	hintCOther  // other comment furniture
)

// isTrim reports characters trimmed from span edges: white space,
// direction marks, zero-width characters and the byte-order mark.
func isTrim(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\ufeff', '\u061c', '\u2066', '\u2067', '\u2068', '\u2069', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e':
		return true
	}
	return unicode.IsSpace(r)
}

// splitLines cuts text into trimmed non-blank lines with rune offsets.
// Line breaks are \n, \r\n, \r, U+2028 and U+2029.
func splitLines(text string) []line {
	var out []line
	pos, bpos, blank := 0, 0, true
	for len(text) > 0 {
		i := strings.IndexAny(text, "\n\r\u2028\u2029")
		seg, brk := text, ""
		if i >= 0 {
			seg = text[:i]
			_, w := utf8.DecodeRuneInString(text[i:])
			brk = text[i : i+w]
			if brk == "\r" && strings.HasPrefix(text[i+1:], "\n") {
				brk = "\r\n"
			}
		}
		n := utf8.RuneCountInString(seg)
		if l, ok := trimmed(seg, pos, bpos); ok {
			l.BlankBefore = blank
			out = append(out, l)
			blank = false
		} else {
			blank = true
		}
		pos += n + utf8.RuneCountInString(brk)
		bpos += len(seg) + len(brk)
		text = text[len(seg)+len(brk):]
	}
	return out
}

// trimmed trims seg, which starts at rune offset pos and byte offset
// bpos, and reports whether anything is left.
func trimmed(seg string, pos, bpos int) (line, bool) {
	t := strings.TrimLeftFunc(seg, isTrim)
	lb := len(seg) - len(t)
	lead := utf8.RuneCountInString(seg[:lb])
	t = strings.TrimRightFunc(t, isTrim)
	if t == "" {
		return line{}, false
	}
	s := pos + lead
	return line{Start: s, End: s + utf8.RuneCountInString(t), A: bpos + lb, B: bpos + lb + len(t), Text: t}, true
}

// sub returns the trimmed part of l.Text between byte offsets a and b as
// a line with absolute rune offsets.
func (l line) sub(a, b int) (line, bool) {
	if a < 0 {
		a = 0
	}
	if b > len(l.Text) {
		b = len(l.Text)
	}
	if a >= b {
		return line{}, false
	}
	s, ok := trimmed(l.Text[a:b], l.Start+utf8.RuneCountInString(l.Text[:a]), l.A+a)
	s.Hint, s.Item = l.Hint, l.Item
	return s, ok
}

// span is the line's extent.
func (l line) span() marsad.Span { return marsad.Span{Start: l.Start, End: l.End} }
