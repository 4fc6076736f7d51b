package structure

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fold maps s to the form rules match on: Arabic diacritics and tatweel
// removed, hamza-carrying alefs to bare alef, alef maqsura to yeh, teh
// marbuta to heh, hamza on waw/yeh to waw/yeh, Arabic-Indic digits to
// ASCII, Latin lower-cased.
func fold(s string) string {
	if folded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r = foldRune(r); r >= 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// folded reports whether fold(s) == s.
func folded(s string) bool {
	for _, r := range s {
		if foldRune(r) != r {
			return false
		}
	}
	return true
}

// foldRune folds one rune; -1 drops it.
func foldRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640:
		return -1
	case r >= 0x0660 && r <= 0x0669:
		return '0' + r - 0x0660
	case r >= 0x06F0 && r <= 0x06F9:
		return '0' + r - 0x06F0
	}
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ى':
		return 'ي'
	case 'ة':
		return 'ه'
	case 'ؤ':
		return 'و'
	case 'ئ':
		return 'ي'
	case 'ی':
		return 'ي'
	case 'ک':
		return 'ك'
	}
	if r >= 0x0600 && r < 0x0700 {
		return r
	}
	return unicode.ToLower(r)
}

// word is one white-space separated token of a line: byte offsets into the
// line's text, its surface and its folded key with edge punctuation removed.
type word struct {
	A, B int
	Text string
	Key  string
}

// indexSep returns the byte index of the first separator (":", "：",
// "-", "–", "—", and "|" when bar is set) among the first max bytes of s,
// or -1.
func indexSep(s string, max int, bar bool) int {
	if len(s) < max {
		max = len(s)
	}
	for i := 0; i < max; i++ {
		switch s[i] {
		case ':', '-':
			return i
		case '|':
			if bar {
				return i
			}
		case 0xEF: // ：
			if strings.HasPrefix(s[i:], "：") {
				return i
			}
		case 0xE2: // – —
			if strings.HasPrefix(s[i:], "–") || strings.HasPrefix(s[i:], "—") {
				return i
			}
		}
	}
	return -1
}

// isEdgePunct reports punctuation trimmed from word keys.
func isEdgePunct(r rune) bool {
	if unicode.IsPunct(r) || unicode.IsSymbol(r) {
		return true
	}
	switch r {
	case '؟', '،', '؛', '«', '»', '…', '|', '+', '-', '–', '—':
		return true
	}
	return false
}

// words tokenizes s on white space.
func words(s string) []word {
	var out []word
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if isTrim(r) {
			i += w
			continue
		}
		j := i
		for j < len(s) {
			r, w := utf8.DecodeRuneInString(s[j:])
			if isTrim(r) {
				break
			}
			j += w
		}
		t := s[i:j]
		out = append(out, word{A: i, B: j, Text: t, Key: fold(trimEdge(t))})
		i = j
	}
	return out
}

// trimEdge trims edge punctuation, fast for the common case of none.
func trimEdge(t string) string {
	r0, _ := utf8.DecodeRuneInString(t)
	r1, _ := utf8.DecodeLastRuneInString(t)
	if !isEdgePunct(r0) && !isEdgePunct(r1) {
		return t
	}
	return strings.TrimFunc(t, isEdgePunct)
}

// key is the folded line with punctuation-only words dropped and words
// joined by single spaces: the form whole-line rules compare.
func key(s string) string {
	ws := words(s)
	parts := make([]string, 0, len(ws))
	for _, w := range ws {
		if w.Key != "" {
			parts = append(parts, w.Key)
		}
	}
	return strings.Join(parts, " ")
}

// keyWords returns the non-empty word keys of s.
func keyWords(s string) []string {
	return strings.Fields(key(s))
}

// endsSentence reports whether s ends with sentence-final punctuation
// (a full stop, colon or ellipsis; not a question or exclamation mark),
// looking through closing quotes and brackets.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return isTrim(r) || strings.ContainsRune("\"'»”’)]」", r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".:…。٫", r)
}

// endsPunct reports whether s ends with any sentence punctuation,
// question and exclamation marks included.
func endsPunct(s string) bool {
	if endsSentence(s) {
		return true
	}
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return isTrim(r) || strings.ContainsRune("\"'»”’)]", r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("!?؟", r)
}

// hasPrefixWords reports whether ws starts with the words of p (a key).
func hasPrefixWords(ws []string, p string) bool {
	if len(ws) == 0 || !strings.HasPrefix(p, ws[0]) {
		return false
	}
	ps := strings.Fields(p)
	if len(ps) > len(ws) {
		return false
	}
	for i, x := range ps {
		if ws[i] != x {
			return false
		}
	}
	return true
}
