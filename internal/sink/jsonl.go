package sink

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"time"

	"go.uber.org/zap"

	"github.com/tickerwire/tickerwire/internal/sink/store"
)

// jsonlFile is the JSON Lines target: one event per line, appended in
// batches, each batch synced before it is recorded as delivered. The sink
// assumes it is the file's only writer.
type jsonlFile struct {
	path string
	f    *os.File
}

func openJSONL(path string) (*jsonlFile, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("sink: open jsonl: %w", err)
	}
	return &jsonlFile{path: path, f: f}, nil
}

func (j *jsonlFile) Close() error { return j.f.Close() }

// append writes one line per delivery and syncs the file. On failure it
// cuts the file back to where it was, so that no half batch (or half
// line) stays behind to be written again.
func (j *jsonlFile) append(ds []store.Delivery) error {
	var buf bytes.Buffer
	for _, d := range ds {
		buf.Write(d.Payload)
		buf.WriteByte('\n')
	}
	fi, err := j.f.Stat()
	if err != nil {
		return fmt.Errorf("jsonl %s: %w", j.path, err)
	}
	_, err = j.f.Write(buf.Bytes())
	if err == nil {
		err = j.f.Sync()
	}
	if err != nil {
		if terr := j.f.Truncate(fi.Size()); terr != nil {
			return fmt.Errorf("jsonl %s: %w (and truncating back failed: %v)", j.path, err, terr)
		}
		return fmt.Errorf("jsonl %s: %w", j.path, err)
	}
	return nil
}

// deliverJSONL returns the JSON Lines target's deliver function. A batch
// is written whole or not at all; a crash after the write and before the
// outcome is recorded writes the batch again after the restart (at least
// once).
func (o *outbox) deliverJSONL(t *target, j *jsonlFile) func(context.Context, []store.Delivery) {
	return func(ctx context.Context, ds []store.Delivery) {
		start := time.Now()
		err := j.append(ds)
		o.m.attempt.WithLabelValues(t.name).Observe(time.Since(start).Seconds())
		if err != nil {
			for _, d := range ds {
				o.settle(ctx, t, d, err, true, 0)
			}
			return
		}
		sctx, cancel := settleContext(ctx)
		defer cancel()
		o.delivered(sctx, t, ds, o.now(), o.log.With(zap.String("target", t.name)))
	}
}
