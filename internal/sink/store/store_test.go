package store_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/tickerwire/tickerwire/internal/sink/store"
	"github.com/tickerwire/tickerwire/internal/sink/store/storetest"
	"github.com/tickerwire/tickerwire/pkg/events"
)

var t0 = time.Date(2024, 8, 2, 6, 16, 0, 0, time.UTC)

// load reads an event fixture and returns it with its compact JSON.
func load(t testing.TB, name string) (events.Event, []byte) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var ev events.Event
	if err := events.Decode(raw, &ev); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var buf bytes.Buffer
	if err := json.Compact(&buf, raw); err != nil {
		t.Fatal(err)
	}
	return ev, buf.Bytes()
}

func encode(t testing.TB, ev events.Event) []byte {
	t.Helper()
	b, err := json.Marshal(ev)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func open(t testing.TB, b storetest.Backend) *store.Store {
	t.Helper()
	s, err := b.Open(context.Background())
	if err != nil {
		t.Fatalf("open %s: %v", b.Name, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// eventRow is a row of the events table.
type eventRow struct {
	Type, CompanyName, ArticleID, ArticleTitle, Payload string
	Ticker, Period, ArticleURL                          sql.NullString
	PublishedAt                                         sql.NullTime
	DetectedAt, CreatedAt, UpdatedAt                    time.Time
}

func readEvent(t testing.TB, s *store.Store, id string) eventRow {
	t.Helper()
	var r eventRow
	err := s.DB().QueryRow(`SELECT type, company_name, ticker, period, article_id, article_url, article_title,
	published_at, detected_at, payload, created_at, updated_at FROM events WHERE id = $1`, id).Scan(
		&r.Type, &r.CompanyName, &r.Ticker, &r.Period, &r.ArticleID, &r.ArticleURL, &r.ArticleTitle,
		&r.PublishedAt, &r.DetectedAt, &r.Payload, &r.CreatedAt, &r.UpdatedAt)
	if err != nil {
		t.Fatalf("read event %s: %v", id, err)
	}
	return r
}

// readFigures returns the event's figures as stored, in position order.
func readFigures(t testing.TB, s *store.Store, id string) []events.Figure {
	t.Helper()
	rows, err := s.DB().Query(`SELECT position, kind, value, currency, unit, metric, period, basis, change, approx,
	segment, text FROM figures WHERE event_id = $1 ORDER BY position`, id)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []events.Figure
	for rows.Next() {
		var pos int
		var f events.Figure
		var kind string
		var currency, unit, metric, period, basis, segment sql.NullString
		if err := rows.Scan(&pos, &kind, &f.Value, &currency, &unit, &metric, &period, &basis, &f.Change,
			&f.Approx, &segment, &f.Text); err != nil {
			t.Fatal(err)
		}
		if pos != len(out) {
			t.Errorf("figure position %d, want %d", pos, len(out))
		}
		f.Kind, f.Currency, f.Unit, f.Metric = events.FigureKind(kind), currency.String, unit.String, events.Metric(metric.String)
		f.Period, f.Basis, f.Segment = period.String, events.Basis(basis.String), segment.String
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

type deliveryRow struct {
	Target, Status string
	Attempts       int
	LastError      sql.NullString
	DeliveredAt    sql.NullTime
}

func readDeliveries(t testing.TB, s *store.Store, id string) []deliveryRow {
	t.Helper()
	rows, err := s.DB().Query(`SELECT target, status, attempts, last_error, delivered_at FROM deliveries
	WHERE event_id = $1 ORDER BY target`, id)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []deliveryRow
	for rows.Next() {
		var d deliveryRow
		if err := rows.Scan(&d.Target, &d.Status, &d.Attempts, &d.LastError, &d.DeliveredAt); err != nil {
			t.Fatal(err)
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// storedFigures strips what the figures table does not keep (the
// subject, which is the event's company).
func storedFigures(fs []events.Figure) []events.Figure {
	out := slices.Clone(fs)
	for i := range out {
		out[i].Subject = ""
	}
	return out
}

func upsert(t testing.TB, s *store.Store, ev events.Event, payload []byte, targets []string, now time.Time) store.Change {
	t.Helper()
	c, err := s.Upsert(context.Background(), ev, payload, targets, now)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestUpsert(t *testing.T) {
	targets := []string{"http://a.example/hook", "jsonl:/var/lib/tickerwire/events.jsonl"}
	tests := []struct {
		name string
		run  func(t *testing.T, s *store.Store)
	}{
		{"new event", func(t *testing.T, s *store.Store) {
			ev, payload := load(t, "earnings-amzn.json")
			if c := upsert(t, s, ev, payload, targets, t0); c != store.Inserted {
				t.Fatalf("change = %v, want new", c)
			}
			got := readEvent(t, s, ev.ID)
			want := eventRow{
				Type: "earnings", CompanyName: "Amazon.com, Inc.", ArticleID: ev.Article.ID,
				ArticleTitle: "Amazon verschreckt Aktionäre mit hohen KI-Investitionen", Payload: string(payload),
				Ticker: valid("AMZN"), Period: valid("Q2 2024"),
				ArticleURL:  valid("https://news.example.com/2024/08/amazon-ki-investitionen"),
				PublishedAt: sql.NullTime{Time: time.Date(2024, 8, 2, 6, 15, 0, 0, time.UTC), Valid: true},
				DetectedAt:  time.Date(2024, 8, 2, 6, 15, 42, 123456000, time.UTC),
				CreatedAt:   t0, UpdatedAt: t0,
			}
			if !equalRows(got, want) {
				t.Errorf("event row:\n got %+v\nwant %+v", got, want)
			}
			if figs := readFigures(t, s, ev.ID); !slices.Equal(figs, storedFigures(ev.Figures)) {
				t.Errorf("figures:\n got %+v\nwant %+v", figs, storedFigures(ev.Figures))
			}
			wantD := []deliveryRow{{Target: targets[0], Status: "pending"}, {Target: targets[1], Status: "pending"}}
			if d := readDeliveries(t, s, ev.ID); !slices.Equal(d, wantD) {
				t.Errorf("deliveries:\n got %+v\nwant %+v", d, wantD)
			}
		}},
		{"optional fields empty", func(t *testing.T, s *store.Store) {
			ev, _ := load(t, "capex-amzn.json")
			ev.ID = "unlisted-capex"
			ev.Company = events.Company{Name: "Muster Maschinenbau GmbH"}
			ev.Article.URL, ev.Article.PublishedAt = "", nil
			ev.Figures[0].Period = ""
			if c := upsert(t, s, ev, encode(t, ev), nil, t0); c != store.Inserted {
				t.Fatalf("change = %v, want new", c)
			}
			got := readEvent(t, s, ev.ID)
			if got.Ticker.Valid || got.Period.Valid || got.ArticleURL.Valid || got.PublishedAt.Valid {
				t.Errorf("want NULL ticker, period, article_url, published_at; got %+v", got)
			}
			if d := readDeliveries(t, s, ev.ID); len(d) != 0 {
				t.Errorf("deliveries without targets: %+v", d)
			}
		}},
		{"redelivered event", func(t *testing.T, s *store.Store) {
			ev, payload := load(t, "earnings-amzn.json")
			upsert(t, s, ev, payload, targets, t0)
			// A later redelivery, with a target added since: no change
			// and no delivery for the new target.
			more := append(slices.Clone(targets), "http://b.example/hook")
			if c := upsert(t, s, ev, payload, more, t0.Add(time.Hour)); c != store.Unchanged {
				t.Fatalf("change = %v, want unchanged", c)
			}
			if got := readEvent(t, s, ev.ID); !got.UpdatedAt.Equal(t0) || !got.CreatedAt.Equal(t0) {
				t.Errorf("created_at %v, updated_at %v; want both %v", got.CreatedAt, got.UpdatedAt, t0)
			}
			if d := readDeliveries(t, s, ev.ID); len(d) != 2 {
				t.Errorf("deliveries after redelivery: %+v", d)
			}
			if n := len(readFigures(t, s, ev.ID)); n != len(ev.Figures) {
				t.Errorf("%d figures, want %d", n, len(ev.Figures))
			}
		}},
		{"re-enriched event", func(t *testing.T, s *store.Store) {
			ev, payload := load(t, "earnings-amzn.json")
			upsert(t, s, ev, payload, targets, t0)
			if err := s.Delivered(context.Background(), targets[0], []string{ev.ID}, t0); err != nil {
				t.Fatal(err)
			}
			again := ev
			again.Figures = ev.Figures[:2]
			again.DetectedAt = ev.DetectedAt.Add(24 * time.Hour)
			later := t0.Add(24 * time.Hour)
			if c := upsert(t, s, again, encode(t, again), targets, later); c != store.Updated {
				t.Fatalf("change = %v, want updated", c)
			}
			got := readEvent(t, s, ev.ID)
			if !got.CreatedAt.Equal(t0) || !got.UpdatedAt.Equal(later) || !got.DetectedAt.Equal(again.DetectedAt) {
				t.Errorf("created_at %v updated_at %v detected_at %v", got.CreatedAt, got.UpdatedAt, got.DetectedAt)
			}
			if got.Payload != string(encode(t, again)) {
				t.Errorf("payload not replaced")
			}
			if figs := readFigures(t, s, ev.ID); !slices.Equal(figs, storedFigures(again.Figures)) {
				t.Errorf("figures:\n got %+v\nwant %+v", figs, storedFigures(again.Figures))
			}
			wantD := []deliveryRow{
				{Target: targets[0], Status: "delivered", Attempts: 1, DeliveredAt: sql.NullTime{Time: t0, Valid: true}},
				{Target: targets[1], Status: "pending"},
			}
			if d := readDeliveries(t, s, ev.ID); !equalDeliveries(d, wantD) {
				t.Errorf("deliveries:\n got %+v\nwant %+v", d, wantD)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			storetest.Run(t, func(t *testing.T, b storetest.Backend) { tc.run(t, open(t, b)) })
		})
	}
}

func valid(s string) sql.NullString { return sql.NullString{String: s, Valid: true} }

func equalRows(a, b eventRow) bool {
	return a.Type == b.Type && a.CompanyName == b.CompanyName && a.ArticleID == b.ArticleID &&
		a.ArticleTitle == b.ArticleTitle && a.Payload == b.Payload && a.Ticker == b.Ticker && a.Period == b.Period &&
		a.ArticleURL == b.ArticleURL && a.PublishedAt.Valid == b.PublishedAt.Valid &&
		a.PublishedAt.Time.Equal(b.PublishedAt.Time) && a.DetectedAt.Equal(b.DetectedAt) &&
		a.CreatedAt.Equal(b.CreatedAt) && a.UpdatedAt.Equal(b.UpdatedAt)
}

func equalDeliveries(a, b []deliveryRow) bool {
	return slices.EqualFunc(a, b, func(x, y deliveryRow) bool {
		return x.Target == y.Target && x.Status == y.Status && x.Attempts == y.Attempts && x.LastError == y.LastError &&
			x.DeliveredAt.Valid == y.DeliveredAt.Valid && x.DeliveredAt.Time.Equal(y.DeliveredAt.Time)
	})
}

func TestMigrations(t *testing.T) {
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		ctx := context.Background()
		ev, payload := load(t, "earnings-amzn.json")
		s := open(t, b)
		upsert(t, s, ev, payload, []string{"http://a.example/hook"}, t0)
		s.Close()

		// Restarts, several at once, find the schema in place and apply
		// nothing twice.
		var wg sync.WaitGroup
		errs := make(chan error, 4)
		for range 4 {
			wg.Go(func() {
				s, err := b.Open(ctx)
				if err != nil {
					errs <- err
					return
				}
				errs <- s.Close()
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Errorf("reopen: %v", err)
			}
		}
		s = open(t, b)
		var versions, rows int
		if err := s.DB().QueryRow(`SELECT COUNT(*) FROM schema_migrations`).Scan(&versions); err != nil {
			t.Fatal(err)
		}
		if versions != 1 {
			t.Errorf("%d schema versions recorded, want 1", versions)
		}
		if err := s.DB().QueryRow(`SELECT COUNT(*) FROM events`).Scan(&rows); err != nil {
			t.Fatal(err)
		}
		if rows != 1 {
			t.Errorf("%d events after restart, want 1", rows)
		}
		if c := upsert(t, s, ev, payload, nil, t0); c != store.Unchanged {
			t.Errorf("change after restart = %v, want unchanged", c)
		}

		// A database migrated by a newer sink is refused.
		if _, err := s.DB().Exec(`INSERT INTO schema_migrations (version, applied_at) VALUES (99, CURRENT_TIMESTAMP)`); err != nil {
			t.Fatal(err)
		}
		if s, err := b.Open(ctx); err == nil {
			s.Close()
			t.Error("opened a database with schema version 99")
		}
	})
}

func TestOutbox(t *testing.T) {
	const target = "http://a.example/hook"
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		ctx := context.Background()
		s := open(t, b)
		earn, p1 := load(t, "earnings-amzn.json")
		capex, p2 := load(t, "capex-amzn.json")
		upsert(t, s, earn, p1, []string{target}, t0)
		upsert(t, s, capex, p2, []string{target}, t0.Add(time.Second))

		ids := func(ds []store.Delivery) []string {
			var out []string
			for _, d := range ds {
				out = append(out, d.EventID)
			}
			return out
		}
		claim := func(now time.Time, limit int) []store.Delivery {
			t.Helper()
			ds, err := s.Claim(ctx, target, now, time.Minute, limit)
			if err != nil {
				t.Fatal(err)
			}
			return ds
		}
		check := func(err error) {
			t.Helper()
			if err != nil {
				t.Fatal(err)
			}
		}

		if ds := claim(t0.Add(-time.Second), 10); len(ds) != 0 {
			t.Fatalf("claimed before due: %v", ids(ds))
		}
		ds := claim(t0.Add(2*time.Second), 1)
		if len(ds) != 1 || ds[0].EventID != earn.ID || ds[0].EventType != events.EventEarnings ||
			string(ds[0].Payload) != string(p1) || ds[0].Attempts != 0 || !ds[0].CreatedAt.Equal(t0) {
			t.Fatalf("first claim = %+v", ds)
		}
		// The lease hides the claimed delivery; the other one is next.
		if got := ids(claim(t0.Add(3*time.Second), 10)); !slices.Equal(got, []string{capex.ID}) {
			t.Fatalf("second claim = %v, want [%s]", got, capex.ID)
		}
		if got := ids(claim(t0.Add(3*time.Second), 10)); len(got) != 0 {
			t.Fatalf("claimed leased deliveries: %v", got)
		}
		// After the lease (a crashed claimer) both are claimed again.
		if got := ids(claim(t0.Add(2*time.Minute), 10)); len(got) != 2 {
			t.Fatalf("claim after lease = %v", got)
		}

		now := t0.Add(3 * time.Minute)
		check(s.Retry(ctx, target, []string{earn.ID}, now.Add(10*time.Second), "status 503"))
		check(s.Release(ctx, target, []string{capex.ID}, now))
		if n, err := s.Pending(ctx, target); err != nil || n != 2 {
			t.Fatalf("pending = %d, %v; want 2", n, err)
		}
		if next, ok, err := s.NextDue(ctx, target); err != nil || !ok || !next.Equal(now) {
			t.Fatalf("next due = %v %v %v; want %v", next, ok, err, now)
		}
		// Release counted no attempt; Retry did.
		ds = claim(now.Add(10*time.Second), 10)
		if len(ds) != 2 || ds[0].EventID != capex.ID || ds[0].Attempts != 0 || ds[1].Attempts != 1 {
			t.Fatalf("claim after retry = %+v", ds)
		}
		check(s.Delivered(ctx, target, []string{capex.ID}, now.Add(11*time.Second)))
		check(s.Fail(ctx, target, []string{earn.ID}, "status 400"))
		if n, err := s.Pending(ctx, target); err != nil || n != 0 {
			t.Fatalf("pending = %d, %v; want 0", n, err)
		}
		if _, ok, err := s.NextDue(ctx, target); err != nil || ok {
			t.Fatalf("next due with nothing pending: ok=%v err=%v", ok, err)
		}
		want := []deliveryRow{{Target: target, Status: "failed", Attempts: 2, LastError: valid("status 400")}}
		if got := readDeliveries(t, s, earn.ID); !equalDeliveries(got, want) {
			t.Errorf("failed delivery:\n got %+v\nwant %+v", got, want)
		}
		want = []deliveryRow{{Target: target, Status: "delivered", Attempts: 1,
			DeliveredAt: sql.NullTime{Time: now.Add(11 * time.Second), Valid: true}}}
		if got := readDeliveries(t, s, capex.ID); !equalDeliveries(got, want) {
			t.Errorf("delivered delivery:\n got %+v\nwant %+v", got, want)
		}
	})
}

// TestConcurrentClaims checks that concurrent claimers (several sinks on
// one database) never get the same delivery.
func TestConcurrentClaims(t *testing.T) {
	const target = "http://a.example/hook"
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		ctx := context.Background()
		s := open(t, b)
		ev, _ := load(t, "earnings-amzn.json")
		const n = 40
		for i := range n {
			ev.ID = fmt.Sprintf("event-%02d", i)
			upsert(t, s, ev, encode(t, ev), []string{target}, t0)
		}
		var mu sync.Mutex
		seen := map[string]int{}
		var wg sync.WaitGroup
		for range 4 {
			other := open(t, b)
			wg.Go(func() {
				for {
					ds, err := other.Claim(ctx, target, t0, time.Hour, 3)
					if err != nil {
						t.Error(err)
						return
					}
					if len(ds) == 0 {
						return
					}
					mu.Lock()
					for _, d := range ds {
						seen[d.EventID]++
					}
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		if len(seen) != n {
			t.Errorf("%d deliveries claimed, want %d", len(seen), n)
		}
		for id, c := range seen {
			if c != 1 {
				t.Errorf("%s claimed %d times", id, c)
			}
		}
	})
}

func TestPeriod(t *testing.T) {
	tests := []struct {
		name    string
		figures []events.Figure
		want    string
	}{
		{"none", nil, ""},
		{"no period", []events.Figure{{Kind: events.KindMoney}}, ""},
		{"first actual wins", []events.Figure{
			{Period: "FY 2025", Basis: events.BasisGuidance},
			{Period: "Q2 2024", Basis: events.BasisActual},
			{Period: "Q1 2024", Basis: events.BasisActual},
		}, "Q2 2024"},
		{"else first with a period", []events.Figure{
			{Basis: events.BasisActual},
			{Period: "FY 2025", Basis: events.BasisGuidance},
			{Period: "H2", Basis: events.BasisEstimate},
		}, "FY 2025"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := store.Period(events.Event{Figures: tc.figures}); got != tc.want {
				t.Errorf("Period = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestFiguresQuery runs the query of the package documentation on both
// databases.
func TestFiguresQuery(t *testing.T) {
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		s := open(t, b)
		ev, payload := load(t, "earnings-amzn.json")
		upsert(t, s, ev, payload, nil, t0)
		rows, err := s.DB().Query(`SELECT e.ticker, e.period, f.segment, f.value, f.currency
	FROM events e JOIN figures f ON f.event_id = e.id
	WHERE e.type = 'earnings' AND f.metric = 'revenue' AND f.basis = 'actual'
	  AND NOT f.change
	ORDER BY e.detected_at, f.position`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var got []string
		for rows.Next() {
			var ticker, period, currency string
			var segment sql.NullString
			var value float64
			if err := rows.Scan(&ticker, &period, &segment, &value, &currency); err != nil {
				t.Fatal(err)
			}
			got = append(got, fmt.Sprintf("%s %s %s %.0f %s", ticker, period, segment.String, value, currency))
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		want := []string{"AMZN Q2 2024  148800000000 USD", "AMZN Q2 2024 AWS 26300000000 USD"}
		if !slices.Equal(got, want) {
			t.Errorf("revenue rows:\n got %q\nwant %q", got, want)
		}
	})
}

// TestUpsertAll: a batch is applied in order in one transaction, so a
// redelivery inside the same batch changes nothing and a later version
// of an event updates it.
func TestUpsertAll(t *testing.T) {
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		s := open(t, b)
		earnings, ep := load(t, "earnings-amzn.json")
		capex, cp := load(t, "capex-amzn.json")
		revised := capex
		revised.Figures = append([]events.Figure(nil), capex.Figures...)
		revised.Figures[0].Value++
		items := []store.Item{
			{Event: earnings, Payload: ep},
			{Event: capex, Payload: cp},
			{Event: earnings, Payload: ep},
			{Event: revised, Payload: encode(t, revised)},
		}
		changes, err := s.UpsertAll(context.Background(), items, []string{"http://a.example/hook"}, t0)
		if err != nil {
			t.Fatal(err)
		}
		want := []store.Change{store.Inserted, store.Inserted, store.Unchanged, store.Updated}
		if !slices.Equal(changes, want) {
			t.Fatalf("changes %v, want %v", changes, want)
		}
		if figs := readFigures(t, s, capex.ID); !slices.Equal(figs, storedFigures(revised.Figures)) {
			t.Errorf("figures of the revised event:\n got %+v\nwant %+v", figs, storedFigures(revised.Figures))
		}
		if d := readDeliveries(t, s, earnings.ID); len(d) != 1 {
			t.Errorf("earnings event has %d deliveries, want 1", len(d))
		}
		if _, err := s.UpsertAll(context.Background(), nil, nil, t0); err != nil {
			t.Errorf("empty batch: %v", err)
		}
	})
}
