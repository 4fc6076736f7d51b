package ner

import "slices"

// featSet holds the feature hashes of the tokens of a list of sentences.
type featSet struct {
	hs    []uint64 // all hashes, flat
	off   []int32  // token t's hashes are hs[off[t]:off[t+1]]
	first []int    // sentence s holds tokens first[s]:first[s+1]
	norm  []uint64 // per token: hash of the search form
	base  []uint64 // per token: hash of the clitic-stripped form
	tags  [][]Tag  // gold tags per sentence
}

func (f *featSet) token(t int) []uint64 { return f.hs[f.off[t]:f.off[t+1]] }

// extract computes the first-stage features of every token of sents.
func extract(sents []Sentence, lxc *lexicon) *featSet {
	f := &featSet{off: []int32{0}, first: []int{0}}
	var lx []lex
	for _, s := range sents {
		lx = slices.Grow(lx[:0], len(s.Words))[:len(s.Words)]
		for i, w := range s.Words {
			analyzeWord(&lx[i], w, lxc)
		}
		lxc.gaz.markPhrases(lx)
		for i := range lx {
			f.hs = features(f.hs, lx, i)
			f.off = append(f.off, int32(len(f.hs)))
			f.norm, f.base = append(f.norm, lx[i].hNorm), append(f.base, lx[i].hBase)
		}
		f.first = append(f.first, len(f.off)-1)
		f.tags = append(f.tags, s.Tags)
	}
	return f
}

// subset returns the sentences of f listed in idx, in that order.
func (f *featSet) subset(idx []int) *featSet {
	out := &featSet{off: []int32{0}, first: []int{0}}
	for _, s := range idx {
		for t := f.first[s]; t < f.first[s+1]; t++ {
			out.hs = append(out.hs, f.token(t)...)
			out.off = append(out.off, int32(len(out.hs)))
			out.norm, out.base = append(out.norm, f.norm[t]), append(out.base, f.base[t])
		}
		out.first = append(out.first, len(out.off)-1)
		out.tags = append(out.tags, f.tags[s])
	}
	return out
}

// featureIndex numbers the hashes seen at least minCount times, in sorted
// hash order so that the numbering does not depend on map iteration.
func featureIndex(f *featSet, minCount int) (keys []uint64, index map[uint64]int32) {
	counts := make(map[uint64]int32, len(f.hs)/4)
	for _, h := range f.hs {
		counts[h]++
	}
	for h, c := range counts {
		if int(c) >= minCount {
			keys = append(keys, h)
		}
	}
	slices.Sort(keys)
	index = make(map[uint64]int32, len(keys))
	for i, k := range keys {
		index[k] = int32(i)
	}
	return keys, index
}

// corpus is a featSet with its features as dense indices.
type corpus struct {
	ids   []int32 // features of all tokens, flat
	off   []int32 // token t's features are ids[off[t]:off[t+1]]
	sents []encSent
}

type encSent struct {
	tok0 int // index of the sentence's first token
	tags []Tag
}

// encode maps f's hashes through index; unknown features are dropped.
func encode(f *featSet, index map[uint64]int32) *corpus {
	c := &corpus{off: make([]int32, 1, len(f.off))}
	for t := 0; t+1 < len(f.off); t++ {
		for _, h := range f.token(t) {
			if id, ok := index[h]; ok {
				c.ids = append(c.ids, id)
			}
		}
		c.off = append(c.off, int32(len(c.ids)))
	}
	for s, tags := range f.tags {
		c.sents = append(c.sents, encSent{tok0: f.first[s], tags: tags})
	}
	return c
}

// tokenFeatures returns the feature indices of token t.
func (c *corpus) tokenFeatures(t int) []int32 { return c.ids[c.off[t]:c.off[t+1]] }
