package obs_test

import (
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"

	"go.uber.org/zap"

	"github.com/tickerwire/tickerwire/internal/obs"
)

func TestServe(t *testing.T) {
	// Take a free port, then hand it to Serve.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var ready obs.Readiness
	reg := obs.NewRegistry()
	stop, err := obs.Serve(ctx, addr, reg, &ready, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	defer stop()

	get := func(path string) (int, string) {
		t.Helper()
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, _ := get("/healthz"); code != 200 {
		t.Errorf("/healthz = %d", code)
	}
	if code, _ := get("/readyz"); code != http.StatusServiceUnavailable {
		t.Errorf("/readyz before ready = %d, want 503", code)
	}
	ready.Set(true)
	if code, _ := get("/readyz"); code != 200 {
		t.Errorf("/readyz when ready = %d", code)
	}
	if code, body := get("/metrics"); code != 200 || !strings.Contains(body, "go_goroutines") {
		t.Errorf("/metrics = %d, go collector missing", code)
	}
	if _, err := obs.Serve(ctx, addr, reg, &ready, zap.NewNop()); err == nil {
		t.Error("a second server on a taken port must fail at start")
	}
}

func TestNewLogger(t *testing.T) {
	for _, tc := range []struct {
		format, level string
		ok            bool
	}{
		{"json", "info", true},
		{"console", "debug", true},
		{"xml", "info", false},
		{"json", "loud", false},
	} {
		_, err := obs.NewLogger(tc.format, tc.level)
		if (err == nil) != tc.ok {
			t.Errorf("NewLogger(%q, %q) err = %v, want ok=%v", tc.format, tc.level, err, tc.ok)
		}
	}
}
