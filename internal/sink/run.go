package sink

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/tickerwire/tickerwire/internal/stream"
	"github.com/tickerwire/tickerwire/pkg/events"
)

// Run consumes events.earnings and alerts.capex with the consumer group
// cfg.Group and stores and delivers every event until ctx is cancelled.
// Records that are not storable events go to news.dlq at once (produced
// with p); storage errors are retried, then dead-lettered. On
// cancellation it lets the consumer finish and commit its batch, then
// lets webhook requests in flight finish, and returns nil.
func Run(ctx context.Context, cfg Config, sc stream.Config, p *stream.Producer, reg prometheus.Registerer, log *zap.Logger) error {
	log = log.Named("sink")
	s, err := New(ctx, cfg, reg, log)
	if err != nil {
		return err
	}
	defer func() {
		if err := s.Close(); err != nil {
			log.Warn("close", zap.Error(err))
		}
	}()
	log.Info("sink started", zap.Stringer("config", cfg), zap.String("database", s.store.Dialect()))

	// Delivery outlives consumption: the consumer's drain may still store
	// events after ctx is cancelled, and their deliveries should start.
	dctx, stopDelivery := context.WithCancel(context.WithoutCancel(ctx))
	var wg sync.WaitGroup
	wg.Go(func() { s.Deliver(dctx) })
	defer func() {
		stopDelivery()
		wg.Wait()
	}()

	err = stream.Consume(ctx, stream.ConsumerConfig{
		Config:      sc,
		Group:       cfg.Group,
		Topics:      []string{events.TopicEarnings, events.TopicCapex},
		MaxAttempts: cfg.MaxAttempts,
		Registerer:  reg,
		// A batch is stored in one transaction; what that fails for is
		// retried record by record, so a bad record is dead-lettered
		// alone.
		BatchHandler: s.handleRecords,
	}, s.handleRecord, p, log)
	if err != nil {
		return fmt.Errorf("sink: %w", err)
	}
	return nil
}

// handleRecords is the consumer's batch handler.
func (s *Sink) handleRecords(ctx context.Context, recs []stream.Record) []error {
	values := make([][]byte, len(recs))
	for i, r := range recs {
		values[i] = r.Value
	}
	return s.HandleAll(ctx, values)
}

// handleRecord is the consumer's handler: it produces nothing, and marks
// records that can never be stored permanent.
func (s *Sink) handleRecord(ctx context.Context, rec stream.Record) ([]events.Message, error) {
	err := s.Handle(ctx, rec.Value)
	if errors.Is(err, ErrInvalid) {
		// The consumer logs and dead-letters it with topic, partition and
		// offset.
		return nil, stream.Permanent(err)
	}
	return nil, err
}
