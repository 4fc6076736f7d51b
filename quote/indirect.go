package quote

import marsad "github.com/marsad/marsad"

// clause reads an indirect statement from token s to the end of its
// sentence, or to an earlier comma before another attribution (، وذلك
// وفق, ، مشيرا, ، وقال), a source phrase or a line break.
func (v *view) clause(s int) (statement, bool) {
	if s >= len(v.toks) {
		return statement{}, false
	}
	if _, ok := v.openQuote(s); ok {
		if st, ok := v.quoted(s); ok && v.endsClause(st.next) {
			return st, true
		}
	}
	e := v.sentEnd[s]
	for m := s + 1; m < e; m++ {
		if v.lineBreak(m-1) || v.attributionAt(m) {
			e = m
			break
		}
	}
	b := v.trimEnd(s, e)
	if b <= s {
		return statement{}, false
	}
	return statement{a: s, b: b, next: e}, true
}

// endsClause reports whether token k ends a clause: punctuation, the end
// of the text or a line.
func (v *view) endsClause(k int) bool {
	return k >= len(v.toks) || v.isPunct(k) || v.lineBreak(k-1)
}

// attributionAt reports whether a new attribution starts at token m: a
// source phrase or continuing participle, or a reporting verb after a comma.
func (v *view) attributionAt(m int) bool {
	switch v.cueAt(m).kind {
	case cueSource, cueGoOn, cueNaql:
		return true
	}
	if !v.isComma(m) {
		return false
	}
	k := m + 1
	if k < len(v.toks) && (v.norms[k] == "وذلك" || v.norms[k] == "فيما" || v.norms[k] == "بينما") {
		k++
	} else if k+1 < len(v.toks) && v.norms[k] == "في" && v.norms[k+1] == "حين" {
		k += 2
	}
	c := v.cueAt(k).kind
	return c != cueNone
}

func (v *view) isComma(i int) bool {
	return i < len(v.toks) && v.isPunct(i) && (v.toks[i].Text == "،" || v.toks[i].Text == ",")
}

// trimEnd drops trailing punctuation from tokens [s,e), keeping a closing
// mark whose opening mark is inside.
func (v *view) trimEnd(s, e int) int {
	for e > s && v.isPunct(e-1) && !v.balancedClose(s, e-1) {
		e--
	}
	return e
}

// balancedClose reports whether the mark at token k closes one opened in
// [s,k).
func (v *view) balancedClose(s, k int) bool {
	t := v.toks[k].Text
	open := map[string]string{"»": "«", "”": "“", ")": "(", "\"": "\""}[t]
	if open == "" {
		return false
	}
	n := 0
	for i := s; i < k; i++ {
		if v.toks[i].Kind == marsad.KindPunct && v.toks[i].Text == open {
			n++
		}
	}
	if t == "\"" {
		return n%2 == 1
	}
	return n > 0
}
