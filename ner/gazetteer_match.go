package ner

import "strings"

// word returns the ANETAC bits of a token, trying its normalized form, then
// its clitic-stripped form, then that form without the article.
func (g *Gazetteer) word(norm, base string) uint8 {
	if g == nil {
		return 0
	}
	if c := g.words[norm]; c != 0 {
		return c
	}
	if c := g.words[base]; c != 0 {
		return c
	}
	if rest, ok := strings.CutPrefix(base, "ال"); ok {
		return g.words[rest]
	}
	return 0
}

// markPhrases sets lx[i].gspan for the longest list phrases found left to
// right: the value is the phrase class bits shifted left one, plus 1 on the
// phrase's first token.
func (g *Gazetteer) markPhrases(lx []lex) {
	if g == nil {
		return
	}
	for i := 0; i < len(lx); {
		n, class := g.longest(lx, i)
		if n == 0 {
			i++
			continue
		}
		lx[i].gspan = class<<1 | 1
		for j := i + 1; j < i+n; j++ {
			lx[j].gspan = class << 1
		}
		i += n
	}
}

// longest returns the length and class of the longest phrase at lx[i].
func (g *Gazetteer) longest(lx []lex, i int) (int, uint8) {
	list := g.phrases[lx[i].norm]
	if len(list) == 0 && lx[i].base != lx[i].norm {
		list = g.phrases[lx[i].base]
	}
	for _, p := range list {
		if i+1+len(p.rest) > len(lx) {
			continue
		}
		ok := true
		for k, w := range p.rest {
			if lx[i+1+k].norm != w {
				ok = false
				break
			}
		}
		if ok {
			return 1 + len(p.rest), p.class
		}
	}
	return 0, 0
}
