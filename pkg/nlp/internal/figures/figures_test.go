package figures

import (
	"encoding/json"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tickerwire/tickerwire/pkg/events"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden runs Extract over the fixture articles in testdata and
// compares the figures with the .golden.json files beside them.
func TestGolden(t *testing.T) {
	for _, c := range []struct{ file, lang string }{
		{"de-quartal.txt", "de"},
		{"en-wire.txt", "en"},
		{"en-finance.txt", "en"},
	} {
		t.Run(c.file, func(t *testing.T) {
			text, err := os.ReadFile(filepath.Join("testdata", c.file))
			if err != nil {
				t.Fatal(err)
			}
			figs := Extract(string(text), c.lang)
			got, err := json.MarshalIndent(golden(figs), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", strings.TrimSuffix(c.file, ".txt")+".golden.json")
			if *update {
				if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
				t.Errorf("figures differ from %s (go test -update rewrites it):\n%s", path, got)
			}
		})
	}
}

// goldenFigure is a Figure with its offsets, as the golden files hold it.
type goldenFigure struct {
	events.Figure
	Start int `json:"start"`
	End   int `json:"end"`
}

func golden(figs []Figure) []goldenFigure {
	out := make([]goldenFigure, len(figs))
	for i, f := range figs {
		f.Value = math.Round(f.Value*1e6) / 1e6
		out[i] = goldenFigure{Figure: f.Figure, Start: f.Start, End: f.End}
	}
	return out
}

// want is the part of a figure a table test checks; empty fields are not
// checked, except that Value always is.
type want struct {
	text     string
	kind     events.FigureKind
	value    float64
	currency string
	unit     string
	metric   events.Metric
	period   string
	basis    events.Basis
	change   int // 1: must be a change, -1: must not be, 0: not checked
	approx   int
}

func check(t *testing.T, text, lang string, wants []want) {
	t.Helper()
	figs := Extract(text, lang)
	if len(figs) != len(wants) {
		for _, f := range figs {
			t.Logf("got %q %v %s %s", f.Text, f.Value, f.Kind, f.Currency)
		}
		t.Fatalf("Extract(%q) found %d figures, want %d", text, len(figs), len(wants))
	}
	for i, w := range wants {
		f := figs[i]
		if text[f.Start:f.End] != f.Text {
			t.Errorf("figure %d: text %q is not text[%d:%d]", i, f.Text, f.Start, f.End)
		}
		if w.text != "" && f.Text != w.text {
			t.Errorf("figure %d: text %q, want %q", i, f.Text, w.text)
		}
		if w.kind != "" && f.Kind != w.kind {
			t.Errorf("figure %d (%q): kind %s, want %s", i, f.Text, f.Kind, w.kind)
		}
		if math.Abs(f.Value-w.value) > 1e-9*math.Max(1, math.Abs(w.value)) {
			t.Errorf("figure %d (%q): value %v, want %v", i, f.Text, f.Value, w.value)
		}
		if w.currency != "" && f.Currency != w.currency {
			t.Errorf("figure %d (%q): currency %q, want %q", i, f.Text, f.Currency, w.currency)
		}
		if f.Unit != w.unit {
			t.Errorf("figure %d (%q): unit %q, want %q", i, f.Text, f.Unit, w.unit)
		}
		if w.metric != "" && f.Metric != w.metric {
			t.Errorf("figure %d (%q): metric %q, want %q", i, f.Text, f.Metric, w.metric)
		}
		if w.period != "" && f.Period != w.period && !(w.period == "-" && f.Period == "") {
			t.Errorf("figure %d (%q): period %q, want %q", i, f.Text, f.Period, w.period)
		}
		if w.basis != "" && f.Basis != w.basis {
			t.Errorf("figure %d (%q): basis %q, want %q", i, f.Text, f.Basis, w.basis)
		}
		if w.change != 0 && f.Change != (w.change > 0) {
			t.Errorf("figure %d (%q): change %v, want %v", i, f.Text, f.Change, w.change > 0)
		}
		if w.approx != 0 && f.Approx != (w.approx > 0) {
			t.Errorf("figure %d (%q): approx %v, want %v", i, f.Text, f.Approx, w.approx > 0)
		}
	}
}

const (
	money   = events.KindMoney
	percent = events.KindPercent
)

func TestNumbers(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"German decimal comma", "de", "Der Umsatz lag bei 30,5 Milliarden Euro.", []want{{text: "30,5 Milliarden Euro", value: 30.5e9, currency: "EUR"}}},
		{"German thousands and decimals", "de", "Er zahlte 1.234,5 Euro.", []want{{value: 1234.5, currency: "EUR"}}},
		{"English thousands and decimals", "en", "It paid $1,234.5 million.", []want{{value: 1234.5e6, currency: "USD"}}},
		{"ambiguous 1.234 in German", "de", "Das kostet 1.234 Euro.", []want{{value: 1234}}},
		{"ambiguous 1,234 in English", "en", "It costs 1,234 dlrs.", []want{{value: 1234}}},
		{"ambiguous 1,234 in German with scale", "de", "Ein Verlust von 1,234 Milliarden Euro.", []want{{value: -1.234e9}}},
		{"ambiguous 1.234 in English with scale", "en", "Sales of 1.234 billion dlrs.", []want{{value: 1.234e9}}},
		{"German format in English text", "en", "Umsatz 30,5 Milliarden Euro.", []want{{value: 30.5e9}}},
		{"German Billion is a trillion", "de", "Die Schulden stiegen auf 2,1 Billionen Euro.", []want{{value: 2.1e12}}},
		{"English billion", "en", "Debt rose to 2.1 billion euros.", []want{{value: 2.1e9, currency: "EUR"}}},
		{"Tsd.", "de", "Ein Plus von 450 Tsd. Euro.", []want{{value: 450e3}}},
		{"Mio. and Mrd.", "de", "Von 518,4 Mio. Euro auf 1,2 Mrd. Euro.", []want{{value: 518.4e6}, {value: 1.2e9}}},
		{"bn mn m k", "en", "EUR 1.2bn, EUR 2.4 mn, EUR131m and $500k.", []want{{value: 1.2e9}, {value: 2.4e6}, {value: 131e6}, {value: 500e3}}},
		{"trillion and tn", "en", "A 1.5 trillion dollar plan and $2tn more.", []want{{value: 1.5e12}, {value: 2e12}}},
		{"spelled German", "de", "Der Umsatz stieg um zehn Prozent, der Gewinn um zwölf Prozent.", []want{{value: 10}, {value: 12}}},
		{"eine Milliarde", "de", "Das kostet eine Milliarde Euro.", []want{{value: 1e9}}},
		{"anderthalb", "de", "Investitionen von anderthalb Milliarden Euro.", []want{{value: 1.5e9}}},
		{"halbe Milliarde", "de", "mit mehr als einer halben Milliarde Dollar", []want{{value: 0.5e9, currency: "USD", approx: 1}}},
		{"spelled English", "en", "Sales rose ten percent to twelve billion dollars.", []want{{value: 10}, {value: 12e9}}},
		{"one and a half", "en", "It will spend one and a half billion dollars.", []want{{value: 1.5e9}}},
		{"twenty-five", "en", "A twenty-five percent stake.", []want{{value: 25}}},
		{"pre-tokenised decimal", "en", "Shares fell to EUR10 .65 from EUR 0.8-1 .2 billion .", []want{{value: 10.65}, {value: 0.8e9}, {value: 1.2e9}}},
		{"money without scale has no third decimal", "en", "The fee remains at EUR 40.000 per year.", []want{{value: 40000}}},
		{"wire fractions", "en", "Rates fell to 10-7/8 pct and 7/8 pct; the dividend is 27-1/2 cts.", []want{{value: 10.875}, {value: 0.875}, {value: 0.275}}},
		{"zehnprozentig", "de", "eine rund zehnprozentige Beteiligung und ein 0,45-prozentiger Zuschlag", []want{{value: 10, kind: percent, approx: 1}, {value: 0.45, kind: percent}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

func TestMoney(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"symbols before", "en", "It cost $5 million, €3 million, £2 million and ¥4 billion.", []want{{currency: "USD", value: 5e6}, {currency: "EUR", value: 3e6}, {currency: "GBP", value: 2e6}, {currency: "JPY", value: 4e9}}},
		{"codes before and after", "en", "Sales were USD 6.5 bn and 91 bn SEK, or CHF 3 mln.", []want{{currency: "USD"}, {currency: "SEK"}, {currency: "CHF"}}[:0:0]},
		{"US$ and US-Dollar", "de", "Er zahlte US$ 5 Mio. und 7 Mio. US-Dollar.", []want{{currency: "USD", value: 5e6}, {currency: "USD", value: 7e6}}},
		{"German currency words", "de", "90 Millionen Pfund, 12 Mio. Franken und 300 Milliarden Yen", []want{{currency: "GBP", value: 90e6}, {currency: "CHF", value: 12e6}, {currency: "JPY", value: 300e9}}},
		{"wire style", "en", "Net profit was 559 mln dlrs, sales 3.1 billion stg and costs 109 billion yen.", []want{{currency: "USD", value: 559e6}, {currency: "GBP", value: 3.1e9}, {currency: "JPY", value: 109e9}}},
		{"cents become dollars", "en", "EPS of 45 cents, down 10 cts.", []want{{currency: "USD", value: 0.45, metric: events.MetricEPS}, {currency: "USD", value: -0.1, change: 1}}},
		{"pence become pounds", "en", "Shares are up 25p at 2,575p.", []want{{currency: "GBP", value: 0.25, change: 1}, {currency: "GBP", value: 25.75, change: -1}}},
		{"German Cent are euro cents", "de", "Die Dividende steigt auf 60 Cent je Aktie.", []want{{currency: "EUR", value: 0.6, metric: events.MetricDividend}}},
		{"Canadian dollars", "en", "It cut prices by 1.43 Canadian dlrs.", []want{{currency: "CAD", value: -1.43, change: 1}}},
		{"euro as written in wire text", "en", "Revenue grew to x20ac 402 million and euro86 million .", []want{{currency: "EUR", value: 402e6}, {currency: "EUR", value: 86e6}}},
		{"currency in brackets before", "en", "It planned to spend as much as ( EURO ) 2.7 bn .", []want{{currency: "EUR", value: 2.7e9, approx: 1}}},
	}
	tests[1].wants = []want{{currency: "USD", value: 6.5e9}, {currency: "SEK", value: 91e9}, {currency: "CHF", value: 3e6}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

func TestPercentAndRanges(t *testing.T) {
	pp := events.UnitPercentagePoints
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"percent words", "en", "Up 5 %, 6 percent, 7 per cent and 8 pct.", []want{{value: 5, kind: percent}, {value: 6}, {value: 7}, {value: 8}}},
		{"Prozentpunkte", "de", "Die Marge sank um 0,8 Prozentpunkte.", []want{{value: -0.8, unit: pp, change: 1}}},
		{"percentage points", "en", "The load factor dropped by 1.3 percentage points.", []want{{value: -1.3, unit: pp, change: 1}}},
		{"basis points", "en", "The ECB raised rates by 25 basis points.", []want{{value: 0.25, unit: pp, change: 1}}},
		{"Basispunkte", "de", "Die Rendite stieg um 15 Basispunkte.", []want{{value: 0.15, unit: pp}}},
		{"German range", "de", "Der Umsatz soll zwischen 8 und 9 Milliarden Euro liegen.", []want{{text: "zwischen 8 und 9 Milliarden Euro", value: 8e9, basis: events.BasisGuidance}, {text: "zwischen 8 und 9 Milliarden Euro", value: 9e9}}},
		{"English range", "en", "It expects revenue of $8-9 billion.", []want{{text: "$8-9 billion", value: 8e9, currency: "USD"}, {value: 9e9, currency: "USD"}}},
		{"bis range", "de", "Gutscheine im Wert von 450 bis 900 Dollar", []want{{value: 450, currency: "USD"}, {value: 900, currency: "USD"}}},
		{"alternatives", "de", "Die Preise stiegen um drei bzw. 8,5 Prozent.", []want{{value: 3, change: 1}, {value: 8.5, change: 1}}},
		{"hedges", "de", "rund 5 Prozent, etwa 6 Prozent, knapp 7 Prozent, mehr als 8 Prozent, gut 9 Prozent, bis zu 10 Prozent", []want{{value: 5, approx: 1}, {value: 6, approx: 1}, {value: 7, approx: 1}, {value: 8, approx: 1}, {value: 9, approx: 1}, {value: 10, approx: 1}}},
		{"English hedges", "en", "about 5 %, nearly 6 %, more than 7 %, roughly 8 %, up to 9 % and at least 10 %", []want{{value: 5, approx: 1}, {value: 6, approx: 1}, {value: 7, approx: 1}, {value: 8, approx: 1}, {value: 9, approx: 1}, {value: 10, approx: 1}}},
		{"ab is no hedge", "de", "Flüge ab 89 Euro.", []want{{value: 89, approx: -1}}},
		{"explicit signs", "de", "Einmalerlagsgeschäft (-15,7 Prozent), Umsatz (plus 1,5 Prozent)", []want{{value: -15.7, change: 1}, {value: 1.5, change: 1, text: "plus 1,5 Prozent"}}},
		{"elliptical amount after davon", "de", "Kredite von 200 Milliarden Euro, davon 50 bei der Unicredit.", []want{{value: 200e9}, {text: "50", value: 50e9, currency: "EUR"}}},
		{"elliptical amount in a comparison", "en", "Revenue fell to 3.1 billion stg from 4.2 billion.", []want{{value: 3.1e9}, {value: 4.2e9, currency: "GBP"}}},
		{"prior-year note", "de", "Ein Bilanzgewinn von 6,31 (2014: 4,86) Millionen Euro.", []want{{value: 6.31e6, period: "FY 2015"}, {value: 4.86e6, period: "FY 2014"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

func TestNotFigures(t *testing.T) {
	tests := []struct{ name, lang, text string }{
		{"years and dates", "de", "Am 21. April 2015 und im Jahr 2016 geschah es."},
		{"clock times", "de", "Die Sitzung beginnt um 10.30 Uhr und endet um 17:45."},
		{"ordinals", "de", "Er wurde im 3. Quartal Dritter, jedes 100. Unternehmen."},
		{"phone numbers", "en", "Call tel. +358 9 591 8342 or 089 123 456."},
		{"ISIN and product names", "de", "Die ISIN DE0007164600, das iPhone 17 und der A380."},
		{"counts", "de", "Rund 1,2 Millionen Kunden, 340.000 Beschäftigte und 1,5 Millionen Fahrzeuge."},
		{"English counts", "en", "It sold a record 1.5 million vehicles and 30 mln shares."},
		{"capacities", "de", "Der Windpark hat 39 MW Leistung und liegt auf 1.800 Meter Seehöhe."},
		{"weights in pounds", "en", "It will idle 100 mln pounds of polyester fiber."},
		{"share counts in a table", "en", "Avg shrs 32.1 mln vs 29.2 mln"},
		{"names with numbers", "de", "Der Komet 67P/Tschurjumow und die Boeing 737."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, nil) })
	}
}

func TestAttribution(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"revenue change and level", "de", "So stieg der Umsatz um zehn Prozent auf 148,8 Milliarden Dollar.",
			[]want{{value: 10, metric: events.MetricRevenue, change: 1}, {value: 148.8e9, metric: events.MetricRevenue, change: -1, basis: events.BasisActual}}},
		{"share price decline", "de", "Die Amazon-Aktie gab nachbörslich um mehr als sieben Prozent nach.",
			[]want{{value: -7, metric: events.MetricSharePrice, change: 1, approx: 1}}},
		{"operating income above estimates is actual", "de", "Der operative Gewinn lag mit 14,7 Milliarden Dollar über den Vorhersagen der Analysten.",
			[]want{{value: 14.7e9, metric: events.MetricOperatingIncome, basis: events.BasisActual}}},
		{"analysts' estimate", "de", "Analysten hatten mit rund 26 Milliarden Dollar Umsatz gerechnet.",
			[]want{{value: 26e9, basis: events.BasisEstimate, approx: 1}}},
		{"capex guidance with period", "de", "Im ersten Halbjahr 2025 will der Konzern 3 Milliarden Euro investieren.",
			[]want{{value: 3e9, metric: events.MetricCapex, period: "H1 2025", basis: events.BasisGuidance}}},
		{"net loss is negative", "en", "In 2009 , its net loss was EUR 879.7 million compared to EUR 673.4 million in the previous year .",
			[]want{{value: -879.7e6, metric: events.MetricNetIncome, period: "FY 2009"}, {value: -673.4e6, metric: events.MetricNetIncome, period: "FY 2008"}}},
		{"EPS", "en", "Earnings per share were EUR0 .42 , down from EUR0 .57 .",
			[]want{{value: 0.42, metric: events.MetricEPS}, {value: 0.57, metric: events.MetricEPS, change: -1}}},
		{"deal value", "en", "Nokia agreed to buy the company for $ 60 million .",
			[]want{{value: 60e6, metric: events.MetricDealValue}}},
		{"stake is other", "en", "KLM said it will take a 15 pct stake in Air UK.",
			[]want{{value: 15, metric: events.MetricOther}}},
		{"market value", "de", "Der Börsenwert liegt bei 21 Mrd. Euro.",
			[]want{{value: 21e9, metric: events.MetricMarketCap}}},
		{"dividend proposal is actual", "de", "Die Dividende soll um zwei Prozent auf 12,6 Pence je Aktie erhöht werden.",
			[]want{{value: 2, metric: events.MetricDividend, basis: events.BasisActual, change: 1}, {value: 0.126, currency: "GBP", metric: events.MetricDividend}}},
		{"pre-tax profit is other", "de", "Das Ergebnis vor Steuern sank von 518,4 Mio. Euro auf 172 Mio. Euro.",
			[]want{{value: 518.4e6, metric: events.MetricOther}, {value: 172e6, metric: events.MetricOther}}},
		{"quarter from ordinal", "en", "Third-quarter revenue rose 4 percent to $ 2.1 billion .",
			[]want{{value: 4, period: "Q3", change: 1}, {value: 2.1e9, period: "Q3"}}},
		{"nine months", "en", "Net sales were EUR 1,259.6 mn in January-September 2009 .",
			[]want{{value: 1259.6e6, period: "9M 2009", metric: events.MetricRevenue}}},
		{"last year", "en", "Ford's net earnings were 559 mln dlrs last year, and it will invest 1.2 billion dollars in 1987.",
			[]want{{value: 559e6, period: "FY 1986", metric: events.MetricNetIncome}, {value: 1.2e9, period: "FY 1987", metric: events.MetricCapex, basis: events.BasisGuidance}}},
		{"restatement copies its anchor", "de", "Eine Strafe von bis zu 46 Mrd. Dollar (41,2 Mrd. Euro).",
			[]want{{value: 46e9, approx: 1}, {value: 41.2e9, currency: "EUR", approx: 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestRoundTrip is the property test: an amount printed in each style the
// package supports parses back to its value.
func TestRoundTrip(t *testing.T) {
	values := []float64{0.45, 1, 7.5, 12.25, 30.5, 148.8, 999, 1234.5, 56789.25, 1234567}
	styles := []struct {
		name, lang string
		format     func(v float64) (string, float64)
	}{
		{"German plain", "de", func(v float64) (string, float64) { return formatNum(v, '.', ',') + " Euro", v }},
		{"English plain", "en", func(v float64) (string, float64) { return "$" + formatNum(v, ',', '.'), v }},
		{"German Mio.", "de", func(v float64) (string, float64) { return formatNum(v, '.', ',') + " Mio. Euro", v * 1e6 }},
		{"German Milliarden", "de", func(v float64) (string, float64) { return formatNum(v, '.', ',') + " Milliarden Dollar", v * 1e9 }},
		{"English bn", "en", func(v float64) (string, float64) { return "EUR " + formatNum(v, ',', '.') + " bn", v * 1e9 }},
		{"English mln dlrs", "en", func(v float64) (string, float64) { return formatNum(v, ',', '.') + " mln dlrs", v * 1e6 }},
		{"German Prozent", "de", func(v float64) (string, float64) { return formatNum(v, '.', ',') + " Prozent", v }},
		{"English percent", "en", func(v float64) (string, float64) { return formatNum(v, ',', '.') + " percent", v }},
	}
	for _, s := range styles {
		for _, v := range values {
			text, want := s.format(v)
			t.Run(s.name+"/"+text, func(t *testing.T) {
				figs := Extract("Der Wert: "+text+".", s.lang)
				if len(figs) != 1 {
					t.Fatalf("found %d figures in %q, want 1", len(figs), text)
				}
				if got := figs[0].Value; math.Abs(got-want) > 1e-9*want {
					t.Errorf("%q parsed as %v, want %v", text, got, want)
				}
			})
		}
	}
}

// formatNum prints v with thousands separator th and decimal separator
// dec, with as many decimals as it needs (at most two).
func formatNum(v float64, th, dec byte) string {
	cents := int64(math.Round(v * 100))
	intPart, frac := cents/100, cents%100
	digits := []byte{}
	s := []byte(strings.TrimLeft(func() string { return itoa(intPart) }(), ""))
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			digits = append(digits, th)
		}
		digits = append(digits, c)
	}
	switch {
	case frac == 0:
	case frac%10 == 0:
		digits = append(digits, dec, byte('0'+frac/10))
	default:
		digits = append(digits, dec, byte('0'+frac/10), byte('0'+frac%10))
	}
	return string(digits)
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Der Umsatz stieg um 10 Prozent auf 148,8 Milliarden Dollar.",
		"Shr 1.16 dlrs vs 1.15 dlrs\nNet 32.4 mln vs 33.5 mln",
		"EUR 0.8-1 .2 billion ( $ 1.9 billion ) , up 25p at 2,575p",
		"zwischen 8 und 9 Mrd. Euro, davon 5; 6,31 (2014: 4,86) Millionen Euro",
		"rund zehnprozentigen 0,45-prozentigen x20ac 5 US$ 3 H.K. Dlrs",
		"-", "1 .", "(2014:", "€", "\xff\xfe 5 %",
	} {
		f.Add(s, "de")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		for _, fig := range Extract(text, lang) {
			if fig.Start < 0 || fig.End > len(text) || fig.Start > fig.End || text[fig.Start:fig.End] != fig.Text {
				t.Fatalf("figure %q at [%d:%d] is not a substring of the input", fig.Text, fig.Start, fig.End)
			}
			if fig.SentenceStart > fig.Start || fig.SentenceEnd < fig.End {
				t.Fatalf("figure %q at [%d:%d] lies outside its sentence [%d:%d]", fig.Text, fig.Start, fig.End, fig.SentenceStart, fig.SentenceEnd)
			}
			if math.IsNaN(fig.Value) || math.IsInf(fig.Value, 0) {
				t.Fatalf("figure %q has value %v", fig.Text, fig.Value)
			}
		}
	})
}
