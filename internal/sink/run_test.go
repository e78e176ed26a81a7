package sink

import (
	"context"
	"fmt"
	"testing"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/tickerwire/tickerwire/internal/sink/store/storetest"
	"github.com/tickerwire/tickerwire/internal/sink/webhook"
	"github.com/tickerwire/tickerwire/internal/stream"
	"github.com/tickerwire/tickerwire/internal/stream/streamtest"
	"github.com/tickerwire/tickerwire/pkg/events"
)

// TestRun runs the worker against a Kafka-protocol cluster (the embedded
// broker, or $KAFKA_BROKERS) through a crash, a restart and poison input,
// and checks that every event ends up in SQL and at the webhook exactly
// once and the poison record in news.dlq.
func TestRun(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a broker")
	}
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		ctx := context.Background()
		sc := streamtest.Cluster(t)
		log := zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel))
		p := stream.NewProducer(sc, log)
		defer p.Close()

		hook := newReceiver(t, nil)
		cfg := testConfig(b, hook.srv.URL)
		cfg.Group = streamtest.Group("sink")
		// count says how often the webhook got each event.
		count := func() map[string]int {
			out := map[string]int{}
			for _, r := range hook.requests() {
				out[r.header.Get(webhook.HeaderEventID)]++
			}
			return out
		}
		db, err := b.Open(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		stored := func() int {
			var n int
			if err := db.DB().QueryRow(`SELECT COUNT(*) FROM events`).Scan(&n); err != nil {
				t.Fatal(err)
			}
			return n
		}

		value, _ := fixture(t, "earnings-amzn.json")
		capexValue, _ := fixture(t, "capex-amzn.json")
		// message i is an earnings event or a capex alert with id ev-i.
		message := func(i int) events.Message {
			v := value
			if i%3 == 0 {
				v = capexValue
			}
			var ev events.Event
			if err := events.Decode(withID(t, v, fmt.Sprintf("ev-%02d", i)), &ev); err != nil {
				t.Fatal(err)
			}
			m, err := events.Encode(ev)
			if err != nil {
				t.Fatal(err)
			}
			return m
		}
		produce := func(ms ...events.Message) {
			t.Helper()
			if err := p.Produce(ctx, ms...); err != nil {
				t.Fatalf("produce: %v", err)
			}
		}
		run := func() (stop func()) {
			rctx, cancel := context.WithCancel(ctx)
			done := make(chan error, 1)
			go func() { done <- Run(rctx, cfg, sc, p, nil, log) }()
			return func() {
				cancel()
				if err := <-done; err != nil {
					t.Errorf("Run: %v", err)
				}
			}
		}
		// Batch A: ten events, a poison record between them on the same
		// partition as its neighbours, and one event twice.
		poison := events.Message{Topic: events.TopicEarnings, Key: []byte("AMZN"), Value: []byte("{not json")}
		var batchA []events.Message
		for i := range 10 {
			batchA = append(batchA, message(i))
			if i == 4 {
				batchA = append(batchA, poison)
			}
		}
		batchA = append(batchA, message(2))
		produce(batchA...)

		// A process stored ev-00..ev-04 and crashed before committing
		// their offsets or delivering anything.
		crashed := start(t, cfg, false)
		for i := range 5 {
			crashed.handle(t, message(i).Value)
		}
		crashed.stop()

		stop := run()
		eventually(t, "batch A stored and delivered", func() bool { return stored() == 10 && len(count()) == 10 })
		stop()

		// Batch B after a restart: ten new events and three
		// redeliveries of old ones.
		var batchB []events.Message
		for i := 10; i < 20; i++ {
			batchB = append(batchB, message(i))
		}
		batchB = append(batchB, message(0), message(5), message(9))
		produce(batchB...)
		stop = run()
		eventually(t, "batch B stored and delivered", func() bool { return stored() == 20 && len(count()) == 20 })
		stop()

		for id, n := range count() {
			if n != 1 {
				t.Errorf("webhook got %s %d times", id, n)
			}
		}
		if n := stored(); n != 20 {
			t.Errorf("%d events stored, want 20", n)
		}
		dlq := streamtest.Read(t, sc, events.TopicDLQ, 1, 30*time.Second)
		if len(dlq) != 1 || string(dlq[0].Value) != "{not json" || dlq[0].Header(events.HeaderDLQError) == "" {
			t.Fatalf("news.dlq = %+v, want the poison record with its error", dlq)
		}
	})
}
