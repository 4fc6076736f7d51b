package ner

// PersonWord reports whether word, in any spelling, is listed as a
// person's name or part of one in the model's name lists: ANETAC persons,
// or a one-word ANERgazet person (يحيى, خالد, الصادق). Other stages use it
// to find the start of a name the tagger missed.
func (m *Model) PersonWord(word string) bool {
	g := m.gaz
	if g == nil {
		return false
	}
	w := searchForm(word)
	if g.words[w]&gzPER != 0 {
		return true
	}
	for _, p := range g.phrases[w] {
		if len(p.rest) == 0 && p.class&agPER != 0 {
			return true
		}
	}
	return false
}
