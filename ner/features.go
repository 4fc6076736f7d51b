package ner

// Feature templates. Each feature is feat(template, value); a template's
// number is part of the model, so append new ones at the end.
const (
	tBias uint64 = iota + 1
	tRaw
	tNorm
	tBase
	tStem
	tRoot
	tPre1
	tPre2
	tPre3
	tSuf1
	tSuf2
	tSuf3
	tShape
	tPrevNorm
	tNextNorm
	tPrev2Norm
	tNext2Norm
	tPrevBase
	tNextBase
	tPrevStem
	tNextStem
	tBigramPrev
	tBigramNext
	tPrevShape
	tNextShape
	tShapeTri
	tClus3
	tClus6
	tClus9
	tClusAll
	tPrevClus6
	tNextClus6
	tPrevClus9
	tNextClus9
	tGaz
	tPrevGaz
	tNextGaz
	tGspan
	tPrevGspan
	tNextGspan
	tTrig
	tPrevTrig
	tPrev2Trig
	tNextTrig
	tPos
	tPrevTrigShape
	tPrevSuf2
	tNextSuf2
	tPrevTrigGaz
	tClus12
	tNameLike
	tTrigNear
	tTrigNearSuf
)

// maxFeatures is a capacity hint: features gives about 55 per token, the
// document stage 5 more.
const maxFeatures = 72

// features appends the feature ids of token i of lx to out.
func features(out []uint64, lx []lex, i int) []uint64 {
	c, p, n := &lx[i], at(lx, i-1), at(lx, i+1)
	p2, n2 := at(lx, i-2), at(lx, i+2)
	out = append(out,
		feat(tRaw, c.hRaw), feat(tNorm, c.hNorm), feat(tBase, c.hBase),
		feat(tStem, c.hStem), feat(tRoot, c.hRoot), feat(tBias, 0),
		feat(tPre1, c.hPre[0]), feat(tPre2, c.hPre[1]), feat(tPre3, c.hPre[2]),
		feat(tSuf1, c.hSuf[0]), feat(tSuf2, c.hSuf[1]), feat(tSuf3, c.hSuf[2]),
		feat(tShape, c.shape),
		feat(tPrevNorm, p.hNorm), feat(tNextNorm, n.hNorm),
		feat(tPrev2Norm, p2.hNorm), feat(tNext2Norm, n2.hNorm),
		feat(tPrevBase, p.hBase), feat(tNextBase, n.hBase),
		feat(tPrevStem, p.hStem), feat(tNextStem, n.hStem),
		feat2(tBigramPrev, p.hNorm, c.hNorm), feat2(tBigramNext, c.hNorm, n.hNorm),
		feat(tPrevShape, p.shape), feat(tNextShape, n.shape),
		feat2(tShapeTri, p.shape<<12|c.shape, n.shape),
		feat(tPrevSuf2, p.hSuf[1]), feat(tNextSuf2, n.hSuf[1]),
		feat(tPos, position(i, len(lx))),
	)
	near := nearTrigger(lx, i)
	out = append(out, feat(tTrigNear, near), feat2(tTrigNearSuf, near, p.hSuf[1]))
	out = clusterFeatures(out, c, p, n)
	return lexiconFeatures(out, c, p, p2, n)
}

func clusterFeatures(out []uint64, c, p, n *lex) []uint64 {
	if c.plen > 0 {
		out = append(out,
			feat(tClus3, prefixOf(c.path, c.plen, 3)), feat(tClus6, prefixOf(c.path, c.plen, 6)),
			feat(tClus9, prefixOf(c.path, c.plen, 9)), feat(tClus12, prefixOf(c.path, c.plen, 12)),
			feat(tClusAll, prefixOf(c.path, c.plen, maxPathLen)))
	}
	if p.plen > 0 {
		out = append(out, feat(tPrevClus6, prefixOf(p.path, p.plen, 6)), feat(tPrevClus9, prefixOf(p.path, p.plen, 9)))
	}
	if n.plen > 0 {
		out = append(out, feat(tNextClus6, prefixOf(n.path, n.plen, 6)), feat(tNextClus9, prefixOf(n.path, n.plen, 9)))
	}
	return out
}

func lexiconFeatures(out []uint64, c, p, p2, n *lex) []uint64 {
	out = append(out,
		feat(tGaz, uint64(c.gaz)), feat(tPrevGaz, uint64(p.gaz)), feat(tNextGaz, uint64(n.gaz)),
		feat(tGspan, uint64(c.gspan)), feat(tPrevGspan, uint64(p.gspan)), feat(tNextGspan, uint64(n.gspan)),
		feat(tTrig, uint64(c.trig)), feat(tPrevTrig, uint64(p.trig)),
		feat(tPrev2Trig, uint64(p2.trig)), feat(tNextTrig, uint64(n.trig)),
		feat2(tPrevTrigShape, uint64(p.trig), c.shape),
		feat2(tPrevTrigGaz, uint64(p.trig), uint64(c.gaz)|uint64(c.gspan)<<8),
	)
	out = append(out, feat(tNameLike, uint64(uint8(c.name[0]))), feat(tNameLike, 1<<8|uint64(uint8(c.name[1]))),
		feat(tNameLike, 2<<8|uint64(uint8(c.name[2]))))
	return out
}

// nearTrigger returns the trigger bits and distance of the nearest trigger
// word among the three words before token i, skipping punctuation and
// quotes (وكالة أنباء « سبوتنيك »).
func nearTrigger(lx []lex, i int) uint64 {
	d := 0
	for j := i - 1; j >= 0 && d < 3; j-- {
		if class := lx[j].shape & 7; class == shPunct || class == shQuote {
			continue
		}
		d++
		if lx[j].trig != 0 {
			return uint64(lx[j].trig) | uint64(d)<<8
		}
	}
	return 0
}

// at returns token i, or the boundary token outside the sentence.
func at(lx []lex, i int) *lex {
	if i < 0 || i >= len(lx) {
		return &boundary
	}
	return &lx[i]
}

func position(i, n int) uint64 {
	v := uint64(min(i, 3))
	if i == n-1 {
		v |= 4
	}
	return v
}
