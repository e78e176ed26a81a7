package webhook

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"
)

var (
	secret = []byte("s3cret")
	clock  = time.Date(2024, 8, 2, 6, 16, 0, 0, time.UTC)
	body   = []byte(`{"schema":1,"type":"earnings","id":"e1"}`)
)

func notifier(t *testing.T, url string, sec []byte) *Notifier {
	t.Helper()
	n, err := New(url, Options{Secret: sec, Now: func() time.Time { return clock }, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestNotifyRequest(t *testing.T) {
	for _, tc := range []struct {
		name   string
		secret []byte
	}{
		{"signed", secret},
		{"unsigned", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got *http.Request
			var gotBody []byte
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				got = r
				gotBody, _ = io.ReadAll(r.Body)
				w.WriteHeader(http.StatusNoContent)
			}))
			defer srv.Close()
			retryable, err := notifier(t, srv.URL+"/hook", tc.secret).Notify(context.Background(), Message{ID: "e1", Type: "earnings", Body: body})
			if err != nil || retryable {
				t.Fatalf("Notify = %v, %v", retryable, err)
			}
			if got.Method != http.MethodPost || got.URL.Path != "/hook" || string(gotBody) != string(body) {
				t.Errorf("got %s %s %q", got.Method, got.URL.Path, gotBody)
			}
			want := map[string]string{
				"Content-Type":  "application/json",
				"User-Agent":    UserAgent,
				HeaderEventID:   "e1",
				HeaderEventType: "earnings",
				HeaderTimestamp: strconv.FormatInt(clock.Unix(), 10),
			}
			for k, v := range want {
				if g := got.Header.Get(k); g != v {
					t.Errorf("%s = %q, want %q", k, g, v)
				}
			}
			sig := got.Header.Get(HeaderSignature)
			if tc.secret == nil {
				if sig != "" {
					t.Errorf("unsigned request has signature %q", sig)
				}
				return
			}
			if err := Verify(secret, got.Header.Get(HeaderTimestamp), sig, gotBody, clock.Add(time.Minute), DefaultTolerance); err != nil {
				t.Errorf("signature does not verify: %v", err)
			}
		})
	}
}

func TestNotifyOutcome(t *testing.T) {
	for _, tc := range []struct {
		name          string
		status        int
		header        map[string]string
		body          string
		wantRetryable bool
		wantErr       string
		wantAfter     time.Duration
	}{
		{name: "200", status: 200},
		{name: "202", status: 202},
		{name: "500", status: 500, body: "boom", wantRetryable: true, wantErr: "status 500 Internal Server Error: boom"},
		{name: "503 retry-after seconds", status: 503, header: map[string]string{"Retry-After": "120"},
			wantRetryable: true, wantErr: "status 503", wantAfter: 2 * time.Minute},
		{name: "429 retry-after date", status: 429, header: map[string]string{"Retry-After": clock.Add(90 * time.Second).Format(http.TimeFormat)},
			wantRetryable: true, wantErr: "status 429", wantAfter: 90 * time.Second},
		{name: "408", status: 408, wantRetryable: true, wantErr: "status 408"},
		{name: "400 permanent", status: 400, body: "bad payload", wantErr: "status 400 Bad Request: bad payload"},
		{name: "404 permanent", status: 404, wantErr: "status 404"},
		{name: "redirect not followed", status: 308, header: map[string]string{"Location": "/elsewhere"}, wantErr: "status 308"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				for k, v := range tc.header {
					w.Header().Set(k, v)
				}
				w.WriteHeader(tc.status)
				io.WriteString(w, tc.body)
			}))
			defer srv.Close()
			retryable, err := notifier(t, srv.URL, secret).Notify(context.Background(), Message{ID: "e1", Type: "earnings", Body: body})
			if retryable != tc.wantRetryable {
				t.Errorf("retryable = %v, want %v", retryable, tc.wantRetryable)
			}
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("err = %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("err = %v, want it to contain %q", err, tc.wantErr)
			}
			after, ok := RetryAfter(err)
			if after != tc.wantAfter || ok != (tc.wantAfter > 0) {
				t.Errorf("RetryAfter = %v, %v; want %v", after, ok, tc.wantAfter)
			}
		})
	}
}

func TestNotifyTransportError(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close()
	retryable, err := notifier(t, url, nil).Notify(context.Background(), Message{ID: "e1", Body: body})
	if err == nil || !retryable {
		t.Fatalf("Notify to a closed server = %v, %v; want a retryable error", retryable, err)
	}
}

func TestNotifyRedactsPassword(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusInternalServerError)
	}))
	defer srv.Close()
	u := strings.Replace(srv.URL, "http://", "http://user:hunter2@", 1)
	_, err := notifier(t, u, nil).Notify(context.Background(), Message{ID: "e1", Body: body})
	if err == nil || strings.Contains(err.Error(), "hunter2") {
		t.Fatalf("err = %v; want an error without the password", err)
	}
}

func TestNew(t *testing.T) {
	for _, u := range []string{"ftp://example.com/x", "/relative", "http://", "::"} {
		if _, err := New(u, Options{}); err == nil {
			t.Errorf("New(%q) succeeded", u)
		}
	}
}

func TestVerify(t *testing.T) {
	ts := strconv.FormatInt(clock.Unix(), 10)
	good := Sign(secret, ts, body)
	for _, tc := range []struct {
		name           string
		ts, sig        string
		body           []byte
		secret         []byte
		now            time.Time
		wantErrContain string
	}{
		{name: "good", ts: ts, sig: good, body: body, secret: secret, now: clock},
		{name: "good within tolerance", ts: ts, sig: good, body: body, secret: secret, now: clock.Add(4 * time.Minute)},
		{name: "other body", ts: ts, sig: good, body: append([]byte(" "), body...), secret: secret, now: clock, wantErrContain: "does not match"},
		{name: "other secret", ts: ts, sig: good, body: body, secret: []byte("other"), now: clock, wantErrContain: "does not match"},
		{name: "other timestamp", ts: strconv.FormatInt(clock.Unix()+1, 10), sig: good, body: body, secret: secret, now: clock, wantErrContain: "does not match"},
		{name: "stale", ts: ts, sig: good, body: body, secret: secret, now: clock.Add(6 * time.Minute), wantErrContain: "away from now"},
		{name: "from the future", ts: ts, sig: good, body: body, secret: secret, now: clock.Add(-6 * time.Minute), wantErrContain: "away from now"},
		{name: "bad timestamp", ts: "yesterday", sig: good, body: body, secret: secret, now: clock, wantErrContain: "timestamp"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := Verify(tc.secret, tc.ts, tc.sig, tc.body, tc.now, DefaultTolerance)
			if tc.wantErrContain == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if !errors.Is(err, ErrSignature) || !strings.Contains(err.Error(), tc.wantErrContain) {
				t.Fatalf("err = %v, want ErrSignature containing %q", err, tc.wantErrContain)
			}
		})
	}
}

// TestSignKnownAnswer pins the signature scheme receivers implement.
func TestSignKnownAnswer(t *testing.T) {
	// printf '1722579360.{"id":"x"}' | openssl dgst -sha256 -hmac s3cret
	const want = "sha256=2e96ae407e51acc4d1e9952df100038ccb34e1537f182b741521a58c1d78d5ba"
	got := Sign(secret, "1722579360", []byte(`{"id":"x"}`))
	if got != want {
		t.Errorf("Sign = %s, want %s", got, want)
	}
}

func TestParseRetryAfter(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Duration
	}{
		{"", 0},
		{"0", 0},
		{"-5", 0},
		{"30", 30 * time.Second},
		{" 30 ", 30 * time.Second},
		{clock.Add(time.Hour).Format(http.TimeFormat), time.Hour},
		{clock.Add(-time.Hour).Format(http.TimeFormat), 0},
		{"soon", 0},
		{"99999999999999", 365 * 24 * time.Hour},
	} {
		if got := parseRetryAfter(tc.in, clock); got != tc.want {
			t.Errorf("parseRetryAfter(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func FuzzParseRetryAfter(f *testing.F) {
	for _, s := range []string{"", "30", "-1", "Fri, 02 Aug 2024 06:17:30 GMT", "9223372036854775807"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d := parseRetryAfter(s, clock); d < 0 {
			t.Fatalf("parseRetryAfter(%q) = %v < 0", s, d)
		}
	})
}
