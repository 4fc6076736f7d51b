package ner

// TagStream tags a long run of sentences that has no document boundaries
// (such as ANERcorp): a sentence's document is the Info().Window sentences
// on either side of it. It returns one tag slice per sentence.
func (m *Model) TagStream(sents [][]string) [][]Tag {
	lx := make([][]lex, len(sents))
	first := make([][]Tag, len(sents))
	s := m.getScratch(0, longestOf(sents))
	defer m.pool.Put(s)
	for i, ws := range sents {
		lx[i] = make([]lex, len(ws))
		for j, w := range ws {
			analyzeWord(&lx[i][j], w, m.gaz, m.clusters)
		}
		m.gaz.markPhrases(lx[i])
		first[i] = make([]Tag, len(ws))
		m.layers[0].tagFirst(s, lx[i], first[i])
	}
	if len(m.layers) == 1 {
		return first
	}
	return m.streamSecond(s, lx, first)
}

// streamSecond runs the document stage over sliding windows of sentences.
func (m *Model) streamSecond(s *scratch, lx [][]lex, first [][]Tag) [][]Tag {
	w := m.info.Window
	d := newDocCounts()
	add := func(i int, delta int32) {
		if i >= 0 && i < len(lx) {
			for j := range lx[i] {
				d.add(lx[i][j].hNorm, lx[i][j].hBase, first[i][j], delta)
			}
		}
	}
	for i := range min(w, len(lx)) {
		add(i, 1)
	}
	out := make([][]Tag, len(lx))
	for i := range lx {
		add(i+w, 1)
		add(i-w-1, -1)
		out[i] = make([]Tag, len(lx[i]))
		m.layers[1].tagSecond(s, lx[i], first[i], out[i], d)
	}
	return out
}

func longestOf(sents [][]string) int {
	n := 0
	for _, ws := range sents {
		n = max(n, len(ws))
	}
	return n
}
