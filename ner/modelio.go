package ner

import (
	"compress/gzip"
	"encoding/gob"
	"fmt"
	"io"
	"io/fs"
	"slices"
)

// formatName identifies the model file format; change it when the features
// or the layout change incompatibly.
const formatName = "marsad-ner/1"

// modelFile is what a model file holds (gob, gzip-compressed).
type modelFile struct {
	Format   string
	Info     Info
	Layers   []layerFile
	Gaz      []string // "bits<TAB>name"
	Clusters []string // "word<TAB>path"
	NameKeys []uint64 // name model n-grams, sorted; delta-coded
	NameLLR  []int8   // 3 per n-gram
}

// Save writes the model to w.
func (m *Model) Save(w io.Writer) error {
	f := modelFile{Format: formatName, Info: m.info}
	for _, l := range m.layers {
		lf := l.file
		lf.Keys = deltas(lf.Keys)
		f.Layers = append(f.Layers, lf)
	}
	if m.gaz != nil {
		f.Gaz = m.gaz.entries()
	}
	if m.clusters != nil {
		f.Clusters = m.clusters.entries()
	}
	if m.names != nil {
		f.NameKeys, f.NameLLR = m.names.encode()
		f.NameKeys = deltas(f.NameKeys)
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if err := gob.NewEncoder(zw).Encode(&f); err != nil {
		return fmt.Errorf("ner: save: %w", err)
	}
	return zw.Close()
}

// Read reads a model written by Save.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner: read model: %w", err)
	}
	var f modelFile
	if err := gob.NewDecoder(zr).Decode(&f); err != nil {
		return nil, fmt.Errorf("ner: read model: %w", err)
	}
	if err := f.check(); err != nil {
		return nil, err
	}
	var layers []*layer
	for _, lf := range f.Layers {
		lf.Keys = undeltas(lf.Keys)
		layers = append(layers, layerFrom(lf))
	}
	gz, err := gazetteerFromEntries(f.Gaz)
	if err != nil {
		return nil, fmt.Errorf("ner: read model: %w", err)
	}
	cl, err := clustersFromEntries(f.Clusters)
	if err != nil {
		return nil, fmt.Errorf("ner: read model: %w", err)
	}
	names, err := nameModelFrom(undeltas(f.NameKeys), f.NameLLR)
	if err != nil {
		return nil, err
	}
	m := newModel(layers, lexicon{gaz: gz, clusters: cl, names: names})
	m.info = f.Info
	return m, nil
}

func (f *modelFile) check() error {
	switch {
	case f.Format != formatName:
		return fmt.Errorf("ner: model format %q, want %q", f.Format, formatName)
	case len(f.Layers) == 0 || len(f.Layers) > 2:
		return fmt.Errorf("ner: model has %d stages", len(f.Layers))
	}
	for _, l := range f.Layers {
		if !l.valid() {
			return fmt.Errorf("ner: model file is inconsistent")
		}
	}
	return nil
}

// Load reads the model file name from fsys, e.g. os.DirFS(dir).
func Load(fsys fs.FS, name string) (*Model, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f)
}

func deltas(keys []uint64) []uint64 {
	out := slices.Clone(keys)
	for i := len(out) - 1; i > 0; i-- {
		out[i] -= out[i-1]
	}
	return out
}

func undeltas(d []uint64) []uint64 {
	for i := 1; i < len(d); i++ {
		d[i] += d[i-1]
	}
	return d
}
