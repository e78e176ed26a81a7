package feed

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestParseSources(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want []Source
		// errs are substrings the error must contain, all of them.
		errs []string
	}{
		{
			name: "valid",
			yaml: `
feeds:
  - name: golem
    url: https://rss.golem.de/rss.php?feed=RSS2.0
    interval: 10m
  - name: heise
    url: http://heise.example/rss
`,
			want: []Source{
				{Name: "golem", URL: "https://rss.golem.de/rss.php?feed=RSS2.0", Interval: 10 * time.Minute},
				{Name: "heise", URL: "http://heise.example/rss", Interval: DefaultInterval},
			},
		},
		{
			name: "unknown key in entry",
			yaml: "feeds:\n  - name: golem\n    url: https://a.example/rss\n    intervall: 5m\n",
			errs: []string{"feeds.yaml", "line 4", `feed "golem"`, `unknown field "intervall"`},
		},
		{
			name: "unknown key before the name",
			yaml: "feeds:\n  - urls: https://a.example/rss\n    name: golem\n    url: https://a.example/rss\n",
			errs: []string{`feed "golem"`, `unknown field "urls"`},
		},
		{
			name: "unknown top-level key",
			yaml: "feeds:\n  - name: a\n    url: https://a.example/\nfeed:\n  - name: b\n",
			errs: []string{"feeds.yaml", "line 4", `unknown key "feed"`},
		},
		{
			name: "relative url",
			yaml: "feeds:\n  - name: local\n    url: /rss.xml\n",
			errs: []string{"feeds.yaml", `feed "local"`, "url:", "not an absolute http(s) URL"},
		},
		{
			name: "ftp url",
			yaml: "feeds:\n  - name: old\n    url: ftp://files.example/rss.xml\n",
			errs: []string{`feed "old"`, "url:"},
		},
		{
			name: "missing url",
			yaml: "feeds:\n  - name: nourl\n    interval: 1m\n",
			errs: []string{`feed "nourl"`, "url: missing"},
		},
		{
			name: "bad interval",
			yaml: "feeds:\n  - name: a\n    url: https://a.example/\n    interval: 5 minutes\n",
			errs: []string{`feed "a"`, "interval:", `"5 minutes"`},
		},
		{
			name: "interval too short",
			yaml: "feeds:\n  - name: a\n    url: https://a.example/\n    interval: 500ms\n",
			errs: []string{`feed "a"`, "interval:", "shorter than 1s"},
		},
		{
			name: "interval not a scalar",
			yaml: "feeds:\n  - name: a\n    url: https://a.example/\n    interval: [5m]\n",
			errs: []string{`feed "a"`, "interval: want a string"},
		},
		{
			name: "duplicate name",
			yaml: "feeds:\n  - name: a\n    url: https://a.example/1\n  - name: a\n    url: https://a.example/2\n",
			errs: []string{"line 4", `feed "a"`, "duplicate", "line 2"},
		},
		{
			name: "missing name",
			yaml: "feeds:\n  - url: https://a.example/1\n",
			errs: []string{"feed #1", "name: missing"},
		},
		{
			name: "empty list",
			yaml: "feeds: []\n",
			errs: []string{"feeds.yaml", "no feeds"},
		},
		{
			name: "null list",
			yaml: "feeds:\n",
			errs: []string{"no feeds"},
		},
		{
			name: "empty file",
			yaml: "",
			errs: []string{"feeds.yaml", "no feeds"},
		},
		{
			name: "not a mapping",
			yaml: "- name: a\n",
			errs: []string{"feeds.yaml", "want a mapping"},
		},
		{
			name: "entry not a mapping",
			yaml: "feeds:\n  - https://a.example/\n",
			errs: []string{"feed #1", "want a mapping"},
		},
		{
			name: "yaml syntax error",
			yaml: "feeds:\n  - name: a\n   url: x\n",
			errs: []string{"feeds.yaml", "line "},
		},
		{
			name: "duplicate key in entry",
			yaml: "feeds:\n  - name: a\n    name: b\n    url: https://a.example/\n",
			errs: []string{"feeds.yaml", "line 3", "name: given twice"},
		},
		{
			name: "all problems reported",
			yaml: "feeds:\n  - name: a\n    url: nope\n  - name: b\n    url: https://b.example/\n    interval: soon\n",
			errs: []string{`feed "a": url`, `feed "b": interval`},
		},
		{
			name: "two documents",
			yaml: "feeds:\n  - name: a\n    url: https://a.example/\n---\nfeeds: []\n",
			errs: []string{"more than one YAML document"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseSources(strings.NewReader(tt.yaml), "feeds.yaml")
			if len(tt.errs) == 0 {
				if err != nil {
					t.Fatalf("ParseSources: %v", err)
				}
				if !reflect.DeepEqual(got, tt.want) {
					t.Fatalf("ParseSources = %+v, want %+v", got, tt.want)
				}
				return
			}
			if err == nil {
				t.Fatalf("ParseSources = %+v, want an error", got)
			}
			for _, s := range tt.errs {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not contain %q", err, s)
				}
			}
		})
	}
}

func TestLoadSources(t *testing.T) {
	t.Run("file", func(t *testing.T) {
		got, err := LoadSources(filepath.Join("testdata", "feeds.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 3 || got[0].Name != "beispiel-finanzen" || got[2].Interval != 90*time.Second {
			t.Fatalf("LoadSources = %+v", got)
		}
	})
	t.Run("error names the file", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "bad.yaml")
		if err := os.WriteFile(path, []byte("feeds:\n  - name: x\n    url: mailto:a@b\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := LoadSources(path)
		if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), `feed "x": url`) {
			t.Fatalf("LoadSources error = %v", err)
		}
	})
	t.Run("missing file", func(t *testing.T) {
		_, err := LoadSources(filepath.Join(t.TempDir(), "none.yaml"))
		if !errors.Is(err, fs.ErrNotExist) {
			t.Fatalf("LoadSources error = %v, want not-exist", err)
		}
	})
}
