package tokenize

import (
	"unicode/utf8"

	marsad "github.com/marsad/marsad"
)

// sentenceSplitter groups tokens into sentences as they are scanned. A
// sentence ends at a paragraph break (a newline), or after a terminal mark
// (. ! ? ؟ … and their runs) that is followed by space, together with any
// closing quotes or brackets attached to it. A full stop after a single
// letter (د. for doctor, the letters of U.S.) does not end a sentence, nor
// one inside a token (27.25, www.site.com).
type sentenceSplitter struct {
	out     []marsad.Sentence
	open    bool
	start   int
	lastEnd int
	prev    string // text of the previous token
	pending bool   // the previous token ended a sentence, unless a closer follows
	newline bool   // a newline was seen since the previous token
}

func (ss *sentenceSplitter) add(t *marsad.Token) {
	attached := t.Start == ss.lastEnd
	if ss.open && (ss.newline || ss.pending && !(attached && isCloser(t.Text)) && !attached) {
		ss.close()
	}
	ss.newline = false
	if !ss.open {
		ss.open, ss.start = true, t.Start
	}
	switch {
	case isTerminal(t.Text) && !isAbbrev(ss.prev, t.Text):
		ss.pending = true
	case ss.pending && attached && isCloser(t.Text):
		// closing quote or bracket stays with the sentence it closes
	default:
		ss.pending = false
	}
	ss.lastEnd, ss.prev = t.End, t.Text
}

func (ss *sentenceSplitter) close() {
	ss.out = append(ss.out, marsad.Sentence{Start: ss.start, End: ss.lastEnd})
	ss.open, ss.pending = false, false
}

func (ss *sentenceSplitter) finish() []marsad.Sentence {
	if ss.open {
		ss.close()
	}
	if ss.out == nil {
		return []marsad.Sentence{}
	}
	return ss.out
}

func isTerminal(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '.', '!', '?', '؟', '…', '۔':
		return true
	}
	return false
}

func isCloser(s string) bool {
	switch s {
	case "»", "”", "\"", "'", "’", ")", "]", "}", "›":
		return true
	}
	return false
}

// isAbbrev reports whether a full stop after prev marks an abbreviation:
// a single letter (د. م. U.S.) or a common Latin title.
func isAbbrev(prev, term string) bool {
	if term != "." {
		return false
	}
	if utf8.RuneCountInString(prev) == 1 {
		r, _ := utf8.DecodeRuneInString(prev)
		c := classOf(r)
		return c == cArabic || c == cLetter
	}
	switch prev {
	case "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "No", "vs", "etc", "Jr", "Sr":
		return true
	}
	return false
}
