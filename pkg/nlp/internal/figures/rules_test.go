package figures

import (
	"testing"

	"github.com/tickerwire/tickerwire/pkg/events"
)

// TestDetectionRules covers how amounts are found: hyphenated percent
// adjectives, crowns without a qualifier, loss nouns after the amount.
func TestDetectionRules(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"hyphenated percent in a German compound", "de", "Die Stadt bleibt als 40-Prozent-Partner an Bord und zieht sich nicht zurück.",
			[]want{{text: "40-Prozent", kind: percent, value: 40, change: -1}}},
		{"hyphenated pct before a noun", "en", "It agreed to buy a 12-pct interest in the pipeline.",
			[]want{{text: "12-pct", kind: percent, value: 12, change: -1, metric: events.MetricOther}}},
		{"hyphenated percent before a change noun", "en", "The bank reported a 7.5-percent increase in deposits.",
			[]want{{text: "7.5-percent", kind: percent, value: 7.5, change: 1}}},
		{"crowns take the country the text names", "en", "The Danish brewer said profit rose to 410 mln crowns.",
			[]want{{value: 410e6, currency: "DKK"}}},
		{"kronor are Swedish", "en", "Shares rose 2 percent to 95.50 kronor.",
			[]want{{value: 2}, {value: 95.5, currency: "SEK"}}},
		{"crowns without a country", "en", "Group sales were 3.2 billion crowns.",
			[]want{{value: 3.2e9, currency: "SEK"}}},
		{"loss noun after the amount", "de", "Die Tochter schrieb 2015 rund 80 Mio. Euro Verlust.",
			[]want{{value: -80e6, metric: events.MetricNetIncome}}},
		{"English loss noun after the amount", "en", "The unit posted a 4 mln dlr loss in the quarter.",
			[]want{{value: -4e6}}},
		{"a sign before a percent is not the price's", "de", "Die Aktie schloss mit minus 1,5 Prozent auf 22,40 Euro.",
			[]want{{value: -1.5, change: 1}, {value: 22.4, change: -1, metric: events.MetricSharePrice}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}
