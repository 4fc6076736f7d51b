package ner

// run tags sentences and returns the tags of all their tokens, in order,
// in a buffer of s. A sentence's document is the window sentences on
// either side of it, or all the sentences when window < 0.
func (m *Model) run(s *scratch, sents [][]string, window int) []Tag {
	s.off = append(s.off[:0], 0)
	pos := 0
	for _, ws := range sents {
		end := pos + len(ws)
		lx := s.lx[pos:end]
		for i, w := range ws {
			m.analyze(&lx[i], w)
		}
		m.gaz.markPhrases(lx)
		m.scoreFirst(s, lx, s.em2[pos*NumTags:end*NumTags])
		viterbi(s.em, len(ws), &m.layers[0].tr, s.back, s.tags1[pos:end])
		pos = end
		s.off = append(s.off, pos)
	}
	if len(m.layers) == 1 {
		return s.tags1[:pos]
	}
	m.docStage(s, window)
	return s.tags2[:pos]
}

// scoreFirst writes the first-stage scores of lx to s.em and, for a
// two-stage model, the document stage's scores of the same features to em2.
func (m *Model) scoreFirst(s *scratch, lx []lex, em2 []float32) {
	em := s.em[:len(lx)*NumTags]
	clear(em)
	clear(em2)
	for i := range lx {
		s.feats = features(s.feats[:0], lx, i)
		if len(m.layers) == 1 {
			m.tab.score(em[i*NumTags:], s.feats, 0)
		} else {
			m.tab.scoreBoth(em[i*NumTags:], em2[i*NumTags:], s.feats)
		}
	}
}

// docStage adds the document features to s.em2 and decodes each sentence
// with the document stage into s.tags2.
func (m *Model) docStage(s *scratch, window int) {
	n := len(s.off) - 1
	if window < 0 || window >= n {
		window = n
	}
	d := s.doc
	d.reset()
	add := func(i int, delta int32) {
		if i >= 0 && i < n {
			for t := s.off[i]; t < s.off[i+1]; t++ {
				d.add(s.lx[t].hNorm, s.lx[t].hBase, s.tags1[t], delta)
			}
		}
	}
	for i := range min(window, n) {
		add(i, 1)
	}
	for i := range n {
		add(i+window, 1)
		add(i-window-1, -1)
		a, b := s.off[i], s.off[i+1]
		em2 := s.em2[a*NumTags : b*NumTags]
		first := s.tags1[a:b]
		for j := a; j < b; j++ {
			k := j - a
			s.feats = d.features(s.feats[:0], s.lx[j].hNorm, s.lx[j].hBase, first[k], tagAt(first, k-1), tagAt(first, k+1))
			m.tab.score(em2[k*NumTags:], s.feats, 1)
		}
		viterbi(em2, b-a, &m.layers[1].tr, s.back, s.tags2[a:b])
	}
}

// tagDoc runs fn on the tags of the tokens of sents.
func (m *Model) tagDoc(sents [][]string, window int, fn func([]Tag)) {
	total, longest := 0, 0
	for _, ws := range sents {
		total, longest = total+len(ws), max(longest, len(ws))
	}
	if total == 0 {
		fn(nil)
		return
	}
	s := m.getScratch(total, longest)
	fn(m.run(s, sents, window))
	m.pool.Put(s)
}
