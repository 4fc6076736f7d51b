package ner

import (
	"cmp"
	"fmt"
	"io"
	"time"
)

// TrainConfig sets how Train works. Zero fields take defaults.
type TrainConfig struct {
	Epochs    int        // passes over the training data (default 10)
	Seed      uint64     // seeds the per-epoch shuffles
	MinCount  int        // keep features seen at least this often (default 2)
	Gazetteer *Gazetteer // name lists, may be nil
	Clusters  *Clusters  // word clusters, may be nil
	Dev       []Sentence // scored after each epoch when set
	Progress  io.Writer  // progress lines go here when set
	Command   string     // recorded in the model's Info
	// Document adds a second stage that reads the first stage's tags of
	// the other occurrences of each word in the document. Its training
	// data come from Folds-fold cross-validation of the first stage
	// (default 5); an ANERcorp sentence's document is the Window
	// sentences on either side of it (default 20).
	Document      bool
	Folds, Window int
}

func (cfg *TrainConfig) defaults() {
	cfg.Epochs = cmp.Or(cfg.Epochs, 10)
	cfg.MinCount = cmp.Or(cfg.MinCount, 2)
	cfg.Folds = cmp.Or(cfg.Folds, 5)
	cfg.Window = cmp.Or(cfg.Window, 20)
}

func (cfg *TrainConfig) logf(format string, args ...any) {
	if cfg.Progress != nil {
		fmt.Fprintf(cfg.Progress, format, args...)
	}
}

// Train trains a tagger on sentences. The same data, configuration and seed
// always give the same model.
func Train(train []Sentence, cfg TrainConfig) (*Model, error) {
	if len(train) == 0 {
		return nil, fmt.Errorf("ner: no training sentences")
	}
	cfg.defaults()
	start := time.Now()
	lxc := lexicon{gaz: cfg.Gazetteer, clusters: cfg.Clusters}
	if lxc.gaz != nil && lxc.clusters != nil {
		lxc.names = learnNameModel(lxc.gaz, lxc.clusters.words())
	}
	f := extract(train, &lxc)
	var dev *featSet
	if len(cfg.Dev) > 0 {
		dev = extract(cfg.Dev, &lxc)
	}
	cfg.logf("features extracted (%.1fs)\n", time.Since(start).Seconds())
	l1, f1 := cfg.trainLayer("stage 1", f, dev, start)
	layers := []*layer{l1}
	if cfg.Document {
		var l2 *layer
		l2, f1 = cfg.trainDocLayer(f, dev, l1, start)
		layers = append(layers, l2)
	}
	m := newModel(layers, lxc)
	m.info = Info{Command: cfg.Command, Seed: cfg.Seed, Epochs: cfg.Epochs, Sentences: len(train),
		Tokens: len(f.off) - 1, Features: m.features(), DevF1: f1, Window: cfg.Window}
	m.info.Fingerprint = m.fingerprint()
	return m, nil
}

func (m *Model) features() int {
	n := 0
	for _, l := range m.layers {
		n += len(l.file.Keys)
	}
	return n
}

// trainDocLayer trains the document stage on the cross-validated
// first-stage tags of the training data.
func (cfg *TrainConfig) trainDocLayer(f, dev *featSet, l1 *layer, start time.Time) (*layer, float64) {
	f2 := docStage(f, cfg.crossPredict(f, start), cfg.Window)
	var dev2 *featSet
	if dev != nil {
		dev2 = docStage(dev, l1.predict(dev, l1.emissions(dev)), cfg.Window)
	}
	return cfg.trainLayer("stage 2", f2, dev2, start)
}

// crossPredict tags each of cfg.Folds contiguous parts of f with a first
// stage trained on the other parts.
func (cfg *TrainConfig) crossPredict(f *featSet, start time.Time) [][]Tag {
	n := len(f.tags)
	pred := make([][]Tag, 0, n)
	quiet := *cfg
	quiet.Progress = nil
	for k := range cfg.Folds {
		a, b := n*k/cfg.Folds, n*(k+1)/cfg.Folds
		l, _ := quiet.trainLayer("", f.subset(append(seq(0, a), seq(b, n)...)), nil, start)
		part := f.subset(seq(a, b))
		pred = append(pred, l.predict(part, l.emissions(part))...)
		cfg.logf("stage 1 cross-validation: fold %d/%d (%.1fs)\n", k+1, cfg.Folds, time.Since(start).Seconds())
	}
	return pred
}

func seq(a, b int) []int {
	out := make([]int, 0, b-a)
	for i := a; i < b; i++ {
		out = append(out, i)
	}
	return out
}

// trainLayer trains one stage on f and returns it with its last dev F1.
func (cfg *TrainConfig) trainLayer(name string, f, dev *featSet, start time.Time) (*layer, float64) {
	keys, index := featureIndex(f, cfg.MinCount)
	c := encode(f, index)
	var devc *corpus
	if dev != nil {
		devc = encode(dev, index)
	}
	cfg.logf("%s: %d features\n", name, len(keys))
	p := newPerceptron(len(keys))
	f1 := cfg.epochs(name, p, c, devc, start)
	w, tr := p.averaged()
	return newLayer(keys, w, tr), f1
}
