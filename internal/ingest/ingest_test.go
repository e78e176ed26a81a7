package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/tickerwire/tickerwire/internal/feed"
	"github.com/tickerwire/tickerwire/pkg/events"
)

func titles(as []events.RawArticle) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Title
	}
	slices.Sort(out)
	return out
}

// TestPollPublishesEachItemOnce follows a feed through conditional GETs, a
// restart on the same state directory, a server that ignores validators,
// and a new item.
func TestPollPublishesEachItemOnce(t *testing.T) {
	srv := newFeedServer(t, fullItem(1), fullItem(2), teaserItem(3))
	cfg := testConfig(t)
	pub := &memPublisher{}

	w, _, reg := newTestWorker(t, cfg, pub)
	fs := w.newFeedState(srv.source())
	if err := w.poll(t.Context(), fs); err != nil {
		t.Fatal(err)
	}
	if got, want := titles(pub.articles(t)), []string{"Full story 1", "Full story 2", "Teaser 3"}; !slices.Equal(got, want) {
		t.Fatalf("published %q, want %q", got, want)
	}
	if err := w.poll(t.Context(), fs); err != nil {
		t.Fatal(err)
	}
	if full, notModified, _ := srv.counts(); full != 1 || notModified != 1 {
		t.Fatalf("server answered %d full, %d not modified; want 1 and 1", full, notModified)
	}
	if got := counterValue(t, reg, "tickerwire_ingest_polls_total", "not_modified"); got != 1 {
		t.Errorf("polls{not_modified} = %v", got)
	}
	if got := counterValue(t, reg, "tickerwire_ingest_articles_published_total", "page"); got != 1 {
		t.Errorf("articles_published{page} = %v", got)
	}
	if mfs, err := reg.Gather(); err != nil || len(mfs) == 0 {
		t.Errorf("registry: %d metric families, %v", len(mfs), err)
	}

	// A new worker on the same state directory: the validators survived.
	w2, _, _ := newTestWorker(t, cfg, pub)
	if err := w2.poll(t.Context(), w2.newFeedState(srv.source())); err != nil {
		t.Fatal(err)
	}
	if full, notModified, _ := srv.counts(); full != 1 || notModified != 2 {
		t.Fatalf("after restart: %d full, %d not modified; want 1 and 2", full, notModified)
	}
	// A server that ignores validators: the seen ids survived.
	srv.set(func(s *feedServer) { s.noValidators = true })
	if err := w2.poll(t.Context(), w2.newFeedState(srv.source())); err != nil {
		t.Fatal(err)
	}
	if n := len(pub.articles(t)); n != 3 {
		t.Fatalf("%d articles after a full refetch, want still 3", n)
	}
	// A new item: only it is published.
	srv.set(func(s *feedServer) { s.items = append([]item{fullItem(4)}, s.items...) })
	if err := w2.poll(t.Context(), w2.newFeedState(srv.source())); err != nil {
		t.Fatal(err)
	}
	as := pub.articles(t)
	if len(as) != 4 || as[3].Title != "Full story 4" {
		t.Fatalf("published %q, want the three and then Full story 4", titles(as))
	}
	if _, _, pages := srv.counts(); pages != 1 {
		t.Errorf("%d page fetches, want 1", pages)
	}
}

func TestPollFullText(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("testdata", "page.txt"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		fullText   bool
		pageStatus int
		page       string
		textFrom   string
		warnings   int
	}{
		{name: "page text", fullText: true, textFrom: feed.TextFromPage},
		{name: "full text off", fullText: false, textFrom: feed.TextFromFeed},
		{name: "page 404", fullText: true, pageStatus: http.StatusNotFound, textFrom: feed.TextFromFeed, warnings: 1},
		{name: "page without text", fullText: true, page: "<html><body><nav>menu</nav></body></html>", textFrom: feed.TextFromFeed, warnings: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newFeedServer(t, teaserItem(1), teaserItem(2), fullItem(3))
			srv.set(func(s *feedServer) {
				s.pageStatus = tt.pageStatus
				if tt.page != "" {
					s.page = []byte(tt.page)
				}
			})
			cfg := testConfig(t)
			cfg.FullText = tt.fullText
			pub := &memPublisher{}
			w, logs, _ := newTestWorker(t, cfg, pub)
			if err := w.poll(t.Context(), w.newFeedState(srv.source())); err != nil {
				t.Fatal(err)
			}
			as := pub.articles(t)
			if len(as) != 3 {
				t.Fatalf("published %d articles, want 3", len(as))
			}
			for _, a := range as {
				if !strings.HasPrefix(a.Title, "Teaser") {
					continue
				}
				if a.TextFrom != tt.textFrom {
					t.Errorf("%s: text_from %q, want %q", a.Title, a.TextFrom, tt.textFrom)
				}
				if tt.textFrom == feed.TextFromPage && a.Text != string(want) {
					t.Errorf("%s: text %q, want the page's article body", a.Title, a.Text)
				}
				if tt.textFrom == feed.TextFromFeed && !strings.HasPrefix(a.Text, "Harbor Freight Lines reported revenue for quarter") {
					t.Errorf("%s: text %q, want the teaser", a.Title, a.Text)
				}
			}
			// Two teasers failing the same way are logged once.
			if got := warnings(logs); len(got) != tt.warnings {
				t.Errorf("warnings %q, want %d", got, tt.warnings)
			}
		})
	}
}

func TestPollLatin1(t *testing.T) {
	srv := newFeedServer(t)
	body := []byte("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>B\xf6rse</title><item><title>M\xfcller &amp; S\xf6hne \xfcbertrifft Erwartungen</title><guid>ms-1</guid><description>Umsatz 312 Mio. Euro.</description></item></channel></rss>")
	srv.set(func(s *feedServer) {
		s.body = body
		s.contentType = "application/rss+xml; charset=ISO-8859-1"
	})
	pub := &memPublisher{}
	w, _, _ := newTestWorker(t, testConfig(t), pub)
	if err := w.poll(t.Context(), w.newFeedState(srv.source())); err != nil {
		t.Fatal(err)
	}
	as := pub.articles(t)
	if len(as) != 1 || as[0].Title != "Müller & Söhne übertrifft Erwartungen" {
		t.Fatalf("published %q", titles(as))
	}
}

// TestPollErrors checks that a failing feed is named once, that the next
// poll goes on, and that it recovers when the server does.
func TestPollErrors(t *testing.T) {
	tests := []struct {
		name   string
		broken func(s *feedServer)
		kind   string
		msg    string
		// minWait is a lower bound of the wait after the failure.
		minWait time.Duration
	}{
		{name: "malformed xml", broken: func(s *feedServer) {
			s.body = []byte(`<?xml version="1.0"?><rss version="2.0"><channel><item><title>cut`)
		}, kind: "malformed", msg: "malformed feed"},
		{name: "not a feed", broken: func(s *feedServer) { s.body = []byte(`<html><body>Moved</body></html>`); s.contentType = "text/html" }, kind: "not_feed", msg: "text/html"},
		{name: "500", broken: func(s *feedServer) { s.feedStatus = http.StatusInternalServerError }, kind: "http_5xx", msg: "status 500"},
		{name: "429", broken: func(s *feedServer) { s.feedStatus = http.StatusTooManyRequests }, kind: "rate_limited", msg: "status 429", minWait: 100 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newFeedServer(t, fullItem(1))
			srv.set(tt.broken)
			pub := &memPublisher{}
			w, logs, reg := newTestWorker(t, testConfig(t), pub)
			fs := w.newFeedState(srv.source())
			for range 3 {
				err := w.poll(t.Context(), fs)
				if errorKind(err) != tt.kind || !strings.Contains(err.Error(), tt.msg) || !strings.Contains(err.Error(), srv.url()) {
					t.Fatalf("poll error %v (kind %s), want kind %s naming the feed and %q", err, errorKind(err), tt.kind, tt.msg)
				}
				if wait := w.after(fs, err); wait < tt.minWait {
					t.Errorf("wait %s after %v, want at least %s", wait, err, tt.minWait)
				}
			}
			if got := warnings(logs); len(got) != 1 {
				t.Fatalf("warnings %q, want the failure once", got)
			}
			if got := counterValue(t, reg, "tickerwire_ingest_polls_total", tt.kind); got != 3 {
				t.Errorf("polls{%s} = %v, want 3", tt.kind, got)
			}
			srv.set(func(s *feedServer) { s.body, s.contentType, s.feedStatus = nil, "", 0 })
			err := w.poll(t.Context(), fs)
			if err != nil {
				t.Fatal(err)
			}
			if wait := w.after(fs, err); wait != fs.src.Interval {
				t.Errorf("wait after recovery %s, want the interval %s", wait, fs.src.Interval)
			}
			if n := len(pub.articles(t)); n != 1 {
				t.Fatalf("%d articles after recovery, want 1", n)
			}
			if logs.FilterMessage("feed recovered").Len() != 1 {
				t.Error("recovery not logged")
			}
		})
	}
}

// TestPublishFailureKeepsArticles makes the broker fail: nothing is marked
// seen, the validators are not stored, and the accepted articles are
// published by a later poll even after the feed dropped them.
func TestPublishFailureKeepsArticles(t *testing.T) {
	srv := newFeedServer(t, fullItem(1), fullItem(2))
	cfg := testConfig(t)
	pub := &memPublisher{}
	pub.setFail(errors.New("broker down"))
	w, _, _ := newTestWorker(t, cfg, pub)
	fs := w.newFeedState(srv.source())
	err := w.poll(t.Context(), fs)
	if errorKind(err) != "publish" || !strings.Contains(err.Error(), "broker down") {
		t.Fatalf("poll error %v, want a publish error", err)
	}
	if v, _ := w.store.validators(t.Context(), srv.url()); v != (feed.Validators{}) {
		t.Fatalf("validators %+v stored although publishing failed", v)
	}

	// The feed moves on and drops both items; the broker comes back.
	srv.set(func(s *feedServer) { s.items = []item{fullItem(3)} })
	pub.setFail(nil)
	// A restart in between loses nothing either.
	w2, _, _ := newTestWorker(t, cfg, pub)
	if err := w2.poll(t.Context(), w2.newFeedState(srv.source())); err != nil {
		t.Fatal(err)
	}
	if got, want := titles(pub.articles(t)), []string{"Full story 1", "Full story 2", "Full story 3"}; !slices.Equal(got, want) {
		t.Fatalf("published %q, want %q", got, want)
	}
	if err := w2.poll(t.Context(), w2.newFeedState(srv.source())); err != nil {
		t.Fatal(err)
	}
	if n := len(pub.articles(t)); n != 3 {
		t.Fatalf("%d articles, want 3 (each once)", n)
	}
}

func TestBackoff(t *testing.T) {
	const minWait, maxWait = time.Second, time.Minute
	tests := []struct {
		failures   int
		retryAfter time.Duration
		lo, hi     time.Duration
	}{
		{failures: 1, lo: minWait / 2, hi: minWait},
		{failures: 2, lo: minWait, hi: 2 * minWait},
		{failures: 4, lo: 4 * minWait, hi: 8 * minWait},
		{failures: 7, lo: maxWait / 2, hi: maxWait},
		{failures: 64, lo: maxWait / 2, hi: maxWait},
		{failures: 1000, lo: maxWait / 2, hi: maxWait},
		{failures: 1, retryAfter: 30 * time.Second, lo: 30 * time.Second, hi: 30 * time.Second},
		{failures: 1, retryAfter: time.Hour, lo: maxWait, hi: maxWait},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d/%s", tt.failures, tt.retryAfter), func(t *testing.T) {
			for range 100 {
				if got := backoff(tt.failures, minWait, maxWait, tt.retryAfter); got < tt.lo || got > tt.hi {
					t.Fatalf("backoff = %s, want within [%s, %s]", got, tt.lo, tt.hi)
				}
			}
		})
	}
}

// TestRun runs the worker on a feeds file with two feeds, one failing at
// first: both end up published, and Run returns nil once cancelled.
func TestRun(t *testing.T) {
	good := newFeedServer(t, fullItem(1), fullItem(2))
	flaky := newFeedServer(t, fullItem(10))
	flaky.set(func(s *feedServer) { s.feedStatus = http.StatusServiceUnavailable })
	cfg := testConfig(t)
	cfg.Feeds = filepath.Join(t.TempDir(), "feeds.yaml")
	file := fmt.Sprintf("feeds:\n  - name: good\n    url: %s\n    interval: 1s\n  - name: flaky\n    url: %s\n    interval: 1s\n", good.url(), flaky.url())
	if err := os.WriteFile(cfg.Feeds, []byte(file), 0o600); err != nil {
		t.Fatal(err)
	}
	// Retry-After (120 s) is capped at the maximum backoff.
	cfg.MaxBackoff = 200 * time.Millisecond

	pub := &memPublisher{}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	reg := prometheus.NewRegistry()
	go func() { done <- Run(ctx, cfg, pub, reg, zaptest.NewLogger(t)) }()

	waitFor(t, "the good feed", func() bool { return len(pub.articles(t)) == 2 })
	waitFor(t, "a failed poll", func() bool {
		return counterValue(t, reg, "tickerwire_ingest_polls_total", "http_5xx") > 0
	})
	flaky.set(func(s *feedServer) { s.feedStatus = 0 })
	waitFor(t, "the flaky feed", func() bool { return len(pub.articles(t)) == 3 })
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Run = %v after cancel, want nil", err)
	}
	if got, want := titles(pub.articles(t)), []string{"Full story 1", "Full story 10", "Full story 2"}; !slices.Equal(got, want) {
		t.Fatalf("published %q, want %q", got, want)
	}
}

func TestRunInvalidConfig(t *testing.T) {
	cfg := testConfig(t)
	cfg.Feeds = filepath.Join(t.TempDir(), "missing.yaml")
	err := Run(t.Context(), cfg, &memPublisher{}, nil, zap.NewNop())
	if err == nil || !strings.Contains(err.Error(), "feeds:") || !strings.Contains(err.Error(), "missing.yaml") {
		t.Fatalf("Run = %v, want an error naming the feeds file", err)
	}
}

// waitFor polls cond until it holds; the test's own deadline bounds it.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// counterValue returns the value of the counter of name with the one
// label value from reg, 0 when it does not exist yet.
func counterValue(t *testing.T, reg *prometheus.Registry, name, label string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			if len(m.GetLabel()) == 1 && m.GetLabel()[0].GetValue() == label {
				return m.GetCounter().GetValue()
			}
		}
	}
	return 0
}

func TestClip(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
		{"first line\nsecond line", 15, "first line"},
		{"a\nbcdefghijklmnop", 10, "a\nbcdefghi"},
		{"ääää", 5, "ää"},
		{"äää", 3, "ä"},
		{"€", 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := clip(tt.in, tt.n)
			if got != tt.want || len(got) > tt.n || !utf8.ValidString(got) {
				t.Fatalf("clip(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
			}
		})
	}
}

func TestPollClipsLongText(t *testing.T) {
	long := item{Title: strings.Repeat("Titel ", 1000), Path: "/news/long", Content: strings.Repeat("<p>Ein langer Absatz über den Quartalsbericht.</p>", 10000)}
	srv := newFeedServer(t, long)
	pub := &memPublisher{}
	w, _, _ := newTestWorker(t, testConfig(t), pub)
	if err := w.poll(t.Context(), w.newFeedState(srv.source())); err != nil {
		t.Fatal(err)
	}
	as := pub.articles(t)
	if len(as) != 1 || len(as[0].Text) > maxTextBytes || len(as[0].Text) < maxTextBytes/2 || len(as[0].Title) > maxTitleBytes {
		t.Fatalf("published %d articles, text %d bytes, title %d bytes", len(as), len(as[0].Text), len(as[0].Title))
	}
	if !strings.HasSuffix(as[0].Text, "Quartalsbericht.") {
		t.Errorf("text not cut at a paragraph: ...%q", as[0].Text[len(as[0].Text)-40:])
	}
}
