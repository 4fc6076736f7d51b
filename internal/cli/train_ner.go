package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/marsad/marsad/ner"
)

// trainNERFlags are the flags of "marsad train ner".
type trainNERFlags struct {
	train, dev, devOut, extra, out         string
	anetac, anergazet                      string
	clusters, corpus, clustersOut          string
	devSplit                               float64
	document                               bool
	window                                 int
	epochs, minCount, clusterLevels, vocab int
	seed                                   uint64
}

func runTrainNER(env *Env, args []string) int {
	fs := flag.NewFlagSet("marsad train ner", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	var f trainNERFlags
	fs.StringVar(&f.train, "train", "", "training data, `FILE` of \"token TAG\" lines (ANERcorp format)")
	fs.StringVar(&f.dev, "dev", "", "dev data `FILE`, scored after each epoch")
	fs.Float64Var(&f.devSplit, "dev-split", 0, "without --dev: hold out this last `fraction` of --train sentences as dev data")
	fs.StringVar(&f.devOut, "dev-out", "", "write the held-out dev sentences to `FILE` (for 'marsad eval ner --gold')")
	fs.StringVar(&f.extra, "extra", "", "more training data, comma-separated `FILES` (e.g. AQMAR; odd tags read as O)")
	fs.StringVar(&f.out, "out", "", "write the model to `FILE`")
	fs.IntVar(&f.epochs, "epochs", 10, "training epochs")
	fs.Uint64Var(&f.seed, "seed", 1, "seed for shuffling and cluster projection")
	fs.IntVar(&f.minCount, "min-count", 2, "keep features seen at least `N` times")
	fs.BoolVar(&f.document, "document", true, "add the document stage (reads the other mentions of each word)")
	fs.IntVar(&f.window, "window", 20, "document stage: a training sentence's document is this many `sentences` either side")
	fs.StringVar(&f.anetac, "anetac", "", "ANETAC EN-AR_Named-entities.txt `FILE` (gazetteer)")
	fs.StringVar(&f.anergazet, "anergazet", "", "`DIR` holding ANERGazet_{Pers,Org,Loc}.txt (gazetteer)")
	fs.StringVar(&f.clusters, "clusters", "", "word clusters `FILE` (\"word<TAB>path\" lines) instead of learning them")
	fs.StringVar(&f.corpus, "corpus", "", "learn word clusters from these news `FILES` (comma-separated .jsonl/.json)")
	fs.StringVar(&f.clustersOut, "clusters-out", "", "also write the learned clusters to `FILE`")
	fs.IntVar(&f.clusterLevels, "cluster-levels", 5, "cluster hierarchy levels (8 groups each)")
	fs.IntVar(&f.vocab, "cluster-vocab", 120000, "cluster at most this many words")
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	if f.train == "" || f.out == "" || fs.NArg() > 0 {
		fmt.Fprintln(env.Stderr, "marsad train ner: --train and --out are required (see -h)")
		return ExitUsage
	}
	if err := trainNER(env, &f, args); err != nil {
		fmt.Fprintf(env.Stderr, "marsad train ner: %v\n", err)
		return ExitError
	}
	return ExitOK
}

// flagExit is defined in analyze.go.

func trainNER(env *Env, f *trainNERFlags, args []string) error {
	start := time.Now()
	train, dev, err := nerData(f)
	if err != nil {
		return err
	}
	cfg := ner.TrainConfig{Epochs: f.epochs, Seed: f.seed, MinCount: f.minCount, Dev: dev,
		Document: f.document, Window: f.window,
		Progress: env.Stderr, Command: "marsad train ner " + strings.Join(args, " ")}
	if cfg.Gazetteer, err = nerGazetteer(f); err != nil {
		return err
	}
	if cfg.Clusters, err = nerClusters(env, f); err != nil {
		return err
	}
	m, err := ner.Train(train, cfg)
	if err != nil {
		return err
	}
	if err := writeFile(f.out, m.Save); err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "wrote %s (%d features, %d sentences, %.1fs)\n", f.out, m.Info().Features, len(train), time.Since(start).Seconds())
	return nil
}

// nerData reads the training data and the dev data (a file or a split).
func nerData(f *trainNERFlags) (train, dev []ner.Sentence, err error) {
	if train, err = readCoNLLFile(f.train, false); err != nil {
		return nil, nil, err
	}
	if f.dev != "" {
		dev, err = readCoNLLFile(f.dev, false)
	} else {
		train, dev = ner.SplitDev(train, f.devSplit)
	}
	if err != nil {
		return nil, nil, err
	}
	if f.devOut != "" {
		if err := writeFile(f.devOut, func(w io.Writer) error { return ner.WriteCoNLL(w, dev) }); err != nil {
			return nil, nil, err
		}
	}
	for _, p := range splitList(f.extra) {
		more, err := readCoNLLFile(p, true)
		if err != nil {
			return nil, nil, err
		}
		train = append(train[:len(train):len(train)], more...)
	}
	return train, dev, nil
}

func readCoNLLFile(path string, lenient bool) ([]ner.Sentence, error) {
	r, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	s, err := ner.ReadCoNLL(r, lenient)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// writeFile writes a file through fn, reporting the first error.
func writeFile(path string, fn func(io.Writer) error) error {
	w, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := fn(w); err != nil {
		w.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return w.Close()
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func nerGazetteer(f *trainNERFlags) (*ner.Gazetteer, error) {
	g := ner.NewGazetteer()
	if f.anetac != "" {
		if err := readInto(f.anetac, g.ReadANETAC); err != nil {
			return nil, err
		}
	}
	if f.anergazet != "" {
		for name, class := range ner.ANERGazetFiles {
			if err := readInto(filepath.Join(f.anergazet, name), func(r io.Reader) error { return g.ReadList(r, class) }); err != nil {
				return nil, err
			}
		}
	}
	return g, nil
}

func readInto(path string, fn func(io.Reader) error) error {
	r, err := os.Open(path)
	if err != nil {
		return err
	}
	defer r.Close()
	if err := fn(r); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func nerClusters(env *Env, f *trainNERFlags) (*ner.Clusters, error) {
	if f.clusters != "" {
		r, err := os.Open(f.clusters)
		if err != nil {
			return nil, err
		}
		defer r.Close()
		return ner.ReadClusters(r)
	}
	files := splitList(f.corpus)
	if len(files) == 0 {
		return nil, nil
	}
	cl, err := ner.LearnClusters(ner.NewsTexts(files...), ner.ClusterConfig{Levels: f.clusterLevels,
		MaxVocab: f.vocab, Seed: f.seed, Progress: env.Stderr})
	if err != nil || f.clustersOut == "" {
		return cl, err
	}
	return cl, writeFile(f.clustersOut, func(w io.Writer) error { _, err := cl.WriteTo(w); return err })
}
