package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/tickerwire/tickerwire/internal/feed"
	"github.com/tickerwire/tickerwire/pkg/events"
)

// memPublisher keeps what it is given; set fail to make Produce fail. It
// stands in for the broker where a test needs to make publishing fail;
// the integration test uses the real one.
type memPublisher struct {
	mu   sync.Mutex
	msgs []events.Message
	fail error
}

func (p *memPublisher) Produce(ctx context.Context, msgs ...events.Message) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.fail != nil {
		return p.fail
	}
	p.msgs = append(p.msgs, msgs...)
	return nil
}

func (p *memPublisher) setFail(err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.fail = err
}

// articles decodes what was published so far, checking each message's
// topic, key and headers.
func (p *memPublisher) articles(t testing.TB) []events.RawArticle {
	t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]events.RawArticle, 0, len(p.msgs))
	for _, m := range p.msgs {
		var a events.RawArticle
		if err := events.Decode(m.Value, &a); err != nil {
			t.Fatal(err)
		}
		if m.Topic != events.TopicRaw || string(m.Key) != a.ID {
			t.Fatalf("message for %s on topic %q with key %q", a.ID, m.Topic, m.Key)
		}
		out = append(out, a)
	}
	return out
}

// item is one item of a feedServer's feed.
type item struct {
	Title       string
	Path        string // link path on the server
	Description string
	Content     string
}

// feedServer serves an RSS feed of its items at /feed.xml, with an ETag,
// and article pages under /page/.
type feedServer struct {
	srv *httptest.Server

	mu    sync.Mutex
	items []item
	// feedStatus, when not 0 or 200, answers the feed with that status
	// (and Retry-After: 120 for 429 and 503); body replaces the feed
	// when set.
	feedStatus int
	body       []byte
	// contentType of the feed; default application/rss+xml.
	contentType string
	// noValidators makes the server ignore conditional requests.
	noValidators bool
	// pageStatus, when not 0 or 200, answers page requests with it.
	pageStatus int
	page       []byte

	full, notModified, pages int
}

func newFeedServer(t *testing.T, items ...item) *feedServer {
	t.Helper()
	page, err := os.ReadFile(filepath.Join("testdata", "page.html"))
	if err != nil {
		t.Fatal(err)
	}
	s := &feedServer{items: items, page: page}
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.xml", s.serveFeed)
	mux.HandleFunc("/page/", s.servePage)
	s.srv = httptest.NewServer(mux)
	t.Cleanup(s.srv.Close)
	return s
}

func (s *feedServer) url() string { return s.srv.URL + "/feed.xml" }

func (s *feedServer) source() feed.Source {
	return feed.Source{Name: "test", URL: s.url(), Interval: time.Second}
}

func (s *feedServer) set(f func(s *feedServer)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f(s)
}

func (s *feedServer) counts() (full, notModified, pages int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.full, s.notModified, s.pages
}

func (s *feedServer) serveFeed(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.feedStatus != 0 && s.feedStatus != http.StatusOK {
		if s.feedStatus == http.StatusTooManyRequests || s.feedStatus == http.StatusServiceUnavailable {
			w.Header().Set("Retry-After", "120")
		}
		w.WriteHeader(s.feedStatus)
		return
	}
	body := s.body
	if body == nil {
		body = s.render()
	}
	sum := sha256.Sum256(body)
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	if !s.noValidators {
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			s.notModified++
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	s.full++
	ct := s.contentType
	if ct == "" {
		ct = "application/rss+xml"
	}
	w.Header().Set("Content-Type", ct)
	w.Write(body)
}

func (s *feedServer) render() []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test</title><language>en</language>`)
	for _, it := range s.items {
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link><description>%s</description>",
			html.EscapeString(it.Title), s.srv.URL+it.Path, html.EscapeString(it.Description))
		if it.Content != "" {
			fmt.Fprintf(&b, "<content:encoded>%s</content:encoded>", html.EscapeString(it.Content))
		}
		b.WriteString("</item>")
	}
	b.WriteString("</channel></rss>")
	return []byte(b.String())
}

func (s *feedServer) servePage(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages++
	if s.pageStatus != 0 && s.pageStatus != http.StatusOK {
		w.WriteHeader(s.pageStatus)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(s.page)
}

// fullItem is an item whose feed carries the whole article.
func fullItem(n int) item {
	return item{
		Title:   fmt.Sprintf("Full story %d", n),
		Path:    fmt.Sprintf("/news/%d", n),
		Content: fmt.Sprintf("<p>Full text of story %d.</p><p>%s</p>", n, strings.Repeat("More detail. ", 50)),
	}
}

// teaserItem is an item whose feed carries a teaser of a page.
func teaserItem(n int) item {
	return item{
		Title:       fmt.Sprintf("Teaser %d", n),
		Path:        fmt.Sprintf("/page/%d", n),
		Description: fmt.Sprintf("Harbor Freight Lines reported revenue for quarter %d …", n),
	}
}

// testConfig is a configuration for tests: state in a temporary
// directory, no host spacing, short backoff.
func testConfig(t *testing.T) Config {
	cfg := DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.HostDelay = 0
	cfg.MinBackoff = 10 * time.Millisecond
	cfg.MaxBackoff = 100 * time.Millisecond
	cfg.FetchTimeout = 10 * time.Second
	return cfg
}

// newTestWorker returns a worker on cfg with its own store and registry,
// and the worker's log entries at debug level and above.
func newTestWorker(t *testing.T, cfg Config, pub Publisher) (*worker, *observer.ObservedLogs, *prometheus.Registry) {
	t.Helper()
	st, err := openStore(t.Context(), cfg.DataDir)
	if err != nil {
		t.Fatal(err)
	}
	reg := prometheus.NewRegistry()
	m, err := newMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	core, logs := observer.New(zapcore.DebugLevel)
	w := newWorker(cfg, pub, st, m, zap.New(core))
	t.Cleanup(func() {
		w.fetcher.Close()
		st.close()
	})
	return w, logs, reg
}

// warnings returns the messages of the entries at warn level or above.
func warnings(logs *observer.ObservedLogs) []string {
	var out []string
	for _, e := range logs.All() {
		if e.Level >= zapcore.WarnLevel {
			out = append(out, e.Message)
		}
	}
	return out
}
