package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"sync"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/tickerwire/tickerwire/internal/app"
	"github.com/tickerwire/tickerwire/internal/config"
	"github.com/tickerwire/tickerwire/internal/stream"
)

// tailRecord is one record as `tail --json` prints it. Value is the
// record's JSON when it is JSON, else a string.
type tailRecord struct {
	Topic     string            `json:"topic"`
	Partition int               `json:"partition"`
	Offset    int64             `json:"offset"`
	Time      time.Time         `json:"time"`
	Key       string            `json:"key"`
	Headers   map[string]string `json:"headers,omitempty"`
	Value     json.RawMessage   `json:"value"`
}

// tail follows a topic on the configured cluster, or on the embedded
// broker of --data-dir: the one a running `tickerwire run` serves, or one
// started here when none runs. It reads every partition without a
// consumer group, so it never moves anyone's offsets.
func tail(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("tickerwire tail", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: tickerwire tail TOPIC [--json] [--from-beginning] [--brokers ADDRS | --data-dir DIR]")
		fs.PrintDefaults()
	}
	var cl cluster
	cl.register(fs)
	asJSON := fs.Bool("json", false, "print each record as a JSON object with its topic, partition, offset, key and headers")
	fromBeginning := fs.Bool("from-beginning", false, "start at the oldest record instead of new ones")
	// The topic comes first, flags after it.
	if len(args) == 0 || len(args[0]) == 0 || args[0][0] == '-' {
		if slices.Contains(args, "-h") || slices.Contains(args, "--help") {
			fs.Usage()
			return app.ExitOK
		}
		fmt.Fprintln(stderr, "tickerwire tail: missing TOPIC")
		fs.Usage()
		return app.ExitUsage
	}
	topic := args[0]
	if err := config.Parse(fs, args[1:], getenv); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return app.ExitOK
		}
		fmt.Fprintf(stderr, "tickerwire tail: %v\n", err)
		return app.ExitUsage
	}
	if !slices.Contains(stream.Topics(), topic) {
		fmt.Fprintf(stderr, "tickerwire tail: unknown topic %q, want one of %v\n", topic, stream.Topics())
		return app.ExitUsage
	}
	sc, err := cl.config()
	if err != nil {
		fmt.Fprintf(stderr, "tickerwire tail: %v\n", err)
		return app.ExitUsage
	}
	sc, stop, err := cl.connect(ctx, sc)
	if err != nil {
		fmt.Fprintf(stderr, "tickerwire tail: %v\n", err)
		return app.ExitError
	}
	defer stop()
	if err := follow(ctx, sc, topic, *fromBeginning, *asJSON, stdout); err != nil {
		fmt.Fprintf(stderr, "tickerwire tail: %v\n", err)
		return app.ExitError
	}
	return app.ExitOK
}

// follow prints the records of topic (unprefixed) until ctx ends, one per
// line.
func follow(ctx context.Context, sc stream.Config, topic string, fromBeginning, asJSON bool, out io.Writer) error {
	topic = sc.TopicPrefix + topic
	client := &kafka.Client{Addr: kafka.TCP(sc.Brokers...), Timeout: 10 * time.Second, Transport: sc.Transport()}
	meta, err := client.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{topic}})
	if err != nil {
		return fmt.Errorf("metadata: %w", err)
	}
	if len(meta.Topics) != 1 || meta.Topics[0].Error != nil {
		if len(meta.Topics) == 1 {
			err = meta.Topics[0].Error
		}
		return fmt.Errorf("topic %s: %v", topic, err)
	}
	start := kafka.LastOffset
	if fromBeginning {
		start = kafka.FirstOffset
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	errs := make([]error, len(meta.Topics[0].Partitions))
	for i, p := range meta.Topics[0].Partitions {
		wg.Go(func() {
			r := kafka.NewReader(kafka.ReaderConfig{
				Brokers: sc.Brokers, Dialer: sc.Dialer(), Topic: topic, Partition: p.ID, StartOffset: start, MaxWait: 250 * time.Millisecond,
			})
			defer r.Close()
			for {
				m, err := r.ReadMessage(ctx)
				if err != nil {
					if ctx.Err() == nil {
						errs[i] = fmt.Errorf("partition %d: %w", p.ID, err)
					}
					return
				}
				line := m.Value
				if asJSON {
					line, err = json.Marshal(toTailRecord(m))
					if err != nil {
						errs[i] = err
						return
					}
				}
				mu.Lock()
				_, err = fmt.Fprintf(out, "%s\n", line)
				mu.Unlock()
				if err != nil {
					errs[i] = err
					return
				}
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

func toTailRecord(m kafka.Message) tailRecord {
	r := tailRecord{Topic: m.Topic, Partition: m.Partition, Offset: m.Offset, Time: m.Time, Key: string(m.Key)}
	if len(m.Headers) > 0 {
		r.Headers = make(map[string]string, len(m.Headers))
		for _, h := range m.Headers {
			r.Headers[h.Key] = string(h.Value)
		}
	}
	if json.Valid(m.Value) {
		r.Value = m.Value
	} else {
		r.Value, _ = json.Marshal(string(m.Value))
	}
	return r
}
