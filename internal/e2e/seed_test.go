package e2e

import (
	"bytes"
	"context"
	"slices"
	"testing"
	"time"

	"github.com/tickerwire/tickerwire/internal/app"
	"github.com/tickerwire/tickerwire/internal/sink/store/storetest"
	"github.com/tickerwire/tickerwire/internal/stream/streamtest"
	"github.com/tickerwire/tickerwire/pkg/events"
)

// TestSeedCase is DESIGN.md's seed case end to end: a German article about
// Amazon's quarter, served in an RSS feed, becomes exactly one capex alert
// (30.5 bn USD) and one earnings event (revenue 148.8 bn USD) for AMZN,
// at the webhook and in SQL, on SQLite and on PostgreSQL. Every record the
// run put on a topic matches that topic's JSON Schema.
func TestSeedCase(t *testing.T) {
	storetest.Run(t, func(t *testing.T, db storetest.Backend) {
		dir := t.TempDir()
		if db.DataDir != "" {
			dir = db.DataDir
		}
		seed := loadArticle(t, "seed-de.json")
		feed := feedServer(t, []article{seed}, func(int) int { return 1 })
		hook := newHooks(t)
		cl := newCluster(dir)
		args := append([]string{
			"--feeds", writeFeeds(t, dir, feed.URL), "--data-dir", dir,
			"--webhook", hook.srv.URL + "/hook", "--webhook-secret", hook.secret,
			"--log-level", "warn", "--log-format", "console",
		}, append(cl.args(), backendArgs(db)...)...)

		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		defer cancel()
		var stderr bytes.Buffer
		done := make(chan int, 1)
		go func() {
			done <- app.Main(ctx, app.Spec{Name: "tickerwire run", Stages: []app.Stage{app.Ingest, app.Enrich, app.Sink}, Embedded: true},
				args, func(string) string { return "" }, &stderr)
		}()
		waitFor(t, 90*time.Second, "a capex alert and an earnings event at the webhook", func() bool {
			got, _, _ := hook.received()
			return slices.ContainsFunc(got, func(e events.Event) bool { return e.Type == events.EventCapexAlert }) &&
				slices.ContainsFunc(got, func(e events.Event) bool { return e.Type == events.EventEarnings })
		})

		// The records on the topics, checked against their schemas.
		sc := cl.config(t)
		sch := schemas(t)
		for _, topic := range []string{events.TopicRaw, events.TopicEnriched, events.TopicEarnings, events.TopicCapex} {
			recs := streamtest.Read(t, sc, topic, 1, 30*time.Second)
			if len(recs) == 0 {
				t.Errorf("no record on %s", topic)
			}
			for _, r := range recs {
				validate(t, sch[topic], topic+" record", r.Value)
			}
		}

		// Let a second delivery, if there were one, arrive before
		// stopping the run and counting.
		time.Sleep(time.Second)
		cancel()
		if code := <-done; code != app.ExitOK {
			t.Fatalf("run exited %d: %s", code, stderr.String())
		}

		got, bodies, errs := hook.received()
		for _, e := range errs {
			t.Error(e)
		}
		var capex, earnings []events.Event
		for i, e := range got {
			switch e.Type {
			case events.EventCapexAlert:
				capex = append(capex, e)
				validate(t, sch[events.TopicCapex], "capex webhook body", bodies[i])
			case events.EventEarnings:
				earnings = append(earnings, e)
				validate(t, sch[events.TopicEarnings], "earnings webhook body", bodies[i])
			}
		}
		if len(capex) != 1 || len(earnings) != 1 {
			t.Fatalf("webhook got %d capex alerts and %d earnings events, want one each", len(capex), len(earnings))
		}
		if capex[0].Company.Ticker != "AMZN" || !hasFigure(capex[0].Figures, events.MetricCapex, 30.5e9) {
			t.Errorf("capex alert: %+v, want AMZN with capex 30.5 bn USD", capex[0])
		}
		if earnings[0].Company.Ticker != "AMZN" || !hasFigure(earnings[0].Figures, events.MetricRevenue, 148.8e9) {
			t.Errorf("earnings event: %+v, want AMZN with revenue 148.8 bn USD", earnings[0])
		}

		// The same facts in SQL.
		conn := openDB(t, db)
		for _, tc := range []struct {
			typ    events.EventType
			metric events.Metric
			value  float64
		}{
			{events.EventCapexAlert, events.MetricCapex, 30.5e9},
			{events.EventEarnings, events.MetricRevenue, 148.8e9},
		} {
			var rows, matching int
			if err := conn.QueryRow(`SELECT COUNT(*) FROM events WHERE type = $1 AND ticker = 'AMZN'`, string(tc.typ)).Scan(&rows); err != nil {
				t.Fatal(err)
			}
			err := conn.QueryRow(`SELECT COUNT(*) FROM figures f JOIN events e ON e.id = f.event_id
				WHERE e.type = $1 AND e.ticker = 'AMZN' AND f.metric = $2 AND f.currency = 'USD' AND f.value = $3`,
				string(tc.typ), string(tc.metric), tc.value).Scan(&matching)
			if err != nil {
				t.Fatal(err)
			}
			if rows != 1 || matching != 1 {
				t.Errorf("SQL: %d %s rows for AMZN (want 1), %d with %s %.0f USD (want 1)", rows, tc.typ, matching, tc.metric, tc.value)
			}
		}
	})
}

func hasFigure(figs []events.Figure, metric events.Metric, value float64) bool {
	return slices.ContainsFunc(figs, func(f events.Figure) bool {
		return f.Metric == metric && f.Kind == events.KindMoney && f.Currency == "USD" && f.Value == value
	})
}
