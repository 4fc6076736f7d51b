package ner

// TagIDs appends the IOB2 tags of one sentence to dst and returns it.
func (m *Model) TagIDs(dst []Tag, words []string) []Tag {
	m.tagDoc([][]string{words}, -1, func(t []Tag) { dst = append(dst, t...) })
	return dst
}

// Tag returns one IOB2 tag per word ("O", "B-PER", "I-PER", ...) of one
// sentence.
func (m *Model) Tag(words []string) []string {
	out := make([]string, len(words))
	m.tagDoc([][]string{words}, -1, func(tags []Tag) {
		for i, t := range tags {
			out[i] = t.String()
		}
	})
	return out
}

// Entities returns the entities of one sentence, as token ranges.
func (m *Model) Entities(words []string) []Span {
	var spans []Span
	m.tagDoc([][]string{words}, -1, func(tags []Tag) { spans = AppendSpans(nil, tags) })
	return spans
}

// TagDocument tags the sentences of one document together: a name tagged
// in one sentence helps find it in the others. It returns one tag slice
// per sentence.
func (m *Model) TagDocument(sents [][]string) [][]Tag {
	return m.tagSplit(sents, -1)
}

// TagStream tags a long run of sentences that has no document boundaries
// (such as ANERcorp): a sentence's document is the Info().Window sentences
// on either side of it, as in training. It returns one tag slice per
// sentence.
func (m *Model) TagStream(sents [][]string) [][]Tag {
	return m.tagSplit(sents, m.info.Window)
}

func (m *Model) tagSplit(sents [][]string, window int) [][]Tag {
	out := make([][]Tag, len(sents))
	m.tagDoc(sents, window, func(tags []Tag) {
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
