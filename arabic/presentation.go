package arabic

import "golang.org/x/text/unicode/norm"

const presFirst, presLast = 0xFB50, 0xFEFF

// presTable holds the NFKC decomposition of every presentation form that
// NFKC changes, built once at start-up ("" means the rune has none).
var presTable = func() (t [presLast - presFirst + 1]string) {
	for r := rune(presFirst); r <= presLast; r++ {
		if d := norm.NFKC.String(string(r)); d != string(r) {
			t[r-presFirst] = d
		}
	}
	return t
}()

// presentation returns the decomposition of r, or "" when r has none.
func presentation(r rune) string {
	if r < presFirst || r > presLast {
		return ""
	}
	return presTable[r-presFirst]
}
