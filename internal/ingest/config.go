package ingest

import (
	"errors"
	"flag"
	"fmt"
	"runtime/debug"
	"time"

	"github.com/tickerwire/tickerwire/internal/feed"
)

// StateFile is the name of the worker's SQLite database under DataDir.
const StateFile = "ingest.db"

// Config configures the ingest worker. The zero value is not usable; start
// from DefaultConfig.
type Config struct {
	// Feeds is the path of the feeds file (see feed.LoadSources). --feeds.
	Feeds string
	// DataDir is the directory of the state database, StateFile: the
	// articles already published and each feed's cache validators. It is
	// the process's --data-dir, which the process registers (all stages
	// share it), so RegisterFlags does not.
	DataDir string
	// UserAgent is sent with every request. Default
	// "tickerwire/<version> (+https://github.com/tickerwire/tickerwire)".
	// --user-agent.
	UserAgent string
	// FetchTimeout bounds one request, body included. Default 30 s.
	// --fetch-timeout.
	FetchTimeout time.Duration
	// MaxBodyBytes caps a feed or page body; a larger one is an error.
	// Default 10 MiB. --max-body-bytes.
	MaxBodyBytes int64
	// HostConcurrency is how many requests to one host are in flight at
	// once, feeds and article pages together. Default 1.
	// --host-concurrency.
	HostConcurrency int
	// HostDelay is the minimum time between the starts of two requests to
	// one host. Default 1 s. --host-delay.
	HostDelay time.Duration
	// FullText fetches the linked page of items whose feed text is only
	// a teaser and publishes the page's main text instead. Default true.
	// --full-text.
	FullText bool
	// MinBackoff is the wait after a feed's first failed poll; it
	// doubles with every further failure, with jitter, up to MaxBackoff.
	// Default 1 min. --poll-min-backoff.
	MinBackoff time.Duration
	// MaxBackoff caps the wait after failed polls, a server's Retry-After
	// included. Default 1 h. --poll-max-backoff.
	MaxBackoff time.Duration
	// SeenRetention is how long an article id is remembered after it
	// last appeared in its feed. Ids still in a feed are kept however old.
	// Default 30 days. --seen-retention.
	SeenRetention time.Duration
}

// DefaultConfig returns the defaults documented on Config.
func DefaultConfig() Config {
	return Config{
		UserAgent:       defaultUserAgent(),
		FetchTimeout:    feed.DefaultTimeout,
		MaxBodyBytes:    feed.DefaultMaxBodyBytes,
		HostConcurrency: feed.DefaultHostConcurrency,
		HostDelay:       time.Second,
		FullText:        true,
		MinBackoff:      time.Minute,
		MaxBackoff:      time.Hour,
		SeenRetention:   30 * 24 * time.Hour,
	}
}

// defaultUserAgent names the module version the binary was built from,
// "dev" for builds from a working tree.
func defaultUserAgent() string {
	version := "dev"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		version = bi.Main.Version
	}
	return "tickerwire/" + version + " (+https://github.com/tickerwire/tickerwire)"
}

// RegisterFlags binds the fields, except DataDir, to flags of fs; the
// fields' values are the defaults.
func (c *Config) RegisterFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.Feeds, "feeds", c.Feeds, "YAML file of the feeds to poll (feeds: [{name, url, interval}])")
	fs.StringVar(&c.UserAgent, "user-agent", c.UserAgent, "User-Agent of feed and page requests")
	fs.DurationVar(&c.FetchTimeout, "fetch-timeout", c.FetchTimeout, "timeout of one feed or page request, body included")
	fs.Int64Var(&c.MaxBodyBytes, "max-body-bytes", c.MaxBodyBytes, "largest feed or page body accepted, in bytes")
	fs.IntVar(&c.HostConcurrency, "host-concurrency", c.HostConcurrency, "requests in flight to one host at once")
	fs.DurationVar(&c.HostDelay, "host-delay", c.HostDelay, "minimum time between the starts of two requests to one host")
	fs.BoolVar(&c.FullText, "full-text", c.FullText, "fetch the article page when a feed item carries only a teaser")
	fs.DurationVar(&c.MinBackoff, "poll-min-backoff", c.MinBackoff, "wait after a feed's first failed poll, doubled per failure")
	fs.DurationVar(&c.MaxBackoff, "poll-max-backoff", c.MaxBackoff, "longest wait after failed polls, Retry-After included")
	fs.DurationVar(&c.SeenRetention, "seen-retention", c.SeenRetention, "how long an article id is remembered after it left its feed")
}

// Validate reports a configuration the worker cannot run with, naming the
// flag. It also loads the feeds file, so that a bad file is reported
// before the worker starts.
func (c Config) Validate() error {
	var errs []error
	add := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if c.DataDir == "" {
		add("data-dir: required for the ingest state database")
	}
	if c.UserAgent == "" {
		add("user-agent: must not be empty")
	}
	if c.FetchTimeout <= 0 {
		add("fetch-timeout: %s, want more than 0", c.FetchTimeout)
	}
	if c.MaxBodyBytes < 1024 {
		add("max-body-bytes: %d, want at least 1024", c.MaxBodyBytes)
	}
	if c.HostConcurrency < 1 {
		add("host-concurrency: %d, want at least 1", c.HostConcurrency)
	}
	if c.HostDelay < 0 {
		add("host-delay: %s, want 0 or more", c.HostDelay)
	}
	if c.MinBackoff <= 0 {
		add("poll-min-backoff: %s, want more than 0", c.MinBackoff)
	}
	if c.MaxBackoff < c.MinBackoff {
		add("poll-max-backoff: %s is less than poll-min-backoff %s", c.MaxBackoff, c.MinBackoff)
	}
	if c.SeenRetention < time.Hour {
		add("seen-retention: %s, want at least 1h", c.SeenRetention)
	}
	if c.Feeds == "" {
		add("feeds: required (the YAML file of the feeds to poll)")
	} else if _, err := feed.LoadSources(c.Feeds); err != nil {
		add("feeds: %w", err)
	}
	return errors.Join(errs...)
}
