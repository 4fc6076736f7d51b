package root

import (
	"strings"

	"github.com/marsad/marsad/internal/arlex"
)

const (
	alef = "ا"
	waw  = "و"
	ya   = "ي"
)

// weak restores the weak letter of a three-letter root r found by pattern
// p (or the stem itself, stemForm): a middle ا is a hollow و (قال → قول;
// in فاعل a ئ too: قائد → قود), unless the stem is a defective participle
// mostly seen with ي (باق: باقي → بقي). A final ا is kept: with أ folded, it
// is as often a hamza (بدأ → بدا) as a defective و (دعا).
func weak(r, p string, stemForm bool) string {
	if len(r) != 6 {
		return r
	}
	r1, r2, r3 := r[0:2], r[2:4], r[4:6]
	changed := false
	if r1 == ya && p != "" && p[0] > '9' {
		r1, changed = waw, true // assimilated: استيعاب → وعب, ايقاع → وقع
	}
	if r3 == "ء" && strings.HasSuffix(p, "ا3") {
		r3, changed = ya, true // defective masdar: استيفاء → وفي, اكتفاء → كفي
	}
	switch {
	case r2 == alef && stemForm && arlex.Freq2(r, ya) > arlex.Freq(r):
		return r1 + r3 + ya
	case r2 == alef, r2 == "ئ" && p == "1ا23":
		return r1 + waw + r3
	case changed:
		return r1 + r2 + r3
	}
	return r
}

// biliteral completes a two-letter stem: a doubled root (مد → مدد, سن →
// سنن) or, after و, a defective one (قو → قوي).
func biliteral(s string) string {
	if strings.HasSuffix(s, waw) {
		return s + ya
	}
	return s + s[2:]
}
