package e2e

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/tickerwire/tickerwire/internal/enrich"
	"github.com/tickerwire/tickerwire/internal/ingest"
	"github.com/tickerwire/tickerwire/internal/sink"
	"github.com/tickerwire/tickerwire/internal/sink/store/storetest"
	"github.com/tickerwire/tickerwire/internal/stream"
	"github.com/tickerwire/tickerwire/internal/stream/streamtest"
	"github.com/tickerwire/tickerwire/pkg/events"
)

// benchArticles is the size of a benchmark run; override with
// TICKERWIRE_BENCH_ARTICLES for a quick look.
func benchArticles() int {
	if n, err := strconv.Atoi(os.Getenv("TICKERWIRE_BENCH_ARTICLES")); err == nil && n > 0 {
		return n
	}
	return 10000
}

// BenchmarkPipeline runs `tickerwire run` (embedded broker, SQLite) on a
// feed of benchArticles() articles and reports articles per second from
// start to the last event in SQL, the time each stage finished, and the
// process's peak resident memory. Run it with -benchtime=1x: one
// iteration is one whole run.
func BenchmarkPipeline(b *testing.B) {
	n := benchArticles()
	bin := filepath.Join(b.TempDir(), "tickerwire")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/tickerwire/tickerwire/cmd/tickerwire").CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	articles := crashArticles(n)
	for b.Loop() {
		b.StopTimer()
		db := storetest.SQLite(b)
		dir := db.DataDir
		feed := feedServer(b, articles, func(int) int { return n })
		httpAddr := freeAddr(b)
		cmd := exec.Command(bin, "run", "--feeds", writeFeeds(b, dir, feed.URL), "--data-dir", dir,
			"--log-level", "warn", "--http", httpAddr, "--host-delay", "0s", "--full-text=false", "--max-body-bytes", "100000000")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		conn := openDB(b, db)
		b.StartTimer()
		start := time.Now()
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		var ingested, enriched time.Duration
		deadline := start.Add(15 * time.Minute)
		for countEvents(conn) < 2*n {
			if time.Now().After(deadline) {
				cmd.Process.Kill()
				b.Fatalf("timed out with %d of %d events stored\n%s", countEvents(conn), 2*n, stderr.String())
			}
			m := scrape(httpAddr)
			if ingested == 0 && m["tickerwire_ingest_articles_published_total"] >= float64(n) {
				ingested = time.Since(start)
			}
			if enriched == 0 && m["tickerwire_enrich_articles_total"] >= float64(n) {
				enriched = time.Since(start)
			}
			time.Sleep(50 * time.Millisecond)
		}
		elapsed := time.Since(start)
		b.StopTimer()
		peak := peakRSS(cmd.Process.Pid)
		cmd.Process.Signal(syscall.SIGTERM)
		if err := cmd.Wait(); err != nil {
			b.Fatalf("run: %v\n%s", err, stderr.String())
		}
		b.ReportMetric(float64(n)/elapsed.Seconds(), "articles/s")
		b.ReportMetric(ingested.Seconds(), "s-ingested")
		b.ReportMetric(enriched.Seconds(), "s-enriched")
		b.ReportMetric(elapsed.Seconds(), "s-stored")
		b.ReportMetric(float64(peak)/(1<<20), "peak-MiB")
		b.StartTimer()
	}
}

// BenchmarkStages measures each worker alone on the embedded broker:
// ingest publishing a feed of benchArticles() items, enrich on as many
// raw articles, sink storing as many events. Articles (or events) per
// second; one iteration is one whole run of the stage.
func BenchmarkStages(b *testing.B) {
	n := benchArticles()
	articles := crashArticles(n)
	log := zap.NewNop()

	b.Run("ingest", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			sc := streamtest.Cluster(b)
			p := stream.NewProducer(sc, log)
			dir := b.TempDir()
			feed := feedServer(b, articles, func(int) int { return n })
			cfg := ingest.DefaultConfig()
			cfg.Feeds, cfg.DataDir, cfg.HostDelay, cfg.FullText, cfg.MaxBodyBytes = writeFeeds(b, dir, feed.URL), dir, 0, false, 100<<20
			reg := prometheus.NewRegistry()
			b.StartTimer()
			runUntil(b, reg, "tickerwire_ingest_articles_published_total", n, func(ctx context.Context) error {
				return ingest.Run(ctx, cfg, p, reg, log)
			})
			b.StopTimer()
			p.Close()
			b.StartTimer()
		}
		b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	})

	b.Run("enrich", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			sc := streamtest.Cluster(b)
			p := stream.NewProducer(sc, log)
			var msgs []events.Message
			for i, a := range articles {
				url := fmt.Sprintf("https://news.example/%s", a.Slug)
				m, err := events.Encode(events.RawArticle{ID: events.ArticleID(url, "", ""), URL: url, Source: "bench",
					FeedURL: "https://news.example/rss", Title: a.Title, Text: a.Text, TextFrom: "feed", FetchedAt: time.Unix(int64(i), 0).UTC()})
				if err != nil {
					b.Fatal(err)
				}
				msgs = append(msgs, m)
			}
			if err := p.Produce(context.Background(), msgs...); err != nil {
				b.Fatal(err)
			}
			reg := prometheus.NewRegistry()
			b.StartTimer()
			runUntil(b, reg, "tickerwire_enrich_articles_total", n, func(ctx context.Context) error {
				return enrich.Run(ctx, enrich.DefaultConfig(), sc, p, reg, log)
			})
			b.StopTimer()
			p.Close()
			b.StartTimer()
		}
		b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	})

	b.Run("sink", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			sc := streamtest.Cluster(b)
			p := stream.NewProducer(sc, log)
			var msgs []events.Message
			for i := range n {
				amount := events.Figure{Text: "1 Mrd. Euro", Kind: events.KindMoney, Value: float64(i+1) * 1e6, Currency: "EUR", Metric: events.MetricCapex, Basis: events.BasisActual}
				ref := events.ArticleRef{ID: events.ArticleID(fmt.Sprintf("https://news.example/%d", i), "", ""), Title: "t", Source: "bench"}
				company := events.Company{Name: "Siemens AG", Ticker: "SIE"}
				m, err := events.Encode(events.Event{Type: events.EventCapexAlert, ID: events.CapexAlertID(company, &amount, "", ref),
					Company: company, Figures: []events.Figure{amount}, Tags: []events.Tag{events.TagCapex}, Article: ref, DetectedAt: time.Unix(int64(i), 0).UTC()})
				if err != nil {
					b.Fatal(err)
				}
				msgs = append(msgs, m)
			}
			if err := p.Produce(context.Background(), msgs...); err != nil {
				b.Fatal(err)
			}
			cfg := sink.DefaultConfig()
			cfg.DataDir = b.TempDir()
			reg := prometheus.NewRegistry()
			b.StartTimer()
			runUntil(b, reg, "tickerwire_sink_events_total", n, func(ctx context.Context) error {
				return sink.Run(ctx, cfg, sc, p, reg, log)
			})
			b.StopTimer()
			p.Close()
			b.StartTimer()
		}
		b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "events/s")
	})
}

// runUntil runs a worker until the counter named metric (summed over its
// labels) in reg reaches n, then stops it.
func runUntil(b *testing.B, reg *prometheus.Registry, metric string, n int, run func(context.Context) error) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- run(ctx) }()
	deadline := time.Now().Add(15 * time.Minute)
	for gathered(reg, metric) < float64(n) {
		select {
		case err := <-done:
			b.Fatalf("worker stopped early: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			b.Fatalf("timed out at %v of %d", gathered(reg, metric), n)
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		b.Fatal(err)
	}
}

func gathered(reg *prometheus.Registry, name string) float64 {
	mfs, err := reg.Gather()
	if err != nil {
		return 0
	}
	var sum float64
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			sum += m.GetCounter().GetValue()
		}
	}
	return sum
}

// scrape reads the counters of a /metrics endpoint, summed over labels.
func scrape(addr string) map[string]float64 {
	out := map[string]float64{}
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		return out
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		name, rest, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		if i := strings.IndexByte(name, '{'); i >= 0 {
			name = name[:i]
		}
		if v, err := strconv.ParseFloat(rest, 64); err == nil {
			out[name] += v
		}
	}
	return out
}

// peakRSS is the peak resident set size of a process (VmHWM), in bytes.
func peakRSS(pid int) int64 {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}
