package events_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tickerwire/tickerwire/pkg/events"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestCanonicalURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://Example.COM/a/b?x=1#top", "https://example.com/a/b?x=1"},
		{"http://example.com:80/a", "http://example.com/a"},
		{"https://example.com:443", "https://example.com/"},
		{"https://example.com:8443/a", "https://example.com:8443/a"},
		{"https://example.com/a?utm_source=rss&b=2&a=1&fbclid=x", "https://example.com/a?a=1&b=2"},
		{" https://user:pw@example.com/a ", "https://example.com/a"},
	} {
		got, err := events.CanonicalURL(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("CanonicalURL(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"", "/relative", "mailto:a@b.c", "ftp://example.com/x", "https://"} {
		if got, err := events.CanonicalURL(bad); err == nil {
			t.Errorf("CanonicalURL(%q) = %q, want an error", bad, got)
		}
	}
}

func TestArticleID(t *testing.T) {
	a := events.ArticleID("https://example.com/news/1?utm_campaign=x", "https://feed-a/rss", "guid-1")
	b := events.ArticleID("https://EXAMPLE.com/news/1", "https://feed-b/rss", "other-guid")
	if a != b {
		t.Error("the same page through two feeds must have one id")
	}
	if len(a) != 32 {
		t.Errorf("id %q: want 32 hex characters", a)
	}
	c := events.ArticleID("", "https://feed-a/rss", "guid-1")
	d := events.ArticleID("", "https://feed-b/rss", "guid-1")
	if c == d {
		t.Error("items without link: the same GUID in two feeds must not collide")
	}
	if c != events.ArticleID("not a url", "https://feed-a/rss", "guid-1") {
		t.Error("an unusable link must fall back to the GUID")
	}
	if a == events.ArticleID("https://example.com/news/2", "", "") {
		t.Error("different pages share an id")
	}
}

func TestCapexAlertID(t *testing.T) {
	amzn := events.Company{Name: "Amazon.com, Inc.", Ticker: "AMZN"}
	amount := &events.Figure{Kind: events.KindMoney, Value: 30.5e9, Currency: "USD"}
	pub := func(y int) *time.Time { t := time.Date(y, 8, 1, 0, 0, 0, 0, time.UTC); return &t }
	outletA := events.ArticleRef{ID: "a", PublishedAt: pub(2024)}
	outletB := events.ArticleRef{ID: "b", PublishedAt: pub(2024)}
	if events.CapexAlertID(amzn, amount, "H1", outletA) != events.CapexAlertID(amzn, amount, "H1", outletB) {
		t.Error("one announcement in two outlets must raise one alert")
	}
	if events.CapexAlertID(amzn, amount, "H1", outletA) == events.CapexAlertID(amzn, amount, "H1", events.ArticleRef{ID: "c", PublishedAt: pub(2025)}) {
		t.Error("H1 of different years must not share an id")
	}
	if events.CapexAlertID(amzn, amount, "H1", outletA) != events.CapexAlertID(amzn, amount, "H1 2024", outletB) {
		t.Error("a period without year takes the year of publication")
	}
	if events.CapexAlertID(amzn, nil, "", outletA) == events.CapexAlertID(amzn, nil, "", outletB) {
		t.Error("alerts without amount from different articles must not share an id")
	}
	other := *amount
	other.Value = 31e9
	if events.CapexAlertID(amzn, amount, "H1", outletA) == events.CapexAlertID(amzn, &other, "H1", outletA) {
		t.Error("different amounts share an id")
	}
}

func TestEarningsEventID(t *testing.T) {
	amzn := events.Company{Name: "Amazon.com, Inc.", Ticker: "AMZN"}
	if events.EarningsEventID(amzn, "Q2 2024", "a") != events.EarningsEventID(amzn, "Q2 2024", "a") {
		t.Error("not deterministic")
	}
	for _, other := range []string{
		events.EarningsEventID(amzn, "Q3 2024", "a"),
		events.EarningsEventID(amzn, "Q2 2024", "b"),
		events.EarningsEventID(events.Company{Name: "Amazon.com, Inc."}, "Q2 2024", "a"),
	} {
		if other == events.EarningsEventID(amzn, "Q2 2024", "a") {
			t.Error("different company, period or article share an id")
		}
	}
}

func fixtures() map[string]events.Record {
	pub := time.Date(2024, 8, 1, 20, 5, 0, 0, time.UTC)
	fetched := time.Date(2024, 8, 1, 20, 6, 30, 0, time.UTC)
	raw := events.RawArticle{
		ID: events.ArticleID("https://news.example/amazon-q2", "", ""), URL: "https://news.example/amazon-q2",
		GUID: "amazon-q2", Source: "example-news", FeedURL: "https://news.example/rss",
		Title: "Amazon steigert Umsatz", Text: "Amazon hat im ersten Halbjahr 30,5 Milliarden Dollar investiert.",
		TextFrom: "page", Lang: "de", PublishedAt: &pub, FetchedAt: fetched,
	}
	capex := events.Figure{Text: "30,5 Milliarden Dollar", Kind: events.KindMoney, Value: 30.5e9, Currency: "USD",
		Metric: events.MetricCapex, Period: "H1", Basis: events.BasisActual, Subject: "AMZN"}
	amzn := events.Company{Name: "Amazon.com, Inc.", Ticker: "AMZN"}
	tags := []events.Tag{events.TagEarnings, events.TagCapex}
	return map[string]events.Record{
		"raw_article": raw,
		"enriched_article": events.EnrichedArticle{
			ID: raw.ID, Article: raw.Ref(), Lang: "de",
			Entities: []events.Entity{
				{Text: "Amazon", Type: events.EntityOrg, Canonical: "Amazon.com, Inc.", Ticker: "AMZN"},
				{Text: "Brian Olsavsky", Type: events.EntityPerson, Role: events.RoleCFO, Org: "AMZN"},
			},
			Figures: []events.Figure{capex}, Tags: tags, EnrichedAt: fetched.Add(time.Second),
		},
		"capex_alert": events.Event{Type: events.EventCapexAlert, ID: events.CapexAlertID(amzn, &capex, "H1", raw.Ref()),
			Company: amzn, Figures: []events.Figure{capex}, Tags: tags, Article: raw.Ref(), DetectedAt: fetched},
	}
}

// TestGolden freezes the wire format: a change to these files is a change
// every consumer sees.
func TestGolden(t *testing.T) {
	for name, rec := range fixtures() {
		t.Run(name, func(t *testing.T) {
			msg, err := events.Encode(rec)
			if err != nil {
				t.Fatal(err)
			}
			var pretty bytes.Buffer
			if err := json.Indent(&pretty, msg.Value, "", "  "); err != nil {
				t.Fatal(err)
			}
			pretty.WriteByte('\n')
			path := filepath.Join("testdata", name+".json")
			if *update {
				if err := os.WriteFile(path, pretty.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create)", err)
			}
			if !bytes.Equal(pretty.Bytes(), want) {
				t.Errorf("wire format changed:\n%s\nwant:\n%s", pretty.Bytes(), want)
			}
		})
	}
}

func TestEncodeDecode(t *testing.T) {
	for name, rec := range fixtures() {
		t.Run(name, func(t *testing.T) {
			msg, err := events.Encode(rec)
			if err != nil {
				t.Fatal(err)
			}
			h := map[string]string{}
			for _, x := range msg.Headers {
				h[x.Key] = string(x.Value)
			}
			if h[events.HeaderContentType] != events.ContentTypeJSON || h[events.HeaderSchema] != "1" || h[events.HeaderRecordType] != name {
				t.Errorf("headers %v", h)
			}
			var id, topic, key string
			var back events.Record
			switch r := rec.(type) {
			case events.RawArticle:
				id, topic, key = r.ID, events.TopicRaw, r.ID
				var v events.RawArticle
				err, back = events.Decode(msg.Value, &v), &v
			case events.EnrichedArticle:
				id, topic, key = r.ID, events.TopicEnriched, r.ID
				var v events.EnrichedArticle
				err, back = events.Decode(msg.Value, &v), &v
			case events.Event:
				id, topic, key = r.ID, events.TopicCapex, "AMZN"
				var v events.Event
				err, back = events.Decode(msg.Value, &v), &v
			}
			if err != nil {
				t.Fatal(err)
			}
			if h[events.HeaderRecordID] != id || msg.Topic != topic || string(msg.Key) != key {
				t.Errorf("id header %q topic %q key %q; want %q %q %q", h[events.HeaderRecordID], msg.Topic, msg.Key, id, topic, key)
			}
			again, err := events.Encode(deref(back))
			if err != nil || !bytes.Equal(again.Value, msg.Value) {
				t.Errorf("round trip changed the value:\n%s\n%s", again.Value, msg.Value)
			}
		})
	}
}

func deref(r events.Record) events.Record {
	switch v := r.(type) {
	case *events.RawArticle:
		return *v
	case *events.EnrichedArticle:
		return *v
	case *events.Event:
		return *v
	}
	return r
}

func TestDecodeRejects(t *testing.T) {
	for _, tc := range []struct {
		name, value string
		schemaErr   bool
	}{
		{"not json", `{"schema":1,`, false},
		{"no schema", `{"id":"x"}`, true},
		{"future schema", `{"schema":2,"id":"x"}`, true},
		{"no id", `{"schema":1}`, false},
		{"wrong field type", `{"schema":1,"id":"x","title":5}`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var a events.RawArticle
			err := events.Decode([]byte(tc.value), &a)
			if err == nil {
				t.Fatal("want an error")
			}
			if errors.Is(err, events.ErrSchema) != tc.schemaErr {
				t.Errorf("errors.Is(err, ErrSchema) = %v for %v", !tc.schemaErr, err)
			}
		})
	}
}

func TestEncodeRejectsEmptyID(t *testing.T) {
	if _, err := events.Encode(events.RawArticle{}); err == nil || !strings.Contains(err.Error(), "empty id") {
		t.Fatalf("err = %v", err)
	}
}

func TestSchemas(t *testing.T) {
	files, err := events.SchemaFiles()
	if err != nil {
		t.Fatal(err)
	}
	for _, topic := range []string{events.TopicRaw, events.TopicEnriched, events.TopicEarnings, events.TopicCapex} {
		b, err := events.Schema(topic)
		if err != nil {
			t.Fatal(err)
		}
		var v map[string]any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatalf("%s: %v", topic, err)
		}
		if _, ok := files[topic+".json"]; !ok {
			t.Errorf("SchemaFiles misses %s", topic)
		}
	}
	if _, err := events.Schema(events.TopicDLQ); err == nil {
		t.Error("news.dlq values are raw inputs and have no schema")
	}
}
