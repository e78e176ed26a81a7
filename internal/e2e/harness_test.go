package e2e

import (
	"bytes"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/tickerwire/tickerwire/internal/broker"
	"github.com/tickerwire/tickerwire/internal/sink/store/storetest"
	"github.com/tickerwire/tickerwire/internal/stream"
	"github.com/tickerwire/tickerwire/pkg/events"
)

// article is one feed item of a test feed.
type article struct {
	Slug  string `json:"-"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

func loadArticle(t testing.TB, name string) article {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var a article
	if err := json.Unmarshal(b, &a); err != nil {
		t.Fatal(err)
	}
	a.Slug = strings.TrimSuffix(name, filepath.Ext(name))
	return a
}

// feedServer serves an RSS 2.0 feed at /rss.xml. visible says how many of
// the articles the n-th request (from 1) shows, so a test can let a feed
// grow while the pipeline runs.
func feedServer(t testing.TB, articles []article, visible func(request int) int) *httptest.Server {
	t.Helper()
	var mu sync.Mutex
	requests := 0
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/rss.xml" {
			http.NotFound(w, r)
			return
		}
		mu.Lock()
		requests++
		n := min(visible(requests), len(articles))
		mu.Unlock()
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Test wire</title><link>` + srv.URL + `/</link><description>Test feed</description><language>de</language>
`)
		pub := time.Date(2024, 8, 1, 20, 0, 0, 0, time.UTC)
		for i, a := range articles[:n] {
			paragraphs := "<p>" + strings.ReplaceAll(html.EscapeString(a.Text), "\n", "</p><p>") + "</p>"
			fmt.Fprintf(&b, "<item><title>%s</title><link>%s/articles/%s</link><guid>%s</guid><pubDate>%s</pubDate>"+
				"<description>%s</description><content:encoded>%s</content:encoded></item>\n",
				html.EscapeString(a.Title), srv.URL, a.Slug, a.Slug, pub.Add(time.Duration(i)*time.Minute).Format(time.RFC1123Z),
				html.EscapeString(a.Title), html.EscapeString(paragraphs))
		}
		b.WriteString("</channel></rss>\n")
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		io.WriteString(w, b.String())
	}))
	t.Cleanup(srv.Close)
	return srv
}

// hooks is a webhook receiver that checks each request's signature and
// keeps the bodies.
type hooks struct {
	srv    *httptest.Server
	secret string
	mu     sync.Mutex
	events []events.Event
	bodies [][]byte
	errs   []string
}

func newHooks(t testing.TB) *hooks {
	t.Helper()
	h := &hooks{secret: "s3cret-" + randHex(4)}
	h.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		mac := hmac.New(sha256.New, []byte(h.secret))
		mac.Write([]byte(r.Header.Get("X-Tickerwire-Timestamp") + "." + string(body)))
		want := "sha256=" + hex.EncodeToString(mac.Sum(nil))
		h.mu.Lock()
		defer h.mu.Unlock()
		if !hmac.Equal([]byte(r.Header.Get("X-Tickerwire-Signature")), []byte(want)) {
			h.errs = append(h.errs, "bad signature on "+r.Header.Get("X-Tickerwire-Event-Id"))
		}
		var e events.Event
		if err := json.Unmarshal(body, &e); err != nil {
			h.errs = append(h.errs, "undecodable body: "+err.Error())
		}
		h.events = append(h.events, e)
		h.bodies = append(h.bodies, body)
	}))
	t.Cleanup(h.srv.Close)
	return h
}

func (h *hooks) received() ([]events.Event, [][]byte, []string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]events.Event(nil), h.events...), append([][]byte(nil), h.bodies...), append([]string(nil), h.errs...)
}

// waitFor polls cond until it holds or timeout passes.
func waitFor(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func writeFeeds(t testing.TB, dir, url string) string {
	t.Helper()
	path := filepath.Join(dir, "feeds.yml")
	content := "feeds:\n  - name: test-wire\n    url: " + url + "/rss.xml\n    interval: 1s\n"
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// cluster says where a test's pipeline keeps its topics: the embedded
// broker under its data directory, or $KAFKA_BROKERS with topics of its
// own.
type cluster struct {
	dataDir string
	brokers []string
	prefix  string
}

func newCluster(dataDir string) cluster {
	env := os.Getenv("KAFKA_BROKERS")
	if env == "" {
		return cluster{dataDir: dataDir}
	}
	return cluster{dataDir: dataDir, brokers: strings.Split(env, ","), prefix: "e2e" + randHex(4) + "."}
}

// args are the flags that point a run at the cluster.
func (c cluster) args() []string {
	if c.brokers == nil {
		return nil
	}
	return []string{"--brokers", strings.Join(c.brokers, ","), "--topic-prefix", c.prefix}
}

// config is the stream configuration for reading the run's topics; with
// the embedded broker the run must be up.
func (c cluster) config(t testing.TB) stream.Config {
	t.Helper()
	if c.brokers != nil {
		return stream.Config{Brokers: c.brokers, TopicPrefix: c.prefix}
	}
	addrs, ok, err := broker.Discover(c.dataDir)
	if err != nil || !ok {
		t.Fatalf("no embedded broker running under %s: %v", c.dataDir, err)
	}
	return stream.Config{Brokers: addrs}
}

func backendArgs(db storetest.Backend) []string {
	if db.Postgres != "" {
		return []string{"--postgres", db.Postgres}
	}
	return nil
}

// openDB opens the sink's database of a backend for queries.
func openDB(t testing.TB, db storetest.Backend) *sql.DB {
	t.Helper()
	driver, dsn := "sqlite", "file:"+filepath.Join(db.DataDir, "sink.db")+"?mode=ro&_pragma=busy_timeout(5000)"
	if db.Postgres != "" {
		driver, dsn = "pgx", db.Postgres
	}
	conn, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return conn
}

// countEvents counts the sink's event rows, 0 while the database does not
// exist yet.
func countEvents(db *sql.DB) int {
	var n int
	if err := db.QueryRow(`SELECT COUNT(*) FROM events`).Scan(&n); err != nil {
		return 0
	}
	return n
}

// schemas compiles the JSON Schemas of pkg/events.
func schemas(t *testing.T) map[string]*jsonschema.Schema {
	t.Helper()
	files, err := events.SchemaFiles()
	if err != nil {
		t.Fatal(err)
	}
	const base = "https://github.com/tickerwire/tickerwire/pkg/events/schema/"
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	for name, b := range files {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := c.AddResource(base+name, doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	out := map[string]*jsonschema.Schema{}
	for _, topic := range []string{events.TopicRaw, events.TopicEnriched, events.TopicEarnings, events.TopicCapex} {
		s, err := c.Compile(base + topic + ".json")
		if err != nil {
			t.Fatalf("compile schema of %s: %v", topic, err)
		}
		out[topic] = s
	}
	return out
}

func validate(t *testing.T, s *jsonschema.Schema, what string, value []byte) {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(value))
	if err != nil {
		t.Errorf("%s: not JSON: %v", what, err)
		return
	}
	if err := s.Validate(doc); err != nil {
		t.Errorf("%s does not match its schema: %v\n%s", what, err, value)
	}
}

func randHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// freeAddr returns a loopback address with a port that was free a moment
// ago.
func freeAddr(t testing.TB) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}
