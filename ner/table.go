package ner

import "math/bits"

// table maps feature ids to int16 weight rows, one row per stage, by open
// addressing. A slot holds its key and both rows, so that one lookup serves
// both stages and touches one or two cache lines. Key 0 marks an empty
// slot, so feature id 0 is stored as 1.
type table struct {
	mask  uint64
	slots []slot
	scale [2]float32 // a stage's weight is its int16 times its scale
	n     int
}

type slot struct {
	key uint64
	w   [2][numTags]int16
}

// newTable builds a table over the weights of one or two stages.
func newTable(stages ...*layerFile) *table {
	n := 0
	for _, f := range stages {
		n += len(f.Keys)
	}
	size := 1 << bits.Len(uint(n)*3/2+1)
	t := &table{mask: uint64(size - 1), slots: make([]slot, size)}
	for s, f := range stages {
		t.scale[s] = f.Scale
		for r, k := range f.Keys {
			copy(t.insert(k).w[s][:], f.Weights[r*NumTags:(r+1)*NumTags])
		}
	}
	return t
}

// insert returns the slot of key k, taking a free one when k is new.
func (t *table) insert(k uint64) *slot {
	k = nonzero(k)
	i := k & t.mask
	for t.slots[i].key != 0 && t.slots[i].key != k {
		i = (i + 1) & t.mask
	}
	if t.slots[i].key == 0 {
		t.slots[i].key = k
		t.n++
	}
	return &t.slots[i]
}

func nonzero(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

// find returns the slot of feature k, or nil when it has none.
func (t *table) find(k uint64) *slot {
	k = nonzero(k)
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		switch s.key {
		case k:
			return s
		case 0:
			return nil
		}
	}
}

// score adds to em (NumTags entries) the stage's weights of feats.
func (t *table) score(em []float32, feats []uint64, stage int) {
	var acc [numTags]int32
	for _, f := range feats {
		if s := t.find(f); s != nil {
			for j, x := range s.w[stage] {
				acc[j] += int32(x)
			}
		}
	}
	em = em[:NumTags:NumTags]
	for j := range em {
		em[j] += float32(acc[j]) * t.scale[stage]
	}
}

// scoreBoth adds the first stage's weights of feats to em1 and the second
// stage's to em2, in one pass.
func (t *table) scoreBoth(em1, em2 []float32, feats []uint64) {
	var a1, a2 [numTags]int32
	for _, f := range feats {
		if s := t.find(f); s != nil {
			for j := range a1 {
				a1[j] += int32(s.w[0][j])
				a2[j] += int32(s.w[1][j])
			}
		}
	}
	em1, em2 = em1[:NumTags:NumTags], em2[:NumTags:NumTags]
	for j := range em1 {
		em1[j] += float32(a1[j]) * t.scale[0]
		em2[j] += float32(a2[j]) * t.scale[1]
	}
}
