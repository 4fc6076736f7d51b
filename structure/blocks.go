package structure

import (
	"strings"

	"github.com/marsad/marsad"
)

// tagsHeads open tag lists ("الكلمات الدالة").
var tagsHeads = set(
	"الكلمات الدالة", "كلمات دالة", "الكلمات المفتاحية", "كلمات مفتاحية", "الكلمات الدلالية", "كلمات دلالية", "الكلمات الرئيسية", "كلمات البحث",
	"الوسوم", "وسوم", "الوسم", "الهاشتاغ", "هاشتاغ", "تاغ", "تاغات", "tags", "tag", "topics", "مواضيع", "المواضيع", "موضوعات", "الموضوعات", "علامات", "العلامات", "مواضيع متعلقة بالخبر", "مواضيع ذات علاقة",
)

// tagsHead matches a tags header alone (alone=true) or followed by its
// tags on the same line after ":" or "-".
func tagsHead(text, k string) (alone bool, ok bool) {
	if tagsHeads[k] {
		return true, true
	}
	i := indexSep(text, 64, false)
	if i <= 0 {
		return false, false
	}
	return false, tagsHeads[key(text[:i])] && len(keyWords(text[i:])) <= 30
}

// headlineLike reports a line that could be a link title in a related
// block: no sentence-final punctuation and at most 25 words.
func headlineLike(l line) bool {
	n := l.N
	return n > 0 && n <= 25 && !endsSentence(l.Text)
}

// tagLike reports a line that could be one tag: one to four words, no
// sentence punctuation.
func tagLike(l line) bool {
	n := l.N
	return n > 0 && n <= 4 && !endsPunct(l.Text)
}

// extendBlocks grows related-links and tags headers over the items that
// follow them. kinds holds the single-line kinds; body lines are "".
// Items stop at the first line that is furniture of another kind or does
// not look like an item. Al Jazeera's "list N of M" ... "end of list"
// blocks are taken whole.
func extendBlocks(ls []line, kinds []string, lo, hi int) {
	for i := lo; i < hi; i++ {
		switch {
		case kinds[i] == marsad.BoilerRelated && reListStart.MatchString(strings.TrimSpace(ls[i].Text)):
			if end := listEnd(ls, i-1, hi); end > i {
				markRange(kinds, i, end, marsad.BoilerRelated)
				i = end
			}
		case kinds[i] == marsad.BoilerRelated && relatedHeads[ls[i].Key]:
			i = extendRelated(ls, kinds, i, hi)
		case kinds[i] == marsad.BoilerTags:
			if alone, _ := tagsHead(ls[i].Text, ls[i].Key); alone {
				i = extendRun(ls, kinds, i, hi, 15, marsad.BoilerTags, tagLike)
			}
		}
	}
}

// extendRelated marks the items after a related header at i.
func extendRelated(ls []line, kinds []string, i, hi int) int {
	if end := listEnd(ls, i, hi); end > i {
		markRange(kinds, i, end, marsad.BoilerRelated)
		return end
	}
	return extendRun(ls, kinds, i, hi, 10, marsad.BoilerRelated, headlineLike)
}

// markRange sets kinds[a..b] to kind.
func markRange(kinds []string, a, b int, kind string) {
	for j := a; j <= b; j++ {
		kinds[j] = kind
	}
}

// listEnd returns the index of the "end of list" closing a list that
// starts within two lines after i with "list 1 of N" or "list of N
// items", or -1.
func listEnd(ls []line, i, hi int) int {
	start := false
	for j := i + 1; j < hi && j <= i+2; j++ {
		start = start || reListStart.MatchString(strings.TrimSpace(ls[j].Text))
	}
	if !start {
		return -1
	}
	for j := i + 1; j < hi && j < i+40; j++ {
		if strings.EqualFold(strings.TrimSpace(ls[j].Text), "end of list") {
			return j
		}
	}
	return -1
}

// extendRun marks up to max lines after i that satisfy ok and are not
// already furniture of another kind (dates are absorbed).
func extendRun(ls []line, kinds []string, i, hi, max int, kind string, ok func(line) bool) int {
	n := 0
	j := i + 1
	for ; j < hi && n < max; j++ {
		if kinds[j] == marsad.BoilerDate || kinds[j] == marsad.BoilerOther {
			kinds[j] = kind
			continue
		}
		if kinds[j] != "" || !ok(ls[j]) {
			break
		}
		kinds[j] = kind
		n++
	}
	return j - 1
}

// trailingTags marks a run of two or more one-to-four-word lines after the
// last paragraph of the article (before hi) as tags: topic links pasted
// without a header ("لبنان", "كهرباء").
func (d *doc) trailingTags(hi int) {
	last := -1
	for i := 0; i < hi; i++ {
		if d.kinds[i] == "" && bodyLike(d.ls[i]) {
			last = i
		}
	}
	if last < 0 {
		return
	}
	var run []int
	for i := last + 1; i < hi; i++ {
		if d.kinds[i] != "" {
			continue
		}
		if !tagLike(d.ls[i]) || hasDigit(d.ls[i].Text) || strings.ContainsAny(d.ls[i].Text[:1], "-–—•*·") {
			return
		}
		run = append(run, i)
	}
	if len(run) >= 2 {
		for _, i := range run {
			d.kinds[i] = marsad.BoilerTags
		}
	}
}
