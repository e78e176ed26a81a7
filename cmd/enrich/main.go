// Command enrich runs tickerwire's enrich worker on its own, against the Kafka
// cluster given with --brokers. Run it with -h for its flags; every flag
// can also be set as a TICKERWIRE_<FLAG> environment variable.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/tickerwire/tickerwire/internal/app"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := app.Main(ctx, app.Spec{Name: "enrich", Stages: []app.Stage{app.Enrich}}, os.Args[1:], os.Getenv, os.Stderr)
	stop()
	os.Exit(code)
}
