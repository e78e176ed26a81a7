// Package enrich is the enrich worker: it reads raw articles from
// news.raw, runs pkg/nlp on them and writes news.enriched, and for tagged
// articles events.earnings and alerts.capex.
package enrich

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"runtime"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/tickerwire/tickerwire/internal/stream"
	"github.com/tickerwire/tickerwire/pkg/events"
	"github.com/tickerwire/tickerwire/pkg/nlp"
)

// Config configures the enrich worker.
type Config struct {
	// Group is the consumer group. Default "tickerwire-enrich".
	Group string
	// Concurrency is how many articles are enriched at once. Default:
	// the number of CPUs.
	Concurrency int
	// MaxAttempts bounds the tries per article before it is
	// dead-lettered. Default 5.
	MaxAttempts int
}

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	return Config{Group: "tickerwire-enrich", Concurrency: runtime.GOMAXPROCS(0), MaxAttempts: 5}
}

// RegisterFlags binds the fields to flags of fs.
func (c *Config) RegisterFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.Group, "enrich-group", c.Group, "consumer group of the enrich worker")
	fs.IntVar(&c.Concurrency, "enrich-concurrency", c.Concurrency, "articles enriched at once")
	fs.IntVar(&c.MaxAttempts, "enrich-max-attempts", c.MaxAttempts, "tries per article before it goes to news.dlq")
}

// Validate reports a configuration the worker cannot run with.
func (c Config) Validate() error {
	switch {
	case c.Group == "":
		return errors.New("enrich-group: must not be empty")
	case c.Concurrency < 1:
		return fmt.Errorf("enrich-concurrency: %d, want at least 1", c.Concurrency)
	case c.MaxAttempts < 1:
		return fmt.Errorf("enrich-max-attempts: %d, want at least 1", c.MaxAttempts)
	}
	return nil
}

// Run consumes news.raw until ctx is cancelled, then drains and returns
// nil.
func Run(ctx context.Context, cfg Config, sc stream.Config, p *stream.Producer, reg prometheus.Registerer, log *zap.Logger) error {
	log = log.Named("enrich")
	w, err := newWorker(log)
	if err != nil {
		return err
	}
	if reg != nil {
		w.articles = prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "tickerwire_enrich_articles_total", Help: "Articles enriched, by language.",
		}, []string{"lang"})
		w.emitted = prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "tickerwire_enrich_events_total", Help: "Earnings events and capex alerts emitted, by type.",
		}, []string{"type"})
		for _, c := range []prometheus.Collector{w.articles, w.emitted} {
			if err := reg.Register(c); err != nil {
				return fmt.Errorf("enrich: register metrics: %w", err)
			}
		}
	}
	return stream.Consume(ctx, stream.ConsumerConfig{
		Config: sc, Group: cfg.Group, Topics: []string{events.TopicRaw},
		MaxAttempts: cfg.MaxAttempts, Concurrency: cfg.Concurrency, Registerer: reg,
	}, w.handle, p, log)
}

func newWorker(log *zap.Logger) (*worker, error) {
	x, err := nlp.New()
	if err != nil {
		return nil, fmt.Errorf("enrich: %w", err)
	}
	return &worker{x: x, log: log, now: time.Now}, nil
}

type worker struct {
	x        *nlp.Extractor
	log      *zap.Logger
	now      func() time.Time
	articles *prometheus.CounterVec
	emitted  *prometheus.CounterVec
}

// handle enriches one raw article. A record that is not a raw article is
// permanent: retrying cannot make it one.
func (w *worker) handle(ctx context.Context, rec stream.Record) ([]events.Message, error) {
	var a events.RawArticle
	if err := events.Decode(rec.Value, &a); err != nil {
		return nil, stream.Permanent(fmt.Errorf("news.raw record: %w", err))
	}
	return w.enrich(a)
}

func (w *worker) enrich(a events.RawArticle) ([]events.Message, error) {
	res := w.x.Extract(nlp.Document{ID: a.ID, Lang: a.Lang, Title: a.Title, Text: a.Text})
	figs := make([]events.Figure, len(res.Figures))
	for i, f := range res.Figures {
		figs[i] = f.Figure
	}
	enriched := events.EnrichedArticle{
		ID: a.ID, Article: a.Ref(), Lang: res.Lang,
		Entities: res.Entities, Figures: figs, Tags: res.Tags, EnrichedAt: w.now().UTC(),
	}
	msg, err := events.Encode(enriched)
	if err != nil {
		return nil, stream.Permanent(err)
	}
	out := []events.Message{msg}
	for _, e := range buildEvents(a, res) {
		m, err := events.Encode(e)
		if err != nil {
			return nil, stream.Permanent(err)
		}
		out = append(out, m)
		if w.emitted != nil {
			w.emitted.WithLabelValues(string(e.Type)).Inc()
		}
	}
	if w.articles != nil {
		w.articles.WithLabelValues(res.Lang).Inc()
	}
	return out, nil
}
