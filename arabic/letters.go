package arabic

// Letters and marks used by the rules, by name.
const (
	Hamza           = '\u0621' // ء
	AlefMadda       = '\u0622' // آ
	AlefHamzaAbove  = '\u0623' // أ
	WawHamza        = '\u0624' // ؤ
	AlefHamzaBelow  = '\u0625' // إ
	YehHamza        = '\u0626' // ئ
	Alef            = '\u0627' // ا
	TehMarbuta      = '\u0629' // ة
	Heh             = '\u0647' // ه
	Waw             = '\u0648' // و
	AlefMaksura     = '\u0649' // ى
	Yeh             = '\u064A' // ي
	Tatweel         = '\u0640' // ـ
	SuperscriptAlef = '\u0670'
	AlefWasla       = '\u0671' // ٱ
	FarsiYeh        = '\u06CC' // ی
	KeheH           = '\u06A9' // ک
	Kaf             = '\u0643' // ك
)

// IsLetter reports whether r is an Arabic-script letter (not a mark or digit).
func IsLetter(r rune) bool {
	switch {
	case r >= 0x0621 && r <= 0x063A, r >= 0x0641 && r <= 0x064A:
		return true
	case r >= 0x0671 && r <= 0x06D3, r == 0x06D5, r >= 0x06EE && r <= 0x06EF, r >= 0x06FA && r <= 0x06FF:
		return true
	case r >= 0x0750 && r <= 0x077F, r >= 0x08A0 && r <= 0x08C9:
		return true
	case r >= 0xFB50 && r <= 0xFDFF && r != 0xFD3E && r != 0xFD3F, r >= 0xFE70 && r <= 0xFEFC:
		return true
	}
	return false
}

// IsDiacritic reports whether r is a harakah, shadda, sukun, tanween,
// superscript alef or Quranic annotation mark.
func IsDiacritic(r rune) bool {
	switch {
	case r >= 0x064B && r <= 0x065F, r == SuperscriptAlef:
		return true
	case r >= 0x0610 && r <= 0x061A, r >= 0x06D6 && r <= 0x06DC, r >= 0x06DF && r <= 0x06E8, r >= 0x06EA && r <= 0x06ED:
		return true
	case r >= 0x08D3 && r <= 0x08FF && r != 0x08E2:
		return true
	}
	return false
}

// IsControl reports whether r is an invisible formatting character:
// zero-width spaces and joiners, bidi controls, the Arabic letter mark,
// soft hyphen and the byte-order mark.
func IsControl(r rune) bool {
	switch {
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x2064, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x061C, r == 0x00AD, r == 0xFEFF, r == 0x180E:
		return true
	}
	return false
}

// IsPresentationForm reports whether r is in the Arabic presentation-form blocks.
func IsPresentationForm(r rune) bool {
	return r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF
}

// Digit returns the ASCII digit for an Arabic-Indic or Persian digit.
func Digit(r rune) (byte, bool) {
	switch {
	case r >= 0x0660 && r <= 0x0669:
		return byte('0' + r - 0x0660), true
	case r >= 0x06F0 && r <= 0x06F9:
		return byte('0' + r - 0x06F0), true
	}
	return 0, false
}

// SkipLetters returns the index in runes after n letters from start, each
// letter taken with the diacritics and tatweel that follow it. It stops at
// len(runes). Clitic stripping uses it to move a span's start past و, ب, ال.
func SkipLetters(runes []rune, start, n int) int {
	p := start
	for ; n > 0 && p < len(runes); n-- {
		p++
		for p < len(runes) && (IsDiacritic(runes[p]) || runes[p] == Tatweel) {
			p++
		}
	}
	return p
}
