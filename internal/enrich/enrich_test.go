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

// TestReplay enriches news.raw again without touching the enrich group:
// every raw article yields its enriched record once more, records that
// are not articles are counted and skipped, and a start after the last
// record replays nothing.
func TestReplay(t *testing.T) {
	sc := streamtest.Cluster(t)
	log := zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel))
	p := stream.NewProducer(sc, log)
	defer p.Close()
	ctx := context.Background()
	var msgs []events.Message
	for _, slug := range []string{"a", "b", "c"} {
		url := "https://news.example/" + slug
		m, err := events.Encode(events.RawArticle{ID: events.ArticleID(url, "", ""), URL: url, Source: "test", FeedURL: "https://news.example/rss",
			Title: "Siemens", Text: "Siemens steigerte den Umsatz um 4 Prozent.", TextFrom: "feed", FetchedAt: time.Now().UTC()})
		if err != nil {
			t.Fatal(err)
		}
		msgs = append(msgs, m)
	}
	msgs = append(msgs, events.Message{Topic: events.TopicRaw, Key: []byte("x"), Value: []byte("garbage")})
	if err := p.Produce(ctx, msgs...); err != nil {
		t.Fatal(err)
	}

	st, err := enrich.Replay(ctx, sc, p, time.Time{}, log)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 3 || st.Skipped != 1 {
		t.Errorf("replay from the beginning: %+v, want 3 articles and 1 skipped", st)
	}
	if got := streamtest.Read(t, sc, events.TopicEnriched, 4, 3*time.Second); len(got) != 3 {
		t.Errorf("%d enriched records, want 3", len(got))
	}
	st, err = enrich.Replay(ctx, sc, p, time.Now().Add(time.Hour), log)
	if err != nil || st.Articles != 0 {
		t.Errorf("replay from the future: %+v, %v; want nothing", st, err)
	}
}
