// Package sink is the sink worker: it consumes events.earnings and
// alerts.capex and delivers each event downstream, to SQL (package
// store: SQLite by default, PostgreSQL with --postgres), to webhooks
// (package webhook: signed, retried) and to a JSON Lines file.
//
// # Guarantees
//
// An event is upserted by id in one transaction together with one outbox
// row per target (each webhook URL, the JSON Lines file), and only then is
// its Kafka offset committed, so every event reaches SQL exactly once
// however often it is redelivered, and a crash loses nothing.
//
// Delivery runs apart from consumption, one loop per target over the
// outbox, so a slow or dead webhook never holds up storing. A new event
// wakes the loops at once; failed attempts are retried with exponential
// backoff and jitter (at least as late as a Retry-After asks) until
// Config.RetryMaxAttempts or Config.RetryMaxAge, then the delivery is
// marked failed with the last error kept in deliveries.last_error.
// Pending deliveries survive restarts. Each event is sent to each target
// once in the normal case; a crash (or a lost database write) between a
// send and the record of it sends it again once its claim has run out
// (at least once), so receivers deduplicate by event id.
//
// A redelivered event (same id, same JSON) changes no row and sends
// nothing. A re-enriched event (same id, other JSON) updates the event
// and its figures in SQL but is not sent again; a delivery still pending
// sends the newest JSON. Targets added to the configuration get only the
// events stored after they were added; deliveries of removed targets stay
// pending in the table.
package sink

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"time"
	"unicode/utf8"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/tickerwire/tickerwire/internal/sink/store"
	"github.com/tickerwire/tickerwire/internal/sink/webhook"
	"github.com/tickerwire/tickerwire/pkg/events"
)

// ErrInvalid marks a record that is not an event this sink can store:
// not JSON (or not UTF-8), an unknown schema version, no id, an unknown
// type, or text with a NUL character.
// Retrying cannot fix it.
var ErrInvalid = errors.New("invalid event record")

// jsonlBatch is how many events the JSON Lines target writes per sync.
const jsonlBatch = 256

// Sink stores events and delivers them. Handle is safe for concurrent
// use.
type Sink struct {
	store   *store.Store
	targets []string
	out     *outbox
	jsonl   *jsonlFile
	m       *metrics
	log     *zap.Logger
	now     func() time.Time
}

// New opens the database (applying migrations) and the JSON Lines file
// and prepares the targets; nothing is sent until Deliver runs. Metrics
// are registered with reg when it is not nil.
func New(ctx context.Context, cfg Config, reg prometheus.Registerer, log *zap.Logger) (*Sink, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("sink: %w", err)
	}
	m, err := newMetrics(reg)
	if err != nil {
		return nil, fmt.Errorf("sink: %w", err)
	}
	var st *store.Store
	if cfg.Postgres != "" {
		st, err = store.OpenPostgres(ctx, cfg.Postgres)
	} else if err = os.MkdirAll(cfg.DataDir, 0o755); err == nil {
		st, err = store.OpenSQLite(ctx, filepath.Join(cfg.DataDir, "sink.db"))
	}
	if err != nil {
		return nil, fmt.Errorf("sink: %w", err)
	}
	s := &Sink{store: st, m: m, log: log, now: time.Now}
	s.out = &outbox{
		store: st,
		policy: retryPolicy{
			minBackoff: cfg.RetryMinBackoff, maxBackoff: cfg.RetryMaxBackoff,
			maxAttempts: cfg.RetryMaxAttempts, maxAge: cfg.RetryMaxAge,
		},
		poll: cfg.PollInterval,
		now:  s.now,
		m:    m,
		log:  log,
	}
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.MaxIdleConnsPerHost = cfg.WebhookConcurrency
	for _, raw := range cfg.Webhooks {
		n, err := webhook.New(raw, webhook.Options{
			Secret: []byte(cfg.WebhookSecret), Timeout: cfg.WebhookTimeout, Transport: transport,
		})
		if err != nil {
			st.Close()
			return nil, fmt.Errorf("sink: %w", err)
		}
		batch := 4 * cfg.WebhookConcurrency
		t := &target{
			name:  redactURL(raw),
			batch: batch,
			// A batch takes at most batch/concurrency rounds of one
			// request timeout each.
			lease: time.Duration(batch/cfg.WebhookConcurrency+1)*cfg.WebhookTimeout + 30*time.Second,
			wake:  make(chan struct{}, 1),
		}
		t.deliver = s.out.deliverWebhook(t, n, cfg.WebhookConcurrency)
		s.addTarget(t)
	}
	if cfg.JSONL != "" {
		path, err := filepath.Abs(cfg.JSONL)
		if err == nil {
			s.jsonl, err = openJSONL(path)
		}
		if err != nil {
			st.Close()
			return nil, fmt.Errorf("sink: jsonl: %w", err)
		}
		t := &target{name: "jsonl:" + path, batch: jsonlBatch, lease: time.Minute, wake: make(chan struct{}, 1)}
		t.deliver = s.out.deliverJSONL(t, s.jsonl)
		s.addTarget(t)
	}
	return s, nil
}

func (s *Sink) addTarget(t *target) {
	s.out.targets = append(s.out.targets, t)
	s.targets = append(s.targets, t.name)
}

// Handle stores one record value, an events.Event's JSON, and returns
// nil once it is committed. A value that is not a storable event fails
// with an error wrapping ErrInvalid.
func (s *Sink) Handle(ctx context.Context, value []byte) error {
	return s.HandleAll(ctx, [][]byte{value})[0]
}

// HandleAll stores record values as Handle does, the valid ones in one
// transaction, and returns one error per value: ErrInvalid for values
// that are not storable events, the database's error for all the others
// when the transaction failed.
func (s *Sink) HandleAll(ctx context.Context, values [][]byte) []error {
	errs := make([]error, len(values))
	items := make([]store.Item, 0, len(values))
	index := make([]int, 0, len(values))
	for i, v := range values {
		it, err := decode(v)
		if err != nil {
			errs[i] = err
			continue
		}
		items = append(items, it)
		index = append(index, i)
	}
	if len(items) == 0 {
		return errs
	}
	changes, err := s.store.UpsertAll(ctx, items, s.targets, s.now())
	if err != nil {
		for _, i := range index {
			errs[i] = fmt.Errorf("sink: %w", err)
		}
		return errs
	}
	inserted := false
	for k, change := range changes {
		ev := items[k].Event
		s.m.stored.WithLabelValues(string(ev.Type), change.String()).Inc()
		inserted = inserted || change == store.Inserted
		s.log.Debug("event stored", zap.String("event_id", ev.ID), zap.String("event_type", string(ev.Type)),
			zap.String("change", change.String()))
	}
	if inserted {
		s.out.wakeAll()
	}
	return errs
}

// decode checks a record value and returns it as an item to store.
func decode(value []byte) (store.Item, error) {
	// JSON is UTF-8 (RFC 8259), and PostgreSQL text can hold neither
	// invalid UTF-8 nor NUL: refuse both here rather than fail in the
	// database and be retried in vain.
	if !utf8.Valid(value) {
		return store.Item{}, fmt.Errorf("sink: %w: not UTF-8", ErrInvalid)
	}
	if bytes.Contains(value, []byte(`\u0000`)) {
		return store.Item{}, fmt.Errorf("sink: %w: text with a NUL character", ErrInvalid)
	}
	var ev events.Event
	if err := events.Decode(value, &ev); err != nil {
		return store.Item{}, fmt.Errorf("sink: %w: %w", ErrInvalid, err)
	}
	if ev.Type != events.EventEarnings && ev.Type != events.EventCapexAlert {
		return store.Item{}, fmt.Errorf("sink: %w: event %s has type %q", ErrInvalid, ev.ID, ev.Type)
	}
	// Stored compact, so that every JSON Lines record is one line.
	var payload bytes.Buffer
	if err := json.Compact(&payload, value); err != nil {
		return store.Item{}, fmt.Errorf("sink: %w: %w", ErrInvalid, err)
	}
	return store.Item{Event: ev, Payload: payload.Bytes()}, nil
}

// Deliver sends pending deliveries until ctx ends, then waits for the
// requests in flight, records their outcomes and returns.
func (s *Sink) Deliver(ctx context.Context) {
	s.out.run(ctx)
}

// Close closes the database and the JSON Lines file. Call it after
// Handle and Deliver have returned.
func (s *Sink) Close() error {
	var errs []error
	if s.jsonl != nil {
		errs = append(errs, s.jsonl.Close())
	}
	errs = append(errs, s.store.Close())
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("sink: close: %w", err)
	}
	return nil
}
