package sink

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/tickerwire/tickerwire/internal/config"
)

func TestValidate(t *testing.T) {
	valid := func() Config {
		c := DefaultConfig()
		c.DataDir = "data"
		return c
	}
	for _, tc := range []struct {
		name    string
		edit    func(*Config)
		wantErr string
	}{
		{name: "defaults with a data dir", edit: func(*Config) {}},
		{name: "postgres instead of a data dir", edit: func(c *Config) {
			c.DataDir, c.Postgres = "", "postgres://postgres@127.0.0.1:5432/test"
		}},
		{name: "webhooks", edit: func(c *Config) { c.Webhooks = []string{"https://a.example/hook", "http://127.0.0.1:8080/x"} }},
		{name: "no database", edit: func(c *Config) { c.DataDir = "" }, wantErr: "data-dir"},
		{name: "bad dsn", edit: func(c *Config) { c.Postgres = "postgres://u:pw@host:notaport/db" }, wantErr: "postgres"},
		{name: "relative webhook", edit: func(c *Config) { c.Webhooks = []string{"/hook"} }, wantErr: "webhook /hook"},
		{name: "ftp webhook", edit: func(c *Config) { c.Webhooks = []string{"ftp://a.example/x"} }, wantErr: "http or https"},
		{name: "webhook twice", edit: func(c *Config) { c.Webhooks = []string{"https://a.example/x", "https://a.example/x"} }, wantErr: "given twice"},
		{name: "empty group", edit: func(c *Config) { c.Group = "" }, wantErr: "sink-group"},
		{name: "no attempts", edit: func(c *Config) { c.MaxAttempts = 0 }, wantErr: "sink-max-attempts"},
		{name: "no timeout", edit: func(c *Config) { c.WebhookTimeout = 0 }, wantErr: "webhook-timeout"},
		{name: "no concurrency", edit: func(c *Config) { c.WebhookConcurrency = 0 }, wantErr: "webhook-concurrency"},
		{name: "no backoff", edit: func(c *Config) { c.RetryMinBackoff = 0 }, wantErr: "delivery-min-backoff"},
		{name: "max below min backoff", edit: func(c *Config) { c.RetryMaxBackoff = time.Millisecond }, wantErr: "delivery-max-backoff"},
		{name: "no delivery attempts", edit: func(c *Config) { c.RetryMaxAttempts = 0 }, wantErr: "delivery-max-attempts"},
		{name: "no max age", edit: func(c *Config) { c.RetryMaxAge = 0 }, wantErr: "delivery-max-age"},
		{name: "no poll interval", edit: func(c *Config) { c.PollInterval = 0 }, wantErr: "delivery-poll-interval"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := valid()
			tc.edit(&c)
			err := c.Validate()
			if tc.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("Validate = %v, want an error about %q", err, tc.wantErr)
			}
			if strings.Contains(err.Error(), "pw@") {
				t.Errorf("error shows the password: %v", err)
			}
		})
	}
}

func TestRegisterFlags(t *testing.T) {
	fs := flag.NewFlagSet("sink", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	c := DefaultConfig()
	c.RegisterFlags(fs)
	args := []string{
		"--webhook", "https://a.example/1", "--webhook=https://b.example/2,https://c.example/3",
		"--webhook-secret", "k", "--jsonl", "/tmp/e.jsonl", "--delivery-max-attempts", "7",
	}
	env := map[string]string{
		"TICKERWIRE_POSTGRES":        "postgres://postgres@127.0.0.1:5432/test",
		"TICKERWIRE_WEBHOOK_TIMEOUT": "3s",
		"TICKERWIRE_WEBHOOK_SECRET":  "from-env",
	}
	if err := config.Parse(fs, args, func(k string) string { return env[k] }); err != nil {
		t.Fatal(err)
	}
	want := DefaultConfig()
	want.Postgres = "postgres://postgres@127.0.0.1:5432/test"
	want.Webhooks = []string{"https://a.example/1", "https://b.example/2", "https://c.example/3"}
	want.WebhookSecret = "k"
	want.JSONL = "/tmp/e.jsonl"
	want.RetryMaxAttempts = 7
	want.WebhookTimeout = 3 * time.Second
	if !reflect.DeepEqual(c, want) {
		t.Errorf("config:\n got %+v\nwant %+v", c, want)
	}
	if fs.Lookup("data-dir") != nil {
		t.Error("data-dir is the process's flag, not the sink's")
	}
}

func TestSecretsHidden(t *testing.T) {
	c := DefaultConfig()
	c.Postgres = "postgres://sink:dbpass@db.example:5432/tickerwire"
	c.Webhooks = []string{"https://user:urlpass@a.example/hook"}
	c.WebhookSecret = "hmackey"
	j, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, form := range []string{c.String(), fmt.Sprint(c), fmt.Sprintf("%+v", c.WebhookSecret), fmt.Sprintf("%#v", c.WebhookSecret), string(j)} {
		if strings.Contains(form, "hmackey") {
			t.Errorf("secret shown: %s", form)
		}
	}
	for _, secret := range []string{"dbpass", "urlpass"} {
		if strings.Contains(c.String(), secret) {
			t.Errorf("String shows %s: %s", secret, c)
		}
	}
	if !strings.Contains(c.String(), "sink@db.example:5432/tickerwire") {
		t.Errorf("String does not name the database: %s", c)
	}
}
