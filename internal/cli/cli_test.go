package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/zap"

	"github.com/tickerwire/tickerwire/internal/app"
	"github.com/tickerwire/tickerwire/internal/broker"
	"github.com/tickerwire/tickerwire/internal/stream"
	"github.com/tickerwire/tickerwire/pkg/events"
	"github.com/tickerwire/tickerwire/pkg/nlp"
)

func noEnv(string) string { return "" }

func TestExtract(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"d1","lang":"de","title":"Siemens","text":"Der Umsatz stieg um 4 Prozent auf 19,4 Milliarden Euro."}`,
		``,
		`not json`,
		`{"id":"d2","title":"Results","text":"Revenue rose 5 percent to $2.1 billion."}`,
	}, "\n")
	var out, errOut bytes.Buffer
	code := Main(context.Background(), []string{"extract"}, noEnv, strings.NewReader(in), &out, &errOut)
	if code != app.ExitError {
		t.Errorf("exit %d, want %d: a skipped line must fail the run", code, app.ExitError)
	}
	if !strings.Contains(errOut.String(), "line 3") {
		t.Errorf("stderr %q does not name line 3", errOut.String())
	}
	var ids []string
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		var r nlp.Result
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("output line %q: %v", sc.Text(), err)
		}
		if r.Entities == nil || r.Figures == nil || r.Tags == nil {
			t.Errorf("record %s: lists must be [] rather than null: %s", r.ID, sc.Text())
		}
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, ",") != "d1,d2" {
		t.Errorf("output ids %v, want one record per document in input order", ids)
	}
}

func TestUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
	}{
		{nil, app.ExitUsage},
		{[]string{"nope"}, app.ExitUsage},
		{[]string{"help"}, app.ExitOK},
		{[]string{"extract", "file.jsonl"}, app.ExitUsage},
		{[]string{"tail"}, app.ExitUsage},
		{[]string{"tail", "no.such.topic"}, app.ExitUsage},
		{[]string{"tail", "news.raw", "--bogus"}, app.ExitUsage},
	} {
		var out, errOut bytes.Buffer
		if code := Main(context.Background(), tc.args, noEnv, strings.NewReader(""), &out, &errOut); code != tc.code {
			t.Errorf("%v: exit %d, want %d (%s)", tc.args, code, tc.code, errOut.String())
		}
	}
}

// lockedBuffer is an io.Writer safe for the tail goroutines and the test.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) lines() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.FieldsFunc(l.b.String(), func(r rune) bool { return r == '\n' })
}

// TestTail follows news.dlq on the embedded broker of a data directory:
// first while another component runs that broker, then after it stopped,
// when tail opens the directory itself.
func TestTail(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	b, err := broker.Start(ctx, dir, broker.Options{}, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	sc := stream.Config{Brokers: b.Addrs()}
	if err := stream.EnsureTopics(ctx, sc, stream.TopicSpec{Partitions: 2}, zap.NewNop()); err != nil {
		t.Fatal(err)
	}
	p := stream.NewProducer(sc, zap.NewNop())
	msgs := []events.Message{
		{Topic: events.TopicDLQ, Key: []byte("a"), Value: []byte(`{"x":1}`), Headers: []events.Header{{Key: events.HeaderDLQError, Value: []byte("boom")}}},
		{Topic: events.TopicDLQ, Key: []byte("b"), Value: []byte("not json")},
	}
	if err := p.Produce(ctx, msgs...); err != nil {
		t.Fatal(err)
	}
	p.Close()

	tailFor := func(args ...string) []string {
		t.Helper()
		tctx, cancel := context.WithCancel(ctx)
		var out lockedBuffer
		var errOut bytes.Buffer
		done := make(chan int, 1)
		go func() {
			done <- Main(tctx, append([]string{"tail", events.TopicDLQ}, args...), noEnv, nil, &out, &errOut)
		}()
		deadline := time.Now().Add(20 * time.Second)
		for len(out.lines()) < len(msgs) && time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond)
		}
		cancel()
		if code := <-done; code != app.ExitOK {
			t.Fatalf("tail exit %d: %s", code, errOut.String())
		}
		return out.lines()
	}

	lines := tailFor("--data-dir", dir, "--from-beginning", "--json")
	if len(lines) != 2 {
		t.Fatalf("tail printed %d records, want 2: %v", len(lines), lines)
	}
	byKey := map[string]tailRecord{}
	for _, l := range lines {
		var r tailRecord
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("--json line %q: %v", l, err)
		}
		byKey[r.Key] = r
	}
	if string(byKey["a"].Value) != `{"x":1}` || byKey["a"].Headers[events.HeaderDLQError] != "boom" {
		t.Errorf("record a: %+v", byKey["a"])
	}
	if string(byKey["b"].Value) != `"not json"` {
		t.Errorf("a value that is not JSON must be printed as a string, got %s", byKey["b"].Value)
	}

	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	if lines := tailFor("--data-dir", dir, "--from-beginning"); len(lines) != 2 || lines[0] != `{"x":1}` || lines[1] != "not json" {
		t.Errorf("tail on a stopped broker's directory printed %v, want both records", lines)
	}
}

func TestReplayStart(t *testing.T) {
	now := time.Date(2024, 8, 2, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		since string
		begin bool
		want  time.Time
		err   bool
	}{
		{since: "24h", want: now.Add(-24 * time.Hour)},
		{since: "2024-08-01T00:00:00Z", want: time.Date(2024, 8, 1, 0, 0, 0, 0, time.UTC)},
		{begin: true, want: time.Time{}},
		{err: true},
		{since: "24h", begin: true, err: true},
		{since: "-1h", err: true},
		{since: "yesterday", err: true},
	} {
		got, err := replayStart(tc.since, tc.begin, now)
		if (err != nil) != tc.err || !got.Equal(tc.want) {
			t.Errorf("replayStart(%q, %v) = %v, %v; want %v, error %v", tc.since, tc.begin, got, err, tc.want, tc.err)
		}
	}
}

// TestReplayCommand replays a data directory's news.raw with the
// embedded broker started by the command itself.
func TestReplayCommand(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	b, err := broker.Start(ctx, dir, broker.Options{}, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	sc := stream.Config{Brokers: b.Addrs()}
	if err := stream.EnsureTopics(ctx, sc, stream.TopicSpec{Partitions: 1}, zap.NewNop()); err != nil {
		t.Fatal(err)
	}
	p := stream.NewProducer(sc, zap.NewNop())
	m, err := events.Encode(events.RawArticle{ID: events.ArticleID("https://news.example/x", "", ""), URL: "https://news.example/x",
		Source: "t", FeedURL: "https://news.example/rss", Title: "t", Text: "Der Umsatz stieg um 3 Prozent.", TextFrom: "feed", FetchedAt: time.Now().UTC()})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Produce(ctx, m); err != nil {
		t.Fatal(err)
	}
	p.Close()
	b.Close()

	var out, errOut bytes.Buffer
	if code := Main(ctx, []string{"replay", "--from-beginning", "--data-dir", dir}, noEnv, nil, &out, &errOut); code != app.ExitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if !strings.HasPrefix(out.String(), "replayed 1 articles") {
		t.Errorf("output %q", out.String())
	}
	if code := Main(ctx, []string{"replay", "--data-dir", dir}, noEnv, nil, &out, &errOut); code != app.ExitUsage {
		t.Errorf("replay without a start: exit %d, want %d", code, app.ExitUsage)
	}
}
