// Package streamtest gives tests a real Kafka-protocol cluster: the
// embedded broker by default, or the cluster named by $KAFKA_BROKERS
// (comma-separated host:port), so that one suite runs against both.
package streamtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/tickerwire/tickerwire/internal/broker"
	"github.com/tickerwire/tickerwire/internal/stream"
	"github.com/tickerwire/tickerwire/pkg/events"
)

// Cluster returns a stream configuration for a fresh set of tickerwire
// topics, created and ready. With $KAFKA_BROKERS set, the topics get a
// prefix unique to the test so that runs never see each other's records;
// otherwise an embedded broker is started in a temporary directory and
// closed when the test ends.
func Cluster(t testing.TB) stream.Config {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	log := zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel))
	var cfg stream.Config
	if env := os.Getenv("KAFKA_BROKERS"); env != "" {
		cfg = stream.Config{Brokers: strings.Split(env, ","), TopicPrefix: "t" + randHex(6) + "."}
	} else {
		b, err := broker.Start(ctx, t.TempDir(), broker.Options{}, log)
		if err != nil {
			t.Fatalf("start embedded broker: %v", err)
		}
		t.Cleanup(func() { b.Close() })
		cfg = stream.Config{Brokers: b.Addrs()}
	}
	if err := stream.EnsureTopics(ctx, cfg, stream.TopicSpec{Partitions: 3}, log); err != nil {
		t.Fatalf("create topics: %v", err)
	}
	return cfg
}

// Group returns a consumer group id unique to this call.
func Group(prefix string) string { return prefix + "-" + randHex(6) }

// Read reads records of topic (unprefixed) from the beginning until want
// records arrived or timeout passed, and returns what it read.
func Read(t testing.TB, cfg stream.Config, topic string, want int, timeout time.Duration) []stream.Record {
	t.Helper()
	r := kafka.NewReader(kafka.ReaderConfig{
		Brokers: cfg.Brokers, GroupID: Group("streamtest-read"), GroupTopics: []string{cfg.TopicPrefix + topic},
		StartOffset: kafka.FirstOffset, MaxWait: 100 * time.Millisecond,
	})
	defer r.Close()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	var out []stream.Record
	for len(out) < want {
		m, err := r.FetchMessage(ctx)
		if err != nil {
			break
		}
		rec := stream.Record{Topic: topic, Partition: m.Partition, Offset: m.Offset, Key: m.Key, Value: m.Value, Time: m.Time}
		for _, h := range m.Headers {
			rec.Headers = append(rec.Headers, events.Header{Key: h.Key, Value: h.Value})
		}
		out = append(out, rec)
	}
	return out
}

func randHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}
