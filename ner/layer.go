package ner

// layer is one trained tagging stage: feature weights and transitions.
type layer struct {
	file layerFile // weights as saved
	tr   trans
	tab  *table // this stage alone, for training; nil in a loaded model
}

// layerFile is a layer as the model file stores it.
type layerFile struct {
	Keys    []uint64 // sorted feature ids; delta-coded on disk
	Weights []int16  // NumTags per key
	Scale   float32
	Start   []float32
	Trans   []float32 // NumTags×NumTags, row = previous tag
}

// newLayer quantizes averaged weights into a layer, the same way a saved
// model is stored, so that a trained and a reloaded model tag alike.
func newLayer(keys []uint64, w []float32, tr trans) *layer {
	kept, q, scale := quantize(keys, w)
	f := layerFile{Keys: kept, Weights: q, Scale: scale, Start: tr.start[:]}
	for t := range tr.m {
		f.Trans = append(f.Trans, tr.m[t][:]...)
	}
	l := layerFrom(f)
	l.tab = newTable(&l.file)
	return l
}

func layerFrom(f layerFile) *layer {
	l := &layer{file: f}
	copy(l.tr.start[:], f.Start)
	for t := range NumTags {
		copy(l.tr.m[t][:], f.Trans[t*NumTags:(t+1)*NumTags])
	}
	return l
}

func (f *layerFile) valid() bool {
	return len(f.Weights) == len(f.Keys)*NumTags && len(f.Start) == NumTags && len(f.Trans) == NumTags*NumTags
}

// emissions returns the scores of every token of f (training data).
func (l *layer) emissions(f *featSet) []float32 {
	em := make([]float32, (len(f.off)-1)*NumTags)
	for t := 0; t+1 < len(f.off); t++ {
		l.tab.score(em[t*NumTags:], f.token(t), 0)
	}
	return em
}

// predict tags the sentences of f given their scores em.
func (l *layer) predict(f *featSet, em []float32) [][]Tag {
	var back []Tag
	out := make([][]Tag, len(f.tags))
	for s := range f.tags {
		a, b := f.first[s], f.first[s+1]
		back = append(back[:0], make([]Tag, (b-a)*NumTags)...)
		out[s] = make([]Tag, b-a)
		viterbi(em[a*NumTags:b*NumTags], b-a, &l.tr, back, out[s])
	}
	return out
}
