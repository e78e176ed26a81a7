package ingest

import (
	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the worker's Prometheus collectors, all prefixed
// tickerwire_ingest_.
type metrics struct {
	// polls counts feed polls by outcome: ok, not_modified, or the kind
	// of the error (see errorKind).
	polls *prometheus.CounterVec
	// published counts articles acknowledged by the broker, by
	// text_from (feed or page).
	published *prometheus.CounterVec
	// pages counts article page fetches by outcome: ok or the error kind.
	pages *prometheus.CounterVec
	// bytes counts response body bytes by kind: feed or page.
	bytes *prometheus.CounterVec
	// latency observes complete responses, by kind: feed or page.
	latency *prometheus.HistogramVec
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	const ns, sub = "tickerwire", "ingest"
	m := &metrics{
		polls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Subsystem: sub, Name: "polls_total",
			Help: "Feed polls by outcome: ok, not_modified, or the kind of error.",
		}, []string{"outcome"}),
		published: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Subsystem: sub, Name: "articles_published_total",
			Help: "Articles acknowledged by the broker, by where their text came from (feed or page).",
		}, []string{"text_from"}),
		pages: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Subsystem: sub, Name: "page_fetches_total",
			Help: "Article page fetches for full text by outcome: ok or the kind of error.",
		}, []string{"outcome"}),
		bytes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Subsystem: sub, Name: "fetched_bytes_total",
			Help: "Response body bytes received, by kind (feed or page).",
		}, []string{"kind"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: ns, Subsystem: sub, Name: "fetch_duration_seconds",
			Help:    "Time from sending a request to the end of its body, by kind (feed or page).",
			Buckets: prometheus.ExponentialBuckets(0.025, 2, 10),
		}, []string{"kind"}),
	}
	for _, c := range []prometheus.Collector{m.polls, m.published, m.pages, m.bytes, m.latency} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}
