package enrich

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/tickerwire/tickerwire/internal/stream"
	"github.com/tickerwire/tickerwire/pkg/events"
)

// ReplayStats counts what Replay did.
type ReplayStats struct {
	// Articles were enriched again; Events were emitted for them.
	Articles, Events int
	// Skipped records were not raw articles (they went to news.dlq when
	// first consumed).
	Skipped int
}

// Replay enriches the raw articles of news.raw again, from those written
// at or after since (the zero time: from the beginning) up to the end of
// each partition as it is when Replay starts, and produces their
// enriched records and events as the worker does. It reads without a
// consumer group, so the enrich group's offsets stay as they are. Event
// ids are deterministic: downstream, a replayed event updates its row
// instead of adding one, and only events that are new raise a webhook.
// Use it after an extractor upgrade, or to fill a new topic.
func Replay(ctx context.Context, sc stream.Config, p *stream.Producer, since time.Time, log *zap.Logger) (ReplayStats, error) {
	log = log.Named("replay")
	w, err := newWorker(log)
	if err != nil {
		return ReplayStats{}, err
	}
	topic := sc.TopicPrefix + events.TopicRaw
	client := &kafka.Client{Addr: kafka.TCP(sc.Brokers...), Timeout: 10 * time.Second, Transport: sc.Transport()}
	meta, err := client.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{topic}})
	if err != nil {
		return ReplayStats{}, fmt.Errorf("replay: metadata: %w", err)
	}
	if len(meta.Topics) != 1 || meta.Topics[0].Error != nil {
		return ReplayStats{}, fmt.Errorf("replay: topic %s not found", topic)
	}
	var reqs []kafka.OffsetRequest
	for _, part := range meta.Topics[0].Partitions {
		reqs = append(reqs, kafka.FirstOffsetOf(part.ID), kafka.LastOffsetOf(part.ID))
	}
	ends, err := client.ListOffsets(ctx, &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{topic: reqs}})
	if err != nil {
		return ReplayStats{}, fmt.Errorf("replay: end offsets: %w", err)
	}
	var mu sync.Mutex
	var total ReplayStats
	var wg sync.WaitGroup
	errs := make([]error, len(ends.Topics[topic]))
	for i, po := range ends.Topics[topic] {
		if po.Error != nil {
			errs[i] = fmt.Errorf("partition %d: %w", po.Partition, po.Error)
			continue
		}
		wg.Go(func() {
			st, err := w.replayPartition(ctx, sc, p, topic, po, since)
			mu.Lock()
			total.Articles += st.Articles
			total.Events += st.Events
			total.Skipped += st.Skipped
			mu.Unlock()
			if err != nil {
				errs[i] = fmt.Errorf("partition %d: %w", po.Partition, err)
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return total, fmt.Errorf("replay: %w", err)
	}
	log.Info("replayed", zap.Int("articles", total.Articles), zap.Int("events", total.Events), zap.Int("skipped", total.Skipped))
	return total, nil
}

// replayPartition replays one partition from since up to the end it had
// when the replay started, producing in batches so that a long replay
// costs few round trips.
func (w *worker) replayPartition(ctx context.Context, sc stream.Config, p *stream.Producer, topic string, po kafka.PartitionOffsets, since time.Time) (ReplayStats, error) {
	var st ReplayStats
	end := po.LastOffset
	r := kafka.NewReader(kafka.ReaderConfig{
		Brokers: sc.Brokers, Dialer: sc.Dialer(), Topic: topic, Partition: po.Partition, MaxWait: 250 * time.Millisecond,
	})
	defer r.Close()
	start := po.FirstOffset
	if !since.IsZero() {
		if err := r.SetOffsetAt(ctx, since); err != nil {
			return st, err
		}
		start = r.Offset()
	} else if err := r.SetOffset(start); err != nil {
		return st, err
	}
	if start < 0 || start >= end {
		return st, nil
	}
	var pending []events.Message
	flush := func() error {
		if err := p.Produce(ctx, pending...); err != nil {
			return err
		}
		pending = pending[:0]
		return nil
	}
	for {
		m, err := r.FetchMessage(ctx)
		if err != nil {
			return st, err
		}
		var a events.RawArticle
		if err := events.Decode(m.Value, &a); err != nil {
			st.Skipped++
		} else {
			out, err := w.enrich(a)
			if err != nil {
				return st, err
			}
			st.Articles++
			st.Events += len(out) - 1
			pending = append(pending, out...)
		}
		if len(pending) >= 500 {
			if err := flush(); err != nil {
				return st, err
			}
		}
		if m.Offset+1 >= end {
			break
		}
	}
	return st, flush()
}
