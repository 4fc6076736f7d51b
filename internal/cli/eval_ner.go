package cli

import (
	"flag"
	"fmt"
	"os"

	"github.com/marsad/marsad/ner"
)

func runEvalNER(env *Env, args []string) int {
	fs := flag.NewFlagSet("marsad eval ner", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	model := fs.String("model", "", "model `FILE` (default: the built-in model)")
	gold := fs.String("gold", "", "gold `FILE` of \"token TAG\" lines, IOB2 (PER or PERS, ORG, LOC, MISC)")
	lenient := fs.Bool("lenient", false, "read unknown gold tags as O (AQMAR has a few typos) instead of failing")
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	if *gold == "" || fs.NArg() > 0 {
		fmt.Fprintln(env.Stderr, "marsad eval ner: --gold is required (see -h)")
		return ExitUsage
	}
	m, err := loadNERModel(*model)
	if err != nil {
		fmt.Fprintf(env.Stderr, "marsad eval ner: %v\n", err)
		return ExitError
	}
	sents, err := readCoNLLFile(*gold, *lenient)
	if err != nil {
		fmt.Fprintf(env.Stderr, "marsad eval ner: %v\n", err)
		return ExitUsage
	}
	m.Evaluate(sents).Report(env.Stdout)
	return ExitOK
}

// loadNERModel reads a model file, or returns the built-in model for "".
func loadNERModel(path string) (*ner.Model, error) {
	if path == "" {
		return ner.Default()
	}
	r, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return ner.Read(r)
}
