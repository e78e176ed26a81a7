package feed

import (
	"context"
	"sync"
	"time"
)

// sweepAbove is the number of tracked hosts above which idle entries are
// dropped, so that following links to many hosts does not grow the table
// without bound.
const sweepAbove = 256

// hostLimiter bounds the number of concurrent requests to one host and
// spaces the start of consecutive requests to it by a minimum delay.
type hostLimiter struct {
	concurrency int
	delay       time.Duration
	now         func() time.Time
	// sleep waits for d or until ctx ends; tests replace it to observe
	// the spacing without waiting.
	sleep func(ctx context.Context, d time.Duration) error

	mu    sync.Mutex
	hosts map[string]*hostSlot
}

type hostSlot struct {
	sem   chan struct{}
	next  time.Time // earliest start of the next request
	users int       // goroutines holding or waiting for the slot
}

func newHostLimiter(concurrency int, delay time.Duration) *hostLimiter {
	return &hostLimiter{
		concurrency: max(concurrency, 1),
		delay:       delay,
		now:         time.Now,
		sleep:       sleepCtx,
		hosts:       map[string]*hostSlot{},
	}
}

// acquire waits until a request to host may start. The caller must call
// the returned release when the request (body included) is done.
func (l *hostLimiter) acquire(ctx context.Context, host string) (release func(), err error) {
	l.mu.Lock()
	s := l.hosts[host]
	if s == nil {
		s = &hostSlot{sem: make(chan struct{}, l.concurrency)}
		l.hosts[host] = s
	}
	s.users++
	l.mu.Unlock()

	select {
	case s.sem <- struct{}{}:
	case <-ctx.Done():
		l.leave(s)
		return nil, ctx.Err()
	}
	// Reserve a start time now, so that concurrent callers queue up one
	// delay apart instead of all waking at the same instant.
	l.mu.Lock()
	now := l.now()
	start := now
	if s.next.After(now) {
		start = s.next
	}
	s.next = start.Add(l.delay)
	l.mu.Unlock()
	if err := l.sleep(ctx, start.Sub(now)); err != nil {
		<-s.sem
		l.leave(s)
		return nil, err
	}
	return func() {
		<-s.sem
		l.leave(s)
	}, nil
}

func (l *hostLimiter) leave(s *hostSlot) {
	l.mu.Lock()
	defer l.mu.Unlock()
	s.users--
	if len(l.hosts) <= sweepAbove {
		return
	}
	now := l.now()
	for h, hs := range l.hosts {
		if hs.users == 0 && !hs.next.After(now) {
			delete(l.hosts, h)
		}
	}
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
