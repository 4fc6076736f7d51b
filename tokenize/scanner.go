package tokenize

import "unicode/utf8"

// scanner walks a string keeping both the byte and the code-point position.
type scanner struct {
	s string
	i int // byte offset
	n int // code-point offset
}

// peek returns the rune at the current position and its size in bytes.
func (sc *scanner) peek() (rune, int) {
	if sc.i >= len(sc.s) {
		return -1, 0
	}
	c := sc.s[sc.i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(sc.s[sc.i:])
}

// peekAt returns the rune k code points ahead (k ≥ 0), or -1.
func (sc *scanner) peekAt(k int) rune {
	i := sc.i
	for ; k > 0 && i < len(sc.s); k-- {
		_, size := utf8.DecodeRuneInString(sc.s[i:])
		i += size
	}
	if i >= len(sc.s) {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(sc.s[i:])
	return r
}

func (sc *scanner) advance(size int) {
	sc.i += size
	sc.n++
}

// skipWhile advances over runes for which f is true.
func (sc *scanner) skipWhile(f func(rune) bool) {
	for {
		r, size := sc.peek()
		if size == 0 || !f(r) {
			return
		}
		sc.advance(size)
	}
}

// mark is a saved position.
type mark struct{ i, n int }

func (sc *scanner) mark() mark          { return mark{sc.i, sc.n} }
func (sc *scanner) reset(m mark)        { sc.i, sc.n = m.i, m.n }
func (sc *scanner) since(m mark) string { return sc.s[m.i:sc.i] }
