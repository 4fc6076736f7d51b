package cli

import (
	"flag"
	"fmt"

	"github.com/marsad/marsad/arabic/root"
	"github.com/marsad/marsad/arabic/stem"
	"github.com/marsad/marsad/internal/shareddata"
	"github.com/marsad/marsad/internal/stemeval"
)

const evalStemUsage = `Usage: marsad eval stem [flags]

Scores the light stemmer (arabic/stem) and the root extractor (arabic/root)
on word/stem/root gold data and prints one line per measure:

  golden-corpus stem_acc 0.8232 n=1165 system=marsad

Answers and gold are compared in arabic.Search form. --system light10
scores the light10 reference instead; --answers/--roots-answers score
answers computed by another program (one per gold row, in file order).

Flags:
`

func runEvalStem(env *Env, args []string) int {
	fs := flag.NewFlagSet("eval stem", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	golden := fs.String("golden", shareddata.Path("data", "golden-corpus-arabic"), "golden-corpus-arabic folder (words.txt, stems.txt, roots.txt)")
	roots := fs.String("roots", shareddata.Path("data", "root-extraction-validation", "gs"), "root-extraction-validation gs folder (*.csv)")
	system := fs.String("system", "marsad", "system to score: marsad or light10")
	answers := fs.String("answers", "", "file of answers for the golden words, one per line (scored as stems and roots)")
	rootAnswers := fs.String("roots-answers", "", "file of answers for every row of the --roots CSVs, in file-name order")
	fs.Usage = func() { fmt.Fprint(env.Stderr, evalStemUsage); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	if *golden == "" && *roots == "" {
		fmt.Fprintln(env.Stderr, "marsad eval stem: no gold data: pass --golden DIR and/or --roots DIR (shared data folder not found)")
		return ExitUsage
	}
	sys, err := evalStemSystem(*system, *answers, *rootAnswers)
	if err != nil {
		fmt.Fprintln(env.Stderr, "marsad eval stem:", err)
		return ExitUsage
	}
	if err := stemeval.Report(env.Stdout, *golden, *roots, sys); err != nil {
		fmt.Fprintln(env.Stderr, "marsad eval stem:", err)
		return ExitError
	}
	return ExitOK
}

// evalStemSystem builds the system to score from the flags.
func evalStemSystem(name, answers, rootAnswers string) (stemeval.System, error) {
	sys := stemeval.System{Name: name}
	var err error
	if answers != "" {
		if sys.GoldenAnswers, err = stemeval.ReadAnswers(answers); err != nil {
			return sys, err
		}
	}
	if rootAnswers != "" {
		if sys.ValidationAnswers, err = stemeval.ReadAnswers(rootAnswers); err != nil {
			return sys, err
		}
	}
	switch {
	case answers != "" || rootAnswers != "":
		if name == "marsad" {
			sys.Name = "answers"
		}
	case name == "marsad":
		sys.Stem, sys.Root = stem.Light, root.Extract
	case name == "light10":
		sys.Stem = stemeval.Light10
	default:
		return sys, fmt.Errorf("unknown --system %q (want marsad or light10)", name)
	}
	return sys, nil
}
