package config_test

import (
	"flag"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/tickerwire/tickerwire/internal/config"
)

func TestParse(t *testing.T) {
	type result struct {
		dataDir string
		workers int
		brokers []string
	}
	for _, tc := range []struct {
		name    string
		args    []string
		env     map[string]string
		want    result
		wantErr string
	}{
		{name: "defaults", want: result{dataDir: "data", workers: 2}},
		{name: "flags", args: []string{"--data-dir", "/x", "--workers=4", "--brokers", "a:1", "--brokers", "b:2,c:3"},
			want: result{dataDir: "/x", workers: 4, brokers: []string{"a:1", "b:2", "c:3"}}},
		{name: "env fills unset flags", env: map[string]string{"TICKERWIRE_DATA_DIR": "/env", "TICKERWIRE_BROKERS": "a:1, b:2"},
			want: result{dataDir: "/env", workers: 2, brokers: []string{"a:1", "b:2"}}},
		{name: "flag wins over env", args: []string{"--data-dir", "/flag"}, env: map[string]string{"TICKERWIRE_DATA_DIR": "/env"},
			want: result{dataDir: "/flag", workers: 2}},
		{name: "bad env value names the variable", env: map[string]string{"TICKERWIRE_WORKERS": "many"}, wantErr: "TICKERWIRE_WORKERS"},
		{name: "stray argument", args: []string{"oops"}, wantErr: `unexpected argument "oops"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := flag.NewFlagSet("test", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			var r result
			fs.StringVar(&r.dataDir, "data-dir", "data", "")
			fs.IntVar(&r.workers, "workers", 2, "")
			var brokers config.List
			fs.Var(&brokers, "brokers", "")
			err := config.Parse(fs, tc.args, func(k string) string { return tc.env[k] })
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want it to mention %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			r.brokers = brokers
			if r.dataDir != tc.want.dataDir || r.workers != tc.want.workers || !slices.Equal(r.brokers, tc.want.brokers) {
				t.Fatalf("got %+v, want %+v", r, tc.want)
			}
		})
	}
}

func TestEnvName(t *testing.T) {
	if got := config.EnvName("data-dir"); got != "TICKERWIRE_DATA_DIR" {
		t.Fatal(got)
	}
}
