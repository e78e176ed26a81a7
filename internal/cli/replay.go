package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/tickerwire/tickerwire/internal/app"
	"github.com/tickerwire/tickerwire/internal/config"
	"github.com/tickerwire/tickerwire/internal/enrich"
	"github.com/tickerwire/tickerwire/internal/obs"
	"github.com/tickerwire/tickerwire/internal/stream"
)

// replay enriches the articles of news.raw again (see enrich.Replay),
// from --since or --from-beginning, and prints what it did.
func replay(ctx context.Context, args []string, getenv func(string) string, now func() time.Time, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("tickerwire replay", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var cl cluster
	cl.register(fs)
	since := fs.String("since", "", "replay articles written at or after this time: RFC 3339 (2024-08-01T00:00:00Z) or a duration back from now (24h)")
	fromBeginning := fs.Bool("from-beginning", false, "replay every article news.raw holds")
	usage := func() {
		fmt.Fprintln(stderr, "usage: tickerwire replay (--since TIME|DURATION | --from-beginning) [--brokers ADDRS | --data-dir DIR]")
		fs.SetOutput(stderr)
		fs.PrintDefaults()
	}
	if err := config.Parse(fs, args, getenv); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage()
			return app.ExitOK
		}
		fmt.Fprintf(stderr, "tickerwire replay: %v (run with -h for the flags)\n", err)
		return app.ExitUsage
	}
	start, err := replayStart(*since, *fromBeginning, now())
	if err != nil {
		fmt.Fprintf(stderr, "tickerwire replay: %v\n", err)
		return app.ExitUsage
	}
	sc, err := cl.config()
	if err != nil {
		fmt.Fprintf(stderr, "tickerwire replay: %v\n", err)
		return app.ExitUsage
	}
	log, err := obs.NewLogger("console", "warn")
	if err != nil {
		fmt.Fprintln(stderr, err)
		return app.ExitError
	}
	sc, stop, err := cl.connect(ctx, sc)
	if err != nil {
		fmt.Fprintf(stderr, "tickerwire replay: %v\n", err)
		return app.ExitError
	}
	defer stop()
	p := stream.NewProducer(sc, log)
	defer p.Close()
	st, err := enrich.Replay(ctx, sc, p, start, log)
	fmt.Fprintf(stdout, "replayed %d articles, %d events emitted, %d records skipped\n", st.Articles, st.Events, st.Skipped)
	if err != nil {
		fmt.Fprintf(stderr, "tickerwire replay: %v\n", err)
		return app.ExitError
	}
	return app.ExitOK
}

// replayStart reads --since and --from-beginning: exactly one is needed,
// so that a whole topic is never replayed by accident. The zero time
// means from the beginning.
func replayStart(since string, fromBeginning bool, now time.Time) (time.Time, error) {
	switch {
	case since == "" && !fromBeginning:
		return time.Time{}, errors.New("give --since or --from-beginning")
	case since != "" && fromBeginning:
		return time.Time{}, errors.New("give --since or --from-beginning, not both")
	case fromBeginning:
		return time.Time{}, nil
	}
	if d, err := time.ParseDuration(since); err == nil {
		if d <= 0 {
			return time.Time{}, fmt.Errorf("since: %s, want a positive duration", since)
		}
		return now.Add(-d), nil
	}
	t, err := time.Parse(time.RFC3339, since)
	if err != nil {
		return time.Time{}, fmt.Errorf("since: %q is neither RFC 3339 nor a duration", since)
	}
	return t, nil
}
