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
	// for lines outside comment markup, -1 for comment markup without items.
	Item int
	// Words, Keys and Key are the line's words, their folded keys and the
	// folded line (see key), computed once. N counts the keys. Lines of
	// more than longLine words are paragraphs no furniture rule matches:
	// for them only the first words are analysed and N counts all words.
	Words []word
	Keys  []string
	Key   string
	N     int
	// Base is the kind the single-line rules give the line.
	Base string
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
	if r < 0x80 {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	if r >= 0x0600 && r < 0x0700 {
		return r == '\u061c'
	}
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
		i := indexBreak(text)
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

// indexBreak finds the first line break in s: \n, \r, U+2028 or U+2029.
func indexBreak(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\r':
			return i
		case 0xE2:
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				return i
			}
		}
	}
	return -1
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
	l := line{Start: s, End: s + utf8.RuneCountInString(t), A: bpos + lb, B: bpos + lb + len(t), Text: t}
	l.analyze()
	return l, true
}

// textLine makes a line of text that is not part of the analysed text.
func textLine(t string) line {
	l := line{Text: t}
	l.analyze()
	return l
}

// longLine is the word count above which a line is only partly analysed.
const longLine = 25

// analyze fills the cached word data.
func (l *line) analyze() {
	n := countFields(l.Text)
	t := l.Text
	if n > longLine {
		t = prefixFields(t, 6)
	}
	l.Words = words(t)
	l.Keys = make([]string, 0, len(l.Words))
	for _, w := range l.Words {
		if w.Key != "" {
			l.Keys = append(l.Keys, w.Key)
		}
	}
	l.Key = strings.Join(l.Keys, " ")
	l.N = len(l.Keys)
	if n > longLine {
		l.N = n
	}
}

// countFields counts the white-space separated fields of s.
func countFields(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := r == ' ' || r == '\t' || isTrim(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// prefixFields returns s up to the end of its k-th field.
func prefixFields(s string, k int) string {
	n, in := 0, false
	for i, r := range s {
		sp := r == ' ' || r == '\t' || isTrim(r)
		if sp && in {
			n++
			if n == k {
				return s[:i]
			}
		}
		in = !sp
	}
	return s
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
