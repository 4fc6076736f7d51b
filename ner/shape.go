package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Script classes of a word.
const (
	shArabic = iota
	shLatin
	shDigit
	shPunct
	shQuote
	shMixed
	shOther
)

// shapeArticle marks a word that starts with the article ال (after و ب ل).
const shapeArticle = 1 << 4

// wordShape packs a word's script class, article, length bucket and
// latin case into one value.
func wordShape(s string) uint64 {
	class := scriptClass(s)
	v := uint64(class)
	if strings.HasPrefix(s, "ال") || strings.HasPrefix(s, "وال") || strings.HasPrefix(s, "بال") || strings.HasPrefix(s, "لل") {
		v |= shapeArticle
	}
	n := utf8.RuneCountInString(s)
	v |= uint64(lenBucket(n)) << 5
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsUpper(r) {
		v |= 1 << 9
	}
	return v
}

func lenBucket(n int) int {
	switch {
	case n <= 3:
		return n
	case n <= 5:
		return 4
	case n <= 8:
		return 5
	}
	return 6
}

func scriptClass(s string) int {
	class := -1
	for _, r := range s {
		c := runeClass(r)
		if class >= 0 && c != class {
			return shMixed
		}
		class = c
	}
	if class < 0 {
		return shOther
	}
	return class
}

func runeClass(r rune) int {
	switch {
	case r >= 0x0600 && r <= 0x06FF && r != '،' && r != '؛' && r != '؟':
		return shArabic
	case r < 128 && (r|0x20 >= 'a' && r|0x20 <= 'z'), unicode.IsLetter(r):
		return shLatin
	case r >= '0' && r <= '9':
		return shDigit
	case strings.ContainsRune("\"'«»“”„‘’()[]", r):
		return shQuote
	}
	return shPunct
}
