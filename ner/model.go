package ner

import "sync"

// Model is a trained entity tagger. It is safe for concurrent use.
type Model struct {
	gaz      *Gazetteer
	clusters *Clusters
	layers   []*layer // first stage, then optionally the document stage
	info     Info
	pool     sync.Pool // of *scratch
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

// scratch holds the buffers of one decoding call.
type scratch struct {
	lx           []lex
	feats        []uint64
	em           []float32
	back         []Tag
	tags1, tags2 []Tag
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
	}
	if cap(s.em) < longest*NumTags {
		s.em, s.back = make([]float32, longest*NumTags), make([]Tag, longest*NumTags)
	}
	return s
}
