package quote

import (
	"strings"

	"unicode/utf8"
)

// unnamedAt returns the end of an unnamed source starting at token a and
// ending by b: the head (مصدر), its adjectives (ليبي, مطلعة, عيان), a
// relative clause of not naming (لم تسمه) and, for spokesmen, باسم X.
func (v *view) unnamedAt(a, b int) (int, bool) {
	if a >= b || !v.isWord(a) {
		return a, false
	}
	if _, ok := unnamedHeads[v.norms[a]]; !ok {
		return a, false
	}
	k := a + 1
	for k < b && v.isWord(k) {
		w := v.norms[k]
		switch {
		case v.isModifier(w) && !v.hasPrep(k):
			k++ // not بمستشفى, which Search spells with ي
		case w == "لم" && k+1 < b:
			k += 2
		case w == "باسم" && k+1 < b:
			k = min(b, v.spokenFor(k+1))
		case k == a+1 && k+1 == b && groupHeads[v.norms[a]] && !strings.HasPrefix(w, "ال") && !v.hasPrep(k):
			return b, true // عمال إغاثة: the head and its genitive make the phrase
		default:
			return k, true
		}
	}
	return k, true
}

// groupHeads take a genitive noun that says what the group does: عمال
// إغاثة, خبراء اقتصاد (Search forms).
var groupHeads = searchSet("عمال موظفو موظفون خبراء أطباء ناشطو ناشطون نشطاء تجار مسؤولو")

// spokenFor returns the end of the body a spokesman speaks for from token
// k, after باسم: a tagged name with the adjectives the tagger left out
// (باسم وزارة الداخلية | الألمانية), else three words.
func (v *view) spokenFor(k int) int {
	ei, _ := v.entityAt(k)
	if ei < 0 || v.doc.Entities[ei].Start > v.toks[k].End {
		return k + 2
	}
	_, e := v.tokenRange(v.doc.Entities[ei].Start, v.doc.Entities[ei].End)
	for e < len(v.toks) && e < k+8 && v.isWord(e) && v.owner[e] < 0 && definiteAdjective(v.norms[e]) {
		e++
	}
	return e
}

func (v *view) isModifier(w string) bool {
	if _, ok := unnamedModifiers[w]; ok {
		return true
	}
	return isAdjective(w)
}

// isAdjective reports whether an indefinite word has a gentilic or
// relational ending: ليبي, أمنية, غربيون, عسكريين.
func isAdjective(w string) bool {
	return !strings.HasPrefix(w, "ال") && relational(w)
}

// definiteAdjective reports a word with the article and a relational
// ending: التقنية, الألمانية.
func definiteAdjective(w string) bool {
	rest, ok := strings.CutPrefix(w, "ال")
	return ok && relational(rest)
}

// relational reports a gentilic or relational ending on a word of four
// letters or more.
func relational(w string) bool {
	if utf8.RuneCountInString(w) < 4 {
		return false
	}
	for _, suf := range []string{"ي", "يه", "يون", "يين"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// unnamedHead reports an unnamed source's head (مصدر, مسؤول) at token i.
func (v *view) unnamedHead(i int) bool {
	if i < 0 || i >= len(v.norms) {
		return false
	}
	_, ok := unnamedHeads[v.norms[i]]
	return ok
}

// definiteUnnamed reports whether token a is a definite unnamed head that
// refers back to a source named before: المصدر, المسؤول.
func (v *view) definiteUnnamed(a int) (string, bool) {
	rest, ok := strings.CutPrefix(v.norms[a], "ال")
	if !ok {
		return "", false
	}
	_, ok = unnamedHeads[rest]
	return rest, ok
}
