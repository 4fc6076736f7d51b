package tokenize

import (
	marsad "github.com/marsad/marsad"
)

// Tokens returns the tokens of s. Offsets are code-point indices into s.
func Tokens(s string) []marsad.Token {
	toks, _ := Split(s, nil, false)
	return toks
}

// Split appends the tokens of s to dst and, when sentences is true, also
// returns the sentence spans.
func Split(s string, dst []marsad.Token, sentences bool) ([]marsad.Token, []marsad.Sentence) {
	sc := scanner{s: s}
	var ss sentenceSplitter
	if dst == nil {
		dst = make([]marsad.Token, 0, len(s)/8+1)
	}
	for {
		r, size := sc.peek()
		if size == 0 {
			break
		}
		c := classOf(r)
		if c == cSpace {
			if r == '\n' || r == '\u2029' {
				ss.newline = true
			}
			sc.advance(size)
			continue
		}
		m := sc.mark()
		kind := sc.scanToken(r, size, c)
		tok := marsad.Token{Start: m.n, End: sc.n, Text: sc.since(m), Kind: kind}
		if sentences {
			ss.add(&tok)
		}
		dst = append(dst, tok)
	}
	if !sentences {
		return dst, nil
	}
	return dst, ss.finish()
}

// scanToken consumes one token that starts with r and returns its kind.
func (sc *scanner) scanToken(r rune, size int, c class) marsad.TokenKind {
	switch {
	case c == cLetter || c == cDigit:
		if sc.scanURL() {
			return marsad.KindURL
		}
		if sc.scanEmail() {
			return marsad.KindEmail
		}
	case r == '#' || r == '@':
		if isWordRune(sc.peekAt(1)) {
			sc.advance(size)
			sc.skipWhile(isWordRune)
			if r == '#' {
				return marsad.KindHashtag
			}
			return marsad.KindMention
		}
	}
	switch c {
	case cArabic:
		sc.skipWhile(func(r rune) bool { return classOf(r) == cArabic })
		return marsad.KindWord
	case cDigit:
		sc.scanNumber()
		return marsad.KindNumber
	case cLetter:
		sc.scanLatin()
		return marsad.KindLatin
	case cPunct:
		sc.advance(size)
		if r == '.' || r == '!' || r == '?' || r == '؟' || r == '-' || r == '_' {
			sc.skipWhile(func(x rune) bool { return x == r })
		}
		return marsad.KindPunct
	}
	sc.advance(size)
	return marsad.KindSymbol
}
