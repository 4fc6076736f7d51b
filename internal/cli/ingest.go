package cli

import (
	"flag"
	"fmt"
	"runtime"
	"time"

	"github.com/marsad/marsad/analyze"
	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/story"
)

const ingestUsage = `Usage: marsad ingest [--db PATH] PATH...

Analyses every document of each PATH and stores it in the corpus database:
  .txt              one document (first short line = title)
  .html, .htm       one page
  .json             an array of records (or records one after another)
  .jsonl, .ndjson   one record per line
  FILE.gz           any of these, gzipped
  DIR               every such file below DIR
  -                 standard input (format detected from its first bytes)
Records may have id/docno, url, outlet/src/source, published/time/date,
title, text/content/body or html. Content already stored is skipped, so
re-running an ingest changes nothing and an interrupted one (Ctrl-C)
resumes. After the ingest, new documents are grouped into stories.

Flags:
`

func runIngest(env *Env, args []string) int {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	db := addDBFlag(fs)
	workers := fs.Int("j", runtime.GOMAXPROCS(0), "documents analysed in parallel")
	batch := fs.Int("batch", 256, "documents per transaction")
	noStories := fs.Bool("no-stories", false, "do not cluster stories after the ingest (run 'marsad stories --update' later)")
	quiet := fs.Bool("q", false, "no progress output")
	noEntities := fs.Bool("no-entities", false, "skip entity recognition and linking (faster; stories then use text only)")
	fs.Usage = func() { fmt.Fprint(env.Stderr, ingestUsage); fs.PrintDefaults() }
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if len(paths) == 0 {
		fs.Usage()
		return ExitUsage
	}
	store, err := openCorpus(env.Ctx, *db, env.Log)
	if err != nil {
		return fail(env, "ingest", err)
	}
	defer store.Close()
	prog := newProgress(env, *quiet)
	an := analyze.New(analyze.Options{NoEntities: *noEntities})
	st, err := ingest.Run(env.Ctx, store, paths, ingest.Options{Workers: *workers, BatchSize: *batch, Analyzer: an,
		Stdin: env.Stdin, Progress: prog.update, OnError: prog.error, Log: env.Log})
	prog.done()
	if err != nil {
		return fail(env, "ingest", err)
	}
	if st.Added >= optimizeAfter {
		t := time.Now()
		if err := store.Optimize(env.Ctx); err != nil {
			return fail(env, "ingest", err)
		}
		env.Log.Info("optimized the search index", "elapsed", time.Since(t))
	}
	if !st.Interrupted && !*noStories {
		t := time.Now()
		if st.Clustered, err = story.Update(env.Ctx, store, story.Options{}); err != nil {
			return fail(env, "ingest", err)
		}
		env.Log.Info("stories", "docs", st.Clustered, "elapsed", time.Since(t))
	}
	printIngestSummary(env, st, *db)
	if st.Interrupted {
		return ExitError
	}
	return ExitOK
}

// optimizeAfter is how many new documents make the ingest merge the
// search index's segments into one, which keeps searches fast.
const optimizeAfter = 1000

func printIngestSummary(env *Env, st ingest.Stats, db string) {
	fmt.Fprintf(env.Stderr, "marsad ingest: %d files, %d records: %d added, %d unchanged, %d errors in %s (%.0f docs/s) into %s\n",
		st.Files, st.Records, st.Added, st.Unchanged, st.Errors, st.Elapsed.Round(time.Millisecond), st.Rate(), db)
	if st.Clustered > 0 {
		fmt.Fprintf(env.Stderr, "marsad ingest: %d documents grouped into stories\n", st.Clustered)
	}
	if st.Interrupted {
		fmt.Fprintln(env.Stderr, "marsad ingest: interrupted; everything counted above is stored. Run the same command again to resume.")
	}
}
