package quote

// statement is the reported content: tokens [a,b), and whether it was
// quoted directly.
type statement struct {
	a, b   int
	direct bool
	next   int // first token after the statement and its closing mark
}

// maxQuoted is the most tokens a direct quotation may run to.
const maxQuoted = 600

// quoted reads a quotation opened at token i. A short quoted name followed
// by more of the clause (إن "داعش" هاجم) is not the whole statement: ok
// is false then.
func (v *view) quoted(i int) (statement, bool) {
	c := v.closeQuote(i, maxQuoted)
	if c <= i+1 {
		return statement{}, false
	}
	return statement{a: i + 1, b: c, direct: true, next: c + 1}, true
}

// colon reads a statement after a colon: a quotation, or the words up to
// the sentence's end.
func (v *view) colon(i int) (statement, bool) {
	if i >= len(v.toks) || i > 0 && v.lineBreak(i-1) {
		return statement{}, false
	}
	if _, ok := v.openQuote(i); ok {
		return v.quoted(i)
	}
	st, ok := v.clause(i)
	st.direct = true
	return st, ok
}
