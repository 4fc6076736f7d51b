package cli

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"

	"github.com/marsad/marsad/analyze"
	"github.com/marsad/marsad/sqlite"
	"github.com/marsad/marsad/web"
)

const serveUsage = `Usage: marsad serve [--db PATH] [--addr 127.0.0.1:8080] [--token T]

Serves the web interface (Arabic, right to left) and the JSON API (see
/api/openapi.json) until Ctrl-C. The first time it starts on an empty
database it loads the demo corpus: sample articles in the styles of
several outlets, plus the seed article when --seed holds it.

Flags:
`

// serveOptions are what a server is built from (serve and bench-serve).
type serveOptions struct {
	db, token, seed string
	demo            bool
	loopback        bool // listening on loopback only: refuse other Host names
}

func runServe(env *Env, args []string) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	var o serveOptions
	fs.StringVar(&o.db, "db", "./"+sqlite.DefaultPath, "corpus database (SQLite; created when missing)")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (loopback by default)")
	fs.StringVar(&o.token, "token", os.Getenv("MARSAD_TOKEN"), "token that POST /api/documents requires as \"Authorization: Bearer T\" (default $MARSAD_TOKEN)")
	fs.StringVar(&o.seed, "seed", "../shared/seed", "directory of seed articles (*.txt) loaded with the demo")
	noDemo := fs.Bool("no-demo", false, "do not load the demo corpus into an empty database")
	verbose := fs.Bool("v", false, "log every request")
	fs.Usage = func() { fmt.Fprint(env.Stderr, serveUsage); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 {
		fs.Usage()
		return max(flagExit(err), boolExit(fs.NArg() > 0))
	}
	o.demo = !*noDemo
	log := serveLogger(env, *verbose)
	return serve(env, o, *addr, log)
}

func serve(env *Env, o serveOptions, addr string, log *slog.Logger) int {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fail(env, "serve", err)
	}
	defer ln.Close()
	o.loopback = web.IsLoopback(ln.Addr())
	store, h, err := openServer(env.Ctx, o, log)
	if err != nil {
		return fail(env, "serve", err)
	}
	defer store.Close()
	if !o.loopback && o.token == "" {
		log.Warn("listening beyond loopback without --token: anyone who reaches it can add documents")
	}
	log.Info("serving; press Ctrl-C to stop", "url", "http://"+ln.Addr().String()+"/", "db", o.db)
	if err := web.Serve(env.Ctx, ln, h, log); err != nil {
		return fail(env, "serve", err)
	}
	log.Info("stopped")
	return ExitOK
}

// openServer opens the database, loads the demo into it when it is empty,
// and returns the web server over it.
func openServer(ctx context.Context, o serveOptions, log *slog.Logger) (*sqlite.DB, *web.Server, error) {
	store, err := openCorpus(ctx, o.db, log)
	if err != nil {
		return nil, nil, err
	}
	if o.demo {
		n, err := web.LoadDemo(ctx, store, web.DemoOptions{SeedDir: o.seed})
		if err != nil {
			store.Close()
			return nil, nil, err
		}
		if n > 0 {
			log.Info("loaded the demo corpus", "docs", n)
		}
	}
	h, err := web.New(web.Config{Store: store, Analyze: analyze.Options{}, Log: log, Token: o.token, LoopbackHosts: o.loopback})
	if err != nil {
		store.Close()
		return nil, nil, err
	}
	return store, h, nil
}

func serveLogger(env *Env, verbose bool) *slog.Logger {
	level := slog.LevelInfo
	if verbose {
		level = slog.LevelDebug
	}
	return slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: level}))
}
