package ner

// run tags the sentences of one document and returns the tags of all its
// tokens, in order, in a buffer of s.
func (m *Model) run(s *scratch, sents [][]string) []Tag {
	pos := 0
	for _, ws := range sents {
		lx := s.lx[pos : pos+len(ws)]
		for i, w := range ws {
			analyzeWord(&lx[i], w, m.gaz, m.clusters)
		}
		m.gaz.markPhrases(lx)
		m.layers[0].tagFirst(s, lx, s.tags1[pos:pos+len(ws)])
		pos += len(ws)
	}
	if len(m.layers) == 1 {
		return s.tags1[:pos]
	}
	s.doc.reset()
	for t := range pos {
		s.doc.add(s.lx[t].hNorm, s.lx[t].hBase, s.tags1[t], 1)
	}
	pos = 0
	for _, ws := range sents {
		end := pos + len(ws)
		m.layers[1].tagSecond(s, s.lx[pos:end], s.tags1[pos:end], s.tags2[pos:end], s.doc)
		pos = end
	}
	return s.tags2[:pos]
}

// tagDoc runs fn on the tags of a document's tokens.
func (m *Model) tagDoc(sents [][]string, fn func([]Tag)) {
	total, longest := 0, 0
	for _, ws := range sents {
		total, longest = total+len(ws), max(longest, len(ws))
	}
	if total == 0 {
		fn(nil)
		return
	}
	s := m.getScratch(total, longest)
	fn(m.run(s, sents))
	m.pool.Put(s)
}

// TagIDs appends the IOB2 tags of one sentence to dst and returns it.
func (m *Model) TagIDs(dst []Tag, words []string) []Tag {
	m.tagDoc([][]string{words}, func(t []Tag) { dst = append(dst, t...) })
	return dst
}

// Tag returns one IOB2 tag per word ("O", "B-PER", "I-PER", ...) of one
// sentence.
func (m *Model) Tag(words []string) []string {
	out := make([]string, len(words))
	m.tagDoc([][]string{words}, func(tags []Tag) {
		for i, t := range tags {
			out[i] = t.String()
		}
	})
	return out
}

// Entities returns the entities of one sentence, as token ranges.
func (m *Model) Entities(words []string) []Span {
	var spans []Span
	m.tagDoc([][]string{words}, func(tags []Tag) { spans = AppendSpans(nil, tags) })
	return spans
}

// TagDocument tags the sentences of one document together: a name tagged
// in one sentence helps find it in the others. It returns one tag slice
// per sentence.
func (m *Model) TagDocument(sents [][]string) [][]Tag {
	out := make([][]Tag, len(sents))
	m.tagDoc(sents, func(tags []Tag) {
		flat := append([]Tag(nil), tags...)
		for i, ws := range sents {
			out[i], flat = flat[:len(ws):len(ws)], flat[len(ws):]
		}
	})
	return out
}

// EntitiesDocument is TagDocument's entities, per sentence.
func (m *Model) EntitiesDocument(sents [][]string) [][]Span {
	out := make([][]Span, len(sents))
	for i, tags := range m.TagDocument(sents) {
		out[i] = AppendSpans(nil, tags)
	}
	return out
}
