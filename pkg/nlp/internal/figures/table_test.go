package figures

import (
	"testing"

	"github.com/tickerwire/tickerwire/pkg/events"
)

// TestWireTables covers results tables in wire style: the row label
// decides the metric, the headline and the header lines the period.
func TestWireTables(t *testing.T) {
	eps, net, rev, other, div := events.MetricEPS, events.MetricNetIncome, events.MetricRevenue, events.MetricOther, events.MetricDividend
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"a headline year scopes the rows", "en", "NORTHFIELD BANCORP <NFB> YEAR NET\n\nShr 52 cts vs 1.04 dlrs\nNet 903,000 vs 1,806,000\nAssets 412.7 mln vs 398.1 mln",
			[]want{{value: 0.52, metric: eps, period: "FY"}, {value: 1.04, metric: eps, period: "FY"}, {value: 903000, metric: net, period: "FY"},
				{value: 1806000, metric: net, period: "FY"}, {value: 412.7e6, metric: other, period: "FY"}, {value: 398.1e6, metric: other, period: "FY"}}},
		{"the end of a fiscal year in a headline", "en", "ALDER TOOL CORP <ALD> YEAR OCT 31 LOSS\n\nShr loss 12 cts vs profit 40 cts\nRevs 9.1 mln vs 8.8 mln",
			[]want{{value: -0.12, metric: eps, period: "FY"}, {value: 0.4, metric: eps, period: "FY"}, {value: 9.1e6, metric: rev, period: "FY"}, {value: 8.8e6, period: "FY"}}},
		{"a year in the headline dates the table", "en", "BRANDT AB <BRN ST> 1986 YEAR\n\nSales 2.31 billion crowns vs 2.05 billion.",
			[]want{{value: 2.31e9, metric: rev, period: "FY 1986"}, {value: 2.05e9, metric: rev, period: "FY 1985"}}},
		{"headers scope the rows below them", "en", "MAPLE STORES INC <MPL> 2ND QTR NET\n\nShr 20 cts vs 18 cts\nSix mths\nShr 41 cts vs 35 cts\nNine mths\nNet 2.2 mln vs 1.9 mln",
			[]want{{value: 0.2, period: "Q2"}, {value: 0.18, period: "Q2"}, {value: 0.41, period: "H1"}, {value: 0.35, period: "H1"}, {value: 2.2e6, period: "9M"}, {value: 1.9e6, period: "9M"}}},
		{"a quarter and the year in one headline", "en", "HARLAN MILLS INC <HML> 4TH QTR AND YEAR LOSS\n\nNet loss 1.2 mln vs profit 300,000\nYear\nNet loss 2.5 mln vs profit 900,000",
			[]want{{value: -1.2e6, period: "Q4"}, {value: 300000, period: "Q4"}, {value: -2.5e6, period: "FY"}, {value: 900000, period: "FY"}}},
		{"row labels", "en", "KESTREL CORP <KST> 1ST QTR NET\n\nOper shr profit nil vs profit 12 cts\nOper net 4.1 mln vs 3.8 mln\nOperating 6.2 mln vs 5.5 mln\nPretax profit 7.0 mln vs 6.1 mln\nQtly div 10 cts vs 10 cts",
			[]want{{value: 0.12, metric: eps}, {value: 4.1e6, metric: net}, {value: 3.8e6, metric: net}, {value: 6.2e6, metric: events.MetricOperatingIncome},
				{value: 5.5e6, metric: events.MetricOperatingIncome}, {value: 7e6, metric: other}, {value: 6.1e6, metric: other}, {value: 0.1, metric: div}, {value: 0.1, metric: div}}},
		{"notes date pairs by quarter and year", "en", "OSPREY INC <OSP> 4TH QTR NET\n\nShr 30 cts vs 25 cts\nYear\nShr 1.10 dlrs vs 95 cts\nNOTE: Net excludes tax credits of 62,000 dlrs vs 41,000 dlrs in quarter and 127,000 dlrs vs 88,000 dlrs in year.",
			[]want{{value: 0.3, period: "Q4"}, {value: 0.25, period: "Q4"}, {value: 1.1, period: "FY"}, {value: 0.95, period: "FY"},
				{value: 62000, period: "Q4"}, {value: 41000, period: "Q4"}, {value: 127000, period: "FY"}, {value: 88000, period: "FY"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestDocumentPeriods covers periods the text states once and the
// figures after it take up.
func TestDocumentPeriods(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"a quarter keeps the year it was given", "de", "Im zweiten Quartal 2024 stieg der Umsatz auf 1,2 Milliarden Euro. Im zweiten Quartal investierte die Gruppe 80 Millionen Euro.",
			[]want{{value: 1.2e9, period: "Q2 2024"}, {value: 80e6, period: "Q2 2024", metric: events.MetricCapex}}},
		{"the full year of the quarter", "de", "Im zweiten Quartal 2024 stieg der Umsatz auf 1,2 Milliarden Euro. Für das Gesamtjahr erwartet der Vorstand einen Umsatz von 5 Milliarden Euro.",
			[]want{{value: 1.2e9, period: "Q2 2024"}, {value: 5e9, period: "FY 2024", basis: events.BasisGuidance}}},
		{"the quarter of a wire story", "en", "Harbor Foods posted third-quarter 1986 net income of 12 mln dlrs. In the quarter, sales rose 5 pct to 300 mln dlrs.",
			[]want{{value: 12e6, period: "Q3 1986"}, {value: 5, period: "Q3 1986"}, {value: 300e6, period: "Q3 1986"}}},
		{"a compared quarter gives no year", "en", "Revenue in the second quarter rose to 80 mln dlrs, compared with 75 mln dlrs in the second quarter of 1985. Second quarter net was 3 mln dlrs.",
			[]want{{value: 80e6, period: "Q2"}, {value: 75e6, period: "Q2 1985"}, {value: 3e6, period: "Q2", metric: events.MetricNetIncome}}},
		{"the year a fiscal year ended", "en", "For its fiscal year ended June 30, 1986, the company earned 4.1 mln dlrs.",
			[]want{{value: 4.1e6, period: "FY 1986"}}},
		{"a fiscal year without its year", "en", "For its fiscal year ended June 30 the company earned 4.1 mln dlrs.",
			[]want{{value: 4.1e6, period: "FY"}}},
		{"a date is no year", "en", "The company reported 1986 net income of 40 mln dlrs. It sees its debt falling by end-1987 to 20 mln dlrs.",
			[]want{{value: 40e6, period: "FY 1986"}, {value: 20e6, period: "-"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestComparedPeriods covers the periods figures are compared with.
func TestComparedPeriods(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"the corresponding period of a named one", "en", "In January-September 2009 , net sales rose to EUR 505.4 mn from EUR 473.5 mn in the corresponding period in 2008 .",
			[]want{{value: 505.4e6, period: "9M 2009"}, {value: 473.5e6, period: "9M 2008"}}},
		{"the similar period of an unnamed one", "en", "Revenue fell to 233.6 mln dlrs for the first two months of the year against 330.9 mln dlrs in the similar period of 1986.",
			[]want{{value: 233.6e6, period: "-"}, {value: 330.9e6, period: "-"}}},
		{"a nine-month period", "en", "Operating profit for the nine-month period increased to EUR 10.2 mn .",
			[]want{{value: 10.2e6, period: "9M"}}},
		{"six-month bills have a term", "en", "The rate on six-month bills rose to 5.68 pct.",
			[]want{{value: 5.68, period: "-"}}},
		{"it was in the year before", "de", "Der Gewinn stieg 2015 auf 120 Millionen Euro. Im Vorjahr waren es 100 Millionen Euro.",
			[]want{{value: 120e6, period: "FY 2015"}, {value: 100e6, period: "FY 2014", metric: events.MetricNetIncome}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestReportPeriod covers results the text leaves undated in a report on
// one period.
func TestReportPeriod(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"undated results take the period of the report", "de", "Die Dividende sinkt von 1,40 auf 0,60 Euro. Der Umsatz stieg 2015 auf 9 Mrd. Euro, der Gewinn 2015 auf 172 Mio. Euro.",
			[]want{{value: 1.4, period: "FY 2014"}, {value: 0.6, period: "FY 2015"}, {value: 9e9, period: "FY 2015"}, {value: 172e6, period: "FY 2015"}}},
		{"a rate is no result of the report", "en", "Net income rose to 40 mln dlrs in 1986 from 35 mln dlrs in 1985, and sales in 1986 rose to 500 mln dlrs. The board raised the quarterly dividend to 23 cts. Earnings grew 12 pct annually.",
			[]want{{value: 40e6, period: "FY 1986"}, {value: 35e6, period: "FY 1985"}, {value: 500e6, period: "FY 1986"}, {value: 0.23, period: "-"}, {value: 12, period: "-"}}},
		{"a month is no period of the report", "en", "Net income rose to 40 mln dlrs in 1986, and sales in 1986 rose to 500 mln dlrs. It last paid a dividend of 44.5 cts a share in July 1985.",
			[]want{{value: 40e6, period: "FY 1986"}, {value: 500e6, period: "FY 1986"}, {value: 0.445, period: "-"}}},
		{"the previous quarter is no period", "en", "In the third quarter 2025 Azure grew 38 pct, up from 35 pct in the previous quarter. Capital expenditures jumped to $33.6 billion.",
			[]want{{value: 38, period: "Q3 2025"}, {value: 35, period: "-"}, {value: 33.6e9, period: "Q3 2025"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestWireMoney covers money in wire text: currencies of many countries,
// qualified subunits, and numbers that only look like money.
func TestWireMoney(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"more currencies", "en", "Refunds were set at 141 Ecus a tonne, palm oil at 64.06 ringgit, exports at 7.2 billion baht and 4.5 billion riyals, reserves at 12 billion schillings.",
			[]want{{value: 141, currency: "XEU"}, {value: 64.06, currency: "MYR"}, {value: 7.2e9, currency: "THB"}, {value: 4.5e9, currency: "SAR"}, {value: 12e9, currency: "ATS"}}},
		{"won after a scale or a number", "en", "Net profit was 6.91 billion won and the dividend 50 won. Reagan won 55 pct of the vote.",
			[]want{{value: 6.91e9, currency: "KRW"}, {value: 50, currency: "KRW"}, {value: 55, kind: percent}}},
		{"dotted countries and their cents", "en", "Shares sold at 2.725 N.Z. Dlrs, earnings were 17.4 H.K. Cents and crude 64 Canadian cts a barrel lower.",
			[]want{{value: 2.725, currency: "NZD"}, {value: 0.174, currency: "HKD"}, {value: 0.64, currency: "CAD"}}},
		{"shillings of the country named", "en", "Kenya earned 4.2 billion shillings from coffee.",
			[]want{{value: 4.2e9, currency: "KES"}}},
		{"pounds sterling", "en", "Dividends of one mln pounds sterling were paid, and 265 mln pounds of copper mined.",
			[]want{{value: 1e6, currency: "GBP"}}},
		{"thirds", "en", "It raised the dividend 33-1/3 pct.",
			[]want{{value: 100.0 / 3, kind: percent}}},
		{"a code before a number is that number's", "en", "It posted a net loss of EUR 115,000 USD 152,000 .",
			[]want{{value: -115000, currency: "EUR"}, {value: -152000, currency: "USD"}}},
		{"a currency word before a scale letter", "en", "He sold the stake for more than pounds 900m .",
			[]want{{value: 900e6, currency: "GBP"}}},
		{"counts and dates in a table line", "en", "Ginnings totaled 9,237,296 bales, vs 12,837,088 bales in 1985.\nQtly div 10 cts vs 10 cts prior, payable May 25",
			[]want{{value: 0.1}, {value: 0.1}}},
		{"a headline year after a currency", "en", "FRUEHAUF POSTS 20.3 MLN DLR 1986 LOSS",
			[]want{{value: -20.3e6, currency: "USD"}}},
		{"a year before a currency word", "en", "Our performance in 1986 marks a turning point, he said of the 1987 real GDP.",
			nil},
		{"letters for scales in product names", "en", "Output of 256K DRAM chips fell, the GTX 980M sold well, and financing of 6M was agreed.",
			[]want{{value: 6e6}}},
		{"count rows and money rows", "en", "GOLD FIELDS <GF> QTR NET\n\nTonnes milled 3.74 mln vs 3.72 mln\nNet loss industrial vehicles 990 mln vs loss 1.54 billion",
			[]want{{value: -990e6}, {value: -1.54e9}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestWirePrices covers prices with three decimals in wire text and a
// part of a count.
func TestWirePrices(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"a price with a third decimal", "en", "Its stock closed at 35.125 dlrs on Friday.",
			[]want{{value: 35.125, currency: "USD"}}},
		{"a part of a count is no money", "en", "The nursery has sales of about 4.5 mln dlrs and owns 100 acres, of which 75 are in shade houses.",
			[]want{{value: 4.5e6}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestWireResults covers results sentences in wire style.
func TestWireResults(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"a year before the quarter", "en", "Utilicorp expects 1987 first quarter earnings of about 12 mln dlrs. In the comparable quarter a year ago, it earned 8.5 mln dlrs or 87 cts on revenues of 203 mln dlrs.",
			[]want{{value: 12e6, period: "Q1 1987"}, {value: 8.5e6, period: "Q1 1986"}, {value: 0.87, metric: events.MetricEPS}, {value: 203e6, metric: events.MetricRevenue}}},
		{"the first three months of a year", "en", "Operating income in the first three months of 1987 is estimated at eight mln dlrs.",
			[]want{{value: 8e6, period: "Q1 1987"}}},
		{"the year's sales", "en", "In the fiscal 1986 fourth quarter it earned 40 cts a share. The year's sales should exceed 1.4 billion dlrs.",
			[]want{{value: 0.4, period: "Q4 1986"}, {value: 1.4e9, period: "FY 1986"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestBalticAndFeatures covers Baltic currency notation and scale
// letters in German text.
func TestBalticAndFeatures(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"lats and litas before the number", "en", "The company 's profit totaled Ls 134,700 , and the bank posted a net profit of Lt 8.2 mn .",
			[]want{{value: 134700, currency: "LVL"}, {value: 8.2e6, currency: "LTL"}}},
		{"a scale letter in German is a feature", "de", "Die Kamera nimmt in 4k auf und kostet 499 Euro.",
			[]want{{value: 499, currency: "EUR"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}
