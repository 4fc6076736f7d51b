package arabic

import (
	"strings"
	"unicode/utf8"
)

// buckwalterPairs is the standard Buckwalter table plus the common
// extensions for پ چ ڤ گ.
const buckwalterPairs = "'ء|آ>أ&ؤ<إ}ئAاbبpةtتvثjجHحxخdد*ذrرzزsس$شSصDضTطZظEعgغ_ـfفqقkكlلmمnنhهwوYىyيFًNٌKٍaَuُiِ~ّoْ`ٰ{ٱPپJچVڤGگ"

var toBW, fromBW = func() (map[rune]byte, [128]rune) {
	to := make(map[rune]byte, 48)
	var from [128]rune
	for s := buckwalterPairs; s != ""; {
		b := s[0]
		r, size := utf8.DecodeRuneInString(s[1:])
		to[r] = b
		from[b] = r
		s = s[1+size:]
	}
	return to, from
}()

// ToBuckwalter transliterates Arabic letters and marks to Buckwalter ASCII.
// Other characters pass through unchanged.
func ToBuckwalter(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if c, ok := toBW[r]; ok {
			b.WriteByte(c)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// FromBuckwalter transliterates Buckwalter ASCII back to Arabic. Characters
// outside the table (digits, spaces, punctuation other than the table's
// symbols, non-ASCII) pass through unchanged.
func FromBuckwalter(s string) string {
	var b strings.Builder
	b.Grow(len(s) * 2)
	for _, r := range s {
		if r < 128 && fromBW[r] != 0 {
			b.WriteRune(fromBW[r])
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}
