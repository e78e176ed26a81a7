package sink

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"time"

	"go.uber.org/zap"

	"github.com/tickerwire/tickerwire/internal/sink/store"
	"github.com/tickerwire/tickerwire/internal/sink/webhook"
)

// settleTimeout bounds recording an outcome, which happens even while
// shutting down: a send that went out must be recorded.
const settleTimeout = 10 * time.Second

// minWait keeps the loop from spinning on a due delivery that another
// sink has locked.
const minWait = 10 * time.Millisecond

// target is one destination of the outbox: a webhook URL or the JSON
// Lines file.
type target struct {
	// name is the deliveries.target value and the metric label.
	name string
	// batch is how many deliveries are claimed at once, lease how long
	// they stay claimed: longer than sending a batch can take.
	batch int
	lease time.Duration
	// deliver sends ds and settles each of them; it returns once all are
	// settled or released. Sends already begun finish when ctx ends.
	deliver func(ctx context.Context, ds []store.Delivery)
	wake    chan struct{}

	mu sync.Mutex
	// lastErr is the key of the last error logged, "" after a success.
	lastErr string
}

// outbox runs one delivery loop per target over the deliveries table.
type outbox struct {
	store   *store.Store
	targets []*target
	policy  retryPolicy
	poll    time.Duration
	now     func() time.Time
	m       *metrics
	log     *zap.Logger
}

type retryPolicy struct {
	minBackoff, maxBackoff time.Duration
	maxAttempts            int
	maxAge                 time.Duration
}

// backoff is the wait after the attempts-th failed attempt: minBackoff
// doubled per attempt up to maxBackoff, with "equal jitter" (half fixed,
// half random) so that deliveries failed together spread out.
func (p retryPolicy) backoff(attempts int) time.Duration {
	d := p.minBackoff
	for i := 1; i < attempts && d < p.maxBackoff; i++ {
		d *= 2
	}
	d = min(d, p.maxBackoff)
	return d/2 + rand.N(d/2+1)
}

// wakeAll tells every target that new deliveries are due.
func (o *outbox) wakeAll() {
	for _, t := range o.targets {
		select {
		case t.wake <- struct{}{}:
		default:
		}
	}
}

// run delivers until ctx ends, then waits for sends in flight.
func (o *outbox) run(ctx context.Context) {
	var wg sync.WaitGroup
	for _, t := range o.targets {
		wg.Go(func() { o.loop(ctx, t) })
	}
	wg.Wait()
}

// loop drains a target's due deliveries whenever it is woken, polled, or
// the next retry is due.
func (o *outbox) loop(ctx context.Context, t *target) {
	log := o.log.With(zap.String("target", t.name))
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.wake:
		case <-timer.C:
		}
		for ctx.Err() == nil {
			ds, err := o.store.Claim(ctx, t.name, o.now(), t.lease, t.batch)
			if err != nil {
				if ctx.Err() == nil {
					o.noteError(log, t, err, zap.String("stage", "claim"))
				}
				break
			}
			if len(ds) > 0 {
				t.deliver(ctx, ds)
			}
			if len(ds) < t.batch {
				break
			}
		}
		if ctx.Err() != nil {
			return
		}
		timer.Reset(o.nextWait(ctx, t, log))
	}
}

// nextWait updates the pending gauge and says how long the loop may
// sleep: until the next retry is due, at most the poll interval.
func (o *outbox) nextWait(ctx context.Context, t *target, log *zap.Logger) time.Duration {
	if n, err := o.store.Pending(ctx, t.name); err == nil {
		o.m.pending.WithLabelValues(t.name).Set(float64(n))
	} else if ctx.Err() == nil {
		log.Warn("count pending deliveries", zap.Error(err))
	}
	next, ok, err := o.store.NextDue(ctx, t.name)
	if err != nil || !ok {
		return o.poll
	}
	return max(min(next.Sub(o.now()), o.poll), minWait)
}

// deliverWebhook returns a target's deliver function for n: up to
// concurrency requests at once, each settled as soon as it returns.
func (o *outbox) deliverWebhook(t *target, n *webhook.Notifier, concurrency int) func(context.Context, []store.Delivery) {
	return func(ctx context.Context, ds []store.Delivery) {
		sem := make(chan struct{}, concurrency)
		var wg sync.WaitGroup
		var unsent []string
		for _, d := range ds {
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
			}
			if ctx.Err() != nil {
				unsent = append(unsent, d.EventID)
				continue
			}
			wg.Go(func() {
				defer func() { <-sem }()
				start := time.Now()
				// A request once begun is finished (the client's timeout
				// bounds it) rather than cut off by shutdown: cutting it
				// off would leave the outcome unknown and send it twice.
				retryable, err := n.Notify(context.WithoutCancel(ctx), webhook.Message{
					ID: d.EventID, Type: string(d.EventType), Body: d.Payload,
				})
				o.m.attempt.WithLabelValues(t.name).Observe(time.Since(start).Seconds())
				after, _ := webhook.RetryAfter(err)
				o.settle(ctx, t, d, err, retryable, after)
			})
		}
		wg.Wait()
		if len(unsent) > 0 {
			sctx, cancel := settleContext(ctx)
			defer cancel()
			if err := o.store.Release(sctx, t.name, unsent, o.now()); err != nil {
				o.log.Warn("release deliveries", zap.String("target", t.name), zap.Error(err))
			}
		}
	}
}

// settle records the outcome of one attempt to send d: delivered;
// retried after a backoff (at least what the receiver asked for) while
// attempts and age allow; or failed.
func (o *outbox) settle(ctx context.Context, t *target, d store.Delivery, sendErr error, retryable bool, retryAfter time.Duration) {
	sctx, cancel := settleContext(ctx)
	defer cancel()
	now := o.now()
	log := o.log.With(zap.String("target", t.name), zap.String("event_id", d.EventID))
	if sendErr == nil {
		o.delivered(sctx, t, []store.Delivery{d}, now, log)
		return
	}
	attempts := d.Attempts + 1
	msg := sendErr.Error()
	delay := max(o.policy.backoff(attempts), retryAfter)
	switch {
	case !retryable:
	case attempts >= o.policy.maxAttempts:
		retryable = false
		msg = fmt.Sprintf("%s (gave up after %d attempts)", msg, attempts)
	case now.Add(delay).Sub(d.CreatedAt) > o.policy.maxAge:
		retryable = false
		msg = fmt.Sprintf("%s (gave up after %d attempts: next one would be past the maximum age %s)", msg, attempts, o.policy.maxAge)
	}
	var err error
	outcome := "failed"
	if retryable {
		outcome = "retry"
		err = o.store.Retry(sctx, t.name, []string{d.EventID}, now.Add(delay), msg)
	} else {
		err = o.store.Fail(sctx, t.name, []string{d.EventID}, msg)
	}
	if err != nil {
		// The claim runs out and the delivery is tried again.
		log.Error("record delivery outcome", zap.Error(err))
		return
	}
	o.m.delivered.WithLabelValues(t.name, outcome).Inc()
	fields := []zap.Field{zap.Int("attempts", attempts), zap.String("outcome", outcome)}
	if retryable {
		fields = append(fields, zap.Duration("retry_in", delay))
	}
	o.noteError(log, t, sendErr, fields...)
}

// delivered records ds as delivered at now.
func (o *outbox) delivered(ctx context.Context, t *target, ds []store.Delivery, now time.Time, log *zap.Logger) {
	ids := make([]string, len(ds))
	for i, d := range ds {
		ids[i] = d.EventID
	}
	if err := o.store.Delivered(ctx, t.name, ids, now); err != nil {
		// The claim runs out and the deliveries are sent again: at least
		// once.
		log.Error("record delivery", zap.Error(err))
		return
	}
	for _, d := range ds {
		o.m.delivered.WithLabelValues(t.name, "delivered").Inc()
		o.m.latency.WithLabelValues(t.name).Observe(now.Sub(d.CreatedAt).Seconds())
	}
	t.mu.Lock()
	recovered := t.lastErr != ""
	t.lastErr = ""
	t.mu.Unlock()
	if recovered {
		log.Info("delivering again")
	}
}

// noteError logs err unless the target's last logged error was the same
// kind, so that a dead receiver yields one line, not one per event.
func (o *outbox) noteError(log *zap.Logger, t *target, err error, fields ...zap.Field) {
	key := errorKey(err)
	t.mu.Lock()
	changed := key != t.lastErr
	t.lastErr = key
	t.mu.Unlock()
	if changed {
		log.Warn("delivery failing", append(fields, zap.Error(err))...)
	}
}

// errorKey is what makes two errors "the same" for logging: the status
// code of a response, else the message.
func errorKey(err error) string {
	var se *webhook.StatusError
	if errors.As(err, &se) {
		return fmt.Sprintf("status %d", se.StatusCode)
	}
	return err.Error()
}

func settleContext(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.WithoutCancel(ctx), settleTimeout)
}
