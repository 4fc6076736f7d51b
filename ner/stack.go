package ner

// Second-stage (document) features: what the first stage said about the
// token and about the other occurrences of its word in the document. A
// name tagged once is then found again where its context is weak.
const (
	tDocTag     uint64 = 100 + iota // most frequent first-stage tag of the word's other occurrences
	tDocEnt                         // most frequent entity type among them
	tDocBaseEnt                     // the same over clitic-stripped forms
	tSelf                           // the token's own first-stage tag
	tSelfCtx                        // first-stage tags of the token and its neighbours
)

// docCounts counts first-stage tags by word over a document.
type docCounts struct {
	norm, base counter
}

func newDocCounts() *docCounts { return &docCounts{} }

func (d *docCounts) reset() {
	d.norm.reset()
	d.base.reset()
}

// add adds delta occurrences of a token with first-stage tag t.
func (d *docCounts) add(norm, base uint64, t Tag, delta int32) {
	d.norm.at(norm)[t] += delta
	d.base.at(base)[t] += delta
}

// counter is a small open-addressing table from word hashes to tag counts
// that clears in time proportional to what it holds.
type counter struct {
	keys   []uint64
	counts [][numTags]int32
	used   []int
}

func (c *counter) reset() {
	for _, i := range c.used {
		c.keys[i], c.counts[i] = 0, [numTags]int32{}
	}
	c.used = c.used[:0]
}

// at returns the counts of key k, adding it when new.
func (c *counter) at(k uint64) *[numTags]int32 {
	if 2*(len(c.used)+1) > len(c.keys) {
		c.grow()
	}
	k = nonzero(k)
	i := int(k & uint64(len(c.keys)-1))
	for c.keys[i] != k {
		if c.keys[i] == 0 {
			c.keys[i] = k
			c.used = append(c.used, i)
			break
		}
		i = (i + 1) & (len(c.keys) - 1)
	}
	return &c.counts[i]
}

// get returns the counts of k (zero when absent).
func (c *counter) get(k uint64) [numTags]int32 {
	if len(c.keys) == 0 {
		return [numTags]int32{}
	}
	k = nonzero(k)
	for i := int(k & uint64(len(c.keys)-1)); c.keys[i] != 0; i = (i + 1) & (len(c.keys) - 1) {
		if c.keys[i] == k {
			return c.counts[i]
		}
	}
	return [numTags]int32{}
}

func (c *counter) grow() {
	old, oldCounts, oldUsed := c.keys, c.counts, c.used
	n := max(64, 2*len(old))
	c.keys, c.counts, c.used = make([]uint64, n), make([][numTags]int32, n), make([]int, 0, n/2)
	for _, i := range oldUsed {
		*c.at(old[i]) = oldCounts[i]
	}
}

// features appends the document features of a token whose first-stage tag
// is self and whose neighbours' are prev and next.
func (d *docCounts) features(out []uint64, norm, base uint64, self, prev, next Tag) []uint64 {
	cn, cb := d.norm.get(norm), d.base.get(base)
	cn[self]--
	cb[self]--
	out = append(out, feat(tDocTag, uint64(majorTag(&cn))), feat(tDocEnt, uint64(majorType(&cn))),
		feat(tDocBaseEnt, uint64(majorType(&cb))), feat(tSelf, uint64(self)),
		feat(tSelfCtx, uint64(prev)<<16|uint64(self)<<8|uint64(next)))
	return out
}

// majorTag returns 1 + the most frequent tag, or 0 when there is none.
func majorTag(c *[numTags]int32) int {
	best, n := 0, int32(0)
	for t, k := range c {
		if k > n {
			best, n = t+1, k
		}
	}
	return best
}

// majorType returns 1 + the most frequent entity type, or 0 when none.
func majorType(c *[numTags]int32) int {
	best, n := 0, int32(0)
	for ty := range len(Types) {
		if k := c[beginTag(ty)] + c[insideTag(ty)]; k > n {
			best, n = ty+1, k
		}
	}
	return best
}

// tagAt returns tags[i], or numTags outside the sentence.
func tagAt(tags []Tag, i int) Tag {
	if i < 0 || i >= len(tags) {
		return numTags
	}
	return tags[i]
}

// docStage returns the data of the document stage: f's features plus the
// document features, given the first-stage tags pred of f's sentences. A sentence's document is the window of sentences within
// ±window of it (ANERcorp does not mark document boundaries).
func docStage(f *featSet, pred [][]Tag, window int) *featSet {
	out := &featSet{off: []int32{0}, first: f.first, norm: f.norm, base: f.base, tags: f.tags}
	d := newDocCounts()
	addSent := func(s int, delta int32) {
		if s >= 0 && s < len(pred) {
			for i, t := range pred[s] {
				d.add(f.norm[f.first[s]+i], f.base[f.first[s]+i], t, delta)
			}
		}
	}
	for s := range min(window, len(pred)) {
		addSent(s, 1)
	}
	for s, p := range pred {
		addSent(s+window, 1)
		addSent(s-window-1, -1)
		for i := range p {
			t := f.first[s] + i
			out.hs = append(out.hs, f.token(t)...)
			out.hs = d.features(out.hs, f.norm[t], f.base[t], p[i], tagAt(p, i-1), tagAt(p, i+1))
			out.off = append(out.off, int32(len(out.hs)))
		}
	}
	return out
}
