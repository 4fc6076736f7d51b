package cli

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/analyze"
)

const analyzeUsage = `Usage: marsad analyze [flags] [FILE...]

Analyses each FILE (or standard input when there is none or FILE is "-")
and prints the analysis: one JSON object for one document, JSON Lines (one
object per line) for several. Offsets are code-point indices into "text".

Flags:
`

func runAnalyze(env *Env, args []string) int {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	format := fs.String("format", "", "output format: json, jsonl, text or conll (default json for one document, jsonl for several)")
	maxBytes := fs.Int("max-bytes", analyze.DefaultMaxBytes, "reject inputs larger than this many bytes")
	workers := fs.Int("j", runtime.GOMAXPROCS(0), "documents analysed in parallel")
	model := fs.String("model", "", "entity model `FILE` from 'marsad train ner' (default: the built-in model)")
	fs.Usage = func() { fmt.Fprint(env.Stderr, analyzeUsage); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	w, err := newWriter(*format, len(files), env.Stdout)
	if err != nil {
		fmt.Fprintln(env.Stderr, "marsad analyze:", err)
		return ExitUsage
	}
	opts := analyze.Options{MaxBytes: *maxBytes}
	if *model != "" {
		if opts.Model, err = loadNERModel(*model); err != nil {
			fmt.Fprintln(env.Stderr, "marsad analyze: model:", err)
			return ExitError
		}
	}
	an := analyze.New(opts)
	return analyzeFiles(env, an, files, *workers, *maxBytes, w)
}

// flagExit maps a flag parse error to an exit code: -h is success.
func flagExit(err error) int {
	if err == flag.ErrHelp {
		return ExitOK
	}
	return ExitUsage
}

type result struct {
	doc *marsad.Document
	err error
}

// analyzeFiles analyses files in parallel and writes results in input order.
// A failed file is reported on stderr and the others go on; the exit code is
// then ExitUsage for bad input or ExitError for anything else.
func analyzeFiles(env *Env, an *analyze.Analyzer, files []string, workers, maxBytes int, w docWriter) int {
	out := bufio.NewWriterSize(env.Stdout, 1<<16)
	defer out.Flush()
	code := ExitOK
	orderedMap(len(files), workers, func(i int) result {
		raw, err := readInput(env, files[i], maxBytes)
		if err != nil {
			return result{err: err}
		}
		doc, err := an.Analyze(files[i], raw)
		return result{doc, err}
	}, func(i int, r result) {
		if r.err != nil {
			fmt.Fprintln(env.Stderr, "marsad analyze:", r.err)
			code = max(code, exitFor(r.err))
			return
		}
		for _, warn := range r.doc.Warnings {
			env.Log.Warn(warn, "file", displayFile(files[i]))
		}
		if err := w.write(out, r.doc); err != nil {
			fmt.Fprintln(env.Stderr, "marsad analyze: write:", err)
			code = ExitError
		}
	})
	return code
}

// exitFor maps an error's code to the process exit code, in one place.
func exitFor(err error) int {
	switch marsad.ErrorCode(err) {
	case "":
		return ExitOK
	case marsad.EINVALID, marsad.ENOTFOUND:
		return ExitUsage
	}
	return ExitError
}

func displayFile(name string) string {
	if name == "-" {
		return "stdin"
	}
	return name
}

// readInput reads a file or stdin ("-"), at most maxBytes+1 bytes so that an
// oversized input is detected without reading it all.
func readInput(env *Env, name string, maxBytes int) ([]byte, error) {
	var r io.Reader = env.Stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, marsad.Errorf(marsad.EINVALID, "%s: cannot read: %v", name, unwrapPathErr(err))
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return nil, marsad.Errorf(marsad.EINVALID, "%s: is a directory", name)
		}
		r = f
	}
	raw, err := io.ReadAll(io.LimitReader(r, int64(maxBytes)+1))
	if err != nil {
		return nil, marsad.Errorf(marsad.EINVALID, "%s: cannot read: %v", displayFile(name), unwrapPathErr(err))
	}
	if len(raw) > maxBytes {
		return nil, marsad.Errorf(marsad.EINVALID, "%s: input is over the limit of %d bytes (see --max-bytes)", displayFile(name), maxBytes)
	}
	return raw, nil
}

func unwrapPathErr(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
