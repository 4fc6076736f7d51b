package cli

import (
	"flag"
	"fmt"
	"strings"
	"time"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/story"
)

const storiesUsage = `Usage: marsad stories [flags]

Lists the largest stories (reports of one event by one or more outlets),
the most recent first among equals. --update first groups into stories
any documents that have none (e.g. after 'marsad ingest --no-stories').

Flags:
`

func runStories(env *Env, args []string) int {
	fs := flag.NewFlagSet("stories", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	db := addDBFlag(fs)
	var f marsad.Filter
	addFilterFlags(fs, &f)
	limit := fs.Int("limit", 20, "number of stories")
	format := fs.String("format", "text", "output format: text or json")
	update := fs.Bool("update", false, "cluster unassigned documents first")
	recluster := fs.Bool("recluster", false, "forget every story and cluster the whole corpus again (implies --update)")
	fs.Usage = func() { fmt.Fprint(env.Stderr, storiesUsage); fs.PrintDefaults() }
	if rest, err := parseInterspersed(fs, args); err != nil || len(rest) > 0 {
		fs.Usage()
		return max(flagExit(err), boolExit(len(rest) > 0))
	}
	store, err := openExisting(env.Ctx, *db)
	if err != nil {
		return fail(env, "stories", err)
	}
	defer store.Close()
	if *recluster {
		if err := store.ResetStories(env.Ctx); err != nil {
			return fail(env, "stories", err)
		}
	}
	if *update || *recluster {
		t := time.Now()
		n, err := story.Update(env.Ctx, store, story.Options{})
		if err != nil {
			return fail(env, "stories", err)
		}
		fmt.Fprintf(env.Stderr, "marsad stories: %d documents clustered in %s\n", n, time.Since(t).Round(time.Millisecond))
	}
	ss, err := store.Stories(env.Ctx, f, *limit)
	if err != nil {
		return fail(env, "stories", err)
	}
	if *format == "json" {
		return writeJSON(env, map[string]any{"stories": nonNil(ss)})
	}
	for _, s := range ss {
		fmt.Fprintf(env.Stdout, "%s  %3d docs  %s – %s  [%s]\n    %s\n", s.ID, s.Docs, day(s.First), day(s.Last),
			strings.Join(s.Outlets, ", "), s.Title)
	}
	return ExitOK
}

func day(ts string) string { return ts[:min(10, len(ts))] }
