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

// Topics returns the topics tickerwire uses.
func Topics() []string {
	return []string{events.TopicRaw, events.TopicEnriched, events.TopicEarnings, events.TopicCapex, events.TopicDLQ}
}

// TopicSpec says how to create missing topics.
type TopicSpec struct {
	// Partitions per topic. Default 3: enough for three members of a
	// consumer group to share the work.
	Partitions int
	// ReplicationFactor per topic. Default 1; use 3 on a production
	// cluster.
	ReplicationFactor int
}

// EnsureTopics creates those of Topics() that do not exist yet; existing
// topics are left as they are. A cluster that is still starting is waited
// for, with backoff, until ctx ends.
func EnsureTopics(ctx context.Context, cfg Config, spec TopicSpec, log *zap.Logger) error {
	if spec.Partitions <= 0 {
		spec.Partitions = 3
	}
	if spec.ReplicationFactor <= 0 {
		spec.ReplicationFactor = 1
	}
	client := &kafka.Client{
		Addr:      kafka.TCP(cfg.Brokers...),
		Timeout:   10 * time.Second,
		Transport: cfg.Transport(),
	}
	req := &kafka.CreateTopicsRequest{}
	for _, t := range Topics() {
		req.Topics = append(req.Topics, kafka.TopicConfig{
			Topic: cfg.topic(t), NumPartitions: spec.Partitions, ReplicationFactor: spec.ReplicationFactor,
		})
	}
	backoff := 200 * time.Millisecond
	var lastErr string
	for {
		err := createTopics(ctx, client, req)
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return fmt.Errorf("create topics: %w (last error: %v)", ctx.Err(), err)
		}
		if err.Error() != lastErr {
			log.Warn("waiting for Kafka to create topics", zap.Strings("brokers", cfg.Brokers), zap.Error(err))
			lastErr = err.Error()
		}
		select {
		case <-ctx.Done():
		case <-time.After(backoff):
		}
		backoff = min(backoff*2, 5*time.Second)
	}
}

func createTopics(ctx context.Context, client *kafka.Client, req *kafka.CreateTopicsRequest) error {
	resp, err := client.CreateTopics(ctx, req)
	if err != nil {
		return err
	}
	var errs []error
	for topic, err := range resp.Errors {
		if err != nil && !errors.Is(err, kafka.TopicAlreadyExists) {
			errs = append(errs, fmt.Errorf("topic %s: %w", topic, err))
		}
	}
	return errors.Join(errs...)
}
