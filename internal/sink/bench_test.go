package sink

import (
	"context"
	"fmt"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/zap"

	"github.com/tickerwire/tickerwire/internal/sink/store/storetest"
)

// BenchmarkWebhookOutbox measures the outbox draining events to a
// loopback webhook: claim, signed POST (WebhookConcurrency at once) and
// recording the outcome, per event. Storing the events is not timed.
func BenchmarkWebhookOutbox(b *testing.B) {
	const perIteration = 64
	// The function given to b.Run runs several times (as b.N grows, and
	// per -count) on the same database: each run numbers its events
	// apart, or it would redeliver the last run's, which sends nothing.
	var runs int
	for _, backend := range []func(testing.TB) storetest.Backend{storetest.SQLite, storetest.Postgres} {
		be := backend(b)
		b.Run(be.Name, func(b *testing.B) {
			var got atomic.Int64
			rcv := newReceiver(b, nil)
			rcv.respond = func(int, http.ResponseWriter) { got.Add(1) }
			cfg := testConfig(be, rcv.srv.URL)
			s, err := New(context.Background(), cfg, nil, zap.NewNop())
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			value, ev := fixture(b, "earnings-amzn.json")
			t := s.out.targets[0]
			ctx := context.Background()
			runs++
			run, i := runs, 0
			for b.Loop() {
				b.StopTimer()
				for range perIteration {
					ev.ID = fmt.Sprintf("bench-%d-%d", run, i)
					i++
					if _, err := s.store.Upsert(ctx, ev, withID(b, value, ev.ID), s.targets, time.Now()); err != nil {
						b.Fatal(err)
					}
				}
				b.StartTimer()
				for {
					ds, err := s.store.Claim(ctx, t.name, time.Now(), t.lease, t.batch)
					if err != nil {
						b.Fatal(err)
					}
					if len(ds) == 0 {
						break
					}
					t.deliver(ctx, ds)
				}
			}
			if int(got.Load()) != i {
				b.Fatalf("%d requests for %d events", got.Load(), i)
			}
			b.ReportMetric(float64(b.N*perIteration)/b.Elapsed().Seconds(), "events/s")
		})
	}
}
