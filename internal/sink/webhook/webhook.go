// Package webhook POSTs events to an HTTP endpoint, signed with HMAC, and
// classifies the outcome for the caller's retry loop.
//
// # Request
//
// Each event is one POST of its JSON (the events.Event value as it is on
// the Kafka topic) with the headers
//
//	Content-Type: application/json
//	User-Agent: tickerwire-sink
//	X-Tickerwire-Event-Id: <event id>
//	X-Tickerwire-Event-Type: earnings | capex_alert
//	X-Tickerwire-Timestamp: <Unix seconds when the request was signed>
//	X-Tickerwire-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>
//
// The signature header is sent only when a secret is configured. The same
// event can arrive more than once (a retry after a lost response, a crash
// between sending and recording): receivers deduplicate by the event id.
//
// # Verifying a request
//
// A receiver recomputes HMAC-SHA256 with the shared secret over the
// X-Tickerwire-Timestamp value, a dot, and the raw request body (bytes as
// received, before any JSON parsing), hex-encodes it, prefixes "sha256=",
// and compares that with X-Tickerwire-Signature in constant time. It
// should also reject timestamps far from its own clock (Verify allows five
// minutes either way), so that a captured request cannot be replayed
// later. Verify does all of this for Go receivers.
//
// # Outcome
//
// Notify returns (retryable, err) like Alertmanager's notifiers: any 2xx
// is success; 408, 429, 5xx and transport errors are retryable, with a
// Retry-After header honoured (see RetryAfter); everything else,
// including redirects, which are not followed, is permanent.
package webhook

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Header names.
const (
	HeaderEventID   = "X-Tickerwire-Event-Id"
	HeaderEventType = "X-Tickerwire-Event-Type"
	HeaderTimestamp = "X-Tickerwire-Timestamp"
	HeaderSignature = "X-Tickerwire-Signature"
)

// UserAgent is the User-Agent of every request.
const UserAgent = "tickerwire-sink"

// Defaults.
const (
	DefaultTimeout = 10 * time.Second
	// DefaultTolerance is how far Verify lets a timestamp be from now.
	DefaultTolerance = 5 * time.Minute
)

// errorBodyLimit bounds how much of a failed response's body is kept in
// the error, and drainLimit how much is read so the connection can be
// reused.
const (
	errorBodyLimit = 512
	drainLimit     = 64 << 10
)

// Options configure a Notifier.
type Options struct {
	// Secret signs every request when not empty.
	Secret []byte
	// Timeout bounds one request, response body included. Default
	// DefaultTimeout.
	Timeout time.Duration
	// Transport sends the requests. Default http.DefaultTransport.
	Transport http.RoundTripper
	// Now is the clock of the timestamp header. Default time.Now.
	Now func() time.Time
}

// Notifier sends events to one URL. It is safe for concurrent use.
type Notifier struct {
	url    string
	secret []byte
	client *http.Client
	now    func() time.Time
}

// New returns a Notifier for rawURL, which must be an absolute http(s)
// URL.
func New(rawURL string, opts Options) (*Notifier, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("webhook: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return nil, fmt.Errorf("webhook %s: not an absolute http(s) url", u.Redacted())
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.Transport == nil {
		opts.Transport = http.DefaultTransport
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Notifier{
		url:    rawURL,
		secret: opts.Secret,
		now:    opts.Now,
		client: &http.Client{
			Transport: opts.Transport,
			Timeout:   opts.Timeout,
			// A redirected POST would be re-sent as a GET or need its
			// body again; a receiver that moved should be reconfigured.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
	}, nil
}

// Message is one event to send.
type Message struct {
	ID   string
	Type string
	// Body is the event's JSON, sent as is.
	Body []byte
}

// Notify POSTs m and says whether a failure is worth retrying.
func (n *Notifier) Notify(ctx context.Context, m Message) (retryable bool, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, n.url, bytes.NewReader(m.Body))
	if err != nil {
		return false, fmt.Errorf("webhook: %w", err)
	}
	ts := strconv.FormatInt(n.now().Unix(), 10)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set(HeaderEventID, m.ID)
	req.Header.Set(HeaderEventType, m.Type)
	req.Header.Set(HeaderTimestamp, ts)
	if len(n.secret) > 0 {
		req.Header.Set(HeaderSignature, Sign(n.secret, ts, m.Body))
	}
	resp, err := n.client.Do(req)
	if err != nil {
		// The *url.Error names the method and the (redacted) URL.
		return true, fmt.Errorf("webhook: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 200 && resp.StatusCode < 300 {
		io.Copy(io.Discard, io.LimitReader(resp.Body, drainLimit))
		return false, nil
	}
	snippet, _ := io.ReadAll(io.LimitReader(resp.Body, errorBodyLimit))
	io.Copy(io.Discard, io.LimitReader(resp.Body, drainLimit))
	serr := &StatusError{
		URL:        redact(n.url),
		StatusCode: resp.StatusCode,
		Body:       strings.TrimSpace(string(snippet)),
		RetryAfter: parseRetryAfter(resp.Header.Get("Retry-After"), n.now()),
	}
	code := resp.StatusCode
	return code == http.StatusRequestTimeout || code == http.StatusTooManyRequests || code >= 500, serr
}

// StatusError is a response other than 2xx.
type StatusError struct {
	URL        string
	StatusCode int
	// Body is the start of the response body, for the operator.
	Body string
	// RetryAfter is the wait the response asked for, zero when it asked
	// for none.
	RetryAfter time.Duration
}

func (e *StatusError) Error() string {
	msg := fmt.Sprintf("webhook: POST %s: status %d %s", e.URL, e.StatusCode, http.StatusText(e.StatusCode))
	if e.Body != "" {
		msg += ": " + e.Body
	}
	return msg
}

// RetryAfter is the wait a failed Notify's response asked for with a
// Retry-After header (seconds or an HTTP date); ok is false when it
// asked for none.
func RetryAfter(err error) (d time.Duration, ok bool) {
	var se *StatusError
	if errors.As(err, &se) && se.RetryAfter > 0 {
		return se.RetryAfter, true
	}
	return 0, false
}

func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs <= 0 {
			return 0
		}
		return time.Duration(min(secs, int64(365*24*time.Hour/time.Second))) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// Sign returns the X-Tickerwire-Signature value for body sent at
// timestamp (the X-Tickerwire-Timestamp value).
func Sign(secret []byte, timestamp string, body []byte) string {
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte(timestamp))
	mac.Write([]byte{'.'})
	mac.Write(body)
	return "sha256=" + hex.EncodeToString(mac.Sum(nil))
}

// ErrSignature is returned by Verify for a request that was not signed
// with the secret, or not recently.
var ErrSignature = errors.New("webhook: bad signature")

// Verify checks a received request's signature and timestamp headers
// against its raw body: the signature must match and the timestamp be
// within tolerance of now.
func Verify(secret []byte, timestamp, signature string, body []byte, now time.Time, tolerance time.Duration) error {
	secs, err := strconv.ParseInt(timestamp, 10, 64)
	if err != nil {
		return fmt.Errorf("%w: timestamp %q", ErrSignature, timestamp)
	}
	if d := now.Sub(time.Unix(secs, 0)); d > tolerance || d < -tolerance {
		return fmt.Errorf("%w: timestamp %s is %s away from now", ErrSignature, timestamp, d.Round(time.Second))
	}
	if !hmac.Equal([]byte(signature), []byte(Sign(secret, timestamp, body))) {
		return fmt.Errorf("%w: signature does not match", ErrSignature)
	}
	return nil
}

func redact(raw string) string {
	if u, err := url.Parse(raw); err == nil {
		return u.Redacted()
	}
	return raw
}
