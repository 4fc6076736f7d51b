package stemeval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// System is what Report scores: functions run on each gold word, or
// answers computed elsewhere (one per gold item, in file order). A nil
// function and nil answers mean "not scored".
type System struct {
	Name              string
	Stem, Root        func(string) string
	GoldenAnswers     []string // for golden-corpus words.txt, scored as stems and as roots
	ValidationAnswers []string // for every row of the root-validation CSVs, in file-name order
}

// Report scores sys on the gold sets found in golden (golden-corpus-arabic
// folder) and roots (root-extraction-validation/gs folder); an empty folder
// name skips that set. It writes one line per measure, e.g.
// "golden-corpus stem_acc 0.8232 n=1165 system=marsad".
func Report(w io.Writer, golden, roots string, sys System) error {
	if golden != "" {
		stems, rts, err := LoadGolden(golden)
		if err != nil {
			return err
		}
		if err := score(w, stems, "stem_acc", sys.Name, sys.Stem, sys.GoldenAnswers); err != nil {
			return err
		}
		if err := score(w, rts, "root_acc", sys.Name, sys.Root, sys.GoldenAnswers); err != nil {
			return err
		}
	}
	if roots == "" {
		return nil
	}
	sets, err := LoadRootCSV(roots)
	if err != nil {
		return err
	}
	all := Merge("root-validation", sets)
	return score(w, all, "root_acc", sys.Name, sys.Root, sys.ValidationAnswers)
}

func score(w io.Writer, s Set, measure, name string, f func(string) string, answers []string) error {
	var r Result
	switch {
	case answers != nil:
		var err error
		if r, err = ScoreAnswers(s, answers); err != nil {
			return err
		}
	case f != nil:
		r = Score(s, f)
	default:
		return nil
	}
	_, err := fmt.Fprintf(w, "%s %s %.4f n=%d system=%s\n", s.Name, measure, r.Acc(), r.N, name)
	return err
}

// ReadAnswers reads a file of answers, one per line.
func ReadAnswers(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		out = append(out, strings.TrimSpace(sc.Text()))
	}
	return out, sc.Err()
}
