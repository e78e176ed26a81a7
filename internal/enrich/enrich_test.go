package enrich_test

import (
	"context"
	"testing"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/tickerwire/tickerwire/internal/enrich"
	"github.com/tickerwire/tickerwire/internal/stream"
	"github.com/tickerwire/tickerwire/internal/stream/streamtest"
	"github.com/tickerwire/tickerwire/pkg/events"
)

// TestPoisonGoesToDLQAndNextIsProcessed: a news.raw record that is not
// JSON lands in news.dlq with the reason, and the record after it is
// enriched.
func TestPoisonGoesToDLQAndNextIsProcessed(t *testing.T) {
	sc := streamtest.Cluster(t)
	log := zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel))
	p := stream.NewProducer(sc, log)
	defer p.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	article := events.RawArticle{
		ID: events.ArticleID("https://news.example/siemens", "", ""), URL: "https://news.example/siemens",
		Source: "test", FeedURL: "https://news.example/rss", Title: "Siemens steigert Umsatz",
		Text:     "Siemens hat den Umsatz im dritten Quartal um vier Prozent auf 19,4 Milliarden Euro gesteigert.",
		TextFrom: "feed", FetchedAt: time.Now().UTC(),
	}
	good, err := events.Encode(article)
	if err != nil {
		t.Fatal(err)
	}
	poison := events.Message{Topic: events.TopicRaw, Key: []byte("poison"), Value: []byte("{not json")}
	// Same key: same partition, so the poison record comes first.
	good.Key = poison.Key
	if err := p.Produce(ctx, poison, good); err != nil {
		t.Fatal(err)
	}

	cfg := enrich.DefaultConfig()
	cfg.Group = streamtest.Group("enrich")
	done := make(chan error, 1)
	go func() { done <- enrich.Run(ctx, cfg, sc, p, nil, log) }()

	dlq := streamtest.Read(t, sc, events.TopicDLQ, 1, 30*time.Second)
	enriched := streamtest.Read(t, sc, events.TopicEnriched, 1, 30*time.Second)
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("enrich: %v", err)
	}
	if len(dlq) != 1 || string(dlq[0].Value) != "{not json" {
		t.Fatalf("dlq = %+v, want the poison record unchanged", dlq)
	}
	if e := dlq[0].Header(events.HeaderDLQError); e == "" || dlq[0].Header(events.HeaderDLQAttempts) != "1" {
		t.Errorf("dlq headers: error %q attempts %q; want the decode error after one attempt", e, dlq[0].Header(events.HeaderDLQAttempts))
	}
	if len(enriched) != 1 {
		t.Fatalf("got %d enriched records, want 1", len(enriched))
	}
	var ea events.EnrichedArticle
	if err := events.Decode(enriched[0].Value, &ea); err != nil {
		t.Fatal(err)
	}
	if ea.ID != article.ID || ea.Article.URL != article.URL || string(enriched[0].Key) != article.ID {
		t.Errorf("enriched record %+v does not refer to the article", ea)
	}
}
