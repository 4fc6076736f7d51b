package ner

import (
	"os"
	"testing"

	"github.com/marsad/marsad/internal/shareddata"
)

// devSentences returns the dev split of ANERcorp's CAMeL train file: its
// last DevSplit of sentences, held out from the default model's training.
func devSentences(tb testing.TB) []Sentence {
	tb.Helper()
	path := shareddata.Require(tb, "data", "anercorp", "ANERCorp_CamelLab_train.txt")
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLL(f, false)
	if err != nil {
		tb.Fatal(err)
	}
	_, dev := SplitDev(sents, DevSplit)
	return dev
}

func defaultModel(tb testing.TB) *Model {
	tb.Helper()
	m, err := Default()
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

func TestDefaultModelFingerprint(t *testing.T) {
	if err := defaultModel(t).Check(); err != nil {
		t.Error(err)
	}
}

func TestDevAccuracy(t *testing.T) {
	dev := devSentences(t)
	sc := defaultModel(t).Evaluate(dev)
	const floor = 0.75 // baseline: measured 0.7615 (see docs/EVALUATION-ner.md)
	if f := sc.F1(); f < floor {
		t.Errorf("dev micro-F1 %.4f < floor %.2f", f, floor)
	}
	for i, ty := range Types {
		p, r, f := sc.TypeF1(i)
		t.Logf("%-4s P %.4f R %.4f F1 %.4f", ty, p, r, f)
	}
	t.Logf("micro-F1 %.4f on %d sentences", sc.F1(), len(dev))
}
