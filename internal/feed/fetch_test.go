package feed

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

const smallFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>One</title><link>https://example.com/1</link></item></channel></rss>`

func TestFetcherConditionalGET(t *testing.T) {
	tests := []struct {
		name string
		// set writes the validators of the feed's response.
		set func(h http.Header)
		// matches reports whether a request's validators are current.
		matches func(r *http.Request) bool
	}{
		{
			name: "etag",
			set:  func(h http.Header) { h.Set("ETag", `"v1"`) },
			matches: func(r *http.Request) bool {
				return r.Header.Get("If-None-Match") == `"v1"`
			},
		},
		{
			name: "last-modified",
			set:  func(h http.Header) { h.Set("Last-Modified", "Thu, 01 Aug 2024 10:00:00 GMT") },
			matches: func(r *http.Request) bool {
				return r.Header.Get("If-Modified-Since") == "Thu, 01 Aug 2024 10:00:00 GMT"
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var full, notModified atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if got := r.Header.Get("User-Agent"); got != "tickerwire-test/1" {
					t.Errorf("User-Agent = %q", got)
				}
				tt.set(w.Header())
				if tt.matches(r) {
					notModified.Add(1)
					w.WriteHeader(http.StatusNotModified)
					return
				}
				full.Add(1)
				w.Header().Set("Content-Type", "application/rss+xml")
				fmt.Fprint(w, smallFeed)
			}))
			defer srv.Close()
			f := NewFetcher(FetcherConfig{UserAgent: "tickerwire-test/1"})
			defer f.Close()

			first, err := f.Feed(t.Context(), srv.URL, Validators{})
			if err != nil {
				t.Fatal(err)
			}
			if first.NotModified || first.Redirected || string(first.Body) != smallFeed {
				t.Fatalf("first response: not modified %v, body %q", first.NotModified, first.Body)
			}
			second, err := f.Feed(t.Context(), srv.URL, first.Validators)
			if err != nil {
				t.Fatal(err)
			}
			if !second.NotModified || len(second.Body) != 0 {
				t.Fatalf("second response: not modified %v, body %q", second.NotModified, second.Body)
			}
			if second.Validators != first.Validators {
				t.Errorf("validators after 304 = %+v, want %+v", second.Validators, first.Validators)
			}
			if full.Load() != 1 || notModified.Load() != 1 {
				t.Errorf("server answered %d full, %d not modified; want 1 and 1", full.Load(), notModified.Load())
			}
		})
	}
}

func TestFetcherErrors(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	mux := http.NewServeMux()
	mux.HandleFunc("/500", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	})
	mux.HandleFunc("/404", func(w http.ResponseWriter, r *http.Request) {
		http.NotFound(w, r)
	})
	mux.HandleFunc("/429", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "120")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	mux.HandleFunc("/503-date", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", time.Now().Add(time.Hour).UTC().Format(http.TimeFormat))
		w.WriteHeader(http.StatusServiceUnavailable)
	})
	mux.HandleFunc("/large", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, strings.Repeat("x", 2048))
	})
	mux.HandleFunc("/large-chunked", func(w http.ResponseWriter, r *http.Request) {
		for range 4 {
			fmt.Fprint(w, strings.Repeat("x", 512))
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/slow-headers", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/slow-body", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<rss>")
		w.(http.Flusher).Flush()
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://files.example/feed.xml", http.StatusMovedPermanently)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f := NewFetcher(FetcherConfig{MaxBodyBytes: 1024, Timeout: 200 * time.Millisecond})
	defer f.Close()

	tests := []struct {
		path       string
		kind       string
		retryAfter time.Duration // lower bound
		msg        string
	}{
		{path: "/500", kind: "http_5xx", msg: "status 500"},
		{path: "/404", kind: "http_4xx", msg: "status 404"},
		{path: "/429", kind: "rate_limited", retryAfter: 120 * time.Second, msg: "status 429"},
		{path: "/503-date", kind: "http_5xx", retryAfter: 50 * time.Minute, msg: "status 503"},
		{path: "/large", kind: "too_large", msg: "exceeds the limit of 1024 bytes"},
		{path: "/large-chunked", kind: "too_large", msg: "exceeds the limit of 1024 bytes"},
		{path: "/slow-headers", kind: "timeout", msg: "no complete response within 200ms"},
		{path: "/slow-body", kind: "timeout", msg: "no complete response within 200ms"},
		{path: "/loop", kind: "redirect", msg: "stopped after 5 redirects"},
		{path: "/to-ftp", kind: "redirect", msg: "not http(s)"},
	}
	for _, tt := range tests {
		t.Run(strings.TrimPrefix(tt.path, "/"), func(t *testing.T) {
			resp, err := f.Feed(t.Context(), srv.URL+tt.path, Validators{})
			if err == nil {
				t.Fatalf("Feed = %d bytes, want an error", len(resp.Body))
			}
			if got := Kind(err); got != tt.kind {
				t.Errorf("Kind(%v) = %s, want %s", err, got, tt.kind)
			}
			if !strings.Contains(err.Error(), tt.msg) || !strings.Contains(err.Error(), srv.URL+tt.path) {
				t.Errorf("error %q does not name the URL and %q", err, tt.msg)
			}
			if got := RetryAfter(err); got < tt.retryAfter || tt.retryAfter == 0 && got != 0 {
				t.Errorf("RetryAfter = %s, want at least %s", got, tt.retryAfter)
			}
		})
	}
}

func TestFetcherRedirect(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/new", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/new", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("User-Agent") != "ua" {
			t.Errorf("User-Agent after redirect = %q", r.Header.Get("User-Agent"))
		}
		fmt.Fprint(w, smallFeed)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f := NewFetcher(FetcherConfig{UserAgent: "ua"})
	defer f.Close()
	resp, err := f.Feed(t.Context(), srv.URL+"/old", Validators{})
	if err != nil {
		t.Fatal(err)
	}
	if resp.URL != srv.URL+"/new" || !resp.Redirected || string(resp.Body) != smallFeed {
		t.Fatalf("response from %s with %q", resp.URL, resp.Body)
	}
}

func TestFetcherCanceled(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	defer srv.Close()
	f := NewFetcher(FetcherConfig{})
	defer f.Close()
	ctx, cancel := context.WithCancel(t.Context())
	go cancel()
	_, err := f.Feed(ctx, srv.URL, Validators{})
	if !errors.Is(err, context.Canceled) || Kind(err) != "canceled" {
		t.Fatalf("Feed after cancel: %v (kind %s)", err, Kind(err))
	}
}

func TestFetcherHostConcurrency(t *testing.T) {
	var inFlight, peak atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(5 * time.Millisecond) // give overlapping requests a chance to show
		fmt.Fprint(w, smallFeed)
	}))
	defer srv.Close()
	for _, limit := range []int{1, 2} {
		t.Run(fmt.Sprint(limit), func(t *testing.T) {
			peak.Store(0)
			f := NewFetcher(FetcherConfig{HostConcurrency: limit})
			defer f.Close()
			var wg sync.WaitGroup
			for range 8 {
				wg.Go(func() {
					if _, err := f.Feed(t.Context(), srv.URL, Validators{}); err != nil {
						t.Error(err)
					}
				})
			}
			wg.Wait()
			if got := peak.Load(); got > int32(limit) {
				t.Fatalf("%d requests in flight at once, limit %d", got, limit)
			}
		})
	}
}

// TestHostLimiterSpacing checks the reserved start times with a fake clock:
// requests to one host start HostDelay apart, other hosts are independent.
func TestHostLimiterSpacing(t *testing.T) {
	l := newHostLimiter(1, time.Second)
	now := time.Date(2024, 8, 1, 0, 0, 0, 0, time.UTC)
	var waits []time.Duration
	l.now = func() time.Time { return now }
	l.sleep = func(ctx context.Context, d time.Duration) error {
		waits = append(waits, d)
		return nil
	}
	for _, host := range []string{"a", "a", "b", "a"} {
		release, err := l.acquire(t.Context(), host)
		if err != nil {
			t.Fatal(err)
		}
		release()
	}
	want := []time.Duration{0, time.Second, 0, 2 * time.Second}
	if fmt.Sprint(waits) != fmt.Sprint(want) {
		t.Fatalf("waits = %v, want %v", waits, want)
	}
	now = now.Add(10 * time.Second)
	waits = nil
	release, err := l.acquire(t.Context(), "a")
	if err != nil {
		t.Fatal(err)
	}
	release()
	if waits[0] != 0 {
		t.Fatalf("wait after an idle period = %s, want 0", waits[0])
	}
}

func TestHostLimiterSweep(t *testing.T) {
	l := newHostLimiter(1, 0)
	for i := range 3 * sweepAbove {
		release, err := l.acquire(t.Context(), fmt.Sprint("host", i))
		if err != nil {
			t.Fatal(err)
		}
		release()
	}
	if len(l.hosts) > sweepAbove+1 {
		t.Fatalf("%d idle hosts kept", len(l.hosts))
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2024, 8, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"", 0},
		{"30", 30 * time.Second},
		{"-5", 0},
		{"soon", 0},
		{"99999999999999999", maxRetryAfter},
		{"Thu, 01 Aug 2024 12:10:00 GMT", 10 * time.Minute},
		{"Thu, 01 Aug 2024 11:00:00 GMT", 0},
		{"Fri, 01 Aug 2098 12:00:00 GMT", maxRetryAfter},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := parseRetryAfter(tt.in, now); got != tt.want {
				t.Fatalf("parseRetryAfter(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

// TestFetcherPageNotHTML checks that a page request for a media file
// fails on its Content-Type, before the (here oversized) body is read.
func TestFetcherPageNotHTML(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.Header.Get("Accept"), "text/html") {
			t.Errorf("Accept = %q", r.Header.Get("Accept"))
		}
		w.Header().Set("Content-Type", "audio/mpeg")
		fmt.Fprint(w, strings.Repeat("\xff", 4096))
	}))
	defer srv.Close()
	f := NewFetcher(FetcherConfig{MaxBodyBytes: 1024})
	defer f.Close()
	_, err := f.Page(t.Context(), srv.URL+"/episode.mp3")
	if !errors.Is(err, ErrNotHTML) || Kind(err) != "not_html" {
		t.Fatalf("Page error = %v, want ErrNotHTML", err)
	}
}
