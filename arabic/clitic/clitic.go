// Package clitic splits an Arabic word into its proclitics (و ف ب ك ل ال لل
// س), its base and its enclitic pronoun (ه ها هما هم هن ك كما كم كن ي نا).
//
// It is meant for matching, so it is conservative: a clitic is split off
// only when the base is attested in a news lexicon and the whole word does
// not itself behave like a stem (e.g. it takes the article: الوزير, so وزير
// keeps its و). Words such as واحدة, وصل, إعلان, كتاب, فيلم, ليبيا, بلاد,
// سلام are returned whole.
//
// Input is one word normalized with arabic.Orthographic (ة ؤ ئ kept). The
// parts are substrings of the input: their concatenation is the word (ل+ال
// is written لل and kept as one part "لل"; a ة before a pronoun is written
// ت and stays in the base: حكومت+ه).
package clitic

import "strings"

// Parts is a word split into clitics. Pro holds the proclitics in order
// (shared slices: do not modify them), Base the rest, Enc the enclitic
// pronoun or "".
type Parts struct {
	Pro  []string
	Base string
	Enc  string
}

// String joins the parts with "+", e.g. "و+ال+جيش", "كتاب+ها"; a word with
// no clitics gives just the word.
func (p Parts) String() string {
	if len(p.Pro) == 0 && p.Enc == "" {
		return p.Base
	}
	var b strings.Builder
	for _, s := range p.Pro {
		b.WriteString(s)
		b.WriteByte('+')
	}
	b.WriteString(p.Base)
	if p.Enc != "" {
		b.WriteByte('+')
		b.WriteString(p.Enc)
	}
	return b.String()
}

// Word returns the concatenation of the parts, i.e. the input of Split.
func (p Parts) Word() string {
	n := len(p.Base) + len(p.Enc)
	for _, s := range p.Pro {
		n += len(s)
	}
	var b strings.Builder
	b.Grow(n)
	for _, s := range p.Pro {
		b.WriteString(s)
	}
	b.WriteString(p.Base)
	b.WriteString(p.Enc)
	return b.String()
}

// Split splits word into proclitics, base and enclitic. It never panics;
// a word that is not all Arabic letters is returned whole.
func Split(word string) Parts {
	p, e := find(word)
	return Parts{Pro: p.atoms, Base: word[len(p.s) : len(word)-len(e)], Enc: e}
}

// Cut is Split without the slice: pro is the proclitics as written (e.g.
// "وبال", or ""), and pro+base+enc == word.
func Cut(word string) (pro, base, enc string) {
	p, e := find(word)
	return p.s, word[len(p.s) : len(word)-len(e)], e
}
