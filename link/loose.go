package link

import (
	"strings"
	"unicode/utf8"
)

// looseEq compares two folded name words, also forgiving the spellings of
// foreign names that Key keeps apart: a medial long vowel written or not
// (ترامب/ترمب, كلاينرت/كلاينيرت) and ك, ق for g (كوتيريش/غوتيريش). Native words are kept
// strict: words with the article and words under five letters (كمال, جمال,
// حسان, حسن) must match exactly.
func looseEq(a, b string) bool {
	if a == b {
		return true
	}
	if strings.HasPrefix(a, "ال") || strings.HasPrefix(b, "ال") {
		return false
	}
	fa, la := ends(a)
	fb, lb := ends(b)
	if fa != fb || la != lb {
		return false // skeleton keeps the first and last letters: most pairs stop here
	}
	ra, rb := []rune(a), []rune(b)
	if max(len(ra), len(rb)) < 5 {
		return false
	}
	return skeleton(ra) == skeleton(rb)
}

// ends returns the first and last letters of w as skeleton folds them.
func ends(w string) (rune, rune) {
	f, _ := utf8.DecodeRuneInString(w)
	l, _ := utf8.DecodeLastRuneInString(w)
	return foldLoose(f), foldLoose(l)
}

func foldLoose(r rune) rune {
	switch r {
	case 'ك', 'ق':
		return 'ج'
	case 'ز':
		return 'س'
	}
	return r
}

// skeleton drops medial ا, و and ي, folds ك ق to ج and ز to س:
// كلاينرت and كلاينيرت, سولوفيوف and سولوفييف, زايدلر and سايدلر are one name.
func skeleton(rs []rune) string {
	var b strings.Builder
	for i, r := range rs {
		switch {
		case (r == 'ا' || r == 'و' || r == 'ي') && i > 0 && i < len(rs)-1:
			continue
		default:
			r = foldLoose(r) // ك ق → ج; ز → س (زايدلر/سايدلر: a German s)
		}
		b.WriteRune(r)
	}
	return b.String()
}
