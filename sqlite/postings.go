package sqlite

import (
	"encoding/binary"
	"errors"
	"strings"
	"unicode"

	marsad "github.com/marsad/marsad"
)

// The index's columns, in the order of the fts table and its bm25 weights
// (migrations/001_init.sql), which Marsad's own ranking reproduces.
const (
	colTitle = iota
	colBody
	colTitleStem
	colBodyStem
	colKeys
	nCols
)

var colWeight = [nCols]float64{4.0, 1.0, 2.0, 0.6, 0.3}

// An index term is a kind byte and a word. The kind says which columns its
// postings count: a normal form in the title and body, a stem in the stem
// columns, a name key in the keys column.
const (
	kindNorm = 'n'
	kindStem = 's'
	kindKey  = 'k'
)

// kindCols returns the first column of a term kind and how many it has.
func kindCols(kind byte) (first, n int) {
	switch kind {
	case kindNorm:
		return colTitle, 2
	case kindStem:
		return colTitleStem, 2
	}
	return colKeys, 1
}

// indexTerm is the index term of a word of the given kind; words are
// lower-cased (as FTS5's tokenizer folds Latin case).
func indexTerm(kind byte, word string) string {
	return string(kind) + strings.ToLower(word)
}

// posting is one document's entry in a term's postings: the term's count
// in each of the kind's columns, and the document's length in tokens
// over all columns (FTS5's bm25() normalizes by the whole row).
type posting struct {
	doc int64
	tf  [2]uint32
	len uint32
}

// A term's postings are encoded, in increasing document order, as the
// document's step from the previous one, the count in each of the kind's
// columns, and the document's length (all uvarints).
func appendPosting(buf []byte, prev int64, p posting, ncols int) []byte {
	buf = binary.AppendUvarint(buf, uint64(p.doc-prev))
	for c := 0; c < ncols; c++ {
		buf = binary.AppendUvarint(buf, uint64(p.tf[c]))
	}
	return binary.AppendUvarint(buf, uint64(p.len))
}

var errCorruptPostings = errors.New("corrupt index postings")

// decodePostings calls fn for each posting in data.
func decodePostings(data []byte, ncols int, fn func(p *posting)) error {
	var p posting
	for len(data) > 0 {
		step, n := binary.Uvarint(data)
		if n <= 0 {
			return errCorruptPostings
		}
		data = data[n:]
		p.doc += int64(step)
		for c := 0; c < ncols; c++ {
			tf, n := binary.Uvarint(data)
			if n <= 0 {
				return errCorruptPostings
			}
			data = data[n:]
			p.tf[c] = uint32(tf)
		}
		l, n := binary.Uvarint(data)
		if n <= 0 {
			return errCorruptPostings
		}
		data = data[n:]
		p.len = uint32(l)
		fn(&p)
	}
	return nil
}

// termBuf accumulates one term's postings in a segment being built.
type termBuf struct {
	last int64
	df   int
	data []byte
}

// segBuilder builds a segment's postings from documents added in
// increasing rowid order.
type segBuilder struct {
	terms        map[string]*termBuf
	counts       map[string][2]uint32 // one document's counts, reused
	key          []byte
	order        []string
	docs         int
	minDoc, last int64
	lens         [nCols]int64
}

func newSegBuilder() *segBuilder {
	return &segBuilder{terms: map[string]*termBuf{}, counts: map[string][2]uint32{}}
}

// add indexes the fields of document rowid.
func (b *segBuilder) add(rowid int64, f marsad.IndexFields) {
	if b.docs == 0 {
		b.minDoc = rowid
	}
	b.docs++
	b.last = rowid
	cols := [nCols][]string{strings.Fields(f.Title), strings.Fields(f.Body), strings.Fields(f.TitleStem),
		strings.Fields(f.BodyStem), strings.Fields(f.Keys)}
	total := 0
	for c := range cols {
		n := 0
		for _, w := range cols[c] {
			n += ftsTokens(w)
		}
		total += n
		b.lens[c] += int64(n)
	}
	b.addKind(rowid, kindNorm, uint32(total), cols[colTitle], cols[colBody])
	b.addKind(rowid, kindStem, uint32(total), cols[colTitleStem], cols[colBodyStem])
	b.addKind(rowid, kindKey, uint32(total), cols[colKeys])
}

// addKind counts the words of a kind's columns and appends a posting for
// each distinct word.
func (b *segBuilder) addKind(rowid int64, kind byte, total uint32, cols ...[]string) {
	counts, order := b.counts, b.order[:0]
	clear(counts)
	for c, words := range cols {
		for _, w := range words {
			w = strings.ToLower(w)
			tf, ok := counts[w]
			if !ok {
				order = append(order, w)
			}
			tf[c]++
			counts[w] = tf
		}
	}
	b.order = order
	for _, w := range order {
		p := posting{doc: rowid, tf: counts[w], len: total}
		b.key = append(append(b.key[:0], kind), w...)
		t := b.terms[string(b.key)]
		if t == nil {
			t = &termBuf{}
			b.terms[string(b.key)] = t
		}
		t.data = appendPosting(t.data, t.last, p, len(cols))
		t.last, t.df = rowid, t.df+1
	}
}

// ftsTokens is how many tokens FTS5's unicode61 tokenizer finds in a word
// (runs of letters, digits and private-use characters), which is what
// BM25's lengths count.
func ftsTokens(w string) int {
	n, in := 0, false
	for _, r := range w {
		tok := unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r)
		if tok && !in {
			n++
		}
		in = tok
	}
	return n
}
