package ner

import "unicode/utf8"

// lex is what the features read of one token, computed once per call.
type lex struct {
	norm, base   string // search form; clitic-stripped search form
	hRaw, hNorm  uint64
	hBase, hStem uint64
	hRoot        uint64
	hPre, hSuf   [3]uint64 // 1..3-letter prefixes and suffixes of norm
	shape        uint64
	path         uint32  // cluster bit string, most significant bit first
	plen         uint8   // its length; 0 when the word has no cluster
	gaz          uint8   // ANETAC bits
	gspan        uint8   // ANERgazet phrase mark (see markPhrases)
	name         [3]int8 // name-likeness of the spelling (see nameModel)
	trig         uint8   // trigger bits
}

// boundary stands in for the tokens before and after the sentence.
var boundary = lex{hRaw: 1, hNorm: 1, hBase: 1, hStem: 1, hRoot: 1, shape: 1 << 20}

// analyzeWord fills l from the token w.
func analyzeWord(l *lex, w string, lx *lexicon) {
	*l = lex{norm: searchForm(w)}
	o := orthoForm(w)
	l.base = searchForm(cliticBase(o))
	l.hRaw = hashString(w)
	l.hNorm = hashString(l.norm)
	l.hBase = hashString(l.base)
	st := lightStem(o)
	l.hStem = hashString(st)
	l.hRoot = hashString(rootOf(o))
	affixes(l)
	l.shape = wordShape(l.norm)
	cp := lx.clusters.lookup(l.norm, l.base)
	l.path, l.plen = cp.bits, cp.n
	l.gaz = lx.gaz.word(l.norm, l.base)
	l.name = lx.names.score(l.base)
	l.trig = triggerClass(l.base, st, l.shape&shapeArticle != 0)
}

// affixes hashes the first and last one to three letters of l.norm.
func affixes(l *lex) {
	s := l.norm
	end, start := 0, len(s)
	for k := 0; k < 3; k++ {
		if end < len(s) {
			_, n := utf8.DecodeRuneInString(s[end:])
			end += n
		}
		if start > 0 {
			_, n := utf8.DecodeLastRuneInString(s[:start])
			start -= n
		}
		l.hPre[k] = hashString(s[:end])
		l.hSuf[k] = hashString(s[start:])
	}
}
