package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is a tagged sentence.
type Sentence struct {
	Words []string
	Tags  []Tag
}

// ReadCoNLL reads "token TAG" lines with a blank line between sentences (the
// ANERcorp and AQMAR format). Tags are read by ParseTag. With lenient set,
// unreadable tags become O (AQMAR has a few typos such as "IO" or
// "B-ENGLISH"); otherwise they are an error.
func ReadCoNLL(r io.Reader, lenient bool) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			out = flush(out, &cur)
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("line %d: want TOKEN TAG", n)
		}
		t, ok := ParseTag(f[len(f)-1])
		if !ok && !lenient {
			return nil, fmt.Errorf("line %d: unknown tag %q", n, f[len(f)-1])
		}
		cur.Words = append(cur.Words, f[0])
		cur.Tags = append(cur.Tags, t)
	}
	return flush(out, &cur), sc.Err()
}

func flush(out []Sentence, cur *Sentence) []Sentence {
	if len(cur.Words) > 0 {
		out = append(out, *cur)
	}
	*cur = Sentence{}
	return out
}

// WriteCoNLL writes sentences as "token TAG" lines, a blank line after each.
func WriteCoNLL(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		for i, word := range s.Words {
			fmt.Fprintf(bw, "%s %s\n", word, s.Tags[i])
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// DevSplit is the fraction of ANERcorp's CAMeL train file that Marsad
// holds out as its dev split (the last sentences): the default model is
// trained on the rest, and the accuracy test scores it on these.
const DevSplit = 0.1

// SplitDev splits off the last frac of the sentences as a dev set, keeping
// their order. ANERcorp is a sequence of news stories, so a sequential split
// keeps whole stories on one side, as the CAMeL train/test split does.
func SplitDev(sents []Sentence, frac float64) (train, dev []Sentence) {
	if frac <= 0 {
		return sents, nil
	}
	k := len(sents) - int(float64(len(sents))*frac+0.5)
	return sents[:k], sents[k:]
}

// CountTokens returns the number of tokens in sents.
func CountTokens(sents []Sentence) int {
	n := 0
	for _, s := range sents {
		n += len(s.Words)
	}
	return n
}
