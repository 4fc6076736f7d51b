package arlex

// Every Arabic letter (U+0621–U+064A, U+0671) is two bytes in UTF-8, so the
// stemmers work on byte offsets in steps of 2 and return substrings.

// IsArabicWord reports whether s is a non-empty run of Arabic letters only
// (no digits, marks, tatweel, Latin or invalid UTF-8).
func IsArabicWord(s string) bool {
	if len(s) == 0 || len(s)%2 != 0 {
		return false
	}
	for i := 0; i < len(s); i += 2 {
		if !isLetter(s[i], s[i+1]) {
			return false
		}
	}
	return true
}

func isLetter(b0, b1 byte) bool {
	switch b0 {
	case 0xD8:
		return b1 >= 0xA1 && b1 <= 0xBA // ء … غ
	case 0xD9:
		return b1 >= 0x81 && b1 <= 0x8A || b1 == 0xB1 // ف … ي, ٱ
	}
	return false
}

// fold2 maps the second byte of a two-byte letter to its arabic.Search
// form: أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي. ok is false when the letter
// is already folded.
func fold2(b0, b1 byte) (c0, c1 byte, ok bool) {
	switch {
	case b0 == 0xD8 && (b1 == 0xA2 || b1 == 0xA3 || b1 == 0xA5): // آ أ إ
		return 0xD8, 0xA7, true
	case b0 == 0xD9 && b1 == 0xB1: // ٱ
		return 0xD8, 0xA7, true
	case b0 == 0xD9 && b1 == 0x89, b0 == 0xD8 && b1 == 0xA6: // ى ئ
		return 0xD9, 0x8A, true
	case b0 == 0xD8 && b1 == 0xA9: // ة
		return 0xD9, 0x87, true
	case b0 == 0xD8 && b1 == 0xA4: // ؤ
		return 0xD9, 0x88, true
	}
	return b0, b1, false
}

// Fold returns s with its letters in arabic.Search form (alef forms → ا,
// ى → ي, ة → ه, ؤ → و, ئ → ي). Other bytes are kept as they are, so the
// result is valid UTF-8 when s is and never longer than s. It allocates only
// when a letter changes.
func Fold(s string) string {
	i := firstFold(s)
	if i < 0 {
		return s
	}
	b := []byte(s)
	for ; i+1 < len(b); i++ {
		if c0, c1, ok := fold2(b[i], b[i+1]); ok {
			b[i], b[i+1] = c0, c1
			i++
		}
	}
	return string(b)
}

func firstFold(s string) int {
	for i := 0; i+1 < len(s); i++ {
		if s[i] != 0xD8 && s[i] != 0xD9 {
			continue
		}
		if _, _, ok := fold2(s[i], s[i+1]); ok {
			return i
		}
		i++
	}
	return -1
}
