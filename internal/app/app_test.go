package app_test

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/tickerwire/tickerwire/internal/app"
	"github.com/tickerwire/tickerwire/internal/config"
)

var runSpec = app.Spec{Name: "tickerwire run", Stages: []app.Stage{app.Ingest, app.Enrich, app.Sink}, Embedded: true}

func TestInvalidConfigurationExits2WithOneMessage(t *testing.T) {
	dir := t.TempDir()
	feeds := filepath.Join(dir, "feeds.yml")
	if err := os.WriteFile(feeds, []byte("feeds:\n  - name: a\n    url: http://127.0.0.1:1/rss\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		spec app.Spec
		args []string
		env  map[string]string
		want string
	}{
		{"unknown flag", runSpec, []string{"--feeds", feeds, "--bogus"}, nil, "-bogus"},
		{"bad number", runSpec, []string{"--feeds", feeds, "--partitions", "0"}, nil, "partitions"},
		{"bad env value", runSpec, []string{"--feeds", feeds}, map[string]string{"TICKERWIRE_REPLICATION_FACTOR": "three"}, "TICKERWIRE_REPLICATION_FACTOR"},
		{"missing feeds file", runSpec, []string{"--feeds", filepath.Join(dir, "none.yml"), "--data-dir", dir}, nil, "feeds"},
		{"bad broker address", runSpec, []string{"--feeds", feeds, "--brokers", "kafka"}, nil, "brokers"},
		{"bad log format", runSpec, []string{"--feeds", feeds, "--data-dir", dir, "--log-format", "xml"}, nil, "log-format"},
		{"bad webhook", runSpec, []string{"--feeds", feeds, "--data-dir", dir, "--webhook", "ftp://x"}, nil, "webhook"},
		{"worker without brokers", app.Spec{Name: "enrich", Stages: []app.Stage{app.Enrich}}, nil, nil, "brokers: required"},
		{"stray argument", runSpec, []string{"--feeds", feeds, "extra"}, nil, "extra"},
		{"sasl on the embedded broker", runSpec, []string{"--feeds", feeds, "--kafka-sasl-mechanism", "plain", "--kafka-sasl-username", "u"}, nil, "embedded broker"},
		{"sasl without user", app.Spec{Name: "sink", Stages: []app.Stage{app.Sink}}, []string{"--brokers", "k:9092", "--kafka-sasl-mechanism", "scram-sha-512"}, nil, "kafka-sasl-username"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stderr bytes.Buffer
			code := app.Main(context.Background(), tc.spec, tc.args, func(k string) string { return tc.env[k] }, &stderr)
			if code != app.ExitUsage {
				t.Fatalf("exit %d, want %d; stderr: %s", code, app.ExitUsage, stderr.String())
			}
			msg := strings.TrimSpace(stderr.String())
			if strings.Count(msg, "\n") != 0 || !strings.Contains(msg, tc.want) || !strings.HasPrefix(msg, tc.spec.Name+": ") {
				t.Errorf("stderr %q: want one line, starting with %q, naming %q", msg, tc.spec.Name, tc.want)
			}
		})
	}
}

func TestHelpExits0(t *testing.T) {
	var stderr bytes.Buffer
	if code := app.Main(context.Background(), runSpec, []string{"-h"}, func(string) string { return "" }, &stderr); code != app.ExitOK {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(stderr.String(), "-webhook") || !strings.Contains(stderr.String(), "TICKERWIRE_DATA_DIR") {
		t.Errorf("usage does not list the flags and the environment rule:\n%s", stderr.String())
	}
}

// TestComposeFile checks docker-compose.yml against the binaries: the
// file parses, and each worker's command line and TICKERWIRE_* variables
// are flags that its binary really accepts, with values it can parse.
func TestComposeFile(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "docker-compose.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var compose struct {
		Services map[string]struct {
			Build       any               `yaml:"build"`
			Image       string            `yaml:"image"`
			Command     []string          `yaml:"command"`
			Environment map[string]string `yaml:"environment"`
		} `yaml:"services"`
	}
	if err := yaml.Unmarshal(raw, &compose); err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}
	stages := map[string]app.Stage{"ingest": app.Ingest, "enrich": app.Enrich, "sink": app.Sink}
	for _, want := range []string{"kafka", "postgres", "ingest", "enrich", "sink"} {
		if _, ok := compose.Services[want]; !ok {
			t.Errorf("service %s missing", want)
		}
	}
	for name, svc := range compose.Services {
		if svc.Build == nil {
			continue
		}
		t.Run(name, func(t *testing.T) {
			if len(svc.Command) == 0 {
				t.Fatal("no command")
			}
			stage, ok := stages[svc.Command[0]]
			if !ok {
				t.Fatalf("command %q is not a worker binary", svc.Command[0])
			}
			fs := app.Flags(app.Spec{Name: svc.Command[0], Stages: []app.Stage{stage}})
			for key := range svc.Environment {
				if !strings.HasPrefix(key, config.EnvPrefix) {
					continue
				}
				found := false
				fs.VisitAll(func(f *flag.Flag) { found = found || config.EnvName(f.Name) == key })
				if !found {
					t.Errorf("%s is not a flag of %s", key, svc.Command[0])
				}
			}
			if err := config.Parse(fs, svc.Command[1:], func(k string) string { return svc.Environment[k] }); err != nil {
				t.Errorf("%s does not accept its compose configuration: %v", svc.Command[0], err)
			}
			if len(svc.Environment) == 0 || svc.Environment["TICKERWIRE_BROKERS"] == "" {
				t.Errorf("worker is not pointed at Kafka (TICKERWIRE_BROKERS)")
			}
		})
	}
}
