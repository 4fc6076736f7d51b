package cli

import (
	"flag"
	"fmt"
	"io"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/structure"
)

const evalStructureUsage = `Usage: marsad eval structure [flags] [DIR]

Parses every NAME.txt / NAME.html in DIR (default testdata/structure) that
has a NAME.expected.json and prints one line per measure:

  body precision 0.9800 recall 0.9700
  comments precision 1.0000 recall 1.0000

Body paragraphs and comments are matched by their text (white space
collapsed); comment author, title and reply count are scored on matched
comments; boilerplate and source only where the fixture states them.

Flags:
`

func runEvalStructure(env *Env, args []string) int {
	fs := flag.NewFlagSet("eval structure", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	verbose := fs.Bool("v", false, "list what each document got wrong")
	fs.Usage = func() { fmt.Fprint(env.Stderr, evalStructureUsage); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	dir := "testdata/structure"
	switch fs.NArg() {
	case 0:
	case 1:
		dir = fs.Arg(0)
	default:
		fmt.Fprintln(env.Stderr, "marsad eval structure: at most one DIR")
		return ExitUsage
	}
	r, err := structure.EvaluateDir(dir)
	if err != nil {
		fmt.Fprintln(env.Stderr, "marsad eval structure:", err)
		if marsad.ErrorCode(err) == marsad.ENOTFOUND {
			return ExitUsage
		}
		return ExitError
	}
	printStructureReport(env.Stdout, r, *verbose)
	return ExitOK
}

// printStructureReport writes the measures, then the misses with -v.
func printStructureReport(w io.Writer, r structure.Report, verbose bool) {
	fmt.Fprintf(w, "documents %d\n", r.Docs)
	pr := func(name string, c structure.Counts) {
		fmt.Fprintf(w, "%s precision %.4f recall %.4f (match %d pred %d gold %d)\n", name, c.Precision(), c.Recall(), c.Match, c.Pred, c.Gold)
	}
	acc := func(name string, s structure.Score) {
		fmt.Fprintf(w, "%s accuracy %.4f (%d/%d)\n", name, s.Accuracy(), s.Correct, s.Total)
	}
	pr("body", r.Body)
	pr("comments", r.Comments)
	pr("boilerplate", r.Boilerplate)
	acc("title", r.Title)
	acc("comment-author", r.Author)
	acc("comment-title", r.CTitle)
	acc("comment-replies", r.Replies)
	acc("source", r.Source)
	if !verbose {
		return
	}
	for _, d := range r.Failures {
		for _, e := range d.Errors {
			fmt.Fprintf(w, "%s: %s\n", d.Name, e)
		}
	}
}
