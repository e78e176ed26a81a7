package sink

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/tickerwire/tickerwire/internal/sink/store/storetest"
	"github.com/tickerwire/tickerwire/internal/sink/webhook"
	"github.com/tickerwire/tickerwire/pkg/events"
)

const testSecret = "test-secret"

// waitTimeout bounds how long a test waits for something the sink does
// in the background; it is a deadline for a hang, not a speed check.
const waitTimeout = 20 * time.Second

// fixture returns a testdata event's record value (compact, as on the
// topic) and the event.
func fixture(t testing.TB, name string) ([]byte, events.Event) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := json.Compact(&buf, raw); err != nil {
		t.Fatal(err)
	}
	var ev events.Event
	if err := events.Decode(buf.Bytes(), &ev); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), ev
}

// withID returns the fixture's value with another id.
func withID(t testing.TB, value []byte, id string) []byte {
	t.Helper()
	var ev events.Event
	if err := json.Unmarshal(value, &ev); err != nil {
		t.Fatal(err)
	}
	ev.ID = id
	b, err := json.Marshal(ev)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// received is one request a receiver got.
type received struct {
	header http.Header
	body   []byte
}

// receiver is a webhook endpoint on loopback that answers the n-th
// request (from 0) with respond(n).
type receiver struct {
	srv     *httptest.Server
	mu      sync.Mutex
	reqs    []received
	respond func(n int, w http.ResponseWriter)
}

func newReceiver(t testing.TB, respond func(n int, w http.ResponseWriter)) *receiver {
	r := &receiver{respond: respond}
	r.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		n := len(r.reqs)
		r.reqs = append(r.reqs, received{header: req.Header.Clone(), body: body})
		r.mu.Unlock()
		if r.respond == nil {
			w.WriteHeader(http.StatusOK)
			return
		}
		r.respond(n, w)
	}))
	t.Cleanup(r.srv.Close)
	return r
}

func (r *receiver) requests() []received {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]received(nil), r.reqs...)
}

// status answers every request with code.
func status(code int) func(int, http.ResponseWriter) {
	return func(_ int, w http.ResponseWriter) { w.WriteHeader(code) }
}

func testConfig(b storetest.Backend, hooks ...string) Config {
	cfg := DefaultConfig()
	cfg.DataDir, cfg.Postgres = b.DataDir, b.Postgres
	cfg.Webhooks = hooks
	cfg.WebhookSecret = testSecret
	cfg.RetryMinBackoff = time.Millisecond
	cfg.RetryMaxBackoff = 5 * time.Millisecond
	cfg.PollInterval = 50 * time.Millisecond
	return cfg
}

// running is a sink whose delivery loop runs until stop.
type running struct {
	*Sink
	stop func()
}

func start(t testing.TB, cfg Config, deliver bool) *running {
	t.Helper()
	log := zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel))
	s, err := New(context.Background(), cfg, prometheus.NewRegistry(), log)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	if deliver {
		wg.Go(func() { s.Deliver(ctx) })
	}
	var once sync.Once
	r := &running{Sink: s, stop: func() {
		once.Do(func() {
			cancel()
			wg.Wait()
			if err := s.Close(); err != nil {
				t.Errorf("close: %v", err)
			}
		})
	}}
	t.Cleanup(r.stop)
	return r
}

func (r *running) handle(t testing.TB, value []byte) {
	t.Helper()
	if err := r.Handle(context.Background(), value); err != nil {
		t.Fatal(err)
	}
}

// eventually waits until cond holds.
func eventually(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(waitTimeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

type delivery struct {
	status, lastError string
	attempts          int
	nextAttempt       time.Time
}

func (r *running) delivery(t testing.TB, id, target string) delivery {
	t.Helper()
	var d delivery
	var lastErr sql.NullString
	err := r.store.DB().QueryRow(`SELECT status, attempts, last_error, next_attempt_at FROM deliveries
	WHERE event_id = $1 AND target = $2`, id, target).Scan(&d.status, &d.attempts, &lastErr, &d.nextAttempt)
	if err != nil {
		t.Fatalf("delivery %s to %s: %v", id, target, err)
	}
	d.lastError = lastErr.String
	return d
}

func (r *running) waitStatus(t testing.TB, id, target, status string) delivery {
	t.Helper()
	var d delivery
	eventually(t, fmt.Sprintf("delivery of %s to %s %s", id, target, status), func() bool {
		d = r.delivery(t, id, target)
		return d.status == status
	})
	return d
}

func TestWebhookDelivery(t *testing.T) {
	value, ev := fixture(t, "earnings-amzn.json")
	for _, tc := range []struct {
		name string
		run  func(t *testing.T, b storetest.Backend)
	}{

		{"body and signature", func(t *testing.T, b storetest.Backend) {
			rcv := newReceiver(t, nil)
			s := start(t, testConfig(b, rcv.srv.URL), true)
			s.handle(t, value)
			d := s.waitStatus(t, ev.ID, rcv.srv.URL, "delivered")
			if d.attempts != 1 {
				t.Errorf("attempts = %d, want 1", d.attempts)
			}
			reqs := rcv.requests()
			if len(reqs) != 1 {
				t.Fatalf("%d requests, want 1", len(reqs))
			}
			r := reqs[0]
			if !bytes.Equal(r.body, value) {
				t.Errorf("body:\n got %s\nwant %s", r.body, value)
			}
			if r.header.Get(webhook.HeaderEventID) != ev.ID || r.header.Get(webhook.HeaderEventType) != "earnings" ||
				r.header.Get("Content-Type") != "application/json" {
				t.Errorf("headers %v", r.header)
			}
			err := webhook.Verify([]byte(testSecret), r.header.Get(webhook.HeaderTimestamp),
				r.header.Get(webhook.HeaderSignature), r.body, time.Now(), webhook.DefaultTolerance)
			if err != nil {
				t.Errorf("signature: %v", err)
			}
		}},

		{"500 then 200 is retried once", func(t *testing.T, b storetest.Backend) {
			rcv := newReceiver(t, func(n int, w http.ResponseWriter) {
				if n == 0 {
					w.WriteHeader(http.StatusInternalServerError)
					return
				}
				w.WriteHeader(http.StatusOK)
			})
			s := start(t, testConfig(b, rcv.srv.URL), true)
			s.handle(t, value)
			if d := s.waitStatus(t, ev.ID, rcv.srv.URL, "delivered"); d.attempts != 2 {
				t.Errorf("attempts = %d, want 2", d.attempts)
			}
			if n := len(rcv.requests()); n != 2 {
				t.Errorf("%d requests, want 2", n)
			}
		}},

		{"400 is not retried", func(t *testing.T, b storetest.Backend) {
			rcv := newReceiver(t, status(http.StatusBadRequest))
			s := start(t, testConfig(b, rcv.srv.URL), true)
			s.handle(t, value)
			d := s.waitStatus(t, ev.ID, rcv.srv.URL, "failed")
			if d.attempts != 1 || !strings.Contains(d.lastError, "status 400") {
				t.Errorf("delivery = %+v, want 1 attempt failed with status 400", d)
			}
			if n := len(rcv.requests()); n != 1 {
				t.Errorf("%d requests, want 1", n)
			}
		}},

		{"gives up after max attempts", func(t *testing.T, b storetest.Backend) {
			rcv := newReceiver(t, status(http.StatusServiceUnavailable))
			cfg := testConfig(b, rcv.srv.URL)
			cfg.RetryMaxAttempts = 3
			s := start(t, cfg, true)
			s.handle(t, value)
			d := s.waitStatus(t, ev.ID, rcv.srv.URL, "failed")
			if d.attempts != 3 || !strings.Contains(d.lastError, "gave up after 3 attempts") {
				t.Errorf("delivery = %+v", d)
			}
			if n := len(rcv.requests()); n != 3 {
				t.Errorf("%d requests, want 3", n)
			}
		}},

		{"Retry-After is honoured", func(t *testing.T, b storetest.Backend) {
			rcv := newReceiver(t, func(_ int, w http.ResponseWriter) {
				w.Header().Set("Retry-After", "3600")
				w.WriteHeader(http.StatusTooManyRequests)
			})
			s := start(t, testConfig(b, rcv.srv.URL), true)
			before := time.Now()
			s.handle(t, value)
			var d delivery
			eventually(t, "the first attempt recorded", func() bool {
				d = s.delivery(t, ev.ID, rcv.srv.URL)
				return d.attempts == 1
			})
			if d.status != "pending" || d.nextAttempt.Before(before.Add(time.Hour)) {
				t.Errorf("delivery = %+v; want pending, next attempt an hour after %v", d, before)
			}
		}},

		{"two targets both get it", func(t *testing.T, b storetest.Backend) {
			a, c := newReceiver(t, nil), newReceiver(t, nil)
			s := start(t, testConfig(b, a.srv.URL, c.srv.URL), true)
			s.handle(t, value)
			s.waitStatus(t, ev.ID, a.srv.URL, "delivered")
			s.waitStatus(t, ev.ID, c.srv.URL, "delivered")
			if na, nc := len(a.requests()), len(c.requests()); na != 1 || nc != 1 {
				t.Errorf("requests: %d and %d, want 1 each", na, nc)
			}
		}},

		{"no second POST on redelivery", func(t *testing.T, b storetest.Backend) {
			rcv := newReceiver(t, nil)
			s := start(t, testConfig(b, rcv.srv.URL), true)
			s.handle(t, value)
			s.waitStatus(t, ev.ID, rcv.srv.URL, "delivered")
			s.handle(t, value)
			// A later new event is delivered by the same loop that would
			// send a second copy; once it is in, nothing else is coming.
			s.handle(t, withID(t, value, "later-event"))
			s.waitStatus(t, "later-event", rcv.srv.URL, "delivered")
			reqs := rcv.requests()
			if len(reqs) != 2 || reqs[0].header.Get(webhook.HeaderEventID) != ev.ID ||
				reqs[1].header.Get(webhook.HeaderEventID) != "later-event" {
				t.Errorf("got %d requests, want %s then later-event", len(reqs), ev.ID)
			}
		}},

		{"pending at a crash is sent after restart", func(t *testing.T, b storetest.Backend) {
			rcv := newReceiver(t, nil)
			cfg := testConfig(b, rcv.srv.URL)
			// The first process stores the event and stops before
			// delivering anything.
			first := start(t, cfg, false)
			first.handle(t, value)
			first.stop()
			if n := len(rcv.requests()); n != 0 {
				t.Fatalf("%d requests before restart", n)
			}
			second := start(t, cfg, true)
			second.waitStatus(t, ev.ID, rcv.srv.URL, "delivered")
			// Kafka redelivers the uncommitted record after the restart.
			second.handle(t, value)
			second.handle(t, withID(t, value, "later-event"))
			second.waitStatus(t, "later-event", rcv.srv.URL, "delivered")
			if n := len(rcv.requests()); n != 2 {
				t.Errorf("%d requests, want 2", n)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) { storetest.Run(t, tc.run) })
	}
}

func TestJSONL(t *testing.T) {
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		earn, ev1 := fixture(t, "earnings-amzn.json")
		capex, ev2 := fixture(t, "capex-amzn.json")
		cfg := testConfig(b)
		cfg.JSONL = filepath.Join(t.TempDir(), "events.jsonl")
		target := "jsonl:" + cfg.JSONL
		s := start(t, cfg, true)
		s.handle(t, earn)
		s.waitStatus(t, ev1.ID, target, "delivered")
		s.handle(t, capex)
		s.handle(t, earn)
		s.waitStatus(t, ev2.ID, target, "delivered")
		s.stop()

		f, err := os.Open(cfg.JSONL)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		var lines []string
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		if len(lines) != 2 || lines[0] != string(earn) || lines[1] != string(capex) {
			t.Errorf("jsonl lines:\n%s\nwant the earnings event, then the capex alert", strings.Join(lines, "\n"))
		}
	})
}

func TestHandleInvalid(t *testing.T) {
	value, _ := fixture(t, "earnings-amzn.json")
	s := start(t, testConfig(storetest.SQLite(t)), false)
	for _, tc := range []struct {
		name  string
		value []byte
	}{
		{"not json", []byte("<html>")},
		{"no schema", []byte(`{"id":"x","type":"earnings"}`)},
		{"newer schema", bytes.Replace(value, []byte(`"schema":1`), []byte(`"schema":99`), 1)},
		{"no id", bytes.Replace(value, []byte(`"id":"e0fe79ad52096d156f8805628f34ae4b"`), []byte(`"id":""`), 1)},
		{"unknown type", bytes.Replace(value, []byte(`"type":"earnings"`), []byte(`"type":"rumour"`), 1)},
		{"not UTF-8", bytes.Replace(value, []byte("Aktionäre"), []byte("Aktion\xe4re"), 1)},
		{"NUL in text", bytes.Replace(value, []byte("Aktionäre"), []byte(`Aktion\u0000re`), 1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := s.Handle(context.Background(), tc.value); !errors.Is(err, ErrInvalid) {
				t.Errorf("Handle = %v, want ErrInvalid", err)
			}
		})
	}
	var n int
	if err := s.store.DB().QueryRow(`SELECT COUNT(*) FROM events`).Scan(&n); err != nil || n != 0 {
		t.Errorf("%d events stored (err %v), want 0", n, err)
	}
}

// TestHandleAll: in a batch, invalid values fail alone and the valid
// ones are stored.
func TestHandleAll(t *testing.T) {
	earnings, _ := fixture(t, "earnings-amzn.json")
	capex, _ := fixture(t, "capex-amzn.json")
	s := start(t, testConfig(storetest.SQLite(t)), false)
	errs := s.HandleAll(context.Background(), [][]byte{earnings, []byte("<html>"), capex, earnings})
	if len(errs) != 4 || errs[0] != nil || !errors.Is(errs[1], ErrInvalid) || errs[2] != nil || errs[3] != nil {
		t.Fatalf("errors %v, want only the second value invalid", errs)
	}
	var n int
	if err := s.store.DB().QueryRow(`SELECT COUNT(*) FROM events`).Scan(&n); err != nil || n != 2 {
		t.Errorf("%d events stored (err %v), want 2", n, err)
	}
}

func TestMetrics(t *testing.T) {
	rcv := newReceiver(t, nil)
	value, ev := fixture(t, "earnings-amzn.json")
	cfg := testConfig(storetest.SQLite(t), rcv.srv.URL)
	s := start(t, cfg, true)
	s.handle(t, value)
	s.handle(t, value)
	s.waitStatus(t, ev.ID, rcv.srv.URL, "delivered")
	for _, tc := range []struct {
		name string
		c    prometheus.Collector
		want float64
	}{
		{"events new", s.m.stored.WithLabelValues("earnings", "new"), 1},
		{"events unchanged", s.m.stored.WithLabelValues("earnings", "unchanged"), 1},
		{"deliveries delivered", s.m.delivered.WithLabelValues(rcv.srv.URL, "delivered"), 1},
	} {
		var m dto.Metric
		if err := tc.c.(prometheus.Metric).Write(&m); err != nil {
			t.Fatal(err)
		}
		if got := m.GetCounter().GetValue(); got != tc.want {
			t.Errorf("%s = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestBackoff(t *testing.T) {
	p := retryPolicy{minBackoff: time.Second, maxBackoff: time.Minute}
	for _, tc := range []struct {
		attempts int
		lo, hi   time.Duration
	}{
		{1, 500 * time.Millisecond, time.Second},
		{2, time.Second, 2 * time.Second},
		{4, 4 * time.Second, 8 * time.Second},
		{7, 30 * time.Second, time.Minute},
		{50, 30 * time.Second, time.Minute},
	} {
		for range 100 {
			if d := p.backoff(tc.attempts); d < tc.lo || d > tc.hi {
				t.Fatalf("backoff(%d) = %v, want within [%v, %v]", tc.attempts, d, tc.lo, tc.hi)
			}
		}
	}
}

// FuzzHandle feeds arbitrary record values to Handle: each must be stored
// or refused as invalid, never fail otherwise, and a stored one must be
// delivered as one JSON line.
func FuzzHandle(f *testing.F) {
	for _, name := range []string{"earnings-amzn.json", "capex-amzn.json"} {
		value, _ := fixture(f, name)
		f.Add(value)
	}
	f.Add([]byte(`{"schema":1,"id":"x","type":"capex_alert","figures":null,"detected_at":"2024-08-02T06:15:42Z"}`))
	f.Add([]byte("{not json"))
	s := start(f, testConfig(storetest.SQLite(f)), false)
	f.Fuzz(func(t *testing.T, value []byte) {
		err := s.Handle(context.Background(), value)
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("Handle(%q) = %v, want nil or ErrInvalid", value, err)
			}
			return
		}
		var ev events.Event
		if err := events.Decode(value, &ev); err != nil {
			t.Fatalf("stored an undecodable value %q", value)
		}
		var payload string
		if err := s.store.DB().QueryRow(`SELECT payload FROM events WHERE id = $1`, ev.ID).Scan(&payload); err != nil {
			t.Fatalf("stored event %q not found: %v", ev.ID, err)
		}
		if strings.ContainsAny(payload, "\n\r") || !json.Valid([]byte(payload)) {
			t.Fatalf("payload %q is not one line of JSON", payload)
		}
	})
}
