// Package cli implements the marsad command line: one file per subcommand,
// each with its own flag.FlagSet. Main is the testable entry point; cmd/marsad
// only calls it.
package cli

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
)

// Exit codes.
const (
	ExitOK    = 0
	ExitError = 1 // the command ran and failed (e.g. internal error)
	ExitUsage = 2 // bad input or usage: empty file, bad flag, too large
)

// Env is what a command may touch: its streams and a logger.
type Env struct {
	Ctx    context.Context
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Log    *slog.Logger
	// StdinIsTerminal and StderrIsTerminal tell whether to prompt or draw progress bars.
	StderrIsTerminal bool
}

type command struct {
	summary string
	run     func(env *Env, args []string) int
}

// commands is the table of top-level subcommands.
var commands = map[string]command{
	"analyze": {"analyze documents and print JSON", runAnalyze},
	"eval":    {"measure accuracy against gold data (see 'marsad eval -h')", runEval},
	"train":   {"train a model (see 'marsad train -h')", runTrain},
	"bench":   {"measure throughput on a corpus", runBench},

	"ingest":      {"store analysed documents in a corpus database", runIngest},
	"search":      {"search the corpus (BM25 over Marsad's analysis)", runSearch},
	"entities":    {"list the corpus's most mentioned entities", runEntities},
	"stories":     {"list the corpus's largest stories", runStories},
	"serve":       {"serve the web interface and JSON API", runServe},
	"bench-serve": {"load-test the web server's API", runBenchServe},
}

// Main runs marsad with args (without the program name) and returns the exit code.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	env := &Env{Ctx: ctx, Stdin: stdin, Stdout: stdout, Stderr: stderr,
		Log: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))}
	if f, ok := stderr.(*os.File); ok {
		env.StderrIsTerminal = isTerminal(f)
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return ExitUsage
		}
		return ExitOK
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "marsad: unknown command %q (run 'marsad help')\n", args[0])
		return ExitUsage
	}
	return c.run(env, args[1:])
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "marsad: structured analysis of Arabic news.\n\nUsage: marsad COMMAND [flags] [args]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'marsad COMMAND -h' for a command's flags.")
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
