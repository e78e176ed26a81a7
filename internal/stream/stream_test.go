package stream_test

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/tickerwire/tickerwire/internal/stream"
	"github.com/tickerwire/tickerwire/internal/stream/streamtest"
	"github.com/tickerwire/tickerwire/pkg/events"
)

func rawMessage(i int) events.Message {
	return events.Message{Topic: events.TopicRaw, Key: []byte("k" + strconv.Itoa(i)), Value: []byte(strconv.Itoa(i)),
		Headers: []events.Header{{Key: events.HeaderRecordID, Value: []byte("id" + strconv.Itoa(i))}}}
}

// runConsumer runs Consume in the background and returns a function that
// cancels it and returns its error.
func runConsumer(t *testing.T, cfg stream.ConsumerConfig, h stream.Handler, p *stream.Producer) func() error {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- stream.Consume(ctx, cfg, h, p, zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel))) }()
	var once sync.Once
	var err error
	stop := func() error {
		once.Do(func() { cancel(); err = <-done })
		return err
	}
	t.Cleanup(func() { stop() })
	return stop
}

func TestConsumeProducesOutputsAndDeadLetters(t *testing.T) {
	cfg := streamtest.Cluster(t)
	log := zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel))
	p := stream.NewProducer(cfg, log)
	defer p.Close()
	ctx := context.Background()

	const n = 20
	var in []events.Message
	for i := range n {
		in = append(in, rawMessage(i))
	}
	if err := p.Produce(ctx, in...); err != nil {
		t.Fatalf("produce: %v", err)
	}

	var flaky atomic.Int32
	h := func(ctx context.Context, rec stream.Record) ([]events.Message, error) {
		i, _ := strconv.Atoi(string(rec.Value))
		switch {
		case i == 3:
			return nil, stream.Permanent(errors.New("cannot decode"))
		case i == 5:
			return nil, errors.New("always failing")
		case i == 7 && flaky.Add(1) < 3:
			return nil, errors.New("transient")
		}
		return []events.Message{{Topic: events.TopicEnriched, Key: rec.Key, Value: []byte("out-" + string(rec.Value))}}, nil
	}
	stop := runConsumer(t, stream.ConsumerConfig{
		Config: cfg, Group: streamtest.Group("enrich"), Topics: []string{events.TopicRaw},
		MaxAttempts: 4, RetryBackoff: time.Millisecond, Concurrency: 4,
	}, h, p)

	outs := streamtest.Read(t, cfg, events.TopicEnriched, n-2, 30*time.Second)
	dlq := streamtest.Read(t, cfg, events.TopicDLQ, 2, 30*time.Second)
	if err := stop(); err != nil {
		t.Fatalf("consume: %v", err)
	}

	got := map[string]bool{}
	for _, r := range outs {
		got[string(r.Value)] = true
	}
	for i := range n {
		want := i != 3 && i != 5
		if got[fmt.Sprintf("out-%d", i)] != want {
			t.Errorf("output for record %d present = %v, want %v", i, !want, want)
		}
	}
	if len(outs) != n-2 {
		t.Errorf("got %d outputs, want %d (each exactly once)", len(outs), n-2)
	}
	if flaky.Load() != 3 {
		t.Errorf("flaky record tried %d times, want 3", flaky.Load())
	}

	byValue := map[string]stream.Record{}
	for _, r := range dlq {
		byValue[string(r.Value)] = r
	}
	for _, tc := range []struct {
		value, err, attempts string
	}{
		{"3", "cannot decode", "1"},
		{"5", "always failing", "4"},
	} {
		r, ok := byValue[tc.value]
		if !ok {
			t.Errorf("record %s not dead-lettered", tc.value)
			continue
		}
		if got := r.Header(events.HeaderDLQError); got != tc.err {
			t.Errorf("record %s: dlq error %q, want %q", tc.value, got, tc.err)
		}
		if got := r.Header(events.HeaderDLQAttempts); got != tc.attempts {
			t.Errorf("record %s: attempts %s, want %s", tc.value, got, tc.attempts)
		}
		if got := r.Header(events.HeaderDLQTopic); got != events.TopicRaw {
			t.Errorf("record %s: dlq topic %q", tc.value, got)
		}
		if got := r.Header(events.HeaderRecordID); got != "id"+tc.value {
			t.Errorf("record %s: original headers not kept, record id %q", tc.value, got)
		}
	}
}

// TestConsumeCommitsOnlyWhatWasProduced stops a consumer while a handler
// is still working: the record in hand is finished, produced and
// committed, so a second member of the group sees only the rest.
func TestConsumeDrainsOnCancel(t *testing.T) {
	cfg := streamtest.Cluster(t)
	log := zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel))
	p := stream.NewProducer(cfg, log)
	defer p.Close()
	ctx := context.Background()
	if err := p.Produce(ctx, rawMessage(1)); err != nil {
		t.Fatal(err)
	}
	group := streamtest.Group("drain")
	entered := make(chan struct{})
	release := make(chan struct{})
	var handled atomic.Int32
	slow := func(ctx context.Context, rec stream.Record) ([]events.Message, error) {
		handled.Add(1)
		close(entered)
		<-release
		return []events.Message{{Topic: events.TopicEnriched, Key: rec.Key, Value: rec.Value}}, nil
	}
	ccfg := stream.ConsumerConfig{Config: cfg, Group: group, Topics: []string{events.TopicRaw}}
	stop := runConsumer(t, ccfg, slow, p)
	<-entered
	stopped := make(chan error, 1)
	go func() { stopped <- stop() }()
	close(release)
	if err := <-stopped; err != nil {
		t.Fatalf("consume: %v", err)
	}
	if outs := streamtest.Read(t, cfg, events.TopicEnriched, 1, 20*time.Second); len(outs) != 1 {
		t.Fatalf("drained record produced %d outputs, want 1", len(outs))
	}

	// A later member of the same group must start after the committed
	// record: it sees only the new one.
	if err := p.Produce(ctx, rawMessage(2)); err != nil {
		t.Fatal(err)
	}
	seen := make(chan string, 10)
	stop2 := runConsumer(t, ccfg, func(ctx context.Context, rec stream.Record) ([]events.Message, error) {
		seen <- string(rec.Value)
		return nil, nil
	}, p)
	select {
	case v := <-seen:
		if v != "2" {
			t.Fatalf("second member got record %s first, want 2 (record 1 was committed)", v)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("second member got nothing")
	}
	if err := stop2(); err != nil {
		t.Fatal(err)
	}
	if handled.Load() != 1 {
		t.Fatalf("first record handled %d times", handled.Load())
	}
}

func TestProduceRejectsMessageWithoutTopic(t *testing.T) {
	p := stream.NewProducer(stream.Config{Brokers: []string{"127.0.0.1:1"}}, zap.NewNop())
	defer p.Close()
	if err := p.Produce(context.Background(), events.Message{Value: []byte("x")}); err == nil {
		t.Fatal("want an error for a message without topic")
	}
}

func TestConfigValidate(t *testing.T) {
	for _, tc := range []struct {
		name    string
		brokers []string
		ok      bool
	}{
		{"ok", []string{"localhost:9092", "10.0.0.1:9092"}, true},
		{"none", nil, false},
		{"no port", []string{"localhost"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := stream.Config{Brokers: tc.brokers}.Validate()
			if (err == nil) != tc.ok {
				t.Fatalf("Validate() = %v, want ok=%v", err, tc.ok)
			}
		})
	}
}

// TestBatchHandler: records the batch handler settles are not handled
// again; the others go through the handler, and a permanent failure
// there is dead-lettered.
func TestBatchHandler(t *testing.T) {
	cfg := streamtest.Cluster(t)
	log := zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel))
	p := stream.NewProducer(cfg, log)
	defer p.Close()
	const n = 30
	var in []events.Message
	for i := range n {
		in = append(in, rawMessage(i))
	}
	if err := p.Produce(context.Background(), in...); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	settled := map[string]int{}
	var single []string
	batch := func(ctx context.Context, recs []stream.Record) []error {
		errs := make([]error, len(recs))
		mu.Lock()
		defer mu.Unlock()
		for i, r := range recs {
			if v, _ := strconv.Atoi(string(r.Value)); v%3 == 0 {
				errs[i] = errors.New("not in the batch")
				continue
			}
			settled[string(r.Value)]++
		}
		return errs
	}
	handler := func(ctx context.Context, rec stream.Record) ([]events.Message, error) {
		mu.Lock()
		single = append(single, string(rec.Value))
		mu.Unlock()
		if string(rec.Value) == "0" {
			return nil, stream.Permanent(errors.New("poison"))
		}
		return nil, nil
	}
	stop := runConsumer(t, stream.ConsumerConfig{
		Config: cfg, Group: streamtest.Group("batch"), Topics: []string{events.TopicRaw}, BatchHandler: batch,
	}, handler, p)
	dlq := streamtest.Read(t, cfg, events.TopicDLQ, 1, 30*time.Second)
	waitFor := time.Now().Add(30 * time.Second)
	for {
		mu.Lock()
		done := len(settled)+len(single) >= n
		mu.Unlock()
		if done || time.Now().After(waitFor) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(settled) != n-n/3 || len(single) != n/3 {
		t.Errorf("%d settled by the batch handler, %d by the handler; want %d and %d", len(settled), len(single), n-n/3, n/3)
	}
	for v, c := range settled {
		if c != 1 {
			t.Errorf("record %s settled %d times", v, c)
		}
	}
	for _, v := range single {
		if i, _ := strconv.Atoi(v); i%3 != 0 {
			t.Errorf("record %s was settled in the batch but handled again", v)
		}
	}
	if len(dlq) != 1 || string(dlq[0].Value) != "0" {
		t.Errorf("dlq %v, want record 0", dlq)
	}
}
