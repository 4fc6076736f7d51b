package clitic

import (
	"strings"

	"github.com/marsad/marsad/internal/arlex"
)

const (
	alef  = "ا"
	art   = "ال"
	taM   = "ة" // ta marbuta
	ta    = "ت"
	hamza = "ء"
)

// find returns the proclitic sequence and enclitic to split off w: the
// longest split the lexicon supports, unless a shorter one is much better
// attested (و+اتهم, not وات+هم).
func find(w string) (proc, string) {
	var none proc
	if len(w) < 6 || !arlex.IsArabicWord(w) || keep[w] {
		return none, ""
	}
	c := cand{w: w, fw: arlex.Freq(w), stack: -1}
	best := choice{}
	pl, el := procsByFirst[w[:2]], encsByLast[w[len(w)-2:]]
	for ei := -1; ei < len(el); ei++ {
		e := ""
		if ei >= 0 {
			if e = el[ei].s; !strings.HasSuffix(w, e) {
				continue
			}
		}
		for pi := -1; pi < len(pl); pi++ {
			p := none
			if pi >= 0 {
				if p = pl[pi]; !strings.HasPrefix(w, p.s) {
					continue
				}
			}
			if len(p.s)+len(e) == 0 {
				continue
			}
			if ev, ok := c.valid(p, el, ei, e); ok {
				best = best.better(choice{p, e, len(p.s) + len(e), ev})
			}
		}
	}
	return best.p, best.e
}

// choice is a valid split and how well its base is attested.
type choice struct {
	p  proc
	e  string
	n  int    // bytes split off
	ev uint32 // base frequency, article forms included
}

// better returns the preferred of b and o: the longer split, unless the
// other base is ten times better attested; on a tie, the article (an
// article and a pronoun never go together: ال+مهم, not الم+هم).
func (b choice) better(o choice) choice {
	if o.n > b.n && o.ev*10 >= b.ev || o.n < b.n && o.ev > 10*b.ev {
		return o
	}
	if o.n == b.n && (o.ev > 10*b.ev || o.p.art && !b.p.art && o.ev*10 >= b.ev) {
		return o
	}
	return b
}

// cand holds the word being split and evidence computed once per word.
type cand struct {
	w     string
	fw    uint32 // frequency of the whole word
	stack int64  // frequency of the word with an extra article or و/ف (-1: not yet known)
}

// valid reports whether splitting proclitics p and enclitic e (el[ei], or
// none when ei < 0) off c.w is supported by the lexicon.
func (c *cand) valid(p proc, el []enc, ei int, e string) (uint32, bool) {
	if len(p.s)+len(e)+4 > len(c.w) {
		return 0, false
	}
	core := c.w[len(p.s) : len(c.w)-len(e)]
	if !shapeOK(p, e, core) || c.keepsRest(p, e) {
		return 0, false
	}
	if p.s != "" && c.stacked(p) {
		return 0, false
	}
	if e != "" && c.encStem(p, e) {
		return 0, false
	}
	ev := evidence(core, p.art, e != "")
	if e != "" && c.fw > 0 && (el[ei].strict || ev < 5*c.fw) && !takesPronoun(core, e) && !feminine(core) {
		return 0, false // وات+هم: وات is never seen with another pronoun
	}
	cmp := ev
	if p.art {
		cmp += arlex.Freq2(art, core)
	}
	if c.fw == 0 && ev < 2 {
		// unknown word: trust the shape of the article and long pronouns
		return cmp, p.art && e == "" && len(core) >= 6 ||
			p.s == "" && len(e) >= 4 && len(core) >= 6
	}
	if ev < 2 || e != "" && float32(ev) < el[ei].ratio*float32(c.fw) {
		return 0, false
	}
	return cmp, procEnough(p, ev, c.fw)
}

// procEnough reports whether a base seen ev times supports proclitics p on
// a word seen fw times: a word with the article or a conjunction is often
// as frequent as its base (وقال: 7601, قال: 4286), one with a preposition
// less so, and one with ك much less (كانت is not ك+انت, كمال not ك+مال).
func procEnough(p proc, ev, fw uint32) bool {
	e, f := uint64(ev), uint64(fw)
	switch {
	case p.s == "ك" || p.s == "وك" || p.s == "فك":
		return e >= 50*f
	case p.prep || p.fut:
		return 8*e >= f
	case p.conj && !p.art:
		return 20*e >= f
	}
	return true
}

// keepsRest reports whether what is left after a conjunction, or before
// the pronoun, is a word kept whole (وهناك is not وهنا+ك, وكذلك not وك+ذلك).
func (c *cand) keepsRest(p proc, e string) bool {
	if p.conj && len(p.s) > 2 && keep[c.w[2:]] {
		return true
	}
	return e != "" && keep[c.w[len(p.s):]]
}

// shapeOK checks the letters: enough left for a base, no article before a
// pronoun, an imperfective verb after س, no ة before a pronoun.
func shapeOK(p proc, e, core string) bool {
	min := 4 // two letters
	if p.prep || p.fut {
		min = 6
	}
	if len(core) < min || p.art && e != "" {
		return false
	}
	if len(core) == 4 && !p.art && !short[core] {
		return false // ف+في, و+هو, حق+ه; but not ات+هم, مت+هما, و+ات
	}
	if p.fut && !(strings.HasPrefix(core, "ي") || strings.HasPrefix(core, "ت") ||
		strings.HasPrefix(core, "ن") || strings.HasPrefix(core, alef) && len(core) >= 8) {
		return false
	}
	return e == "" || !strings.HasSuffix(core, taM)
}

// stacked reports whether the whole word behaves like a stem: it takes the
// article (الوزير, الالغاء) or, for a leading و/ف, a conjunction (ووصل).
func (c *cand) stacked(p proc) bool {
	if c.stack < 0 {
		c.stack = int64(arlex.Freq2(art, c.w))
	}
	s := c.stack
	if strings.HasSuffix(c.w, alef) { // accusative -ا: واحدا takes the article as الواحد
		s += int64(arlex.Freq2(art, c.w[:len(c.w)-2]))
	}
	if p.conj {
		s += int64(arlex.Freq2("و", c.w)) + int64(arlex.Freq2("ف", c.w))
	}
	return s*20 > int64(c.fw)
}

// encStem reports whether the word minus proclitics looks like a stem that
// ends in pronoun-like letters: it takes the article (وجه: الوجه), or for ي
// it has a feminine nisba form (عربي: عربية).
func (c *cand) encStem(p proc, e string) bool {
	rest := c.w[len(p.s):]
	fr := arlex.Freq(rest)
	s := arlex.Freq2(art, rest)
	if e == "ي" {
		s += arlex.Freq2(rest, taM)
		return s >= 2 || s*20 > fr
	}
	return s*20 > fr
}

// evidence is how often core is seen on its own (or with the article, when
// the article was not what was split off). Before a pronoun, a final ت is
// read as ة (حكومت+ه) and ؤ ئ as ء (ابناؤ+ه).
func evidence(core string, hadArt, hadEnc bool) uint32 {
	ev := arlex.Freq(core)
	if !hadArt {
		ev += arlex.Freq2(art, core)
	} else if strings.HasSuffix(core, taM) {
		ev += arlex.Freq(core[:len(core)-2]) // ال+متحدة: متحد
	} else {
		ev += arlex.Freq2(core, taM)
	}
	if !hadEnc || len(core) < 6 {
		return ev
	}
	stem := core[:len(core)-2]
	switch core[len(core)-2:] {
	case ta:
		ev += arlex.Freq2(stem, taM) + arlex.Freq3(art, stem, taM)
	case "ؤ", "ئ":
		ev += arlex.Freq2(stem, hamza) + arlex.Freq3(art, stem, hamza)
	}
	return ev
}

// takesPronoun reports whether core is seen with a third-person pronoun
// other than e, as a noun, preposition or verb that takes pronouns must be.
func takesPronoun(core, e string) bool {
	var n uint32
	for _, o := range [...]string{"ه", "ها", "هم"} {
		if o != e {
			n += arlex.Freq2(core, o)
		}
	}
	return n > 0
}

// feminine reports whether core ends in ت standing for ة (زوجت+ه).
func feminine(core string) bool {
	return strings.HasSuffix(core, ta) && arlex.Freq2(core[:len(core)-2], taM) >= 2
}
