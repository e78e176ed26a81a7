package enrich

import (
	"testing"
	"time"

	"github.com/tickerwire/tickerwire/pkg/events"
	"github.com/tickerwire/tickerwire/pkg/nlp"
)

func fig(metric events.Metric, kind events.FigureKind, value float64, subject, period string) nlp.Figure {
	var f nlp.Figure
	f.Kind, f.Value, f.Metric, f.Subject, f.Period = kind, value, metric, subject, period
	if kind == events.KindMoney {
		f.Currency = "USD"
	}
	return f
}

func TestBuildEvents(t *testing.T) {
	pub := time.Date(2024, 8, 1, 20, 0, 0, 0, time.UTC)
	article := events.RawArticle{ID: "0123456789abcdef0123456789abcdef", URL: "https://news.example/a", Source: "s", Title: "t",
		PublishedAt: &pub, FetchedAt: pub.Add(time.Minute)}
	amzn := events.Entity{Text: "Amazon", Type: events.EntityOrg, Canonical: "Amazon.com, Inc.", Ticker: "AMZN"}
	googl := events.Entity{Text: "Google", Type: events.EntityOrg, Canonical: "Alphabet Inc.", Ticker: "GOOGL"}
	private := events.Entity{Text: "Wien Energie", Type: events.EntityOrg, Canonical: "Wien Energie GmbH"}

	type want struct {
		typ     events.EventType
		company events.Company
		metrics []events.Metric
	}
	for _, tc := range []struct {
		name string
		res  nlp.Result
		want []want
	}{
		{
			name: "untagged article gives nothing",
			res:  nlp.Result{Entities: []events.Entity{amzn}, Figures: []nlp.Figure{fig(events.MetricRevenue, events.KindMoney, 1e9, "AMZN", "")}},
		},
		{
			name: "earnings and capex of one company",
			res: nlp.Result{
				Entities: []events.Entity{amzn, googl},
				Figures: []nlp.Figure{
					fig(events.MetricCapex, events.KindMoney, 30.5e9, "AMZN", "H1"),
					fig(events.MetricRevenue, events.KindPercent, 10, "AMZN", ""),
					fig(events.MetricRevenue, events.KindMoney, 148.8e9, "AMZN", "Q2"),
					fig(events.MetricSharePrice, events.KindPercent, -7, "AMZN", ""),
				},
				Tags: []events.Tag{events.TagEarnings, events.TagCapex, events.TagStockMove},
			},
			want: []want{
				{events.EventEarnings, events.Company{Name: "Amazon.com, Inc.", Ticker: "AMZN"}, []events.Metric{events.MetricRevenue, events.MetricRevenue, events.MetricSharePrice}},
				{events.EventCapexAlert, events.Company{Name: "Amazon.com, Inc.", Ticker: "AMZN"}, []events.Metric{events.MetricCapex}},
			},
		},
		{
			name: "figures without subject go to the main company; two companies, two events",
			res: nlp.Result{
				Entities: []events.Entity{private, googl, amzn},
				Figures: []nlp.Figure{
					fig(events.MetricNetIncome, events.KindMoney, 5e9, "", "Q2"),
					fig(events.MetricRevenue, events.KindMoney, 20e9, "AMZN", "Q2"),
				},
				Tags: []events.Tag{events.TagEarnings},
			},
			want: []want{
				{events.EventEarnings, events.Company{Name: "Alphabet Inc.", Ticker: "GOOGL"}, []events.Metric{events.MetricNetIncome}},
				{events.EventEarnings, events.Company{Name: "Amazon.com, Inc.", Ticker: "AMZN"}, []events.Metric{events.MetricRevenue}},
			},
		},
		{
			name: "capex without an amount alerts the main company",
			res:  nlp.Result{Entities: []events.Entity{private}, Tags: []events.Tag{events.TagCapex}},
			want: []want{{events.EventCapexAlert, events.Company{Name: "Wien Energie GmbH"}, nil}},
		},
		{
			name: "capex tag without any company gives nothing",
			res:  nlp.Result{Tags: []events.Tag{events.TagCapex}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := buildEvents(article, tc.res)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d events, want %d: %+v", len(got), len(tc.want), got)
			}
			ids := map[string]bool{}
			for i, w := range tc.want {
				e := got[i]
				if e.Type != w.typ || e.Company != w.company {
					t.Errorf("event %d: %s %+v, want %s %+v", i, e.Type, e.Company, w.typ, w.company)
				}
				if len(e.Figures) != len(w.metrics) {
					t.Errorf("event %d: %d figures, want %d", i, len(e.Figures), len(w.metrics))
					continue
				}
				for j, m := range w.metrics {
					if e.Figures[j].Metric != m || e.Figures[j].Subject != e.Company.Key() {
						t.Errorf("event %d figure %d: metric %s subject %q, want %s %q", i, j, e.Figures[j].Metric, e.Figures[j].Subject, m, e.Company.Key())
					}
				}
				if e.ID == "" || ids[e.ID] {
					t.Errorf("event %d: id %q empty or repeated", i, e.ID)
				}
				ids[e.ID] = true
				if !e.DetectedAt.Equal(article.FetchedAt) || e.Article.ID != article.ID {
					t.Errorf("event %d: detected_at %v article %q", i, e.DetectedAt, e.Article.ID)
				}
			}
			again := buildEvents(article, tc.res)
			for i := range again {
				if again[i].ID != got[i].ID {
					t.Errorf("event %d: id not deterministic", i)
				}
			}
		})
	}
}

func TestDominantPeriod(t *testing.T) {
	for _, tc := range []struct {
		periods []string
		want    string
	}{
		{nil, ""},
		{[]string{"", "Q2"}, "Q2"},
		{[]string{"Q2", "Q2 2024"}, "Q2 2024"},
		{[]string{"FY 2024", "Q2 2024", "Q2 2024"}, "Q2 2024"},
	} {
		var figs []events.Figure
		for _, p := range tc.periods {
			figs = append(figs, events.Figure{Period: p})
		}
		if got := dominantPeriod(figs); got != tc.want {
			t.Errorf("dominantPeriod(%v) = %q, want %q", tc.periods, got, tc.want)
		}
	}
}
