package sink

import (
	"errors"
	"flag"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/tickerwire/tickerwire/internal/config"
)

// Config configures the sink worker. The zero value is not usable; start
// from DefaultConfig.
type Config struct {
	// DataDir is the directory of the SQLite database, sink.db, used when
	// Postgres is empty. It is the process's --data-dir, which the process
	// registers (all stages share it), so RegisterFlags does not.
	DataDir string
	// Postgres is a PostgreSQL DSN (URL or key=value form); when set the
	// sink stores into PostgreSQL instead of SQLite. --postgres.
	Postgres string
	// Webhooks are the URLs every new event is POSTed to. --webhook,
	// repeatable or comma-separated.
	Webhooks []string
	// WebhookSecret signs webhook requests (see package webhook); empty
	// sends them unsigned. --webhook-secret.
	WebhookSecret Secret
	// JSONL is the path of a JSON Lines file every new event is appended
	// to; empty writes none. --jsonl.
	JSONL string

	// Group is the consumer group. Default "tickerwire-sink".
	// --sink-group.
	Group string
	// MaxAttempts bounds the tries to store a record before it is
	// dead-lettered. Default 5. --sink-max-attempts.
	MaxAttempts int

	// WebhookTimeout bounds one webhook request. Default 10 s.
	// --webhook-timeout.
	WebhookTimeout time.Duration
	// WebhookConcurrency is how many requests are in flight to one
	// webhook at most. Default 4. --webhook-concurrency.
	WebhookConcurrency int

	// RetryMinBackoff is the wait after a delivery's first failed attempt;
	// it doubles with every further one, with jitter. Default 1 s.
	// --delivery-min-backoff.
	RetryMinBackoff time.Duration
	// RetryMaxBackoff caps the wait between attempts. Default 10 min.
	// --delivery-max-backoff.
	RetryMaxBackoff time.Duration
	// RetryMaxAttempts is how often a delivery is tried before it is
	// marked failed. Default 20 (about two hours with the default
	// backoff). --delivery-max-attempts.
	RetryMaxAttempts int
	// RetryMaxAge is how long after the event was stored a delivery is
	// still tried. Default 24 h. --delivery-max-age.
	RetryMaxAge time.Duration
	// PollInterval is how often the outbox is checked for due deliveries
	// when nothing else wakes it (new events wake it at once, retries when
	// they are due). Default 1 s. --delivery-poll-interval.
	PollInterval time.Duration
}

// DefaultConfig returns the defaults documented on Config.
func DefaultConfig() Config {
	return Config{
		Group:              "tickerwire-sink",
		MaxAttempts:        5,
		WebhookTimeout:     10 * time.Second,
		WebhookConcurrency: 4,
		RetryMinBackoff:    time.Second,
		RetryMaxBackoff:    10 * time.Minute,
		RetryMaxAttempts:   20,
		RetryMaxAge:        24 * time.Hour,
		PollInterval:       time.Second,
	}
}

// RegisterFlags binds the fields, except DataDir, to flags of fs; the
// fields' values are the defaults.
func (c *Config) RegisterFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.Postgres, "postgres", c.Postgres, "PostgreSQL DSN of the sink's database (default: SQLite sink.db under --data-dir)")
	fs.Var((*config.List)(&c.Webhooks), "webhook", "URL to POST every new event to, repeatable or comma-separated")
	fs.Var(&c.WebhookSecret, "webhook-secret", "key of the HMAC-SHA256 signature of webhook requests (default: unsigned)")
	fs.StringVar(&c.JSONL, "jsonl", c.JSONL, "JSON Lines file to append every new event to (default: none)")
	fs.StringVar(&c.Group, "sink-group", c.Group, "consumer group of the sink worker")
	fs.IntVar(&c.MaxAttempts, "sink-max-attempts", c.MaxAttempts, "tries to store a record before it goes to news.dlq")
	fs.DurationVar(&c.WebhookTimeout, "webhook-timeout", c.WebhookTimeout, "timeout of one webhook request")
	fs.IntVar(&c.WebhookConcurrency, "webhook-concurrency", c.WebhookConcurrency, "webhook requests in flight per URL")
	fs.DurationVar(&c.RetryMinBackoff, "delivery-min-backoff", c.RetryMinBackoff, "wait after a failed delivery, doubled per attempt")
	fs.DurationVar(&c.RetryMaxBackoff, "delivery-max-backoff", c.RetryMaxBackoff, "longest wait between delivery attempts")
	fs.IntVar(&c.RetryMaxAttempts, "delivery-max-attempts", c.RetryMaxAttempts, "attempts before a delivery is marked failed")
	fs.DurationVar(&c.RetryMaxAge, "delivery-max-age", c.RetryMaxAge, "age of an event after which its delivery is no longer tried")
	fs.DurationVar(&c.PollInterval, "delivery-poll-interval", c.PollInterval, "how often the delivery outbox is checked when idle")
}

// Validate reports a configuration the worker cannot run with, naming
// the flag.
func (c Config) Validate() error {
	if c.Postgres == "" && c.DataDir == "" {
		return errors.New("data-dir: required for the SQLite database when --postgres is not given")
	}
	if c.Postgres != "" {
		if _, err := pgx.ParseConfig(c.Postgres); err != nil {
			// pgx redacts the password in its parse errors.
			return fmt.Errorf("postgres: %w", err)
		}
	}
	seen := map[string]bool{}
	for _, w := range c.Webhooks {
		u, err := url.Parse(w)
		if err != nil {
			return fmt.Errorf("webhook: %w", err)
		}
		if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
			return fmt.Errorf("webhook %s: want an absolute http or https URL", u.Redacted())
		}
		if seen[u.Redacted()] {
			return fmt.Errorf("webhook %s: given twice", u.Redacted())
		}
		seen[u.Redacted()] = true
	}
	switch {
	case c.Group == "":
		return errors.New("sink-group: must not be empty")
	case c.MaxAttempts < 1:
		return fmt.Errorf("sink-max-attempts: %d, want at least 1", c.MaxAttempts)
	case c.WebhookTimeout <= 0:
		return fmt.Errorf("webhook-timeout: %s, want more than 0", c.WebhookTimeout)
	case c.WebhookConcurrency < 1:
		return fmt.Errorf("webhook-concurrency: %d, want at least 1", c.WebhookConcurrency)
	case c.RetryMinBackoff <= 0:
		return fmt.Errorf("delivery-min-backoff: %s, want more than 0", c.RetryMinBackoff)
	case c.RetryMaxBackoff < c.RetryMinBackoff:
		return fmt.Errorf("delivery-max-backoff: %s is less than delivery-min-backoff %s", c.RetryMaxBackoff, c.RetryMinBackoff)
	case c.RetryMaxAttempts < 1:
		return fmt.Errorf("delivery-max-attempts: %d, want at least 1", c.RetryMaxAttempts)
	case c.RetryMaxAge <= 0:
		return fmt.Errorf("delivery-max-age: %s, want more than 0", c.RetryMaxAge)
	case c.PollInterval <= 0:
		return fmt.Errorf("delivery-poll-interval: %s, want more than 0", c.PollInterval)
	}
	return nil
}

// String describes the configuration with the webhook secret, the
// PostgreSQL password and webhook URL passwords hidden, for logs.
func (c Config) String() string {
	hooks := make([]string, len(c.Webhooks))
	for i, w := range c.Webhooks {
		hooks[i] = redactURL(w)
	}
	db := "sqlite:" + c.DataDir
	if c.Postgres != "" {
		db = "postgres:" + redactDSN(c.Postgres)
	}
	return fmt.Sprintf("sink{db=%s webhooks=[%s] webhook_secret=%s jsonl=%q group=%s max_attempts=%d "+
		"webhook_timeout=%s webhook_concurrency=%d backoff=%s..%s delivery_max_attempts=%d delivery_max_age=%s poll=%s}",
		db, strings.Join(hooks, " "), c.WebhookSecret, c.JSONL, c.Group, c.MaxAttempts,
		c.WebhookTimeout, c.WebhookConcurrency, c.RetryMinBackoff, c.RetryMaxBackoff, c.RetryMaxAttempts,
		c.RetryMaxAge, c.PollInterval)
}

// Secret is a string that prints as "<hidden>" (or "" when empty), so
// that it never reaches a log through fmt or a String method.
type Secret string

const hidden = "<hidden>"

// String implements fmt.Stringer and flag.Value.
func (s Secret) String() string {
	if s == "" {
		return ""
	}
	return hidden
}

// GoString hides the secret from %#v.
func (s Secret) GoString() string { return s.String() }

// MarshalText hides the secret from encoders (zap's reflection encoder,
// encoding/json).
func (s Secret) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Set implements flag.Value.
func (s *Secret) Set(v string) error {
	*s = Secret(v)
	return nil
}

func redactURL(raw string) string {
	if u, err := url.Parse(raw); err == nil {
		return u.Redacted()
	}
	return "(unparsable url)"
}

// redactDSN names the PostgreSQL user, host and database of dsn, and
// nothing else of it (a password may hide in several places).
func redactDSN(dsn string) string {
	pc, err := pgx.ParseConfig(dsn)
	if err != nil {
		return "(unparsable dsn)"
	}
	return fmt.Sprintf("%s@%s:%d/%s", pc.User, pc.Host, pc.Port, pc.Database)
}
