package ner

import (
	"strings"
	"sync"
	"sync/atomic"
)

// Model is a trained entity tagger. It is safe for concurrent use.
type Model struct {
	lexicon
	layers []*layer // first stage, then optionally the document stage
	tab    *table   // the weights of all stages
	info   Info
	pool   sync.Pool // of *scratch
	words  sync.Map  // word cache: string -> *lex
	nwords atomic.Int64
}

// Info describes how a model was made.
type Info struct {
	Command     string  // the command line that trained it
	Seed        uint64  // shuffling seed
	Epochs      int     // training epochs
	Sentences   int     // training sentences
	Tokens      int     // training tokens
	Features    int     // weight rows kept, all stages
	DevF1       float64 // micro-F1 on the dev data given to training, if any
	Window      int     // document window of TagStream, in sentences
	Fingerprint uint64  // hash of the features of a fixed probe text
}

// Info returns how the model was made.
func (m *Model) Info() Info { return m.info }

func newModel(layers []*layer, lxc lexicon) *Model {
	m := &Model{lexicon: lxc, layers: layers}
	files := make([]*layerFile, len(layers))
	for i, l := range layers {
		files[i] = &l.file
		l.tab = nil // only training needs a stage's own table
	}
	m.tab = newTable(files...)
	return m
}

// maxCachedWords bounds the word cache.
const maxCachedWords = 1 << 16

// analyze fills l from word w, through the word cache.
func (m *Model) analyze(l *lex, w string) {
	if v, ok := m.words.Load(w); ok {
		*l = *v.(*lex)
		return
	}
	analyzeWord(l, w, &m.lexicon)
	if m.nwords.Load() < maxCachedWords {
		m.nwords.Add(1)
		c := *l
		c.norm, c.base = strings.Clone(c.norm), strings.Clone(c.base)
		m.words.Store(strings.Clone(w), &c)
	}
}

// clearWordCache empties the word cache (for benchmarks).
func (m *Model) clearWordCache() {
	m.words.Clear()
	m.nwords.Store(0)
}

// scratch holds the buffers of one decoding call.
type scratch struct {
	lx           []lex
	feats        []uint64
	em, em2      []float32 // first-stage scores of one sentence; document-stage scores of all tokens
	back         []Tag
	tags1, tags2 []Tag
	off          []int // sentence i holds tokens off[i]:off[i+1]
	doc          *docCounts
}

func (m *Model) getScratch(total, longest int) *scratch {
	s, _ := m.pool.Get().(*scratch)
	if s == nil {
		s = &scratch{feats: make([]uint64, 0, maxFeatures), doc: newDocCounts()}
	}
	if cap(s.lx) < total {
		s.lx = make([]lex, total)
		s.tags1, s.tags2 = make([]Tag, total), make([]Tag, total)
		s.em2 = make([]float32, total*NumTags)
	}
	if cap(s.em) < longest*NumTags {
		s.em, s.back = make([]float32, longest*NumTags), make([]Tag, longest*NumTags)
	}
	return s
}
