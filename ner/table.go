package ner

import "math/bits"

// table maps feature ids to int16 weight rows by open addressing, each
// slot holding its key and its row together so that a lookup touches one
// cache line. Key 0 marks an empty slot, so feature id 0 is stored as 1.
type table struct {
	mask  uint64
	slots []slot
	scale float32 // a weight is its int16 times scale
	n     int
}

type slot struct {
	key uint64
	w   [numTags]int16
}

// newTable builds a table over distinct keys and their quantized rows.
func newTable(keys []uint64, q []int16, scale float32) *table {
	size := 1 << bits.Len(uint(len(keys))*3/2+1)
	t := &table{mask: uint64(size - 1), slots: make([]slot, size), scale: scale, n: len(keys)}
	for r, k := range keys {
		k = nonzero(k)
		i := k & t.mask
		for t.slots[i].key != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i].key = k
		copy(t.slots[i].w[:], q[r*NumTags:(r+1)*NumTags])
	}
	return t
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

// score adds to em (NumTags entries) the summed weights of feats.
func (t *table) score(em []float32, feats []uint64) {
	var acc [numTags]int32
	for _, f := range feats {
		if s := t.find(f); s != nil {
			for j, x := range s.w {
				acc[j] += int32(x)
			}
		}
	}
	em = em[:NumTags:NumTags]
	for j := range em {
		em[j] += float32(acc[j]) * t.scale
	}
}

func (t *table) len() int { return t.n }
