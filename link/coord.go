package link

import "strings"

// coordinate splits a dual role over the two names that follow it:
// وزيرا خارجية ودفاع روسيا سيرجي لافروف وسيرجي شويجو gives وزير خارجية
// روسيا to the first and وزير دفاع روسيا to the second.
func (v *view) coordinate(ms []mention, k, h int, sing string) {
	m := &ms[k]
	comps := v.components(h+1, m.titleFirst)
	next := k + 1
	if len(comps) != 2 || next >= len(ms) || ms[next].typ != m.typ || !v.joined(m, &ms[next]) {
		m.role = strings.TrimSpace(sing + " " + v.span(h+1, m.titleFirst))
		return
	}
	first, second := comps[0], comps[1]
	if len(first) == 1 && len(second) > 1 {
		first = append(first[:1:1], second[1:]...)
	}
	m.role = sing + " " + strings.Join(first, " ")
	ms[next].role = sing + " " + strings.Join(second, " ")
}

// components splits tokens [a,b) at the conjunction و into word lists,
// the و removed.
func (v *view) components(a, b int) [][]string {
	var comps [][]string
	var cur []string
	for i := a; i < b; i++ {
		tok := v.doc.Tokens[i]
		w := tok.Text
		switch {
		case v.norms[i] == "و":
			comps, cur = appendComp(comps, cur), nil
			continue
		case i > a && v.hasWaw(i):
			comps, cur = appendComp(comps, cur), nil
			w = v.text(v.skipLetters(tok.Start, 1), tok.End)
		}
		cur = append(cur, w)
	}
	return appendComp(comps, cur)
}

func appendComp(comps [][]string, cur []string) [][]string {
	if len(cur) == 0 {
		return comps
	}
	return append(comps, cur)
}

// joined reports whether mention n follows m joined by the conjunction و.
func (v *view) joined(m, n *mention) bool {
	switch n.titleFirst - m.end {
	case 0:
		return strings.HasPrefix(v.norms[n.titleFirst], "و")
	case 1:
		return v.norms[m.end] == "و"
	}
	return false
}
