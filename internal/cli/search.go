package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/terms"
)

const searchUsage = `Usage: marsad search [flags] QUERY

Searches the corpus, ranking by BM25 over Marsad's own analysis:
diacritics never matter, الوطنى finds الوطني, فائز finds فايز, المحادثات
finds محادثات, and a name in one spelling finds the others (سيرجي/سيرغي).
Words in quotes ("..." or «...») must appear together, in order.

Flags:
`

func runSearch(env *Env, args []string) int {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	db := addDBFlag(fs)
	var q marsad.Query
	addFilterFlags(fs, &q.Filter)
	format := fs.String("format", "text", "output format: text or json")
	fs.IntVar(&q.Limit, "limit", 10, "number of hits")
	fs.IntVar(&q.Offset, "offset", 0, "hits to skip (for paging)")
	fs.Usage = func() { fmt.Fprint(env.Stderr, searchUsage); fs.PrintDefaults() }
	words, err := parseInterspersed(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if len(words) == 0 || (*format != "text" && *format != "json") {
		fs.Usage()
		return ExitUsage
	}
	parsed := terms.Parse(strings.Join(words, " "))
	q.Text, q.Clauses = parsed.Text, parsed.Clauses
	store, err := openExisting(env.Ctx, *db)
	if err != nil {
		return fail(env, "search", err)
	}
	defer store.Close()
	res, err := store.Search(env.Ctx, q)
	if err != nil {
		return fail(env, "search", err)
	}
	if *format == "json" {
		addSnippets(res, q, terms.HTMLMark)
		return writeJSON(env, res)
	}
	addSnippets(res, q, textMark(env.Stdout))
	printHits(env.Stdout, res)
	return ExitOK
}

func addSnippets(res *marsad.SearchResult, q marsad.Query, m terms.Mark) {
	for i := range res.Hits {
		res.Hits[i].Snippet = terms.Snippet(res.Hits[i].Text, q, m)
	}
}

// textMark highlights in bold on a terminal, in [brackets] otherwise.
func textMark(w io.Writer) terms.Mark {
	if f, ok := w.(*os.File); ok && isTerminal(f) {
		return terms.Mark{Open: "\x1b[1m", Close: "\x1b[0m"}
	}
	return terms.Mark{Open: "[", Close: "]"}
}

func printHits(w io.Writer, res *marsad.SearchResult) {
	fmt.Fprintf(w, "%d matches\n", res.Total)
	for i, h := range res.Hits {
		fmt.Fprintf(w, "\n%d. %s\n   %s · %s · %s · score %.2f · story %s\n   %s\n   %s\n",
			i+1, h.Title, h.ID, h.Outlet, h.Published, h.Score, h.Story, h.Origin, h.Snippet)
	}
	printCounts(w, "outlets", res.Facets.Outlet)
	printCounts(w, "entities", res.Facets.Entity)
}

func printCounts(w io.Writer, name string, cs []marsad.Count) {
	if len(cs) == 0 {
		return
	}
	parts := make([]string, 0, len(cs))
	for _, c := range cs {
		parts = append(parts, fmt.Sprintf("%s (%d)", c.Value, c.Count))
	}
	fmt.Fprintf(w, "\n%s: %s\n", name, strings.Join(parts, ", "))
}

func writeJSON(env *Env, v any) int {
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fail(env, "search", err)
	}
	return ExitOK
}
