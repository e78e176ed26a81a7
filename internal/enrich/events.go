package enrich

import (
	"slices"

	"github.com/tickerwire/tickerwire/pkg/events"
	"github.com/tickerwire/tickerwire/pkg/nlp"
)

// eventMetrics are the metrics whose figures belong in an earnings event.
// Capex and deal values have events of their own (or none) and would only
// blur a results record.
func earningsMetric(m events.Metric) bool {
	return m != events.MetricCapex && m != events.MetricDealValue
}

// buildEvents derives the earnings events and capex alerts of an enriched
// article:
//
//   - tagged earnings: one event per company that is the subject of at
//     least one figure, holding that company's figures except capex and deal
//     values;
//   - tagged capex: one alert per company that is the subject of a capex
//     figure, holding those figures; when the article gives no capex
//     amount, one alert without figures for its main company.
//
// Figures without a subject count for the main company: the first listed
// company the article names, since articles lead with their subject.
// Events are ordered by company as they first appear among the figures,
// so the output is deterministic.
func buildEvents(a events.RawArticle, res nlp.Result) []events.Event {
	earnings := slices.Contains(res.Tags, events.TagEarnings)
	capex := slices.Contains(res.Tags, events.TagCapex)
	if !earnings && !capex {
		return nil
	}
	main := mainCompany(res.Entities)
	subject := func(f nlp.Figure) string {
		if f.Subject != "" {
			return f.Subject
		}
		return main
	}
	ref := a.Ref()
	base := func(typ events.EventType, company events.Company, figs []events.Figure) events.Event {
		return events.Event{
			Type: typ, Company: company, Figures: figs, Tags: res.Tags, Article: ref,
			// The fetch time, not the time of this enrichment, so that
			// enriching the same article again yields the same record.
			DetectedAt: a.FetchedAt,
		}
	}
	var out []events.Event
	if earnings {
		for _, key := range subjects(res.Figures, subject, earningsMetric) {
			figs := figuresOf(res.Figures, key, subject, earningsMetric)
			e := base(events.EventEarnings, company(res.Entities, key), figs)
			e.ID = events.EarningsEventID(e.Company, dominantPeriod(figs), a.ID)
			out = append(out, e)
		}
	}
	if capex {
		isCapex := func(m events.Metric) bool { return m == events.MetricCapex }
		keys := subjects(res.Figures, subject, isCapex)
		for _, key := range keys {
			figs := figuresOf(res.Figures, key, subject, isCapex)
			e := base(events.EventCapexAlert, company(res.Entities, key), figs)
			e.ID = events.CapexAlertID(e.Company, largestAmount(figs), dominantPeriod(figs), ref)
			out = append(out, e)
		}
		if len(keys) == 0 && main != "" {
			e := base(events.EventCapexAlert, company(res.Entities, main), []events.Figure{})
			e.ID = events.CapexAlertID(e.Company, nil, "", ref)
			out = append(out, e)
		}
	}
	return out
}

// mainCompany is the ticker (or canonical name) of the first ORG with a
// ticker, or of the first ORG when none is listed.
func mainCompany(ents []events.Entity) string {
	first := ""
	for _, e := range ents {
		if e.Type != events.EntityOrg {
			continue
		}
		if e.Ticker != "" {
			return e.Ticker
		}
		if first == "" {
			first = orgKey(e)
		}
	}
	return first
}

func orgKey(e events.Entity) string {
	if e.Ticker != "" {
		return e.Ticker
	}
	if e.Canonical != "" {
		return e.Canonical
	}
	return e.Text
}

// subjects lists, in order of first mention, the companies that are the
// subject of a figure whose metric passes keep.
func subjects(figs []nlp.Figure, subject func(nlp.Figure) string, keep func(events.Metric) bool) []string {
	var keys []string
	for _, f := range figs {
		if k := subject(f); k != "" && keep(f.Metric) && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}

func figuresOf(figs []nlp.Figure, key string, subject func(nlp.Figure) string, keep func(events.Metric) bool) []events.Figure {
	out := []events.Figure{}
	for _, f := range figs {
		if subject(f) == key && keep(f.Metric) {
			g := f.Figure
			g.Subject = key
			out = append(out, g)
		}
	}
	return out
}

// company names the company with the given key from the article's
// entities; a key no entity explains stands for itself.
func company(ents []events.Entity, key string) events.Company {
	for _, e := range ents {
		if e.Type == events.EntityOrg && (e.Ticker == key || e.Ticker == "" && orgKey(e) == key) {
			name := e.Canonical
			if name == "" {
				name = e.Text
			}
			return events.Company{Name: name, Ticker: e.Ticker}
		}
	}
	return events.Company{Name: key}
}

// dominantPeriod is the period most figures give, preferring one with a
// year; "" when none gives one.
func dominantPeriod(figs []events.Figure) string {
	counts := map[string]int{}
	best := ""
	for _, f := range figs {
		if f.Period == "" {
			continue
		}
		counts[f.Period]++
		if c := counts[f.Period]; c > counts[best] || c == counts[best] && len(f.Period) > len(best) {
			best = f.Period
		}
	}
	return best
}

// largestAmount is the largest money figure that is a level, not a
// change: the headline amount of a capex announcement.
func largestAmount(figs []events.Figure) *events.Figure {
	var best *events.Figure
	for i := range figs {
		f := &figs[i]
		if f.Kind == events.KindMoney && !f.Change && (best == nil || f.Value > best.Value) {
			best = f
		}
	}
	return best
}
