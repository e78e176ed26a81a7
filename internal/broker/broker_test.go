package broker_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/tickerwire/tickerwire/internal/broker"
	"github.com/tickerwire/tickerwire/internal/stream"
	"github.com/tickerwire/tickerwire/internal/stream/streamtest"
	"github.com/tickerwire/tickerwire/pkg/events"
)

// TestRestartKeepsRecordsAndOffsets: topics, records and a group's
// committed offset survive a restart on the same data directory.
func TestRestartKeepsRecordsAndOffsets(t *testing.T) {
	dir := t.TempDir()
	log := zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel))
	ctx := context.Background()
	group := streamtest.Group("restart")

	consumeOne := func(cfg stream.Config) []string {
		t.Helper()
		p := stream.NewProducer(cfg, log)
		defer p.Close()
		cctx, cancel := context.WithCancel(ctx)
		var got []string
		done := make(chan error, 1)
		go func() {
			done <- stream.Consume(cctx, stream.ConsumerConfig{Config: cfg, Group: group, Topics: []string{events.TopicRaw}, BatchSize: 1},
				func(ctx context.Context, rec stream.Record) ([]events.Message, error) {
					got = append(got, string(rec.Value))
					cancel()
					return nil, nil
				}, p, log)
		}()
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
		case <-time.After(30 * time.Second):
			cancel()
			t.Fatal("no record consumed")
		}
		return got
	}

	b, err := broker.Start(ctx, dir, broker.Options{}, log)
	if err != nil {
		t.Fatal(err)
	}
	cfg := stream.Config{Brokers: b.Addrs()}
	if err := stream.EnsureTopics(ctx, cfg, stream.TopicSpec{Partitions: 1}, log); err != nil {
		t.Fatal(err)
	}
	p := stream.NewProducer(cfg, log)
	if err := p.Produce(ctx,
		events.Message{Topic: events.TopicRaw, Key: []byte("a"), Value: []byte("first")},
		events.Message{Topic: events.TopicRaw, Key: []byte("b"), Value: []byte("second")},
	); err != nil {
		t.Fatal(err)
	}
	p.Close()
	if got := consumeOne(cfg); !slices.Equal(got, []string{"first"}) {
		t.Fatalf("before restart consumed %v, want [first]", got)
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}

	b, err = broker.Start(ctx, dir, broker.Options{}, log)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if got := consumeOne(stream.Config{Brokers: b.Addrs()}); !slices.Equal(got, []string{"second"}) {
		t.Fatalf("after restart consumed %v, want [second]: the committed offset was lost", got)
	}
	all := streamtest.Read(t, stream.Config{Brokers: b.Addrs()}, events.TopicRaw, 2, 20*time.Second)
	if len(all) != 2 {
		t.Fatalf("after restart the topic holds %d records, want 2", len(all))
	}
}

func TestOneOwnerPerDataDir(t *testing.T) {
	dir := t.TempDir()
	log := zap.NewNop()
	ctx := context.Background()
	if _, ok, err := broker.Discover(dir); err != nil || ok {
		t.Fatalf("Discover on an idle dir = ok %v, err %v; want none running", ok, err)
	}
	b, err := broker.Start(ctx, dir, broker.Options{}, log)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := broker.Start(ctx, dir, broker.Options{}, log); !errors.Is(err, broker.ErrLocked) {
		t.Fatalf("second Start = %v, want ErrLocked", err)
	}
	addrs, ok, err := broker.Discover(dir)
	if err != nil || !ok || !slices.Equal(addrs, b.Addrs()) {
		t.Fatalf("Discover = %v %v %v, want the running broker's %v", addrs, ok, err, b.Addrs())
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := broker.Discover(dir); ok {
		t.Fatal("Discover after Close still finds a broker")
	}
}
