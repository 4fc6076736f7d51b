package sqlite

import (
	"fmt"

	marsad "github.com/marsad/marsad"
)

// tokenColumns stores a document's tokens column by column, which
// compresses to half the size of a JSON array of token objects. A token's
// Text is not stored (it is the text between Start and End), nor its Norm
// when it equals the Text; an empty Norm (a token of tatweel only, ــ) is
// stored as emptyNorm so that it does not read back as the Text. Start is
// stored as the step from the previous token's Start.
type tokenColumns struct {
	Step    []int    `json:"step"`
	Len     []int    `json:"len"`
	Kind    []string `json:"kind"`
	Norm    []string `json:"norm"`
	Seg     []string `json:"seg"`
	Stem    []string `json:"stem"`
	Root    []string `json:"root"`
	Section []string `json:"section"`
}

func newTokenColumns(toks []marsad.Token) tokenColumns {
	n := len(toks)
	c := tokenColumns{Step: make([]int, n), Len: make([]int, n), Kind: make([]string, n), Norm: make([]string, n),
		Seg: make([]string, n), Stem: make([]string, n), Root: make([]string, n), Section: make([]string, n)}
	prev := 0
	for i, t := range toks {
		c.Step[i], c.Len[i], prev = t.Start-prev, t.End-t.Start, t.Start
		c.Kind[i], c.Seg[i], c.Stem[i], c.Root[i], c.Section[i] = string(t.Kind), t.Seg, t.Stem, t.Root, t.Section
		switch {
		case t.Norm == "" && t.Text != "":
			c.Norm[i] = emptyNorm
		case t.Norm != t.Text:
			c.Norm[i] = t.Norm
		}
	}
	return c
}

// emptyNorm marks a token whose Norm is empty (no Norm is a NUL).
const emptyNorm = "\x00"

// tokens rebuilds the tokens over text.
func (c tokenColumns) tokens(text string) ([]marsad.Token, error) {
	n := len(c.Step)
	for _, col := range [][]string{c.Kind, c.Norm, c.Seg, c.Stem, c.Root, c.Section} {
		if len(col) != n || len(c.Len) != n {
			return nil, errCorruptTokens
		}
	}
	runes := []rune(text)
	toks := make([]marsad.Token, n)
	pos := 0
	for i := range toks {
		start := pos + c.Step[i]
		end := start + c.Len[i]
		if start < 0 || end < start || end > len(runes) {
			return nil, errCorruptTokens
		}
		t := marsad.Token{Start: start, End: end, Text: string(runes[start:end]), Norm: c.Norm[i], Seg: c.Seg[i],
			Stem: c.Stem[i], Root: c.Root[i], Kind: marsad.TokenKind(c.Kind[i]), Section: c.Section[i]}
		switch t.Norm {
		case "":
			t.Norm = t.Text
		case emptyNorm:
			t.Norm = ""
		}
		toks[i], pos = t, start
	}
	return toks, nil
}

var errCorruptTokens = fmt.Errorf("corrupt token columns")
