// Package app assembles worker processes: the flags and environment of
// the stages a process runs, logging, metrics, the embedded broker when
// no cluster is given, topic creation, and an orderly shutdown. The
// worker commands and `tickerwire run` are thin calls into Main.
package app

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"go.uber.org/zap"
	"golang.org/x/sync/errgroup"

	"github.com/tickerwire/tickerwire/internal/broker"
	"github.com/tickerwire/tickerwire/internal/config"
	"github.com/tickerwire/tickerwire/internal/enrich"
	"github.com/tickerwire/tickerwire/internal/ingest"
	"github.com/tickerwire/tickerwire/internal/obs"
	"github.com/tickerwire/tickerwire/internal/sink"
	"github.com/tickerwire/tickerwire/internal/stream"
)

// Stage is one worker of the pipeline.
type Stage string

// Stages.
const (
	Ingest Stage = "ingest"
	Enrich Stage = "enrich"
	Sink   Stage = "sink"
)

// Exit codes.
const (
	ExitOK    = 0
	ExitError = 1
	ExitUsage = 2
)

// Spec says what a process runs.
type Spec struct {
	// Name is the command name used in messages ("tickerwire run").
	Name string
	// Stages run in this process.
	Stages []Stage
	// Embedded allows starting the embedded broker when no brokers are
	// configured; without it --brokers is required.
	Embedded bool
}

// common are the settings every stage shares.
type common struct {
	brokers           config.List
	topicPrefix       string
	partitions        int
	replicationFactor int
	dataDir           string
	brokerPort        int
	httpAddr          string
	logFormat         string
	logLevel          string
	security          stream.Security
}

func (c *common) register(fs *flag.FlagSet, spec Spec) {
	brokersHelp := "Kafka bootstrap brokers, host:port, comma-separated or repeated"
	if spec.Embedded {
		brokersHelp += " (default: an embedded broker under --data-dir)"
	}
	fs.Var(&c.brokers, "brokers", brokersHelp)
	fs.StringVar(&c.topicPrefix, "topic-prefix", "", "prefix of every topic name, to share a cluster between installations")
	fs.IntVar(&c.partitions, "partitions", 3, "partitions of topics created at start-up")
	fs.IntVar(&c.replicationFactor, "replication-factor", 1, "replication factor of topics created at start-up")
	fs.StringVar(&c.dataDir, "data-dir", "data", "directory for state (seen articles, SQLite database, embedded broker)")
	if spec.Embedded {
		fs.IntVar(&c.brokerPort, "broker-port", 0, "port of the embedded broker on 127.0.0.1 (0: any free port)")
	}
	fs.StringVar(&c.httpAddr, "http", "", "address for /healthz, /readyz and /metrics, e.g. :9090 (default: off)")
	fs.StringVar(&c.logFormat, "log-format", "json", "log format: json or console")
	fs.StringVar(&c.logLevel, "log-level", "info", "log level: debug, info, warn or error")
	c.security.RegisterFlags(fs)
}

func (c *common) validate(spec Spec) error {
	switch {
	case len(c.brokers) == 0 && !spec.Embedded:
		return errors.New("brokers: required (--brokers or TICKERWIRE_BROKERS)")
	case c.partitions < 1:
		return fmt.Errorf("partitions: %d, want at least 1", c.partitions)
	case c.replicationFactor < 1:
		return fmt.Errorf("replication-factor: %d, want at least 1", c.replicationFactor)
	case c.dataDir == "":
		return errors.New("data-dir: must not be empty")
	case c.brokerPort < 0 || c.brokerPort > 65535:
		return fmt.Errorf("broker-port: %d is not a port", c.brokerPort)
	}
	if len(c.brokers) > 0 {
		if err := (stream.Config{Brokers: c.brokers}).Validate(); err != nil {
			return fmt.Errorf("brokers: %w", err)
		}
	}
	return nil
}

// process is a parsed, validated process configuration.
type process struct {
	spec   Spec
	common common
	// sc is the cluster configuration, brokers left empty when the
	// embedded broker is to be started.
	sc     stream.Config
	ingest ingest.Config
	enrich enrich.Config
	sink   sink.Config
}

// Main parses args (flags, then TICKERWIRE_* variables from getenv),
// runs the stages of spec until ctx ends, and returns the exit code:
// ExitUsage for invalid flags or configuration, with one message on
// stderr naming the problem.
func Main(ctx context.Context, spec Spec, args []string, getenv func(string) string, stderr io.Writer) int {
	p, fs := newProcess(spec)
	// Parse errors are reported as one line below, not with the flag
	// package's full usage text; -h prints the usage.
	fs.SetOutput(io.Discard)
	if err := config.Parse(fs, args, getenv); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stderr)
			fmt.Fprintf(stderr, "usage: %s [flags]\n\nEvery flag can also be set as TICKERWIRE_<FLAG>, e.g. %s.\n\n", spec.Name, config.EnvName("data-dir"))
			fs.PrintDefaults()
			return ExitOK
		}
		fmt.Fprintf(stderr, "%s: %v (run with -h for the flags)\n", spec.Name, err)
		return ExitUsage
	}
	if err := p.validate(); err != nil {
		fmt.Fprintf(stderr, "%s: invalid configuration: %v\n", spec.Name, strings.ReplaceAll(err.Error(), "\n", "; "))
		return ExitUsage
	}
	log, err := obs.NewLogger(p.common.logFormat, p.common.logLevel)
	if err != nil {
		fmt.Fprintf(stderr, "%s: invalid configuration: %v\n", spec.Name, err)
		return ExitUsage
	}
	defer log.Sync()
	if err := p.run(ctx, log); err != nil {
		log.Error("stopped with error", zap.Error(err))
		return ExitError
	}
	return ExitOK
}

// Flags returns the flag set of a process running spec: what its command
// line and TICKERWIRE_* variables accept.
func Flags(spec Spec) *flag.FlagSet {
	_, fs := newProcess(spec)
	return fs
}

func newProcess(spec Spec) (*process, *flag.FlagSet) {
	p := &process{spec: spec, ingest: ingest.DefaultConfig(), enrich: enrich.DefaultConfig(), sink: sink.DefaultConfig()}
	if spec.Embedded {
		// The one-machine default polls the feeds file of the working
		// directory, so `tickerwire run` needs no flags in a checkout.
		p.ingest.Feeds = "feeds.yml"
	}
	fs := flag.NewFlagSet(spec.Name, flag.ContinueOnError)
	p.common.register(fs, spec)
	if p.has(Ingest) {
		p.ingest.RegisterFlags(fs)
	}
	if p.has(Enrich) {
		p.enrich.RegisterFlags(fs)
	}
	if p.has(Sink) {
		p.sink.RegisterFlags(fs)
	}
	return p, fs
}

func (p *process) has(s Stage) bool { return slices.Contains(p.spec.Stages, s) }

func (p *process) validate() error {
	if err := p.common.validate(p.spec); err != nil {
		return err
	}
	p.sc = stream.Config{Brokers: p.common.brokers, TopicPrefix: p.common.topicPrefix}
	if err := p.common.security.Apply(&p.sc); err != nil {
		return err
	}
	if len(p.common.brokers) == 0 && (p.sc.TLS != nil || p.sc.SASL != nil) {
		return errors.New("kafka-tls, kafka-sasl-*: only for a cluster given with --brokers; the embedded broker speaks plaintext")
	}
	p.ingest.DataDir = p.common.dataDir
	p.sink.DataDir = p.common.dataDir
	var errs []error
	if p.has(Ingest) {
		errs = append(errs, p.ingest.Validate())
	}
	if p.has(Enrich) {
		errs = append(errs, p.enrich.Validate())
	}
	if p.has(Sink) {
		errs = append(errs, p.sink.Validate())
	}
	return errors.Join(errs...)
}

// run starts the broker if needed, creates the topics and runs every
// stage; the first stage to fail stops the others.
func (p *process) run(ctx context.Context, log *zap.Logger) error {
	reg := obs.NewRegistry()
	var ready obs.Readiness
	if p.common.httpAddr != "" {
		stop, err := obs.Serve(ctx, p.common.httpAddr, reg, &ready, log)
		if err != nil {
			return err
		}
		defer stop()
	}
	sc := p.sc
	if len(sc.Brokers) == 0 {
		b, err := broker.Start(ctx, p.common.dataDir, broker.Options{Port: p.common.brokerPort}, log)
		if err != nil {
			return err
		}
		defer func() {
			if err := b.Close(); err != nil {
				log.Warn("close embedded broker", zap.Error(err))
			}
		}()
		sc.Brokers = b.Addrs()
	}
	tctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	err := stream.EnsureTopics(tctx, sc, stream.TopicSpec{Partitions: p.common.partitions, ReplicationFactor: p.common.replicationFactor}, log)
	cancel()
	if err != nil {
		return err
	}
	producer := stream.NewProducer(sc, log)
	defer func() {
		if err := producer.Close(); err != nil {
			log.Warn("close producer", zap.Error(err))
		}
	}()

	g, gctx := errgroup.WithContext(ctx)
	if p.has(Ingest) {
		g.Go(func() error { return ingest.Run(gctx, p.ingest, producer, reg, log) })
	}
	if p.has(Enrich) {
		g.Go(func() error { return enrich.Run(gctx, p.enrich, sc, producer, reg, log) })
	}
	if p.has(Sink) {
		g.Go(func() error { return sink.Run(gctx, p.sink, sc, producer, reg, log) })
	}
	ready.Set(true)
	log.Info("started", zap.Strings("stages", stageNames(p.spec.Stages)), zap.Strings("brokers", sc.Brokers),
		zap.Stringer("kafka_security", p.common.security))
	err = g.Wait()
	ready.Set(false)
	if err != nil && ctx.Err() != nil && errors.Is(err, context.Canceled) {
		err = nil
	}
	return err
}

func stageNames(ss []Stage) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = string(s)
	}
	return out
}
