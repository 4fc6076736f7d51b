package cli

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"github.com/marsad/marsad/analyze"
	"github.com/marsad/marsad/internal/shareddata"
	"github.com/marsad/marsad/quote/quoteeval"
)

const evalQuotesUsage = `Usage: marsad eval quotes [flags] [DIR...]

Runs the analyzer over every NAME.txt in DIR (default testdata/quotes, plus
the seed article when ../shared is present) that has a NAME.gold.json
beside it, and reports speaker and via precision and recall, and how many
of the gold files' PER, ORG and LOC entities the analysis names.

Flags:
`

func runEvalQuotes(env *Env, args []string) int {
	fs := flag.NewFlagSet("marsad eval quotes", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	oracle := fs.Bool("oracle", false, "use the gold files' entities instead of the tagger's")
	verbose := fs.Bool("v", false, "print each document's score and every miss")
	noSeed := fs.Bool("no-seed", false, "leave out the seed article from ../shared")
	fs.Usage = func() { fmt.Fprint(env.Stderr, evalQuotesUsage); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	dirs := fs.Args()
	if len(dirs) == 0 {
		dirs = []string{filepath.Join("testdata", "quotes")}
		if seed := shareddata.Path("seed"); seed != "" && !*noSeed {
			dirs = append(dirs, seed)
		}
	}
	r, err := quoteeval.Run(quoteeval.Options{Analyzer: analyze.New(analyze.Options{}), Oracle: *oracle}, dirs...)
	if err != nil {
		fmt.Fprintln(env.Stderr, "marsad eval quotes:", err)
		return ExitUsage
	}
	if *verbose {
		for i, f := range r.Files {
			printQuoteScore(env.Stdout, filepath.Base(f), r.Docs[i])
		}
	}
	printQuoteScore(env.Stdout, "total", r.Total)
	return ExitOK
}

func printQuoteScore(w io.Writer, name string, s quoteeval.Score) {
	fmt.Fprintf(w, "%s: %d documents, %d gold quotes, %d predicted\n", name, s.Docs, s.Gold, s.Pred)
	fmt.Fprintf(w, "speaker precision %.3f recall %.3f\n", s.SpeakerPrecision(), s.SpeakerRecall())
	fmt.Fprintf(w, "via precision %.3f recall %.3f accuracy %.3f\n", s.ViaPrecision(), s.ViaRecall(), s.ViaAccuracy())
	e := s.Entities
	fmt.Fprintf(w, "entities: %d gold, %d found (%d under any type); %d names predicted, %d right; precision %.3f recall %.3f F1 %.3f\n",
		e.Gold, e.Found, e.FoundAnyType, e.Pred, e.Right, e.Precision(), e.Recall(), e.F1())
	if name != "total" {
		for _, m := range append(append(s.Misses, e.Misses...), e.Extras...) {
			fmt.Fprintln(w, "  ", m)
		}
	}
}
