// Command marsad analyses Arabic news. See README.md.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/marsad/marsad/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
