package ingest

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestConfigValidate(t *testing.T) {
	dir := t.TempDir()
	feeds := filepath.Join(dir, "feeds.yaml")
	if err := os.WriteFile(feeds, []byte("feeds:\n  - name: a\n    url: https://a.example/rss\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("feeds:\n  - name: a\n    url: https://a.example/rss\n    interval: often\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	valid := DefaultConfig()
	valid.Feeds, valid.DataDir = feeds, dir
	if err := valid.Validate(); err != nil {
		t.Fatalf("defaults with feeds and data dir: %v", err)
	}
	tests := []struct {
		name   string
		change func(c *Config)
		want   []string
	}{
		{"no feeds", func(c *Config) { c.Feeds = "" }, []string{"feeds: required"}},
		{"missing feeds file", func(c *Config) { c.Feeds = filepath.Join(dir, "none.yaml") }, []string{"feeds:", "none.yaml"}},
		{"bad feeds file", func(c *Config) { c.Feeds = bad }, []string{"feeds:", "bad.yaml", `feed "a": interval`}},
		{"no data dir", func(c *Config) { c.DataDir = "" }, []string{"data-dir"}},
		{"no user agent", func(c *Config) { c.UserAgent = "" }, []string{"user-agent"}},
		{"zero timeout", func(c *Config) { c.FetchTimeout = 0 }, []string{"fetch-timeout"}},
		{"tiny body cap", func(c *Config) { c.MaxBodyBytes = 10 }, []string{"max-body-bytes"}},
		{"zero concurrency", func(c *Config) { c.HostConcurrency = 0 }, []string{"host-concurrency"}},
		{"negative delay", func(c *Config) { c.HostDelay = -time.Second }, []string{"host-delay"}},
		{"zero backoff", func(c *Config) { c.MinBackoff = 0 }, []string{"poll-min-backoff"}},
		{"max below min", func(c *Config) { c.MaxBackoff = time.Second }, []string{"poll-max-backoff", "poll-min-backoff"}},
		{"short retention", func(c *Config) { c.SeenRetention = time.Minute }, []string{"seen-retention"}},
		{"two problems", func(c *Config) { c.UserAgent, c.HostConcurrency = "", 0 }, []string{"user-agent", "host-concurrency"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := valid
			tt.change(&c)
			err := c.Validate()
			if err == nil {
				t.Fatal("Validate = nil, want an error")
			}
			for _, s := range tt.want {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not contain %q", err, s)
				}
			}
		})
	}
}

func TestConfigFlags(t *testing.T) {
	c := DefaultConfig()
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	c.RegisterFlags(fs)
	if fs.Lookup("data-dir") != nil {
		t.Error("RegisterFlags registers data-dir, which the process owns")
	}
	err := fs.Parse([]string{
		"--feeds", "f.yaml", "--user-agent", "ua", "--fetch-timeout", "5s", "--max-body-bytes", "2048",
		"--host-concurrency", "3", "--host-delay", "250ms", "--full-text=false",
		"--poll-min-backoff", "2s", "--poll-max-backoff", "1m", "--seen-retention", "48h",
	})
	if err != nil {
		t.Fatal(err)
	}
	want := Config{
		Feeds: "f.yaml", UserAgent: "ua", FetchTimeout: 5 * time.Second, MaxBodyBytes: 2048,
		HostConcurrency: 3, HostDelay: 250 * time.Millisecond, FullText: false,
		MinBackoff: 2 * time.Second, MaxBackoff: time.Minute, SeenRetention: 48 * time.Hour,
	}
	if c != want {
		t.Fatalf("flags gave %+v, want %+v", c, want)
	}
	if d := DefaultConfig(); !strings.HasPrefix(d.UserAgent, "tickerwire/") || !d.FullText || d.HostConcurrency != 1 {
		t.Errorf("defaults %+v", d)
	}
}
