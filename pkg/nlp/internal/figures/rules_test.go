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

// TestMetricRules covers what a figure measures.
func TestMetricRules(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"operating as a verb is no operating income", "en", "Some 900 rigs are operating, and crude prices fell to 15 dlrs.",
			[]want{{value: 15, metric: events.MetricOther}}},
		{"operating profit", "en", "Operating profit rose to 40 mln dlrs.",
			[]want{{value: 40e6, metric: events.MetricOperatingIncome}}},
		{"a sales manager is no revenue", "en", "A subsidy of 12.50 dlrs per tonne was paid, the sales manager said.",
			[]want{{value: 12.5, metric: events.MetricOther}}},
		{"earnings verbs and per share", "de", "Je Aktie verdiente der Konzern 2,10 Euro.",
			[]want{{value: 2.1, metric: events.MetricEPS}}},
		{"an expectation set against a result", "de", "Je Aktie verdiente der Konzern 2,10 Euro, Analysten hatten mit 1,95 Euro gerechnet.",
			[]want{{value: 2.1, metric: events.MetricEPS}, {value: 1.95, metric: events.MetricEPS, basis: events.BasisEstimate}}},
		{"after tax in German is net income", "de", "Nach Steuern verdiente die Bank 410 Millionen Euro.",
			[]want{{value: 410e6, metric: events.MetricNetIncome}}},
		{"segment result is operating income", "de", "Das Segmentergebnis lag bei 520 Millionen Euro.",
			[]want{{value: 520e6, metric: events.MetricOperatingIncome}}},
		{"free cash flow", "de", "Beim freien Cashflow rechnet der Konzern mit 3 Milliarden Euro.",
			[]want{{value: 3e9, metric: events.MetricFreeCashFlow}}},
		{"English free cash flow", "en", "Free cash flow was $2.1 billion.",
			[]want{{value: 2.1e9, metric: events.MetricFreeCashFlow}}},
		{"more of a count noun is other", "en", "Net profit rose, and it carried nine pct more passengers.",
			[]want{{value: 9, metric: events.MetricOther, change: 1}}},
		{"order book is other", "en", "Sales grew, and the order book was 12 % up year-on-year.",
			[]want{{value: 12, metric: events.MetricOther, change: 1}}},
		{"orders worth", "en", "It won orders worth EUR 25 million .",
			[]want{{value: 25e6, metric: events.MetricOther}}},
		{"an attributive tender offer", "en", "It completed its 31.50 dlrs per share cash tender offer.",
			[]want{{value: 31.5, metric: events.MetricDealValue}}},
		{"for a total of", "en", "The state sold its 9 % stake for a total of EUR120m .",
			[]want{{value: 9, metric: events.MetricOther}, {value: 120e6, metric: events.MetricDealValue}}},
		{"an offer of", "en", "It received an offer from a rival of 44 dlrs a share.",
			[]want{{value: 44, metric: events.MetricDealValue}}},
		{"a capital loss is other", "en", "The sale results in a capital loss of EUR4m .",
			[]want{{value: -4e6, metric: events.MetricOther}}},
		{"profit before taxes is other", "en", "Profits before allocations and taxes were 2.1 billion crowns.",
			[]want{{value: 2.1e9, metric: events.MetricOther}}},
		{"a base skips the restatement before it", "en", "Net income rose to $5.1 billion, or $1.20 per share, from $4.4 billion.",
			[]want{{value: 5.1e9, metric: events.MetricNetIncome}, {value: 1.2, metric: events.MetricEPS}, {value: 4.4e9, metric: events.MetricNetIncome}}},
		{"a company that lost money", "en", "In 1986, the company lost 12.4 mln dlrs, or 1.10 dlrs a share.",
			[]want{{value: -12.4e6, metric: events.MetricNetIncome, change: -1}, {value: -1.1, metric: events.MetricEPS}}},
		{"a part with a metric of its own", "de", "Die Investitionen betragen 2 Mrd. Euro, davon sollen 500 Mio. Euro aus Fördermitteln kommen.",
			[]want{{value: 2e9, metric: events.MetricCapex}, {value: 500e6, metric: events.MetricOther}}},
		{"a count after an abbreviated scale", "de", "Die Schulden betragen 2 Mrd. Euro. Die Förderung bleibt bei 30 Mio. Barrel pro Tag.",
			[]want{{value: 2e9}}},
		{"a price per barrel is no share price", "en", "It will defend its 18 dlr a barrel price target.",
			[]want{{value: 18, metric: events.MetricOther}}},
		{"a stake bought from two sellers", "en", "Acme will buy 20 % of Beta 's shares from Gamma and 5 % from Delta .",
			[]want{{value: 20, metric: events.MetricOther}, {value: 5, metric: events.MetricOther}}},
		{"a sentence wrapped at a fixed width", "en", "Acme Corp said revenues in the quarter ended March 31 increased to about\n20.4 mln dlrs from 18.8 mln in the previous quarter.",
			[]want{{value: 20.4e6, metric: events.MetricRevenue}, {value: 18.8e6, metric: events.MetricRevenue}}},
		{"investment gains are no spending", "en", "The investment gains of the insurer were up 39 pct.",
			[]want{{value: 39, metric: events.MetricOther}}},
		{"sales financed are no revenue", "en", "The agency approved 8.0 mln dlrs in credit guarantees for sales of wheat to Peru.",
			[]want{{value: 8e6, metric: events.MetricOther}}},
		{"put on", "en", "Nokia put on 1.2 pct to 8.40 eur .",
			[]want{{value: 1.2, change: 1}, {value: 8.4}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestPeriodRules covers which period a figure belongs to.
func TestPeriodRules(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"a comparison's period is not the figure's", "de", "Im zweiten Quartal 2024 wuchs das Geschäft. Der Umsatz stieg im Vergleich zum Vorjahreszeitraum um 6 Prozent auf 2,1 Milliarden Euro.",
			[]want{{value: 6, period: "Q2 2024"}, {value: 2.1e9, period: "Q2 2024"}}},
		{"a level compared with is not the figure's period", "de", "Der Umsatz der Beispiel AG lag um 5 Prozent über dem Wert des ersten Quartals 2024.",
			[]want{{value: 5, period: "-"}}},
		{"a level compared with, in English", "en", "Orders were 8 percent above the level of the third quarter of 2023.",
			[]want{{value: 8, period: "-"}}},
		{"last year's amount dates no other", "en", "Sales rose to 31.4 mln eur compared with last year 's 28.2 mln eur and in line with the 30.9 mln eur consensus .",
			[]want{{value: 31.4e6, period: "-"}, {value: 28.2e6, period: "FY"}, {value: 30.9e6, period: "-", basis: events.BasisEstimate}}},
		{"a change is of the current period", "de", "Im dritten Quartal 2023 erzielte der Konzern einen Umsatz von 1,9 Milliarden Euro, 4 Prozent mehr als ein Jahr zuvor.",
			[]want{{value: 1.9e9, period: "Q3 2023"}, {value: 4, period: "Q3 2023", change: 1}}},
		{"a quarter of a fiscal year", "de", "Im ersten Quartal des Geschäftsjahres 2024 stieg der Umsatz auf 800 Millionen Euro.",
			[]want{{value: 800e6, period: "Q1 2024"}}},
		{"the last quarter of a year", "en", "Net sales rose to EUR 90m in the last quarter of 2011 .",
			[]want{{value: 90e6, period: "Q4 2011"}}},
		{"a year before", "de", "Die Bank machte 2014 rund 200 Mio. Euro Verlust. Im Jahr davor waren es noch 80 Mio. Euro Gewinn.",
			[]want{{value: -200e6, period: "FY 2014"}, {value: 80e6, period: "FY 2013"}}},
		{"the base's year is not the figure's", "en", "Net profit in 1986 was strong. Net profit rose to 60 mln dlrs from 41 mln dlrs in 1985.",
			[]want{{value: 60e6, period: "FY 1986"}, {value: 41e6, period: "FY 1985"}}},
		{"a headline that names the report", "en", "ACME 1986 RESULTS\n\nGroup profit was 17 mln dlrs.\nThe chairman spoke.\nHe spoke again.\nSales were 210 mln dlrs.",
			[]want{{value: 17e6, period: "FY 1986"}, {value: 210e6, period: "FY 1986"}}},
		{"share prices have no period", "de", "Im Jahr 2024 war der Kurs um 20 Prozent gefallen.",
			[]want{{value: -20, period: "-"}}},
		{"the quarter the text is about", "en", "The company reported fiscal second-quarter results. Revenue rose 9% to $4.1 billion in the quarter ended Dec. 31.",
			[]want{{value: 9, period: "Q2"}, {value: 4.1e9, period: "Q2"}}},
		{"an estimate goes on with the period", "en", "Third-quarter revenue rose to $2.0 billion. Analysts had expected $1.9 billion.",
			[]want{{value: 2e9, period: "Q3"}, {value: 1.9e9, period: "Q3", basis: events.BasisEstimate}}},
		{"a plan goes on with the plan's period", "de", "Für das Geschäftsjahr 2026 plant der Konzern Investitionen von 2 Mrd. Euro. Den Umsatz will der Vorstand um 5 Prozent steigern.",
			[]want{{value: 2e9, period: "FY 2026"}, {value: 5, period: "FY 2026", basis: events.BasisGuidance}}},
		{"a reported year is over", "en", "TRADE ROSE 20 PCT IN 1986\n\nTrade last year totalled 2.1 billion dlrs.",
			[]want{{value: 20, period: "FY 1986"}, {value: 2.1e9, period: "FY 1986"}}},
		{"a plan's year dates this year", "en", "Profit was 50 mln dlrs last year, and the company will invest 20 mln dlrs in 1987.",
			[]want{{value: 50e6, period: "FY 1986"}, {value: 20e6, period: "FY 1987"}}},
		{"a far plan does not", "en", "Trade rose 20 pct in 1986. It will increase to 2.0 billion dlrs in 1991. Last year trade totalled 1.1 billion dlrs.",
			[]want{{value: 20, period: "FY 1986"}, {value: 2e9, period: "FY 1991"}, {value: 1.1e9, period: "FY 1986"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestBasisRules covers reported, estimated and planned figures.
func TestBasisRules(t *testing.T) {
	g, e, a := events.BasisGuidance, events.BasisEstimate, events.BasisActual
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"a plan coordinated after the figure", "de", "Der Konzern machte 2014 einen Umsatz von 900 Mio. Euro und will künftig wachsen.",
			[]want{{value: 900e6, basis: a}}},
		{"German future tense", "de", "Nach der Fusion wird die Bank eine Bilanzsumme von 12 Mrd. Euro haben.",
			[]want{{value: 12e9, basis: g}}},
		{"a passive with its agent is no future", "de", "Rund 2,4 Mrd. Euro davon werden der Tochter von der Muttergesellschaft übertragen.",
			[]want{{value: 2.4e9, basis: a}}},
		{"a strong verb's passive is no future", "de", "Aus dem Fonds werden 300 Mio. Euro an die Länder überwiesen.",
			[]want{{value: 300e6, basis: a}}},
		{"German passive is no future", "de", "Die Aufsichtsräte für 33,2 Prozent der Anteile werden vom Komitee vorgeschlagen.",
			[]want{{value: 33.2, basis: a}}},
		{"a future price is the offer's", "de", "Das Gerät wird 499 Euro kosten.",
			[]want{{value: 499, basis: a}}},
		{"a clause without a verb goes on with the plan", "de", "Der Umsatz soll bei 21 Milliarden Euro liegen, das operative Ergebnis bei 8 Milliarden Euro.",
			[]want{{value: 21e9, basis: g}, {value: 8e9, basis: g}}},
		{"an apposition goes on with the plan", "en", "It would be adding 40 extra flights -- an increase of 12 pct.",
			[]want{{value: 12, basis: g, change: 1}}},
		{"a reported value after a forecast clause", "de", "Ökonomen hatten ein Plus von 0,4 Prozent erwartet, nachdem es im Mai ein Minus von 1,1 Prozent gegeben hatte.",
			[]want{{value: 0.4, basis: e}, {value: -1.1, basis: a}}},
		{"estimates that were beaten", "en", "Acme beats estimates as cloud sales grow 31%.",
			[]want{{value: 31, basis: a}}},
		{"the closer plan decides", "en", "She said costs would rise and that the company expects revenue of $9.1 billion.",
			[]want{{value: 9.1e9, basis: g}}},
		{"a company that says it would", "en", "The company said it would spend 200 mln dlrs on the plant.",
			[]want{{value: 200e6, basis: g}}},
		{"analysts who say it would", "en", "Analysts said profit would fall to 80 mln dlrs.",
			[]want{{value: 80e6, basis: e}}},
		{"a present-tense investment is a plan", "de", "Der Versorger investiert rund 60 Mio. Euro in einen Windpark.",
			[]want{{value: 60e6, basis: g, metric: events.MetricCapex}}},
		{"a past investment is reported", "de", "Der Versorger hat bereits 60 Mio. Euro in den Windpark investiert.",
			[]want{{value: 60e6, basis: a, metric: events.MetricCapex}}},
		{"in Aussicht gestellt", "de", "Bisher hatte der Vorstand mehr als 2 Milliarden Euro Gewinn in Aussicht gestellt.",
			[]want{{value: 2e9, basis: g}}},
		{"a legal form ends a sentence", "de", "Der Käufer heißt, wie berichtet, Nordbau AG. Laut Plan wird die Firma 3 Mrd. Euro Umsatz haben.",
			[]want{{value: 3e9, basis: g}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestUnitRanges covers ranges that repeat their unit.
func TestUnitRanges(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"percent range", "en", "Sales are forecast to grow by 30% to 35% this year.",
			[]want{{text: "30% to 35%", value: 30, change: 1}, {text: "30% to 35%", value: 35, change: 1}}},
		{"money range", "en", "It expects revenue of $79.0 billion to $80.1 billion.",
			[]want{{text: "$79.0 billion to $80.1 billion", value: 79e9, basis: events.BasisGuidance}, {text: "$79.0 billion to $80.1 billion", value: 80.1e9, basis: events.BasisGuidance}}},
		{"from and to is no range", "en", "The rate rose from 5% to 7%.",
			[]want{{text: "5%", value: 5, change: -1}, {text: "7%", value: 7, change: -1}}},
		{"a change to a level is no range", "en", "The stake fell 2 pct to 10 pct.",
			[]want{{text: "2 pct", value: -2, change: 1}, {text: "10 pct", value: 10, change: -1}}},
		{"different units are no range", "en", "Revenue rose 17% to $76.4 billion.",
			[]want{{text: "17%", value: 17}, {text: "$76.4 billion", value: 76.4e9}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestMoreDetection covers scaled codes, bare bases and compounds.
func TestMoreDetection(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"MEUR before the amount", "en", "Net sales totalled MEUR 412.5 in 2010 .",
			[]want{{text: "MEUR 412.5", value: 412.5e6, currency: "EUR", metric: events.MetricRevenue}}},
		{"TEUR before the amount", "de", "Die Kosten betrugen TEUR 450.",
			[]want{{value: 450e3, currency: "EUR"}}},
		{"a bare base after a percent level", "en", "The bank cut its prime rate to 8.5 pct from 9.0, effective today.",
			[]want{{value: 8.5}, {text: "9.0", kind: percent, value: 9}}},
		{"a bare count after a change is no base", "en", "The index rose 16.8 pct from 184.55 a year earlier.",
			[]want{{value: 16.8}}},
		{"a pre-tax result in the genitive", "de", "Der Konzern peilt eine Verdoppelung des Vorsteuerergebnisses auf 400 Mio. Euro an.",
			[]want{{value: 400e6, metric: events.MetricOther}}},
		{"a base with its own metric word", "en", "Sales rose to EUR131m from EUR76m , while it moved to a zero pre-tax profit from a pre-tax loss of EUR7m .",
			[]want{{value: 131e6, metric: events.MetricRevenue}, {value: 76e6, metric: events.MetricRevenue}, {value: -7e6, metric: events.MetricOther}}},
		{"revenue growth", "en", "It expects comparable revenue growth of 3% to 7%.",
			[]want{{value: 3, metric: events.MetricRevenue}, {value: 7, metric: events.MetricRevenue}}},
		{"a stake named as a share", "en", "The deal reduces the bank's share to 30 pct.",
			[]want{{value: 30, metric: events.MetricOther}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestWireAndFinanceRules covers wire tables, pre-tokenised amounts and
// qualifications.
func TestWireAndFinanceRules(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"a base after vs gain", "en", "Net loss 1,661,000 vs gain 1,301,000",
			[]want{{value: -1661000, metric: events.MetricNetIncome}, {value: 1301000, metric: events.MetricNetIncome}}},
		{"a pre-tokenised thousands group", "en", "Net profit rose to EUR2 .1 m from EUR995 ,000 .",
			[]want{{value: 2.1e6}, {text: "EUR995 ,000", value: 995000}}},
		{"a span of months is no figure", "en", "Shr 1.10 dlrs vs 90 cts\nNote: Net for nine mths includes gains.",
			[]want{{value: 1.1}, {value: 0.9}}},
		{"seconds are no Swedish crowns", "de", "Er gewann vor Müller (+12,5 Sek.) und Maier.",
			nil},
		{"English plant is a factory", "en", "Atria invested about EURO 70mn in the plant .",
			[]want{{value: 70e6, basis: events.BasisActual, metric: events.MetricCapex}}},
		{"a qualification before the figure", "en", "Operating profit excluding restructuring costs grew to EUR 44.5 million .",
			[]want{{value: 44.5e6, metric: events.MetricOperatingIncome}}},
		{"a part named after including", "en", "It earned 39.4 mln dlrs in 1986, including pretax gains of 11.5 mln dlrs.",
			[]want{{value: 39.4e6, metric: events.MetricNetIncome}, {value: 11.5e6, metric: events.MetricOther}}},
		{"a share of something is no change", "de", "30 Prozent der Beschlüsse fielen einstimmig.",
			[]want{{value: 30, change: -1}}},
		{"stock capital is no share price", "en", "Its stock capital amounts to 86.9 million litas .",
			[]want{{value: 86.9e6, metric: events.MetricOther}}},
		{"a verb contract", "en", "Sales will contract by 25 % .",
			[]want{{value: 25, metric: events.MetricRevenue}}},
		{"last year after a dated base", "en", "The surplus reached 15.6 billion dlrs last year, up from 10.62 billion in 1985.",
			[]want{{value: 15.6e9, period: "FY 1986"}, {value: 10.62e9, period: "FY 1985"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestCountsAndCurrencies covers elliptical counts and country currencies.
func TestCountsAndCurrencies(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"an elliptical count after a scaled count", "en", "Output rose to 1.5 mln tonnes in 1987 from 1.69 mln in 1986.",
			nil},
		{"an elliptical amount after money stays money", "en", "Sales rose to 1.5 mln dlrs in 1987 from 1.69 mln in 1986.",
			[]want{{value: 1.5e6}, {value: 1.69e6, currency: "USD"}}},
		{"Philippine pesos", "en", "PHILIPPINE LONG DISTANCE YEAR NET\n\nNet 1.9 billion pesos vs 779 mln",
			[]want{{value: 1.9e9, currency: "PHP"}, {value: 779e6, currency: "PHP"}}},
		{"pesos without a country", "en", "The bank lent 40 mln pesos.",
			[]want{{value: 40e6, currency: "MXN"}}},
		{"an index base year is no period", "en", "The consumer price index (base 1985) fell 0.4 pct in January.",
			[]want{{value: -0.4, period: "-"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestIndexAndValuedRules covers stock indices, valued orders and clauses
// opened by when or because.
func TestIndexAndValuedRules(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"an index move is other", "en", "Sales grew 5 % . Japan 's Nikkei index fell 0.62 percent .",
			[]want{{value: 5}, {value: -0.62, metric: events.MetricOther}}},
		{"a valued order", "en", "The order was valued at over EUR15m .",
			[]want{{value: 15e6, metric: events.MetricOther}}},
		{"a valued company", "en", "The company is valued at EUR 2.1 billion .",
			[]want{{value: 2.1e9, metric: events.MetricMarketCap}}},
		{"an estimate does not reach past when", "en", "The company estimates sales to grow from 2009, when they reached EUR 141.7 million .",
			[]want{{value: 141.7e6, basis: events.BasisActual}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestResultComparisons covers bases of results and the full year.
func TestResultComparisons(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"a profit after the amount is positive", "en", "It had a pretax loss of 1.6 mln dlrs compared with a 1.9 mln profit in 1985.",
			[]want{{value: -1.6e6}, {value: 1.9e6, period: "FY 1985"}}},
		{"a bare loss is the compared result", "en", "In the year, operating profit was 791 mln dlrs compared to a loss of 253 mln dlrs in 1985.",
			[]want{{value: 791e6, metric: events.MetricOperatingIncome, period: "FY 1986"}, {value: -253e6, metric: events.MetricOperatingIncome, period: "FY 1985"}}},
		{"a bare loss after revenue", "en", "It lost 90,000 dlrs on revenues of 600,971 dlrs, compared with a loss of 163,932 dlrs a year before.",
			[]want{{value: -90000, metric: events.MetricNetIncome}, {value: 600971, metric: events.MetricRevenue}, {value: -163932, metric: events.MetricNetIncome}}},
		{"for the year", "en", "Fourth quarter net was 9.8 mln dlrs. For the year, earnings rose to 76.9 mln dlrs.",
			[]want{{value: 9.8e6, period: "Q4"}, {value: 76.9e6, period: "FY"}}},
		{"a currency abbreviation ends a sentence", "en", "Earnings rose to 76.9 mln dlrs from 73.1 mln in 1985 or 3.18 dlrs. The 1986 results include Republic.",
			[]want{{value: 76.9e6}, {value: 73.1e6, period: "FY 1985"}, {value: 3.18}}},
		{"a base after a comma and nach", "de", "Für 2026 plant der Konzern Investitionen von 2,3 Milliarden Euro, nach 2,1 Milliarden im Jahr 2025. Den Umsatz will er um 5 Prozent steigern.",
			[]want{{value: 2.3e9, period: "FY 2026"}, {value: 2.1e9, period: "FY 2025"}, {value: 5, period: "FY 2026"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestModernReports covers phrasings of current results news.
func TestModernReports(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"a fiscal quarter in German", "de", "Der Konzern hat im dritten Geschäftsquartal mehr verdient. Der Umsatz stieg um 13 Prozent auf 9,7 Milliarden Euro.",
			[]want{{value: 13, period: "Q3"}, {value: 9.7e9, period: "Q3"}}},
		{"growth compounds", "de", "Der Vorstand erwartet ein Umsatzwachstum von 15 bis 17 Prozent.",
			[]want{{value: 15, change: 1, metric: events.MetricRevenue}, {value: 17, change: 1}}},
		{"a deadline is no period", "de", "Für das laufende Geschäftsjahr erwartet der Vorstand 5 Milliarden Euro Umsatz. Der Konzern will bis 2028 rund 2 Milliarden Euro investieren.",
			[]want{{value: 5e9}, {value: 2e9, period: "-", metric: events.MetricCapex}}},
		{"a tolerance", "en", "It forecast revenue of $45 billion, plus or minus 2%.",
			[]want{{value: 45e9}, {text: "plus or minus 2%", value: 2, change: -1}}},
		{"a buyback", "en", "It will buy back $50 billion of its shares, after a $10 billion share buyback last year.",
			[]want{{value: 50e9, metric: events.MetricOther}, {value: 10e9, metric: events.MetricOther}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestDealValues covers prices of acquisitions.
func TestDealValues(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"an all-stock deal", "en", "Chevron to buy Hess in $53 billion all-stock deal.",
			[]want{{value: 53e9, metric: events.MetricDealValue}}},
		{"a record deal is no acquisition", "de", "Die Sängerin sichert sich einen 117 Millionen Euro schweren Deal.",
			[]want{{value: 117e6, metric: events.MetricOther}}},
		{"valuing the target", "en", "It agreed to acquire the company for $171 per share in stock, valuing it at about $53 billion including debt.",
			[]want{{value: 171, metric: events.MetricDealValue}, {value: 53e9, metric: events.MetricDealValue}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}
