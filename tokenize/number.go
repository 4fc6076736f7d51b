package tokenize

import "unicode/utf8"

func isDigit(r rune) bool { return r >= 0 && classOf(r) == cDigit }

// scanNumber consumes digits with inner separators (1,500 27.25 ٣٫٥) and an
// optional percent sign (27.25% ٪).
func (sc *scanner) scanNumber() {
	for {
		sc.skipWhile(isDigit)
		r, size := sc.peek()
		if (r == '.' || r == ',' || r == '٫' || r == '٬') && isDigit(sc.peekAt(1)) {
			sc.advance(size)
			continue
		}
		if r == '%' || r == '٪' {
			sc.advance(size)
		}
		return
	}
}

// scanLatin consumes a Latin (or other non-Arabic script) word: letters,
// marks and digits, with inner apostrophes (don't, O'Brien).
func (sc *scanner) scanLatin() {
	for {
		sc.skipWhile(func(r rune) bool { c := classOf(r); return c == cLetter || c == cDigit })
		r, size := sc.peek()
		if (r == '\'' || r == '’') && classOf(sc.peekAt(1)) == cLetter {
			sc.advance(size)
			continue
		}
		return
	}
}

// hasPrefixFold reports whether s starts with the ASCII prefix p, ignoring case.
func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if s[i]|0x20 != p[i] {
			return false
		}
	}
	return true
}

// scanURL consumes a URL starting at the current position, if there is one.
// Trailing punctuation (a sentence's full stop, a closing bracket or quote)
// is left out.
func (sc *scanner) scanURL() bool {
	rest := sc.s[sc.i:]
	if !hasPrefixFold(rest, "http://") && !hasPrefixFold(rest, "https://") && !hasPrefixFold(rest, "www.") {
		return false
	}
	good := sc.mark()
	for {
		r, size := sc.peek()
		if size == 0 || classOf(r) == cSpace || r == '"' || r == '<' || r == '>' || r == '«' || r == '»' || r == utf8.RuneError {
			break
		}
		sc.advance(size)
		if !isURLTrailer(r) {
			good = sc.mark()
		}
	}
	sc.reset(good)
	return true
}

func isURLTrailer(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '\'', '،', '؛', '؟', '”', '’':
		return true
	}
	return false
}

// scanEmail consumes an e-mail address (ASCII local part @ dotted domain).
func (sc *scanner) scanEmail() bool {
	s := sc.s[sc.i:]
	at := 0
	for at < len(s) && isEmailLocal(s[at]) {
		at++
	}
	if at == 0 || at >= len(s) || s[at] != '@' {
		return false
	}
	end, dots, lastDot := at+1, 0, 0
	for end < len(s) && (isAlnum(s[end]) || s[end] == '-' || s[end] == '.' && end+1 < len(s) && isAlnum(s[end+1])) {
		if s[end] == '.' {
			dots++
			lastDot = end
		}
		end++
	}
	if dots == 0 || end-lastDot < 3 {
		return false
	}
	for k := 0; k < end; k++ { // all ASCII: one byte per code point
		sc.advance(1)
	}
	return true
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z'
}

func isEmailLocal(c byte) bool {
	return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}
