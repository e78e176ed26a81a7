package store_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/tickerwire/tickerwire/internal/sink/store"
	"github.com/tickerwire/tickerwire/internal/sink/store/storetest"
)

// BenchmarkUpsert measures storing one event (6 figures, 2 delivery
// rows) in its own committed transaction, and a redelivery of it.
func BenchmarkUpsert(b *testing.B) {
	ev, _ := load(b, "earnings-amzn.json")
	targets := []string{"http://a.example/hook", "jsonl:/tmp/events.jsonl"}
	backends := []func(testing.TB) storetest.Backend{storetest.SQLite, storetest.Postgres}
	for _, backend := range backends {
		be := backend(b)
		b.Run(be.Name+"/new", func(b *testing.B) {
			s := open(b, be)
			i := 0
			for b.Loop() {
				ev.ID = fmt.Sprintf("bench-new-%d", i)
				i++
				if _, err := s.Upsert(context.Background(), ev, encode(b, ev), targets, t0); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "events/s")
		})
		b.Run(be.Name+"/redelivered", func(b *testing.B) {
			s := open(b, be)
			ev.ID = "bench-redelivered"
			payload := encode(b, ev)
			upsert(b, s, ev, payload, targets, t0)
			for b.Loop() {
				c, err := s.Upsert(context.Background(), ev, payload, targets, t0)
				if err != nil || c != store.Unchanged {
					b.Fatalf("upsert = %v, %v", c, err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "events/s")
		})
	}
}
