package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// nerToyData is a tiny "token TAG" file: the same three sentence shapes
// over and over, enough for a model to learn.
func nerToyData() string {
	var b strings.Builder
	people := []string{"أحمد B-PERS\nسعيد I-PERS", "خالد B-PERS", "سامي B-PER\nيوسف I-PER"}
	places := []string{"القاهرة B-LOC", "دمشق B-LOC", "بغداد B-LOC"}
	for i := range 30 {
		b.WriteString("قال O\n" + people[i%3] + "\nفي O\n" + places[(i/3)%3] + "\nلوكالة O\nرويترز B-ORG\n. O\n\n")
	}
	return b.String()
}

func TestTrainEvalNER(t *testing.T) {
	dir := t.TempDir()
	data := writeTemp(t, "toy.txt", []byte(nerToyData()))
	model, dev := filepath.Join(dir, "m.gob.gz"), filepath.Join(dir, "dev.txt")
	code, _, stderr := run(t, "", "train", "ner", "--train", data, "--dev-split", "0.2", "--dev-out", dev,
		"--out", model, "--epochs", "3", "--min-count", "1")
	if code != ExitOK {
		t.Fatalf("train ner: exit %d\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "dev F1") {
		t.Errorf("no per-epoch dev F1 on stderr:\n%s", stderr)
	}
	if st, err := os.Stat(dev); err != nil || st.Size() == 0 {
		t.Fatalf("dev split not written: %v", err)
	}
	code, stdout, stderr := run(t, "", "eval", "ner", "--model", model, "--gold", dev)
	if code != ExitOK {
		t.Fatalf("eval ner: exit %d\n%s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if last := lines[len(lines)-1]; last != "F1 1.0000" {
		t.Errorf("last line %q, want F1 1.0000\n%s", last, stdout)
	}
}

func TestNERUsage(t *testing.T) {
	for _, args := range [][]string{{"train", "ner"}, {"eval", "ner"}, {"eval", "ner", "--gold", "/nonexistent"}} {
		if code, _, _ := run(t, "", args...); code == ExitOK {
			t.Errorf("%v: exit 0", args)
		}
	}
	for _, args := range [][]string{{"train", "ner", "-h"}, {"eval", "ner", "-h"}} {
		if code, _, stderr := run(t, "", args...); code != ExitOK || !strings.Contains(stderr, "-gold") && !strings.Contains(stderr, "-train") {
			t.Errorf("%v: exit %d, %s", args, code, stderr)
		}
	}
}

// TestAnalyzeModel checks that analyze --model tags with the given model:
// one trained to call the everyday word الاجتماع a MISC entity, which the
// built-in model does not.
func TestAnalyzeModel(t *testing.T) {
	data := writeTemp(t, "toy.txt", []byte(strings.Repeat("انتهى O\nالاجتماع B-MISC\nاليوم O\n. O\n\n", 40)))
	model := filepath.Join(t.TempDir(), "m.gob.gz")
	if code, _, stderr := run(t, "", "train", "ner", "--train", data, "--out", model, "--epochs", "2", "--min-count", "1", "--document=false"); code != ExitOK {
		t.Fatalf("train ner: exit %d\n%s", code, stderr)
	}
	const text = "انتهى الاجتماع اليوم ."
	tagged := func(args ...string) bool {
		code, stdout, stderr := run(t, text, append([]string{"analyze"}, args...)...)
		var doc struct{ Entities []struct{ Text, Type string } }
		if err := json.Unmarshal([]byte(stdout), &doc); code != ExitOK || err != nil {
			t.Fatalf("analyze %v: exit %d, %v\n%s", args, code, err, stderr)
		}
		return slices.Contains(doc.Entities, struct{ Text, Type string }{"الاجتماع", "MISC"})
	}
	if !tagged("--model", model) {
		t.Errorf("analyze --model: الاجتماع not tagged MISC")
	}
	if tagged() {
		t.Errorf("the built-in model also tags الاجتماع; the test cannot tell the models apart")
	}
	if code, _, stderr := run(t, text, "analyze", "--model", filepath.Join(t.TempDir(), "missing")); code == ExitOK || !strings.Contains(stderr, "model") {
		t.Errorf("missing model: exit %d, %s", code, stderr)
	}
}
