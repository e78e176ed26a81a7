package stream

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/tickerwire/tickerwire/pkg/events"
)

// Producer writes records and waits until all in-sync replicas have
// acknowledged them. It is safe for concurrent use.
type Producer struct {
	cfg Config
	w   *kafka.Writer
}

// NewProducer returns a producer for the cluster of cfg. Records are
// partitioned by key with the murmur2 hash that Java clients use, so that
// tickerwire and other producers agree on a key's partition.
func NewProducer(cfg Config, log *zap.Logger) *Producer {
	log = log.Named("producer")
	return &Producer{cfg: cfg, w: &kafka.Writer{
		Addr:      kafka.TCP(cfg.Brokers...),
		Balancer:  kafka.Murmur2Balancer{},
		Transport: cfg.Transport(),
		// RequireAll: a record counts as written only when every
		// in-sync replica has it; kafka-go's default is no acks at all.
		RequiredAcks: kafka.RequireAll,
		// Produce is synchronous, so a partially filled batch would wait
		// BatchTimeout (default 1 s) before it is sent: keep it short.
		// Callers batch themselves by passing many messages at once.
		BatchTimeout: 2 * time.Millisecond,
		BatchSize:    1000,
		BatchBytes:   8 << 20,
		// Writes are retried by the writer with backoff before Produce
		// gives up.
		MaxAttempts:     10,
		WriteBackoffMin: 50 * time.Millisecond,
		WriteBackoffMax: 2 * time.Second,
		Logger:          kafkaLogger(log, zap.NewAtomicLevelAt(zap.DebugLevel)),
		ErrorLogger:     kafkaLogger(log, zap.NewAtomicLevelAt(zap.WarnLevel)),
	}}
}

// Produce writes msgs and returns when all of them are acknowledged, or
// with an error naming how many failed. Messages without a topic are
// rejected before anything is written.
func (p *Producer) Produce(ctx context.Context, msgs ...events.Message) error {
	if len(msgs) == 0 {
		return nil
	}
	km := make([]kafka.Message, len(msgs))
	for i, m := range msgs {
		if m.Topic == "" {
			return fmt.Errorf("produce: message %d has no topic", i)
		}
		km[i] = kafka.Message{Topic: p.cfg.topic(m.Topic), Key: m.Key, Value: m.Value, Headers: toKafkaHeaders(m.Headers)}
	}
	err := p.w.WriteMessages(ctx, km...)
	var werrs kafka.WriteErrors
	if errors.As(err, &werrs) {
		var first error
		for _, e := range werrs {
			if e != nil {
				first = e
				break
			}
		}
		return fmt.Errorf("produce: %d of %d records failed: %w", werrs.Count(), len(km), first)
	}
	if err != nil {
		return fmt.Errorf("produce %d records: %w", len(km), err)
	}
	return nil
}

// Close flushes and closes the producer.
func (p *Producer) Close() error {
	if err := p.w.Close(); err != nil {
		return fmt.Errorf("close producer: %w", err)
	}
	return nil
}
