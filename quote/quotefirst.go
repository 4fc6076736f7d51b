package quote

import "strings"

// quoteBefore reads a direct quotation that ends right before the
// reporting verb at token i, past a comma (and هكذا): «الوضع صعب»، قال
// الوزير; "..."، تقول زينب قايا; «...»، هكذا علّق X. It is not taken when
// a statement already claimed it (قال X: «...»، وقال Y). next is the
// token after the speaker's phrase, which ends at b.
func (x *extractor) quoteBefore(i, b int) (statement, bool) {
	v := x.v
	c := v.frameStart(i) - 1
	if c < 0 || !v.isComma(c) {
		return statement{}, false // «الوطنية للنفط» تعلن: a quoted name is the subject
	}
	c--
	if c < 1 || !v.isPunct(c) || v.lineBreak(c) {
		return statement{}, false
	}
	o := v.openBefore(c)
	if o < 0 || c-o <= 3 {
		return statement{}, false // a quoted word or two is a name, not a statement
	}
	if n := len(x.quotes); n > 0 && x.ends[n-1] > o {
		return statement{}, false
	}
	return statement{a: o + 1, b: c, direct: true, next: b}, true
}

// frameStart returns the first token of the words that frame a quotation
// before the verb at token i (هكذا, بهذه الكلمات, بهذه العبارة), or i.
func (v *view) frameStart(i int) int {
	switch {
	case i >= 1 && v.isWord(i-1) && v.norms[i-1] == "هكذا":
		return i - 1
	case i >= 2 && v.isWord(i-2) && demonstrativePPs[v.norms[i-2]] && v.isWord(i-1) && strings.HasPrefix(v.norms[i-1], "ال"):
		return i - 2
	}
	return i
}

// framed handles a verb that reports only a quotation framed before it:
// «...»، هكذا عبّر X; "..."، بهذه الكلمات روى X لـ"الوطن"; بهذه العبارة
// لخّص X. Such verbs (عبّر, روى, لخّص) mean other things elsewhere.
func (x *extractor) framed(i int) (int, bool) {
	v := x.v
	if _, ok := framedVerbs[v.norms[i]]; !ok || v.frameStart(i) == i {
		return i + 1, false
	}
	b := v.nounPhrase(i + 1)
	spk, via, named := x.speakerIn(i+1, b)
	if !named {
		return i + 1, false
	}
	st, ok := x.quoteBefore(i, b)
	if !ok {
		return i + 1, false
	}
	if vo, found := v.viaAfter(b); found && via == nil {
		via = v.via(vo)
	}
	x.add(i, st, spk, via)
	return b, true
}

// framedVerbs report a framed quotation (Search forms).
var framedVerbs = wordSet("عبر عبرت روى روت لخص لخصت وصف وصفت ختم ختمت", "")

// openBefore returns the token that opens the quotation closed at token c,
// or -1: the nearest opening mark before c whose closing mark is c.
func (v *view) openBefore(c int) int {
	for k := c - 1; k >= 0 && c-k <= maxQuoted && !v.lineBreak(k); k-- {
		if _, ok := v.openQuote(k); ok {
			if v.closeQuote(k, maxQuoted) == c {
				return k
			}
			if v.toks[k].Text != "\"" {
				return -1
			}
		}
	}
	return -1
}

// viaAfter returns an outlet addressed in the words after the speaker of
// a quotation before its verb, up to the sentence's end: "..."، تقول X،
// وهي طالبة، للأناضول; هكذا علّق X في حديثه لقناة «إس إس سي».
func (v *view) viaAfter(k int) (outlet, bool) {
	for j := k; j < len(v.toks) && j < k+20 && v.sentStart[j] == v.sentStart[k]; j++ {
		if v.cueAt(j).kind != cueNone {
			break
		}
		if !v.isWord(j) || !strings.HasPrefix(v.norms[j], "ل") {
			continue
		}
		if o, ok := v.outletAt(j, false); ok {
			return o, true // للأناضول, لقناة «إس إس سي»
		}
	}
	return outlet{}, false
}
