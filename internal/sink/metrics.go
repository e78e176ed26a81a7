package sink

import (
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the sink's Prometheus metrics. They are always collected
// and registered only when a Registerer is given.
type metrics struct {
	stored    *prometheus.CounterVec
	delivered *prometheus.CounterVec
	latency   *prometheus.HistogramVec
	attempt   *prometheus.HistogramVec
	pending   *prometheus.GaugeVec
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		stored: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "tickerwire_sink_events_total",
			Help: "Events handled by the sink, by type and by what the upsert did: new, unchanged (a redelivery) or updated (a re-enrichment).",
		}, []string{"type", "change"}),
		delivered: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "tickerwire_sink_deliveries_total",
			Help: "Delivery attempts by target and outcome: delivered, retry (scheduled again) or failed (given up).",
		}, []string{"target", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "tickerwire_sink_delivery_latency_seconds",
			Help:    "Time from storing an event to its successful delivery, retries included, by target.",
			Buckets: prometheus.ExponentialBuckets(0.005, 4, 10),
		}, []string{"target"}),
		attempt: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "tickerwire_sink_delivery_attempt_seconds",
			Help:    "Duration of one webhook request or one JSON Lines batch write, by target.",
			Buckets: prometheus.ExponentialBuckets(0.001, 4, 9),
		}, []string{"target"}),
		pending: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "tickerwire_sink_outbox_pending",
			Help: "Deliveries waiting in the outbox (due or scheduled for a retry), by target.",
		}, []string{"target"}),
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.stored, m.delivered, m.latency, m.attempt, m.pending} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("register metrics: %w", err)
		}
	}
	return m, nil
}
