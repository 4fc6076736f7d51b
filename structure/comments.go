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
	l := ls[i]
	t, k := l.Text, l.Key
	if _, ok := replies(k); ok {
		return ckReplies
	}
	if loc := reBy.FindStringIndex(t); loc != nil && l.N <= 7 {
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
	if l.N > 25 {
		return ckText
	}
	if _, ok := dateLineKeys(l.Keys); ok {
		return ckDate
	}
	if nameLike(t) && i+1 < hi && isDateOnlyKeys(ls[i+1].Keys) || authorDateWords(t, l.Words) >= 0 {
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

func isDateOnlyKeys(ks []string) bool {
	if len(ks) > 25 {
		return false
	}
	_, ok := dateLineKeys(ks)
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
	return i+2 < hi && nameLike(ls[i+1].Text) && isDateOnlyKeys(ls[i+2].Keys)
}

// authorDateLine matches "محمد من الرباط | 13 يناير 2020 - 14:30": a name
// followed by a date on one line. It returns the byte length of the name
// part, or -1.
func authorDateLine(t string) int {
	return authorDateWords(t, words(t))
}

// authorDateWords is authorDateLine on t's words.
func authorDateWords(t string, ws []word) int {
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

// endsComments reports furniture that closes a comment section, from the
// line's base kind.
func endsComments(l line) bool {
	switch l.Base {
	case marsad.BoilerCopyright, marsad.BoilerRelated, marsad.BoilerFollow, marsad.BoilerTags, marsad.BoilerAds:
		return true
	case marsad.BoilerNav:
		return !commentForm[l.Key]
	case marsad.BoilerSource:
		_, ok := sourceHead(l.Text, l.Words)
		return ok
	}
	return false
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
	var before []int
	for i := lo; i < hi; i++ {
		k := ls[i].Key
		if !maybeOpensComments(ls[i]) {
			continue
		}
		c := commentKind(ls, i, hi)
		if c == ckReplies || c == ckBy && byFollowed(ls, i, hi) {
			return i
		}
		if !commentHead(k) {
			continue
		}
		if before == nil {
			before = prefixLengths(ls)
		}
		if headerOpensSection(ls, i, hi, k, before) {
			return i
		}
	}
	return hi
}

// maybeOpensComments is a cheap filter for commentStart: it rejects lines
// that cannot be a comment header, a reply count or a "بواسطة:" line.
func maybeOpensComments(l line) bool {
	k := l.Key
	return l.N <= 8 && (commentHead(k) || strings.Contains(k, "رد") || strings.Contains(k, "repl") ||
		strings.HasPrefix(k, "بواسط") || strings.HasPrefix(k, "by"))
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

// headerOpensSection decides whether the comment header at i opens the
// comment section (see commentStart). It looks at most 200 lines ahead.
func headerOpensSection(ls []line, i, hi int, k string, before []int) bool {
	for j := i + 1; j < hi && j <= i+200; j++ {
		c := commentKind(ls, j, hi)
		if isEntryMark(c) {
			return true
		}
		if c == ckEnd || c == ckText && ls[j].N >= 12 {
			break
		}
	}
	if strings.HasPrefix(k, "لا ") || strings.HasPrefix(k, "كن اول") || strings.HasPrefix(k, "no ") {
		return true
	}
	counted := !commentHeads[k]
	return !counted && i+1 < hi && before[i] >= before[hi]/2
}

// prefixLengths returns, for each i, the bytes of text in ls[:i].
func prefixLengths(ls []line) []int {
	out := make([]int, len(ls)+1)
	for i, l := range ls {
		out[i+1] = out[i] + len(l.Text)
	}
	return out
}
