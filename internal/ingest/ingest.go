// Package ingest is the ingest worker: it polls the feeds of a feeds file
// politely, maps each new item to an events.RawArticle (fetching the page
// when the feed gives only a teaser), and publishes it to news.raw once.
//
// # Delivery
//
// An item is accepted when it has been mapped (and its page fetched): it
// then goes into an outbox in the state database, is produced, and is
// marked seen only after the broker acknowledged it. A crash in between
// publishes it again on restart (at least once; the deterministic article
// id makes that harmless downstream); a broker outage keeps it in the
// outbox until a later poll of its feed publishes it, even when the feed
// has dropped the item in the meantime. A feed's cache validators are
// stored only after every item of that response was published, so that a
// failed poll is repeated in full.
//
// # Errors
//
// A failing feed is retried with capped exponential backoff and jitter
// (honouring Retry-After), and its error is logged when it first occurs
// or changes, not on every poll; other feeds go on. A failed page fetch
// publishes the item with the feed's teaser.
//
// # Metrics
//
// Registered with the Registerer given to Run:
//
//   - tickerwire_ingest_polls_total{outcome}: ok, not_modified, or the
//     error kind (feed.Kind's, publish, state).
//   - tickerwire_ingest_articles_published_total{text_from}: feed, page.
//   - tickerwire_ingest_page_fetches_total{outcome}: ok or the error kind.
//   - tickerwire_ingest_fetched_bytes_total{kind}: feed, page.
//   - tickerwire_ingest_fetch_duration_seconds{kind}: feed, page; complete
//     responses only, without the wait for the host's turn.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/tickerwire/tickerwire/internal/feed"
	"github.com/tickerwire/tickerwire/pkg/events"
)

// Publisher writes messages and returns once the broker acknowledged all
// of them. *stream.Producer satisfies it.
type Publisher interface {
	Produce(ctx context.Context, msgs ...events.Message) error
}

const (
	// maxInitialJitter bounds the random delay before a feed's first
	// poll, which keeps feeds from all starting at the same instant.
	maxInitialJitter = 5 * time.Second
	// publishBatch is how many articles go to the broker in one Produce.
	publishBatch = 100
	// drainGrace is how long publishing accepted articles may go on after
	// the context ended; whatever does not make it stays in the outbox.
	drainGrace = 10 * time.Second
	// pruneEvery is how often forgotten ids are pruned.
	pruneEvery = time.Hour
	// maxTextBytes and maxTitleBytes bound what one article carries, so
	// that a record stays well below the broker's usual 1 MB message
	// limit even when JSON escaping inflates it; a record the broker
	// refuses would block its feed's outbox. Real articles are a few
	// tens of kilobytes.
	maxTextBytes  = 128 << 10
	maxTitleBytes = 2 << 10
)

// errPublish marks failures to publish to the broker.
var errPublish = errors.New("publish")

// Run polls the feeds of cfg.Feeds and publishes new articles with pub
// until ctx is cancelled; it then lets in-flight publishing finish
// (within drainGrace) and returns nil. It returns an error only when it
// cannot start: an invalid configuration, an unreadable feeds file or
// state database, or metrics that reg refuses. Its collectors (see
// metrics) are registered with reg; a nil reg registers them nowhere.
func Run(ctx context.Context, cfg Config, pub Publisher, reg prometheus.Registerer, log *zap.Logger) error {
	if err := cfg.Validate(); err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	sources, err := feed.LoadSources(cfg.Feeds)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	if reg == nil {
		reg = prometheus.NewRegistry()
	}
	m, err := newMetrics(reg)
	if err != nil {
		return fmt.Errorf("ingest: metrics: %w", err)
	}
	st, err := openStore(ctx, cfg.DataDir)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	defer st.close()
	w := newWorker(cfg, pub, st, m, log.Named("ingest"))
	defer w.fetcher.Close()

	// Publish what an earlier run accepted but could not publish,
	// including articles of feeds no longer in the file.
	if err := w.flush(ctx, ""); err != nil {
		w.log.Warn("publish articles left by an earlier run", zap.Error(err))
	}
	w.log.Info("polling feeds", zap.Int("feeds", len(sources)), zap.String("feeds_file", cfg.Feeds))
	var wg sync.WaitGroup
	for _, src := range sources {
		wg.Go(func() { w.loop(ctx, src) })
	}
	wg.Go(func() { w.pruneLoop(ctx) })
	wg.Wait()
	w.log.Info("stopped")
	return nil
}

// worker holds what the feed loops share.
type worker struct {
	cfg     Config
	pub     Publisher
	store   *store
	fetcher *feed.Fetcher
	m       *metrics
	log     *zap.Logger
	now     func() time.Time
}

func newWorker(cfg Config, pub Publisher, st *store, m *metrics, log *zap.Logger) *worker {
	return &worker{
		cfg:   cfg,
		pub:   pub,
		store: st,
		fetcher: feed.NewFetcher(feed.FetcherConfig{
			UserAgent:       cfg.UserAgent,
			Timeout:         cfg.FetchTimeout,
			MaxBodyBytes:    cfg.MaxBodyBytes,
			HostConcurrency: cfg.HostConcurrency,
			HostDelay:       cfg.HostDelay,
		}),
		m:   m,
		log: log,
		now: time.Now,
	}
}

// feedState is one feed's loop state; only its loop touches it.
type feedState struct {
	src feed.Source
	log *zap.Logger
	// failures counts consecutive failed polls; lastErr is the message
	// of the last one, logged only when it changes.
	failures int
	lastErr  string
	// pageErr is the kind of the last failed page fetch, logged only
	// when it changes.
	pageErr string
	// movedTo is the URL the feed last redirected to, logged once.
	movedTo string
}

func (w *worker) newFeedState(src feed.Source) *feedState {
	return &feedState{src: src, log: w.log.With(zap.String("feed", src.Name), zap.String("feed_url", src.URL))}
}

func (w *worker) loop(ctx context.Context, src feed.Source) {
	fs := w.newFeedState(src)
	wait := rand.N(min(src.Interval, maxInitialJitter))
	for {
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
		err := w.poll(ctx, fs)
		if ctx.Err() != nil {
			return
		}
		wait = w.after(fs, err)
	}
}

// after records the outcome of a poll and returns the time to the next:
// the feed's interval after a success, a backoff after a failure.
func (w *worker) after(fs *feedState, err error) time.Duration {
	if err == nil {
		if fs.failures > 0 {
			fs.log.Info("feed recovered", zap.Int("failures", fs.failures))
		}
		fs.failures, fs.lastErr = 0, ""
		return fs.src.Interval
	}
	fs.failures++
	wait := backoff(fs.failures, w.cfg.MinBackoff, w.cfg.MaxBackoff, feed.RetryAfter(err))
	if msg := err.Error(); msg != fs.lastErr {
		fs.lastErr = msg
		fs.log.Warn("poll failed", zap.Error(err), zap.String("kind", errorKind(err)),
			zap.Int("failures", fs.failures), zap.Duration("retry_in", wait))
	} else {
		fs.log.Debug("poll failed again", zap.Error(err), zap.Int("failures", fs.failures), zap.Duration("retry_in", wait))
	}
	return wait
}

// backoff returns the wait after the given number of consecutive
// failures: minWait doubled per failure, capped at maxWait, with jitter
// down to half; never less than retryAfter, but at most maxWait.
func backoff(failures int, minWait, maxWait, retryAfter time.Duration) time.Duration {
	d := maxWait
	if shift := failures - 1; shift < 32 && minWait<<shift < maxWait && minWait<<shift > 0 {
		d = minWait << shift
	}
	d = d/2 + rand.N(d/2+1)
	return max(d, min(retryAfter, maxWait))
}

// poll fetches the feed once, publishes its new articles and counts the
// outcome.
func (w *worker) poll(ctx context.Context, fs *feedState) error {
	outcome, err := w.pollOnce(ctx, fs)
	if err != nil {
		outcome = errorKind(err)
	}
	if ctx.Err() == nil {
		w.m.polls.WithLabelValues(outcome).Inc()
	}
	return err
}

// pollOnce does the work of poll; its outcome is "ok" or "not_modified".
func (w *worker) pollOnce(ctx context.Context, fs *feedState) (outcome string, err error) {
	// An earlier poll may have accepted articles it could not publish.
	if err := w.flush(ctx, fs.src.URL); err != nil {
		return "", err
	}
	v, err := w.store.validators(ctx, fs.src.URL)
	if err != nil {
		return "", err
	}
	resp, err := w.fetcher.Feed(ctx, fs.src.URL, v)
	if err != nil {
		return "", err
	}
	w.m.latency.WithLabelValues("feed").Observe(resp.Duration.Seconds())
	w.m.bytes.WithLabelValues("feed").Add(float64(len(resp.Body)))
	if resp.Redirected && resp.URL != fs.movedTo {
		fs.movedTo = resp.URL
		fs.log.Info("feed redirects; consider updating the feeds file", zap.String("location", resp.URL))
	}
	if resp.NotModified {
		return "not_modified", nil
	}
	f, err := feed.Parse(resp.Body, resp.ContentType)
	if err != nil {
		return "", fmt.Errorf("feed %s: %w", resp.URL, err)
	}
	now := w.now()
	if err := w.publishNew(ctx, fs, f, now); err != nil {
		return "", err
	}
	return "ok", w.store.fetched(ctx, fs.src.URL, resp.Validators, now)
}

// publishNew maps the feed's items, drops the ones seen before, fetches
// pages for teasers, and publishes the rest.
func (w *worker) publishNew(ctx context.Context, fs *feedState, f *gofeed.Feed, now time.Time) error {
	type entry struct {
		a      events.RawArticle
		teaser bool
	}
	var (
		entries []entry
		ids     []string
		inFeed  = map[string]bool{}
	)
	for _, it := range f.Items {
		a, teaser, err := feed.Article(fs.src, f, it, now)
		if err != nil {
			fs.log.Debug("item skipped", zap.Error(err), zap.String("guid", it.GUID), zap.String("link", it.Link))
			continue
		}
		if inFeed[a.ID] {
			continue
		}
		inFeed[a.ID] = true
		entries = append(entries, entry{a, teaser})
		ids = append(ids, a.ID)
	}
	known, err := w.store.known(ctx, fs.src.URL, ids, now)
	if err != nil {
		return err
	}
	var batch []events.RawArticle
	for _, e := range entries {
		if known[e.a.ID] {
			continue
		}
		if e.teaser && w.cfg.FullText {
			// Publish what is ready before the slow page fetch.
			if err := w.accept(ctx, fs.src.URL, batch); err != nil {
				return err
			}
			batch = batch[:0]
			if err := w.fullText(ctx, fs, &e.a); err != nil {
				return err
			}
		}
		e.a.Title, e.a.Text = clip(e.a.Title, maxTitleBytes), clip(e.a.Text, maxTextBytes)
		batch = append(batch, e.a)
	}
	return w.accept(ctx, fs.src.URL, batch)
}

// clip cuts s to at most n bytes, at the last line break before the limit
// when there is one in its second half, else at a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if i := strings.LastIndexByte(s[:n], '\n'); i > n/2 {
		return s[:i]
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// fullText replaces a's teaser with the main text of its page. A failed
// fetch leaves the teaser and is logged once per kind of failure; only
// cancellation is returned, so that shutting down never publishes a
// teaser for lack of time.
func (w *worker) fullText(ctx context.Context, fs *feedState, a *events.RawArticle) error {
	text, err := w.page(ctx, a.URL)
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if err == nil && len(text) < len(a.Text) {
		err = fmt.Errorf("page text of %s is shorter than the feed's teaser: %w", a.URL, feed.ErrNoText)
	}
	kind := errorKind(err)
	w.m.pages.WithLabelValues(kind).Inc()
	if err != nil {
		if kind != fs.pageErr {
			fs.pageErr = kind
			fs.log.Warn("full text unavailable; publishing the feed's text", zap.Error(err), zap.String("kind", kind),
				zap.String("article_id", a.ID), zap.String("article_url", a.URL))
		} else {
			fs.log.Debug("full text unavailable", zap.Error(err), zap.String("article_url", a.URL))
		}
		return nil
	}
	fs.pageErr = ""
	a.Text, a.TextFrom = text, feed.TextFromPage
	return nil
}

func (w *worker) page(ctx context.Context, link string) (string, error) {
	resp, err := w.fetcher.Page(ctx, link)
	if err != nil {
		return "", err
	}
	w.m.latency.WithLabelValues("page").Observe(resp.Duration.Seconds())
	w.m.bytes.WithLabelValues("page").Add(float64(len(resp.Body)))
	text, err := feed.MainText(resp.Body, resp.ContentType)
	if err != nil {
		return "", fmt.Errorf("page %s: %w", link, err)
	}
	return text, nil
}

// accept puts articles into the outbox and publishes the feed's outbox.
func (w *worker) accept(ctx context.Context, feedURL string, articles []events.RawArticle) error {
	if len(articles) == 0 {
		return nil
	}
	if err := w.store.enqueue(ctx, feedURL, articles); err != nil {
		return err
	}
	return w.flush(ctx, feedURL)
}

// flush publishes the outbox articles of feedURL (of all feeds when
// feedURL is empty) and marks them seen once the broker acknowledged
// them. It goes on for up to drainGrace after ctx ends, so that a
// shutdown does not abandon an acknowledged batch unrecorded.
func (w *worker) flush(ctx context.Context, feedURL string) error {
	ctx, cancel := graceful(ctx, drainGrace)
	defer cancel()
	for {
		articles, err := w.store.pending(ctx, feedURL, publishBatch)
		if err != nil || len(articles) == 0 {
			return err
		}
		msgs := make([]events.Message, len(articles))
		for i, a := range articles {
			if msgs[i], err = events.Encode(a); err != nil {
				return fmt.Errorf("%w: %w", errPublish, err)
			}
		}
		if err := w.pub.Produce(ctx, msgs...); err != nil {
			return fmt.Errorf("%w: %d articles: %w", errPublish, len(msgs), err)
		}
		if err := w.store.published(ctx, articles, w.now()); err != nil {
			return err
		}
		for _, a := range articles {
			w.m.published.WithLabelValues(a.TextFrom).Inc()
			w.log.Debug("published", zap.String("article_id", a.ID), zap.String("article_url", a.URL), zap.String("feed_url", a.FeedURL))
		}
		if len(articles) < publishBatch {
			return nil
		}
	}
}

func (w *worker) pruneLoop(ctx context.Context) {
	t := time.NewTicker(pruneEvery)
	defer t.Stop()
	for {
		n, err := w.store.prune(ctx, w.now().Add(-w.cfg.SeenRetention))
		switch {
		case ctx.Err() != nil:
			return
		case err != nil:
			w.log.Warn("prune seen articles", zap.Error(err))
		case n > 0:
			w.log.Info("pruned seen articles", zap.Int64("ids", n))
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// graceful returns a context that ends grace after ctx does (or when
// the returned cancel is called).
func graceful(ctx context.Context, grace time.Duration) (context.Context, context.CancelFunc) {
	gctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	stop := context.AfterFunc(ctx, func() {
		t := time.NewTimer(grace)
		defer t.Stop()
		select {
		case <-t.C:
			cancel()
		case <-gctx.Done():
		}
	})
	return gctx, func() {
		stop()
		cancel()
	}
}

// errorKind classifies an error for metric labels and logs: publish,
// state, or one of feed.Kind's.
func errorKind(err error) string {
	switch {
	case errors.Is(err, errPublish):
		return "publish"
	case errors.Is(err, errState):
		return "state"
	}
	return feed.Kind(err)
}
