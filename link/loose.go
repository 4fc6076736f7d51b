package link

import "strings"

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
	ra, rb := []rune(a), []rune(b)
	if max(len(ra), len(rb)) < 5 {
		return false
	}
	return skeleton(ra) == skeleton(rb)
}

// skeleton drops medial ا, و and ي, folds ك ق to ج and ز to س:
// كلاينرت and كلاينيرت, سولوفيوف and سولوفييف, زايدلر and سايدلر are one name.
func skeleton(rs []rune) string {
	var b strings.Builder
	for i, r := range rs {
		switch {
		case (r == 'ا' || r == 'و' || r == 'ي') && i > 0 && i < len(rs)-1:
			continue
		case r == 'ك' || r == 'ق':
			r = 'ج'
		case r == 'ز':
			r = 'س' // زايدلر/سايدلر: a German s
		}
		b.WriteRune(r)
	}
	return b.String()
}
