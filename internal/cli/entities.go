package cli

import (
	"flag"
	"fmt"
	"text/tabwriter"

	marsad "github.com/marsad/marsad"
)

const entitiesUsage = `Usage: marsad entities [flags]

Lists the entities mentioned by the most documents of the corpus, with
their ids (for 'marsad search --entity ID').

Flags:
`

func runEntities(env *Env, args []string) int {
	fs := flag.NewFlagSet("entities", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	db := addDBFlag(fs)
	var f marsad.Filter
	addFilterFlags(fs, &f)
	fs.StringVar(&f.Type, "type", "", "only entities of this type: PER, ORG, LOC or MISC")
	limit := fs.Int("limit", 20, "number of entities")
	format := fs.String("format", "text", "output format: text or json")
	fs.Usage = func() { fmt.Fprint(env.Stderr, entitiesUsage); fs.PrintDefaults() }
	if rest, err := parseInterspersed(fs, args); err != nil || len(rest) > 0 {
		fs.Usage()
		return max(flagExit(err), boolExit(len(rest) > 0))
	}
	store, err := openExisting(env.Ctx, *db)
	if err != nil {
		return fail(env, "entities", err)
	}
	defer store.Close()
	es, err := store.Entities(env.Ctx, f, *limit)
	if err != nil {
		return fail(env, "entities", err)
	}
	if *format == "json" {
		return writeJSON(env, map[string]any{"entities": nonNil(es)})
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DOCS\tMENTIONS\tTYPE\tID\tNAME")
	for _, e := range es {
		fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%s\n", e.Docs, e.Mentions, e.Type, e.ID, e.Name)
	}
	tw.Flush()
	return ExitOK
}

func boolExit(bad bool) int {
	if bad {
		return ExitUsage
	}
	return ExitOK
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
