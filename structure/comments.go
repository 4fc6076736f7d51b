package structure

import (
	"strings"

	"github.com/marsad/marsad"
)

// commentKind classifies line i of ls (looking ahead up to hi) inside a
// comment section.
func commentKind(ls []line, i, hi int) ck {
	if ls[i].Hint != hintNone {
		return hintKind(ls[i].Hint)
	}
	t := ls[i].Text
	k := key(t)
	if _, ok := replies(k); ok {
		return ckReplies
	}
	if loc := reBy.FindStringIndex(t); loc != nil && len(keyWords(t)) <= 7 {
		return ckBy
	}
	if isNumLine(ls, i, hi) {
		return ckNum
	}
	if endsComments(ls[i]) {
		return ckEnd
	}
	if commentFormLine(k) {
		return ckForm
	}
	if _, ok := dateLine(t); ok {
		return ckDate
	}
	if authorDateLine(t) >= 0 || nameLike(t) && i+1 < hi && isDateOnly(ls[i+1].Text) {
		return ckAuthor
	}
	return ckText
}

// hintKind maps an HTML hint to a line role.
func hintKind(h hint) ck {
	switch h {
	case hintAuthor:
		return ckAuthor
	case hintDate:
		return ckDate
	case hintReplies:
		return ckReplies
	case hintCOther:
		return ckForm
	}
	return ckText
}

func isDateOnly(s string) bool {
	_, ok := dateLine(s)
	return ok
}

// isNumLine matches "1 - مغربي حر" and a bare "1" followed by a name.
func isNumLine(ls []line, i, hi int) bool {
	t := ls[i].Text
	m := reNum.FindStringIndex(t)
	if m == nil {
		return false
	}
	if rest := t[m[1]:]; rest != "" {
		return m[1] > len(strings.TrimRight(t[:m[1]], " -–—.)")) && nameLike(rest) || authorDateLine(rest) >= 0
	}
	return i+2 < hi && nameLike(ls[i+1].Text) && isDateOnly(ls[i+2].Text)
}

// authorDateLine matches "محمد من الرباط | 13 يناير 2020 - 14:30": a name
// followed by a date on one line. It returns the byte length of the name
// part, or -1.
func authorDateLine(t string) int {
	ws := words(t)
	end, iso := dateTail(ws)
	if end == 0 || end == len(ws) || iso == "" && !hasTimeOrRelative(keyWords(t[ws[end].A:])) {
		return -1
	}
	name := strings.TrimRight(t[:ws[end-1].B], " -–—|،,·")
	if !nameLike(name) {
		return -1
	}
	return len(name)
}

// endsComments reports furniture that closes a comment section.
func endsComments(l line) bool {
	switch lineKind(l) {
	case marsad.BoilerCopyright, marsad.BoilerRelated, marsad.BoilerFollow, marsad.BoilerTags, marsad.BoilerAds:
		return true
	}
	if navLine(l) && !commentForm[key(l.Text)] {
		return true
	}
	_, ok := sourceHead(l.Text, words(l.Text))
	return ok
}

// isEntryMark reports lines that open comment entries on their own.
func isEntryMark(c ck) bool {
	return c == ckReplies || c == ckBy || c == ckNum || c == ckAuthor
}

// commentStart returns the index of the first line of the comment section
// in ls[lo:hi], or hi. A section opens at a comment header or an entry
// mark ("عدد الردود", "بواسطة:"); a header counts only when entries follow
// it with no body-like paragraph in between, or when it says there are no
// comments, or when more text precedes it than follows it.
func commentStart(ls []line, lo, hi int) int {
	for i := lo; i < hi; i++ {
		k := key(ls[i].Text)
		c := commentKind(ls, i, hi)
		if c == ckReplies || c == ckBy && byFollowed(ls, i, hi) {
			return i
		}
		if !commentHead(k) {
			continue
		}
		if headerOpensSection(ls, i, hi, k) {
			return i
		}
	}
	return hi
}

// byFollowed reports "بواسطة:" followed by an author and some text.
func byFollowed(ls []line, i, hi int) bool {
	rest := strings.TrimSpace(ls[i].Text[len(reBy.FindString(ls[i].Text)):])
	need := 2
	if rest != "" {
		need = 1
	}
	return hi-i-1 >= need
}

func headerOpensSection(ls []line, i, hi int, k string) bool {
	for j := i + 1; j < hi; j++ {
		c := commentKind(ls, j, hi)
		if isEntryMark(c) {
			return true
		}
		if c == ckEnd || c == ckText && len(keyWords(ls[j].Text)) >= 12 {
			break
		}
	}
	if strings.HasPrefix(k, "لا ") || strings.HasPrefix(k, "كن اول") || strings.HasPrefix(k, "no ") {
		return true
	}
	counted := !commentHeads[k]
	return !counted && i+1 < hi && textBefore(ls, i) >= textBefore(ls, hi)/2
}

// textBefore is the length of the lines before i, in bytes.
func textBefore(ls []line, i int) int {
	n := 0
	for _, l := range ls[:i] {
		n += len(l.Text)
	}
	return n
}
