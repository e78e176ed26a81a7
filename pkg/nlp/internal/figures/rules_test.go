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

// TestChangeRules covers when a figure is a change and its sign.
func TestChangeRules(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"im Minus and ins Plus", "de", "Die Papiere lagen zeitweise 2,1 Prozent im Minus und drehten später 0,4 Prozent ins Plus.",
			[]want{{value: -2.1, change: 1}, {value: 0.4, change: 1}}},
		{"a clause without a verb goes on with the change before", "de", "Die Exporte fielen um 3,1 Prozent, die Importe um 1,4 Prozent.",
			[]want{{value: -3.1, change: 1}, {value: -1.4, change: 1}}},
		{"an adverb aber does not end the clause", "de", "Der Umsatz stieg, der Gewinn sank aber um 12 Prozent auf 80 Mio. Euro.",
			[]want{{value: -12, change: 1}, {value: 80e6, change: -1}}},
		{"more than a year before is a change", "de", "Der Umsatz lag bei 2,4 Mrd. Euro, 3 Prozent mehr als ein Jahr zuvor.",
			[]want{{value: 2.4e9, change: -1}, {value: 3, change: 1}}},
		{"more than a share is a comparison", "de", "Weniger als 40 Prozent der Kunden zahlen online.",
			[]want{{value: 40, change: -1}}},
		{"fewer before a noun", "en", "The line carried nine pct more freight but 4.5 pct fewer passengers.",
			[]want{{value: 9, change: 1}, {value: -4.5, change: 1}}},
		{"a change noun after modifiers", "en", "The group forecast a 10-12 % annual sales growth.",
			[]want{{value: 10, change: 1}, {value: 12, change: 1}}},
		{"up after the amount", "en", "The order backlog was 18 % up year-on-year.",
			[]want{{value: 18, change: 1}}},
		{"a base after an article is a level", "en", "The fund raised its holding to 12.5 pct from the 9.8 pct it held in May.",
			[]want{{value: 12.5, change: -1}, {value: 9.8, change: -1}}},
		{"a level after an adjective", "en", "The jobless rate rose to a record 7.4 pct in March.",
			[]want{{value: 7.4, change: -1}}},
		{"the base of a growth rate is a growth rate", "en", "Exports grew 6 pct in the quarter, down from 8 pct in the quarter before.",
			[]want{{value: 6, change: 1}, {value: 8, change: 1}}},
		{"a list takes its first member's reading", "en", "It raised its stake to 40.2 % of the shares and some 44.1 % of the votes.",
			[]want{{value: 40.2, change: -1}, {value: 44.1, change: -1, approx: 1}}},
		{"plural change nouns", "en", "Output fell 0.3 pct after increases of 0.6 pct in May and 0.2 pct in April.",
			[]want{{value: -0.3, change: 1}, {value: 0.6, change: 1}, {value: 0.2, change: 1}}},
		{"a gain in money is no change", "en", "Net includes a 2.5 mln dlr extraordinary gain.",
			[]want{{value: 2.5e6, change: -1}}},
		{"by a bond names the means", "en", "It will pay by a 200 mln dlr bond.",
			[]want{{value: 200e6, change: -1}}},
		{"losing money is a loss", "en", "The unit has been losing about 3 mln dlrs a quarter.",
			[]want{{value: -3e6, change: -1}}},
		{"um before an adjective", "de", "Die Wirtschaft wuchs um immerhin 2,8 Prozent.",
			[]want{{value: 2.8, change: 1}}},
		{"um before a price", "de", "Das Gerät ist um saftige 119 Euro zu haben.",
			[]want{{value: 119, change: -1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}
