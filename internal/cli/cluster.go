package cli

import (
	"context"
	"flag"
	"fmt"

	"go.uber.org/zap"

	"github.com/tickerwire/tickerwire/internal/broker"
	"github.com/tickerwire/tickerwire/internal/config"
	"github.com/tickerwire/tickerwire/internal/stream"
)

// cluster are the flags of commands that work on a pipeline's topics from
// outside it: a cluster given with --brokers, or the embedded broker of
// --data-dir.
type cluster struct {
	brokers  config.List
	dataDir  string
	prefix   string
	security stream.Security
}

func (c *cluster) register(fs *flag.FlagSet) {
	fs.Var(&c.brokers, "brokers", "Kafka bootstrap brokers (default: the embedded broker under --data-dir)")
	fs.StringVar(&c.dataDir, "data-dir", "data", "data directory of the embedded broker")
	fs.StringVar(&c.prefix, "topic-prefix", "", "prefix of every topic name")
	c.security.RegisterFlags(fs)
}

// config checks the flags and returns the cluster configuration, brokers
// still empty for the embedded broker.
func (c *cluster) config() (stream.Config, error) {
	sc := stream.Config{Brokers: c.brokers, TopicPrefix: c.prefix}
	if err := c.security.Apply(&sc); err != nil {
		return sc, err
	}
	if len(sc.Brokers) > 0 {
		if err := sc.Validate(); err != nil {
			return sc, fmt.Errorf("brokers: %w", err)
		}
	}
	return sc, nil
}

// connect fills in the embedded broker's addresses when no cluster was
// given: those of the broker a running `tickerwire run` serves on the data
// directory, or of one started here on it when none runs. The returned
// function stops what connect started.
func (c *cluster) connect(ctx context.Context, sc stream.Config) (stream.Config, func(), error) {
	if len(sc.Brokers) > 0 {
		return sc, func() {}, nil
	}
	running, ok, err := broker.Discover(c.dataDir)
	if err != nil {
		return sc, nil, err
	}
	if ok {
		sc.Brokers = running
		return sc, func() {}, nil
	}
	b, err := broker.Start(ctx, c.dataDir, broker.Options{}, zap.NewNop())
	if err != nil {
		return sc, nil, err
	}
	sc.Brokers = b.Addrs()
	return sc, func() { b.Close() }, nil
}
