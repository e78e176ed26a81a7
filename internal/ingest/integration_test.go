package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/tickerwire/tickerwire/internal/stream"
	"github.com/tickerwire/tickerwire/internal/stream/streamtest"
	"github.com/tickerwire/tickerwire/pkg/events"
)

// TestIntegration runs the worker against the embedded broker (or the
// cluster in $KAFKA_BROKERS) and reads news.raw back: every item exactly
// once, nothing again after a restart on the same state directory, and
// only the new item when one appears.
func TestIntegration(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a broker")
	}
	sc := streamtest.Cluster(t)
	log := zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel))
	producer := stream.NewProducer(sc, log)
	defer producer.Close()

	srv := newFeedServer(t, fullItem(1), fullItem(2), teaserItem(3))
	cfg := testConfig(t)
	cfg.Feeds = filepath.Join(t.TempDir(), "feeds.yaml")
	if err := os.WriteFile(cfg.Feeds, fmt.Appendf(nil, "feeds:\n  - name: test\n    url: %s\n    interval: 1s\n", srv.url()), 0o600); err != nil {
		t.Fatal(err)
	}

	// run runs the worker until it has completed a poll that found the
	// feed changed (outcome ok) or unchanged (not_modified).
	run := func(outcome string) {
		t.Helper()
		reg := prometheus.NewRegistry()
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan error, 1)
		go func() { done <- Run(ctx, cfg, producer, reg, log) }()
		waitFor(t, "a poll with outcome "+outcome, func() bool {
			return counterValue(t, reg, "tickerwire_ingest_polls_total", outcome) > 0
		})
		cancel()
		if err := <-done; err != nil {
			t.Fatalf("Run = %v", err)
		}
	}
	read := func(want int) []events.RawArticle {
		t.Helper()
		// Ask for one more record than expected: the read then waits
		// out its timeout, and an extra record would show up.
		recs := streamtest.Read(t, sc, events.TopicRaw, want+1, 3*time.Second)
		var out []events.RawArticle
		for _, r := range recs {
			var a events.RawArticle
			if err := events.Decode(r.Value, &a); err != nil {
				t.Fatal(err)
			}
			if string(r.Key) != a.ID || r.Header(events.HeaderRecordID) != a.ID || r.Header(events.HeaderRecordType) != events.RecordRawArticle {
				t.Fatalf("record %s: key %q, headers %v", a.ID, r.Key, r.Headers)
			}
			out = append(out, a)
		}
		return out
	}

	run("ok")
	first := read(3)
	if got, want := titles(first), []string{"Full story 1", "Full story 2", "Teaser 3"}; !slices.Equal(got, want) {
		t.Fatalf("news.raw holds %q, want %q", got, want)
	}
	for _, a := range first {
		if a.Title == "Teaser 3" && a.TextFrom != "page" {
			t.Errorf("teaser published with text from %q, want page", a.TextFrom)
		}
	}

	run("not_modified")
	if got := read(3); len(got) != 3 {
		t.Fatalf("after a restart news.raw holds %d records, want still 3", len(got))
	}

	srv.set(func(s *feedServer) { s.items = append(s.items, fullItem(4)) })
	run("ok")
	all := read(4)
	if got, want := titles(all), []string{"Full story 1", "Full story 2", "Full story 4", "Teaser 3"}; !slices.Equal(got, want) {
		t.Fatalf("news.raw holds %q, want %q", got, want)
	}
}
