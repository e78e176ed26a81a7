// Package cli is the tickerwire command line: run, extract, tail and
// replay.
package cli

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/tickerwire/tickerwire/internal/app"
	"github.com/tickerwire/tickerwire/pkg/nlp"
)

const usage = `usage: tickerwire <command> [flags]

commands:
  run       run ingest, enrich and sink in one process (embedded broker
            and SQLite unless --brokers / --postgres are given)
  extract   enrich JSON Lines documents from stdin, one record per line
            to stdout
  tail      follow a topic: tickerwire tail TOPIC [--json] [--from-beginning]
  replay    enrich news.raw again: tickerwire replay --since 24h

Run a command with -h for its flags. Every flag can also be set as an
environment variable TICKERWIRE_<FLAG>, e.g. TICKERWIRE_DATA_DIR.
`

// Main runs the command line with args (without the program name),
// reading flags' environment variables with getenv, and returns the exit
// code.
func Main(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return app.ExitUsage
	}
	switch args[0] {
	case "run":
		spec := app.Spec{Name: "tickerwire run", Stages: []app.Stage{app.Ingest, app.Enrich, app.Sink}, Embedded: true}
		return app.Main(ctx, spec, args[1:], getenv, stderr)
	case "extract":
		if len(args) > 1 {
			fmt.Fprintf(stderr, "tickerwire extract: takes no arguments, reads stdin\n")
			return app.ExitUsage
		}
		x, err := nlp.New()
		if err != nil {
			fmt.Fprintln(stderr, err)
			return app.ExitError
		}
		if err := extract(ctx, x, stdin, stdout, stderr); err != nil {
			fmt.Fprintln(stderr, err)
			return app.ExitError
		}
		return app.ExitOK
	case "tail":
		return tail(ctx, args[1:], getenv, stdout, stderr)
	case "replay":
		return replay(ctx, args[1:], getenv, time.Now, stdout, stderr)
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return app.ExitOK
	default:
		fmt.Fprintf(stderr, "tickerwire: unknown command %q\n\n%s", args[0], usage)
		return app.ExitUsage
	}
}
