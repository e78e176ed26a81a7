package feed

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Defaults of FetcherConfig.
const (
	DefaultTimeout         = 30 * time.Second
	DefaultMaxBodyBytes    = 10 << 20
	DefaultHostConcurrency = 1
)

// maxRedirects is how many redirects one fetch follows.
const maxRedirects = 5

// maxRetryAfter bounds the Retry-After a server can ask for, so that a
// hostile value cannot overflow a time.Duration.
const maxRetryAfter = 7 * 24 * time.Hour

// Accept headers: feed formats first for feeds, HTML for article pages.
const (
	acceptFeed = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
	acceptPage = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
)

// Errors a fetch can fail with, besides *StatusError; see Kind.
var (
	// ErrTooLarge means the body exceeded FetcherConfig.MaxBodyBytes.
	ErrTooLarge = errors.New("body too large")
	// ErrTimeout means no complete response arrived within
	// FetcherConfig.Timeout.
	ErrTimeout = errors.New("timeout")
	// ErrRedirect means a redirect was refused: too many, or to a URL
	// that is not http(s).
	ErrRedirect = errors.New("redirect refused")
)

// StatusError is a response with a status other than 2xx or 304.
type StatusError struct {
	Code int
	// RetryAfter is the server's Retry-After on 429 and 503 responses,
	// zero when it sent none.
	RetryAfter time.Duration
}

// Error deliberately leaves RetryAfter out so that the message of a
// recurring failure stays the same from one poll to the next.
func (e *StatusError) Error() string {
	return fmt.Sprintf("status %d %s", e.Code, http.StatusText(e.Code))
}

// FetcherConfig configures a Fetcher. Zero fields take the defaults given.
type FetcherConfig struct {
	// UserAgent is sent with every request; default "tickerwire".
	UserAgent string
	// Timeout bounds one request from sending it to the end of its body,
	// redirects included, but not the wait for the host's turn; default
	// DefaultTimeout.
	Timeout time.Duration
	// MaxBodyBytes caps a response body; a larger one fails with
	// ErrTooLarge. Default DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// HostConcurrency is the number of requests to one host in flight at
	// once; default DefaultHostConcurrency.
	HostConcurrency int
	// HostDelay is the minimum time between the starts of two requests to
	// one host; zero means no spacing.
	HostDelay time.Duration
}

// Validators are a response's cache validators, sent back on the next
// request for a conditional GET.
type Validators struct {
	ETag         string
	LastModified string
}

// Response is a fetched document.
type Response struct {
	// URL is the URL the body came from, after redirects; Redirected
	// says whether there were any.
	URL         string
	Redirected  bool
	ContentType string
	Body        []byte
	// NotModified is true for a 304 answer to a conditional GET; Body is
	// then empty.
	NotModified bool
	// Validators are the ones to send next time: the response's own; a
	// 304 keeps those sent for the ones it does not repeat.
	Validators Validators
	// Duration is the time from sending the request to the end of its
	// body, without the wait for the host's turn.
	Duration time.Duration
}

// Fetcher GETs feeds and pages politely: a User-Agent, conditional GET,
// a timeout, a body cap, and per-host concurrency and spacing. It is safe
// for concurrent use; the per-host limits hold across all its callers.
type Fetcher struct {
	cfg    FetcherConfig
	client *http.Client
	hosts  *hostLimiter
}

// NewFetcher returns a Fetcher for cfg.
func NewFetcher(cfg FetcherConfig) *Fetcher {
	if cfg.UserAgent == "" {
		cfg.UserAgent = "tickerwire"
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.HostConcurrency <= 0 {
		cfg.HostConcurrency = DefaultHostConcurrency
	}
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	transport := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		TLSHandshakeTimeout:   10 * time.Second,
		MaxIdleConnsPerHost:   max(cfg.HostConcurrency, 2),
		IdleConnTimeout:       90 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
	return &Fetcher{
		cfg: cfg,
		client: &http.Client{
			Transport:     transport,
			CheckRedirect: checkRedirect,
		},
		hosts: newHostLimiter(cfg.HostConcurrency, cfg.HostDelay),
	}
}

// Close releases idle connections.
func (f *Fetcher) Close() {
	f.client.CloseIdleConnections()
}

// Feed GETs a feed, conditionally when v holds validators. A 304 answer is
// a Response with NotModified set, not an error.
func (f *Fetcher) Feed(ctx context.Context, rawURL string, v Validators) (*Response, error) {
	return f.get(ctx, rawURL, acceptFeed, v, nil)
}

// Page GETs an article page. A response whose Content-Type is given and
// not HTML fails with ErrNotHTML before its body is read, so that links
// to media files cost no download.
func (f *Fetcher) Page(ctx context.Context, rawURL string) (*Response, error) {
	return f.get(ctx, rawURL, acceptPage, Validators{}, checkHTML)
}

// get GETs rawURL; check, when not nil, vets the Content-Type of a 2xx
// response before its body is read.
func (f *Fetcher) get(ctx context.Context, rawURL, accept string, v Validators, check func(contentType string) error) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return nil, fmt.Errorf("fetch %q: not an absolute http(s) URL", rawURL)
	}
	release, err := f.hosts.acquire(ctx, strings.ToLower(u.Host))
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	defer release()

	reqCtx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	start := time.Now()
	resp, err := f.do(reqCtx, u.String(), accept, v, check)
	if err != nil {
		if ctx.Err() == nil && errors.Is(reqCtx.Err(), context.DeadlineExceeded) {
			err = fmt.Errorf("no complete response within %s: %w", f.cfg.Timeout, ErrTimeout)
		}
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	resp.Duration = time.Since(start)
	return resp, nil
}

func (f *Fetcher) do(ctx context.Context, rawURL, accept string, v Validators, check func(string) error) (*Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	req.Header.Set("Accept", accept)
	// Like miniflux, send both validators: servers that know ETags give
	// If-None-Match precedence themselves (RFC 9110, 13.2.2).
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		var uerr *url.Error
		if errors.As(err, &uerr) {
			// url.Error repeats the method and URL our caller already
			// names.
			err = uerr.Err
		}
		return nil, err
	}
	defer resp.Body.Close()

	out := &Response{
		URL:         resp.Request.URL.String(),
		Redirected:  resp.Request.URL.String() != req.URL.String(),
		ContentType: resp.Header.Get("Content-Type"),
		Validators: Validators{
			ETag:         resp.Header.Get("ETag"),
			LastModified: resp.Header.Get("Last-Modified"),
		},
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		if out.Validators.ETag == "" {
			out.Validators.ETag = v.ETag
		}
		if out.Validators.LastModified == "" {
			out.Validators.LastModified = v.LastModified
		}
		return out, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		// Read a little so that the connection can be reused.
		_, _ = io.CopyN(io.Discard, resp.Body, 4<<10)
		serr := &StatusError{Code: resp.StatusCode}
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
			serr.RetryAfter = parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
		}
		return nil, serr
	}
	if check != nil {
		if err := check(out.ContentType); err != nil {
			return nil, err
		}
	}
	limit := f.cfg.MaxBodyBytes
	if resp.ContentLength > limit {
		return nil, fmt.Errorf("Content-Length %d exceeds the limit of %d bytes: %w", resp.ContentLength, limit, ErrTooLarge)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	if int64(len(body)) > limit {
		return nil, fmt.Errorf("body exceeds the limit of %d bytes: %w", limit, ErrTooLarge)
	}
	out.Body = body
	return out, nil
}

func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) >= maxRedirects {
		return fmt.Errorf("stopped after %d redirects: %w", maxRedirects, ErrRedirect)
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("redirect to %q: not http(s): %w", req.URL.Redacted(), ErrRedirect)
	}
	return nil
}

// parseRetryAfter reads a Retry-After value: delay seconds or an HTTP
// date. Anything else, and a date in the past, is zero.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	var d time.Duration
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs <= 0 {
			return 0
		}
		if secs > int64(maxRetryAfter/time.Second) {
			return maxRetryAfter
		}
		d = time.Duration(secs) * time.Second
	} else if t, err := http.ParseTime(v); err == nil {
		d = t.Sub(now)
	}
	return min(max(d, 0), maxRetryAfter)
}

// Kind classifies an error of this package into a short label for metrics
// and log fields: timeout, too_large, rate_limited, http_4xx, http_5xx,
// http_status, redirect, malformed, not_feed, not_html, no_text, canceled,
// or network for everything else.
func Kind(err error) string {
	var serr *StatusError
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, ErrTimeout):
		return "timeout"
	case errors.Is(err, ErrTooLarge):
		return "too_large"
	case errors.As(err, &serr):
		switch {
		case serr.Code == http.StatusTooManyRequests:
			return "rate_limited"
		case serr.Code >= 400 && serr.Code < 500:
			return "http_4xx"
		case serr.Code >= 500 && serr.Code < 600:
			return "http_5xx"
		}
		return "http_status"
	case errors.Is(err, ErrRedirect):
		return "redirect"
	case errors.Is(err, ErrMalformed):
		return "malformed"
	case errors.Is(err, ErrNotFeed):
		return "not_feed"
	case errors.Is(err, ErrNotHTML):
		return "not_html"
	case errors.Is(err, ErrNoText):
		return "no_text"
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return "canceled"
	}
	return "network"
}

// RetryAfter returns the delay a server asked for with err, or zero.
func RetryAfter(err error) time.Duration {
	var serr *StatusError
	if errors.As(err, &serr) {
		return serr.RetryAfter
	}
	return 0
}
