package stream

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/tickerwire/tickerwire/pkg/events"
)

// Handler processes one record and returns the records to produce for it.
// The consumer produces them and commits the input's offset only after
// all of them are acknowledged. A returned error retries the record with
// backoff, up to MaxAttempts; then the record goes to news.dlq with the
// error in its headers and consumption goes on. An error wrapped with
// Permanent dead-letters the record at once.
//
// A handler may be called concurrently for different records when
// Concurrency > 1; ctx ends when the consumer's drain time is up.
type Handler func(ctx context.Context, rec Record) ([]events.Message, error)

// ConsumerConfig configures Consume.
type ConsumerConfig struct {
	Config
	// Group is the consumer group id. Required.
	Group string
	// Topics to consume (unprefixed names). Required.
	Topics []string
	// MaxAttempts bounds how often a record is tried before it is
	// dead-lettered. Default 5.
	MaxAttempts int
	// RetryBackoff is the wait after the first failed attempt; it doubles
	// with each further attempt, up to 30 s. Default 200 ms.
	RetryBackoff time.Duration
	// BatchSize is the most records processed, produced and committed
	// together. Default 500.
	BatchSize int
	// BatchLinger is how long a batch waits for more records once it has
	// one. Default 5 ms: small enough not to matter for latency, large
	// enough that a burst is produced and committed in a few round trips.
	BatchLinger time.Duration
	// Concurrency is how many records of a batch are handled at once.
	// Outputs are produced in input order whatever it is. Default 1.
	Concurrency int
	// DrainTimeout bounds how long a cancelled consumer may take to
	// finish, produce and commit its in-flight batch. Default 30 s.
	DrainTimeout time.Duration
	// Registerer receives the consumer's metrics; nil registers none.
	Registerer prometheus.Registerer
	// BatchHandler, when set, is offered each batch before Handler: it
	// settles what it can at once (a sink stores the batch in one
	// database transaction) and returns one error per record, nil for
	// each record it settled. The records it did not settle go through
	// Handler one by one, with retries and dead-lettering, so one bad
	// record never holds up the rest. It produces nothing: use it only
	// where Handler returns no records either.
	BatchHandler func(ctx context.Context, recs []Record) []error
}

func (c *ConsumerConfig) setDefaults() {
	if c.MaxAttempts <= 0 {
		c.MaxAttempts = 5
	}
	if c.RetryBackoff <= 0 {
		c.RetryBackoff = 200 * time.Millisecond
	}
	if c.BatchSize <= 0 {
		c.BatchSize = 500
	}
	if c.BatchLinger <= 0 {
		c.BatchLinger = 5 * time.Millisecond
	}
	if c.Concurrency <= 0 {
		c.Concurrency = 1
	}
	if c.DrainTimeout <= 0 {
		c.DrainTimeout = 30 * time.Second
	}
}

// Consume runs a consumer-group loop until ctx is cancelled; then it
// stops fetching, finishes the batch in flight, produces its outputs,
// commits, leaves the group and returns nil. It returns an error only
// when it cannot go on (outputs that cannot be produced): the inputs of
// that batch are then not committed and will be delivered again.
func Consume(ctx context.Context, cfg ConsumerConfig, h Handler, p *Producer, log *zap.Logger) error {
	cfg.setDefaults()
	if cfg.Group == "" || len(cfg.Topics) == 0 {
		return errors.New("consume: group and topics are required")
	}
	topics := make([]string, len(cfg.Topics))
	for i, t := range cfg.Topics {
		topics[i] = cfg.topic(t)
	}
	log = log.With(zap.String("group", cfg.Group))
	m, err := newConsumerMetrics(cfg.Registerer, cfg.Group)
	if err != nil {
		return fmt.Errorf("consume: %w", err)
	}
	r := kafka.NewReader(kafka.ReaderConfig{
		Brokers:     cfg.Brokers,
		GroupID:     cfg.Group,
		GroupTopics: topics,
		Dialer:      cfg.Dialer(),
		MinBytes:    1,
		MaxBytes:    16 << 20,
		// MaxWait is the long-poll time of a fetch; the default of 10 s
		// would hold back records of a quiet partition.
		MaxWait: 250 * time.Millisecond,
		// Commits are explicit and synchronous (CommitMessages after the
		// outputs were acknowledged): never on a timer.
		CommitInterval: 0,
		// A new group reads from the beginning, so nothing produced before
		// its first start is skipped.
		StartOffset:       kafka.FirstOffset,
		HeartbeatInterval: time.Second,
		SessionTimeout:    10 * time.Second,
		RebalanceTimeout:  10 * time.Second,
		JoinGroupBackoff:  time.Second,
		ReadBackoffMin:    50 * time.Millisecond,
		ReadBackoffMax:    time.Second,
		Logger:            kafkaLogger(log.Named("reader"), zap.NewAtomicLevelAt(zap.DebugLevel)),
		ErrorLogger:       kafkaLogger(log.Named("reader"), zap.NewAtomicLevelAt(zap.WarnLevel)),
	})
	c := &consumer{cfg: cfg, h: h, p: p, r: r, log: log, m: m}
	err = c.run(ctx)
	if cerr := r.Close(); cerr != nil {
		log.Warn("close reader", zap.Error(cerr))
	}
	return err
}

type consumer struct {
	cfg ConsumerConfig
	h   Handler
	p   *Producer
	r   *kafka.Reader
	log *zap.Logger
	m   *consumerMetrics
}

func (c *consumer) run(ctx context.Context) error {
	fetchCtx, stopFetch := context.WithCancel(ctx)
	defer stopFetch()
	fetched := make(chan kafka.Message, c.cfg.BatchSize)
	var fetchErr error
	var wg sync.WaitGroup
	wg.Go(func() {
		defer close(fetched)
		for {
			msg, err := c.r.FetchMessage(fetchCtx)
			if err != nil {
				if fetchCtx.Err() == nil {
					fetchErr = err
				}
				return
			}
			select {
			case fetched <- msg:
			case <-fetchCtx.Done():
				return
			}
		}
	})
	defer wg.Wait()
	for {
		batch, more := c.collect(ctx, fetched)
		if len(batch) > 0 {
			// The batch in hand is finished even when ctx is cancelled
			// meanwhile: its work context only ends after DrainTimeout.
			workCtx, cancel := drainContext(ctx, c.cfg.DrainTimeout)
			err := c.process(workCtx, batch)
			cancel()
			if err != nil {
				stopFetch()
				return err
			}
		}
		if !more {
			break
		}
	}
	stopFetch()
	wg.Wait()
	if fetchErr != nil && ctx.Err() == nil {
		return fmt.Errorf("consume %s: fetch: %w", c.cfg.Group, fetchErr)
	}
	c.log.Info("consumer drained")
	return nil
}

// drainContext returns a context that is not cancelled with parent but
// ends timeout after parent is done.
func drainContext(parent context.Context, timeout time.Duration) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(context.WithoutCancel(parent))
	stop := context.AfterFunc(parent, func() {
		t := time.AfterFunc(timeout, cancel)
		context.AfterFunc(ctx, func() { t.Stop() })
	})
	return ctx, func() { stop(); cancel() }
}

// collect waits for one record, then gathers more until the batch is full
// or BatchLinger passes. more is false once ctx is done or the fetcher
// stopped.
func (c *consumer) collect(ctx context.Context, fetched <-chan kafka.Message) (batch []kafka.Message, more bool) {
	// select picks among ready cases at random: without this check a
	// cancelled consumer could start one more batch.
	if ctx.Err() != nil {
		return nil, false
	}
	select {
	case <-ctx.Done():
		return nil, false
	case msg, ok := <-fetched:
		if !ok {
			return nil, false
		}
		batch = append(batch, msg)
	}
	linger := time.NewTimer(c.cfg.BatchLinger)
	defer linger.Stop()
	for len(batch) < c.cfg.BatchSize {
		select {
		case msg, ok := <-fetched:
			if !ok {
				return batch, false
			}
			batch = append(batch, msg)
		case <-linger.C:
			return batch, true
		case <-ctx.Done():
			return batch, false
		}
	}
	return batch, true
}

// process handles a batch, produces all its outputs in input order and
// commits it.
func (c *consumer) process(ctx context.Context, batch []kafka.Message) error {
	recs := make([]Record, len(batch))
	for i, msg := range batch {
		recs[i] = Record{
			Topic: msg.Topic[min(len(c.cfg.TopicPrefix), len(msg.Topic)):], Partition: msg.Partition, Offset: msg.Offset,
			Key: msg.Key, Value: msg.Value, Headers: fromKafkaHeaders(msg.Headers), Time: msg.Time,
		}
	}
	settled := c.handleBatch(ctx, recs)
	outs := make([][]events.Message, len(batch))
	errs := make([]error, len(batch))
	sem := make(chan struct{}, c.cfg.Concurrency)
	var wg sync.WaitGroup
	for i := range recs {
		if settled[i] {
			continue
		}
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			outs[i], errs[i] = c.handle(ctx, recs[i])
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("consume %s: batch not finished: %w", c.cfg.Group, err)
	}
	var all []events.Message
	for _, o := range outs {
		all = append(all, o...)
	}
	if err := c.p.Produce(ctx, all...); err != nil {
		return fmt.Errorf("consume %s: outputs of %d records not written, not committing: %w", c.cfg.Group, len(batch), err)
	}
	c.m.produced.Add(float64(len(all)))
	c.commit(ctx, batch)
	return nil
}

// commit commits the batch, retrying briefly. A commit that still fails
// (typically because a rebalance moved the partition) is logged, not
// fatal: the records are delivered again, and ids make that harmless.
func (c *consumer) commit(ctx context.Context, batch []kafka.Message) {
	var err error
	for attempt := range 3 {
		if err = c.r.CommitMessages(ctx, batch...); err == nil {
			c.m.committed.Add(float64(len(batch)))
			return
		}
		if !sleep(ctx, time.Duration(attempt+1)*200*time.Millisecond) {
			break
		}
	}
	c.m.commitErrors.Inc()
	c.log.Error("commit failed; records will be delivered again", zap.Int("records", len(batch)), zap.Error(err))
}

// handleBatch offers the batch to the BatchHandler and reports which
// records it settled.
func (c *consumer) handleBatch(ctx context.Context, recs []Record) []bool {
	settled := make([]bool, len(recs))
	if c.cfg.BatchHandler == nil {
		return settled
	}
	start := time.Now()
	errs := c.cfg.BatchHandler(ctx, recs)
	c.m.handleSeconds.Observe(time.Since(start).Seconds())
	if len(errs) != len(recs) {
		c.log.Error("batch handler returned the wrong number of results; handling the records one by one",
			zap.Int("records", len(recs)), zap.Int("results", len(errs)))
		return settled
	}
	for i, err := range errs {
		if err == nil {
			settled[i] = true
			c.m.records.WithLabelValues("ok").Inc()
		}
	}
	return settled
}

// handle runs the handler on one record with retries and returns its
// outputs, or a dead-letter record once it has given up. It fails only
// when ctx ends before the record is settled.
func (c *consumer) handle(ctx context.Context, rec Record) ([]events.Message, error) {
	log := c.log.With(zap.String("topic", rec.Topic), zap.Int("partition", rec.Partition), zap.Int64("offset", rec.Offset))
	backoff := c.cfg.RetryBackoff
	var lastErr string
	for attempt := 1; ; attempt++ {
		start := time.Now()
		out, err := c.h(ctx, rec)
		c.m.handleSeconds.Observe(time.Since(start).Seconds())
		if err == nil {
			c.m.records.WithLabelValues("ok").Inc()
			return out, nil
		}
		if ctx.Err() != nil {
			return nil, fmt.Errorf("%s/%d@%d: %w", rec.Topic, rec.Partition, rec.Offset, ctx.Err())
		}
		if IsPermanent(err) || attempt >= c.cfg.MaxAttempts {
			c.m.records.WithLabelValues("dead_lettered").Inc()
			log.Error("record dead-lettered", zap.Int("attempts", attempt), zap.Bool("permanent", IsPermanent(err)), zap.Error(err))
			return []events.Message{c.deadLetter(rec, err, attempt)}, nil
		}
		c.m.retries.Inc()
		// Log a retry only when the error changes, so a record failing
		// the same way five times is one line, not five.
		if err.Error() != lastErr {
			log.Warn("record failed, retrying", zap.Int("attempt", attempt), zap.Duration("backoff", backoff), zap.Error(err))
			lastErr = err.Error()
		}
		if !sleep(ctx, backoff) {
			return nil, fmt.Errorf("%s/%d@%d: %w", rec.Topic, rec.Partition, rec.Offset, ctx.Err())
		}
		backoff = min(backoff*2, 30*time.Second)
	}
}

func (c *consumer) deadLetter(rec Record, err error, attempts int) events.Message {
	headers := append(append([]events.Header(nil), rec.Headers...),
		events.Header{Key: events.HeaderDLQError, Value: []byte(err.Error())},
		events.Header{Key: events.HeaderDLQTopic, Value: []byte(rec.Topic)},
		events.Header{Key: events.HeaderDLQPartition, Value: []byte(strconv.Itoa(rec.Partition))},
		events.Header{Key: events.HeaderDLQOffset, Value: []byte(strconv.FormatInt(rec.Offset, 10))},
		events.Header{Key: events.HeaderDLQGroup, Value: []byte(c.cfg.Group)},
		events.Header{Key: events.HeaderDLQAttempts, Value: []byte(strconv.Itoa(attempts))},
		events.Header{Key: events.HeaderDLQTime, Value: []byte(time.Now().UTC().Format(time.RFC3339Nano))},
	)
	return events.Message{Topic: events.TopicDLQ, Key: rec.Key, Value: rec.Value, Headers: headers}
}

func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

type consumerMetrics struct {
	records       *prometheus.CounterVec
	retries       prometheus.Counter
	produced      prometheus.Counter
	committed     prometheus.Counter
	commitErrors  prometheus.Counter
	handleSeconds prometheus.Histogram
}

func newConsumerMetrics(reg prometheus.Registerer, group string) (*consumerMetrics, error) {
	labels := prometheus.Labels{"group": group}
	m := &consumerMetrics{
		records: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "tickerwire_consumer_records_total", Help: "Records settled by a consumer group, by outcome (ok, dead_lettered).", ConstLabels: labels,
		}, []string{"outcome"}),
		retries: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "tickerwire_consumer_retries_total", Help: "Handler attempts that failed and were retried.", ConstLabels: labels,
		}),
		produced: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "tickerwire_consumer_produced_total", Help: "Records produced for consumed inputs, dead letters included.", ConstLabels: labels,
		}),
		committed: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "tickerwire_consumer_committed_total", Help: "Input records whose offsets were committed.", ConstLabels: labels,
		}),
		commitErrors: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "tickerwire_consumer_commit_errors_total", Help: "Batches whose commit failed and will be delivered again.", ConstLabels: labels,
		}),
		handleSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "tickerwire_consumer_handle_seconds", Help: "Time spent in the handler per attempt.", ConstLabels: labels,
			Buckets: prometheus.ExponentialBuckets(0.0001, 4, 10),
		}),
	}
	if reg != nil {
		for _, col := range []prometheus.Collector{m.records, m.retries, m.produced, m.committed, m.commitErrors, m.handleSeconds} {
			if err := reg.Register(col); err != nil {
				return nil, fmt.Errorf("register metrics: %w", err)
			}
		}
	}
	return m, nil
}
