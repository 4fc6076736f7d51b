package cli

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"time"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/sqlite"
	"github.com/marsad/marsad/terms"
)

// corpusFlags are the flags the corpus commands share.
type corpusFlags struct {
	db     *string
	filter marsad.Filter
}

// addDBFlag adds --db.
func addDBFlag(fs *flag.FlagSet) *string {
	return fs.String("db", "./"+sqlite.DefaultPath, "corpus database (SQLite; created by 'marsad ingest')")
}

// addFilterFlags adds the filters shared by search, entities and stories.
func addFilterFlags(fs *flag.FlagSet, f *marsad.Filter) {
	fs.StringVar(&f.Outlet, "outlet", "", "only documents from this outlet (e.g. alarabia, okaz)")
	fs.StringVar(&f.From, "from", "", "only documents published on or after this date (2018-03-01)")
	fs.StringVar(&f.To, "to", "", "only documents published on or before this date")
	fs.StringVar(&f.Entity, "entity", "", "only documents mentioning this entity id (see 'marsad entities')")
	fs.StringVar(&f.Story, "story", "", "only documents of this story id (see 'marsad stories')")
}

// parseInterspersed parses flags that may come after positional
// arguments ("marsad search QUERY --outlet X") and returns the positionals.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos, args = append(pos, args[0]), args[1:]
	}
}

// openExisting opens a database that must already exist (read commands).
func openExisting(ctx context.Context, path string) (*sqlite.DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, marsad.Errorf(marsad.ENOTFOUND, "no corpus database at %s (run 'marsad ingest --db %s FILES' first)", path, path)
	}
	return openCorpus(ctx, path, nil)
}

// openCorpus opens (creating if needed) a corpus database and indexes,
// once, any documents stored before it had Marsad's own search index,
// logging progress.
func openCorpus(ctx context.Context, path string, log *slog.Logger) (*sqlite.DB, error) {
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.Default()
	}
	n, err := db.Unindexed(ctx)
	if err == nil && n > 0 {
		log.Info("indexing documents stored by an earlier version (once)", "docs", n)
		last := time.Now()
		err = db.Reindex(ctx, terms.StoredFields, func(done, total int) {
			if time.Since(last) > 5*time.Second || done == total {
				log.Info("indexing", "done", done, "of", total)
				last = time.Now()
			}
		})
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
}

// fail prints a command's error and returns its exit code.
func fail(env *Env, cmd string, err error) int {
	fmt.Fprintf(env.Stderr, "marsad %s: %s\n", cmd, marsad.ErrorMessage(err))
	if marsad.ErrorCode(err) == marsad.EINTERNAL {
		env.Log.Error(cmd, "err", err)
	}
	return exitFor(err)
}
