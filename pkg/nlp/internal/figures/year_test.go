package figures

import (
	"testing"

	"github.com/tickerwire/tickerwire/pkg/events"
)

// TestReportYear covers the year of the reporting period a text is
// about: quarters and halves it leaves undated take it from the outlook,
// from the quarters it dates, and wire tables from their notes.
func TestReportYear(t *testing.T) {
	rev, opInc, guide := events.MetricRevenue, events.MetricOperatingIncome, events.BasisGuidance
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"an undated quarter takes the year of the outlook", "de",
			"Für 2031 rechnet Lindenbräu mit einem Umsatz von 4 Milliarden Euro. Im dritten Quartal stieg der Umsatz um 6 Prozent auf 1,1 Milliarden Euro.",
			[]want{{value: 4e9, metric: rev, period: "FY 2031", basis: guide}, {value: 6, metric: rev, period: "Q3 2031"}, {value: 1.1e9, metric: rev, period: "Q3 2031"}}},
		{"an English outlook dates the quarter and its base", "en",
			"Corvid Air now sees 2031 operating profit of 900 million euros. Third-quarter operating profit rose to 400 million euros from 350 million euros a year earlier.",
			[]want{{value: 900e6, metric: opInc, period: "FY 2031", basis: guide}, {value: 400e6, metric: opInc, period: "Q3 2031"}, {value: 350e6, metric: opInc, period: "Q3 2030"}}},
		{"a fiscal year named by its end dates its half", "en",
			"Kitsune Motors raised its revenue forecast for the year ending March 2032 to 9 trillion yen. In the six months to September, revenue rose 4% to 4.2 trillion yen.",
			[]want{{value: 9e12, metric: rev, period: "FY 2032", basis: guide}, {value: 4, metric: rev, period: "H1 2032"}, {value: 4.2e12, metric: rev, period: "H1 2032"}}},
		{"a text of single sentences carries no year", "en",
			"Nordvik expects its 2031 net sales to grow . In the third quarter , net sales rose to EUR 50 mn .",
			[]want{{value: 50e6, metric: rev, period: "Q3"}}},
		{"a result beating expectations is no plan", "de",
			"Walbeck hat im zweiten Quartal 2031 mehr verdient als erwartet. Der Umsatz stieg um 4 Prozent.",
			[]want{{value: 4, metric: rev, period: "Q2 2031"}}},
		{"an undated fourth quarter closes the reported year", "en",
			"Pellmore said 2030 net profit rose to 80 mln dlrs. In the fourth quarter, net profit was 25 mln dlrs.",
			[]want{{value: 80e6, period: "FY 2030"}, {value: 25e6, period: "Q4 2030"}}},
		{"a year in progress reports no year", "de",
			"Für 2031 peilt Brakel einen Umsatz von 2 Milliarden Euro an. Zölle kosten das Unternehmen in diesem Jahr 50 Millionen Euro. Im ersten Halbjahr stieg der Umsatz um 3 Prozent.",
			[]want{{value: 2e9, period: "FY 2031"}, {value: 50e6, period: "FY 2031"}, {value: 3, period: "H1 2031"}}},
		{"notes date a year-end table", "en",
			"FENWICK CORP <FNW> YEAR LOSS\n\nShr loss 1.10 dlrs vs profit 40 cts\nRevs 80.1 mln vs 92.4 mln\nNOTE: 2030 includes loss of 5.2 mln dlrs from discontinued operations.",
			[]want{{value: -1.1, period: "FY 2030"}, {value: 0.4, period: "FY 2029"}, {value: 80.1e6, period: "FY 2030"}, {value: 92.4e6, period: "FY 2029"}, {value: -5.2e6, period: "FY 2030"}}},
		{"notes of a fiscal year leave it undated", "en",
			"FENWICK CORP <FNW> YEAR FEB 28 NET\n\nShr 1.10 dlrs vs 40 cts\nNOTE: 2030 results reflect an 11 month period.",
			[]want{{value: 1.1, period: "FY"}, {value: 0.4, period: "FY"}}},
		{"the second bound of a range measures what the first does", "de",
			"Für 2031 rechnet Ortwein mit einem Betriebsergebnis von 2 Milliarden Euro. Bisher hatte der Konzern 1,7 bis 1,8 Milliarden Euro angepeilt.",
			[]want{{value: 2e9, metric: opInc, period: "FY 2031"}, {value: 1.7e9, metric: opInc, period: "FY 2031", basis: guide}, {value: 1.8e9, metric: opInc, period: "FY 2031", basis: guide}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestRevisedPlansAndSpans covers plans set against the plans they
// replace, spans of years and dates that end a period.
func TestRevisedPlansAndSpans(t *testing.T) {
	rev, fcf, opInc, guide, act := events.MetricRevenue, events.MetricFreeCashFlow, events.MetricOperatingIncome, events.BasisGuidance, events.BasisActual
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"a raised forecast and the one it replaces", "en",
			"Kitsune Motors raised its operating profit forecast for the year ending March 2032 to 3.1 trillion yen from 2.7 trillion yen.",
			[]want{{value: 3.1e12, metric: opInc, period: "FY 2032", basis: guide}, {value: 2.7e12, metric: opInc, period: "FY 2032", basis: guide}}},
		{"a range set against the range before", "en",
			"Halvard now sees 2031 free cash flow of $4.0 billion to $4.5 billion, up from $3.5 billion to $4.5 billion.",
			[]want{{value: 4e9, metric: fcf, period: "FY 2031", basis: guide}, {value: 4.5e9, metric: fcf, period: "FY 2031", basis: guide},
				{value: 3.5e9, metric: fcf, period: "FY 2031", basis: guide}, {value: 4.5e9, metric: fcf, period: "FY 2031", basis: guide}}},
		{"the plan before, in German", "de",
			"Für 2031 erwartet Ostrava einen Umsatz von 900 Millionen Euro, nach zuvor 850 Millionen Euro.",
			[]want{{value: 900e6, metric: rev, period: "FY 2031", basis: guide}, {value: 850e6, metric: rev, period: "FY 2031", basis: guide}}},
		{"a plan against last year's result", "en",
			"Halvard expects 2031 revenue of $9 billion, up from $8 billion last year.",
			[]want{{value: 9e9, metric: rev, period: "FY 2031", basis: guide}, {value: 8e9, metric: rev, period: "FY 2030", basis: act}}},
		{"a cut rate is no plan revised", "en",
			"The central bank cut its discount rate to 4.5 pct from 5 pct.",
			[]want{{value: 4.5}, {value: 5, basis: act}}},
		{"a span of years is no period", "de",
			"Die Zulassungen sind zwischen 2024 und 2029 um 24 Prozent gestiegen.",
			[]want{{value: 24, period: "-"}}},
		{"the date that ends six months", "en",
			"Sales rose 3% to 9.1 billion euros in the six months to July 31, 2031.",
			[]want{{value: 3, metric: rev, period: "H1 2031"}, {value: 9.1e9, metric: rev, period: "H1 2031"}}},
		{"the half of a fiscal year", "de",
			"In der ersten Hälfte des Geschäftsjahres verdoppelte sich der Umsatz auf 1,2 Milliarden Euro.",
			[]want{{value: 1.2e9, metric: rev, period: "H1"}}},
		{"the annual forecast", "de",
			"Im dritten Quartal 2031 stieg der Umsatz auf 2 Milliarden Euro. Der Vorstand hob die Jahresprognose für den Umsatz auf 8 Milliarden Euro an.",
			[]want{{value: 2e9, period: "Q3 2031"}, {value: 8e9, metric: rev, period: "FY 2031", basis: guide}}},
		{"a year set off by dashes dates no deal", "en",
			"The owners — which bought the unit in 2026 — will receive 6.2 billion euros in cash.",
			[]want{{value: 6.2e9, period: "-"}}},
		{"a count is no year", "de",
			"Im Fahrzeugbau fielen 2000 Stellen weg, die Produktion schrumpfte um 3 Prozent.",
			[]want{{value: -3, period: "-"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestPeriodicMeasures covers measures of a period other than the listed
// metrics (margins, ratios, orders, charges): they are dated as results
// are.
func TestPeriodicMeasures(t *testing.T) {
	other := events.MetricOther
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"a margin of the quarter", "de",
			"Im dritten Quartal 2031 stieg der Umsatz auf 2 Milliarden Euro. Die Bruttomarge verbesserte sich auf 51,8 Prozent.",
			[]want{{value: 2e9, period: "Q3 2031"}, {value: 51.8, metric: other, period: "Q3 2031"}}},
		{"a ratio of the quarter", "de",
			"Die Bank verdiente im dritten Quartal 2031 rund 700 Millionen Euro. Die harte Kernkapitalquote lag bei 15,1 Prozent.",
			[]want{{value: 700e6, period: "Q3 2031"}, {value: 15.1, metric: other, period: "Q3 2031"}}},
		{"a planned margin", "de",
			"Die operative Marge werde 2031 nur noch zwischen 5 und 6 Prozent liegen.",
			[]want{{value: 5, metric: other, period: "FY 2031", basis: events.BasisGuidance}, {value: 6, metric: other, period: "FY 2031", basis: events.BasisGuidance}}},
		{"a charge in a wire note", "en",
			"Net income fell to 40 mln dlrs in 2030. Net includes a charge of 2.7 mln dlrs.",
			[]want{{value: 40e6, period: "FY 2030"}, {value: 2.7e6, metric: other, period: "FY 2030"}}},
		{"a stake is no measure of a period", "de",
			"Im dritten Quartal 2031 stieg der Umsatz auf 2 Milliarden Euro. Der Bund hält noch 12,1 Prozent der Aktien.",
			[]want{{value: 2e9, period: "Q3 2031"}, {value: 12.1, period: "-"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestDealPrices covers the price of a deal against the shares or stake
// it buys: the deal word decides.
func TestDealPrices(t *testing.T) {
	deal, sp := events.MetricDealValue, events.MetricSharePrice
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"a stake sold for an amount", "de", "Lindenbräu verkauft Minderheitsanteil an Brauwerk für 3,4 Milliarden Euro.",
			[]want{{value: 3.4e9, metric: deal}}},
		{"shares bought for a total", "de", "Der Konzern kauft dem Investor ein Paket von 18 Millionen Aktien für insgesamt 4,3 Milliarden Dollar ab.",
			[]want{{value: 4.3e9, metric: deal}}},
		{"a buyer pays for it", "de", "Käufer ist ein Konsortium um einen kanadischen Pensionsfonds, das dafür 2,9 Milliarden Euro zahlt.",
			[]want{{value: 2.9e9, metric: deal}}},
		{"a stake acquired for an amount", "en", "Halvard Oy has acquired 5.0 per cent of the shares in Ostrava for approximately EUR 58 million .",
			[]want{{value: 5}, {value: 58e6, metric: deal}}},
		{"the amount paid for shares", "en", "The deficit arose mainly because of the 1.36 billion crowns it paid in cash for shares in Brakel AB.",
			[]want{{value: 1.36e9, metric: deal}}},
		{"shares bought at a price each", "en", "Corvid said it had accepted approximately 2.3 mln shares in the company at 90.25 dlrs each.",
			[]want{{value: 90.25, metric: deal}}},
		{"shares that move are quoted", "en", "Corvid shares rose 3 dlrs to 90.25 dlrs after the offer.",
			[]want{{value: 3, metric: sp}, {value: 90.25, metric: sp}}},
		{"an offer in German", "de", "Allianz bietet 6,3 Milliarden Euro für den norwegischen Versicherer. Das Übernahmeangebot von 158 Kronen je Aktie gilt bis Mai.",
			[]want{{value: 6.3e9, metric: deal}, {value: 158, metric: deal}}},
		{"a product offered at a price", "de", "Knowm bietet den Chip für 220 Dollar an.",
			[]want{{value: 220, metric: events.MetricOther}}},
		{"a buyback is no deal", "en", "Halvard will buy back shares for $2 billion.",
			[]want{{value: 2e9, metric: events.MetricOther}}},
		{"a merger's value", "en", "Kestrel to merge with Osprey in €21.5bn deal. The transaction values Osprey at 21.5 billion euros.",
			[]want{{value: 21.5e9, metric: deal}, {value: 21.5e9, metric: deal}}},
		{"spent on acquisitions", "en", "Halvard had already spent more than $15 billion on acquisitions since 2023.",
			[]want{{value: 15e9, metric: deal}}},
		{"zlotys", "en", "ING agreed to buy the stake for 6.9 billion zlotys.",
			[]want{{value: 6.9e9, metric: deal, currency: "PLN"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestMetricWords covers what the words around a figure say it measures:
// moves of peers, parts of results, charges, premiums, investors' money.
func TestMetricWords(t *testing.T) {
	sp, other, opInc, rev, net, eps := events.MetricSharePrice, events.MetricOther, events.MetricOperatingIncome, events.MetricRevenue, events.MetricNetIncome, events.MetricEPS
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"peers move after a share price", "en", "Halvard shares gained 2.2% to $41.86 in early trading. Corvid rose 1.1% and Ostrava added 0.9%.",
			[]want{{value: 2.2, metric: sp}, {value: 41.86, metric: sp}, {value: 1.1, metric: sp}, {value: 0.9, metric: sp}}},
		{"a peer in German", "de", "Die Lindenbräu-Aktie gewann 5,7 Prozent auf 196,10 Euro. Der Rivale Brakel legte im Sog um 2,1 Prozent zu.",
			[]want{{value: 5.7, metric: sp}, {value: 196.1, metric: sp}, {value: 2.1, metric: sp}}},
		{"a part of a result in a note", "en", "NOTE: 2030 includes loss of 250 mln dlrs or 7.27 dlrs a share from discontinued operations.",
			[]want{{value: -250e6, metric: other}, {value: -7.27, metric: other}}},
		{"net reported", "en", "In the first quarter, Corvid reported net of 14.2 mln dlrs or 41 cts a share on sales of 796.4 mln dlrs.",
			[]want{{value: 14.2e6, metric: net}, {value: 0.41, metric: eps}, {value: 796.4e6, metric: rev}}},
		{"the total after the amount per share", "en", "Corvid reported net income of 10 cts a share or 330,000 dlrs.",
			[]want{{value: 0.1, metric: eps}, {value: 330000, metric: net}}},
		{"revenue named after the next figure", "en", "Third-quarter operating profit rose 14% to 2.29 billion euros on revenue of 9.4 billion euros.",
			[]want{{value: 14, metric: opInc}, {value: 2.29e9, metric: opInc}, {value: 9.4e9, metric: rev}}},
		{"gross operating profit", "en", "The bank's gross operating profits were up 5.4 pct at 21.34 billion francs.",
			[]want{{value: 5.4, metric: opInc}, {value: 21.34e9, metric: opInc}}},
		{"earnings after financial items", "en", "Brakel forecast earnings after financial items of one billion crowns in 2031.",
			[]want{{value: 1e9, metric: other}}},
		{"a burden on the result", "de", "Die Zölle belasten das Ergebnis in diesem Jahr mit bis zu 120 Millionen Euro.",
			[]want{{value: 120e6, metric: other}}},
		{"dividends and buybacks", "de", "Für das Gesamtjahr will die Bank 2,4 Milliarden Euro über Dividenden und Aktienrückkäufe ausschütten.",
			[]want{{value: 2.4e9, metric: other}}},
		{"an offer's premium", "de", "Das entspricht einem Aufschlag von 31 Prozent auf den Schlusskurs vom Freitag.",
			[]want{{value: 31, metric: other}}},
		{"own shares bought back", "de", "Brakel hat bereits eigene Papiere für 1,5 Milliarden Euro erworben.",
			[]want{{value: 1.5e9, metric: other}}},
		{"an investor's money", "de", "Wer 10.000 Euro in die Anleihe investiert, erhält jährlich 125 Euro.",
			[]want{{value: 10000, metric: other}, {value: 125, metric: other}}},
		{"free cash flow in German", "de", "Der freie Mittelzufluss werde 2031 auf mehr als 20 Milliarden Euro steigen.",
			[]want{{value: 20e9, metric: events.MetricFreeCashFlow, period: "FY 2031"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestBasisWords covers who states a figure: deal terms, price targets,
// third parties' forecasts of a company, a company's own estimates and
// modals, planned dividends, alleged payments.
func TestBasisWords(t *testing.T) {
	act, est, guide := events.BasisActual, events.BasisEstimate, events.BasisGuidance
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"deal terms are reported", "en", "ING will pay 11.40 zlotys per share, a 14% premium to the last close.",
			[]want{{value: 11.4, basis: act, metric: events.MetricDealValue}, {value: 14, basis: act}}},
		{"a price target is an analyst's", "de", "Kazuya Mori von Mizuho hob sein Kursziel auf 16.500 Yen an.",
			[]want{{value: 16500, basis: est}}},
		{"a bank forecasts another company", "en", "EQ Bank forecasts Olvi 's net sales at EUR 67mn in the second quarter of 2031 .",
			[]want{{value: 67e6, basis: est, period: "Q2 2031"}}},
		{"a company estimates its own sales", "en", "Rapala estimates its net sales for 2031 will increase by between 8 pct and 12 pct.",
			[]want{{value: 8, basis: guide, period: "FY 2031"}, {value: 12, basis: guide, period: "FY 2031"}}},
		{"a consensus beaten", "en", "Adjusted earnings were $1.21 per share, above the LSEG consensus of $1.19.",
			[]want{{value: 1.21, basis: act}, {value: 1.19, basis: est}}},
		{"the company's modal", "de", "Als Gründe nannte Finanzvorstand Walter Mertl Zollkosten, die sich in diesem Jahr auf rund 1,5 Milliarden Euro summieren dürften.",
			[]want{{value: 1.5e9, basis: guide}}},
		{"a planned dividend", "de", "Für das Gesamtjahr plant Nintendo nun eine Dividende von 215 Yen je Aktie.",
			[]want{{value: 215, basis: guide, metric: events.MetricDividend}}},
		{"a proposed dividend", "de", "Vorgeschlagen werden 70 Cent je Aktie als Dividende.",
			[]want{{value: 0.7, basis: act, metric: events.MetricDividend}}},
		{"a goal in an infinitive clause", "de", "Die Bank bekräftigte das Ziel, 2031 eine Eigenkapitalrendite von mehr als 11 Prozent zu erreichen.",
			[]want{{value: 11, basis: guide, period: "FY 2031"}}},
		{"an announced programme", "de", "Finanzchef Ohlmeyer kündigte zudem ein Aktienrückkaufprogramm über bis zu 1 Milliarde Euro an.",
			[]want{{value: 1e9, basis: guide}}},
		{"an alleged payment", "de", "Sie sollen rund 15 Mio. Euro unversteuert nach Liechtenstein transferiert haben.",
			[]want{{value: 15e6, basis: act}}},
		{"a fact after a plan", "en", "Corvid raised its profit forecast, and placed an order for 32 aircraft worth about $13 billion.",
			[]want{{value: 13e9, basis: act}}},
		{"a stakeholder after a semicolon", "de", "Allianz will mindestens 90 Prozent der Anteile einsammeln; der größte Aktionär, der Fonds Folketrygd mit 9,8 Prozent, hat bereits zugestimmt.",
			[]want{{value: 90, basis: guide}, {value: 9.8, basis: act}}},
		{"this year's level against a plan", "en", "Halvard will cut its capital spending to $15 billion in 2032, down from about $17.5 billion this year.",
			[]want{{value: 15e9, basis: guide}, {value: 17.5e9, basis: guide}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestPeriodEdges covers deadlines, this year against next, buybacks,
// proposed dividends and the German future.
func TestPeriodEdges(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"a level by the end of a year", "de", "Die Verschuldung soll bis Ende 2032 unter 30 Milliarden Euro sinken.",
			[]want{{value: 30e9, period: "FY 2032"}}},
		{"a total up to a deadline", "de", "Brakel will bis Ende 2032 rund 2 Milliarden Euro investieren.",
			[]want{{value: 2e9, period: "-", metric: events.MetricCapex}}},
		{"this year against next year's plan", "en", "Halvard will cut its capital spending to $15 billion in 2032, down from about $17.5 billion this year.",
			[]want{{value: 15e9, period: "FY 2032"}, {value: 17.5e9, period: "FY 2031"}}},
		{"a buyback has no period", "en", "Corvid expects capital expenditure of about 3.8 billion euros in 2031 and that it would launch a share buyback of 1 billion euros.",
			[]want{{value: 3.8e9, period: "FY 2031"}, {value: 1e9, period: "-"}}},
		{"the German future dates the text", "de", "Der Umsatz werde 2031 auf mehr als 20 Milliarden Euro steigen. Bis Ende 2033 sollen zwölf Millionen Kunden gewonnen sein. Beim Ebitda peilt der Konzern für das laufende Jahr 4 Milliarden Euro an.",
			[]want{{value: 20e9, period: "FY 2031"}, {value: 4e9, period: "FY 2031"}}},
		{"a result before taxes", "de", "Im dritten Quartal 2031 sank der Umsatz auf 32,6 Milliarden Euro. Das Ergebnis vor Steuern fiel auf 2,1 Milliarden Euro.",
			[]want{{value: 32.6e9, period: "Q3 2031"}, {value: 2.1e9, period: "Q3 2031", metric: events.MetricOther}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestChangeWords covers changes and levels: rates of growth, asides in
// brackets, the level a share was at before, moves in headlines.
func TestChangeWords(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"a rate of growth", "de", "Das Land sollte weiterhin mit 6,5 Prozent im Jahr wachsen.",
			[]want{{value: 6.5, change: 1}}},
		{"a level with a verb of change", "de", "Der Anteil ist mit 15,2 Prozent auf den tiefsten Stand gesunken.",
			[]want{{value: 15.2, change: -1}}},
		{"a level in brackets", "de", "Die Arbeitslosenrate (im Jahresschnitt 8,3 Prozent) stieg nicht so rapid.",
			[]want{{value: 8.3, change: -1}}},
		{"a change restated in brackets", "en", "The index rose 36.7 points ( or 0.6 % ) on the day .",
			[]want{{value: 0.6, change: 1}}},
		{"the level before", "de", "Damit steigt der Anteil auf 53,4 Prozent von zuvor 51,9 Prozent.",
			[]want{{value: 53.4, change: -1}, {value: 51.9, change: -1}}},
		{"a headline move", "en", "Corvid's profit jumps 65% on memory boom",
			[]want{{value: 65, change: 1}}},
		{"a gain brought to a level", "en", "Corvid shares rose 3.1%, bringing their gain this year to more than 80%.",
			[]want{{value: 3.1, change: 1}, {value: 80, change: 1}}},
		{"a firmer share", "de", "Die Aktie notierte am Nachmittag 0,8 Prozent fester bei 28,94 Euro.",
			[]want{{value: 0.8, change: 1}, {value: 28.94, change: -1}}},
		{"both bounds of a range of growth", "en", "It still expects earnings per share to grow by 1% to 3%.",
			[]want{{value: 1, change: 1}, {value: 3, change: 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestSingleSentences covers texts of single sentences, which carry no
// period from one sentence to the next, and changes compared with a year.
func TestSingleSentences(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"no carry between sentences", "en", "In 2031 , Ostrava 's net sales rose to EUR 50 mn . Operating profit amounted to EUR 5 mn , up from EUR 4 mn .",
			[]want{{value: 50e6, period: "FY 2031"}, {value: 5e6, period: "-"}, {value: 4e6, period: "-"}}},
		{"a change on last year's figure", "en", "Its profit for 2030 totalled 800 mln francs, up 21.2 pct on 2029's 660 mln profit.",
			[]want{{value: 800e6, period: "FY 2030"}, {value: 21.2, period: "FY 2030"}, {value: 660e6, period: "FY 2029"}}},
		{"a proposed dividend of the year reported", "de", "Im vierten Quartal 2031 stieg der Umsatz auf 10 Milliarden Euro. Vorgeschlagen werden 70 Cent je Aktie als Dividende.",
			[]want{{value: 10e9, period: "Q4 2031"}, {value: 0.7, period: "FY 2031", metric: events.MetricDividend}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestQuarterWords covers "the quarter" after an outlook, price targets
// and a buyback next to a plan.
func TestQuarterWords(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"the quarter after an outlook", "en",
			"Halvard posted a 12% rise in second-quarter revenue to $4.3 billion. The company now sees 2031 earnings per share of $3.40. Net income in the quarter fell 3% to $310 million.",
			[]want{{value: 12, period: "Q2 2031"}, {value: 4.3e9, period: "Q2 2031"}, {value: 3.4, period: "FY 2031"}, {value: -3, period: "Q2 2031"}, {value: 310e6, period: "Q2 2031"}}},
		{"the quarter in German", "de",
			"Lanxo hat im zweiten Quartal 2031 weniger verdient. Für das Gesamtjahr erwartet der Vorstand ein Ebitda von 800 Millionen Euro. Die Marge lag im Quartal bei 11,7 Prozent.",
			[]want{{value: 800e6, period: "FY 2031"}, {value: 11.7, period: "Q2 2031"}}},
		{"a price target", "en", "Barclays analyst Mia Tran raised her price target to $80 from $72.",
			[]want{{value: 80, metric: events.MetricSharePrice, basis: events.BasisEstimate}, {value: 72, metric: events.MetricSharePrice, basis: events.BasisEstimate}}},
		{"a buyback after this year's plan", "en", "Halvard would spend about $600 million on new plants in 2031 and buy back $1 billion of its shares.",
			[]want{{value: 600e6, period: "FY 2031"}, {value: 1e9, period: "-"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestDealDatesAndNotes covers the date a deal closes, which is no
// period of results, and notes that date a year-end table.
func TestDealDatesAndNotes(t *testing.T) {
	tests := []struct {
		name, lang, text string
		wants            []want
	}{
		{"a closing date", "de", "Die Transaktion soll im ersten Halbjahr 2032 abgeschlossen werden und jährliche Synergien von rund 120 Millionen Euro bringen.",
			[]want{{value: 120e6, period: "-"}}},
		{"close to is a hedge", "en", "Revenue from jet engines was close to six billion dlrs in 2030.",
			[]want{{value: 6e9, period: "FY 2030"}}},
		{"a note on the year", "en", "BRAXTON INDUSTRIES <BRX> 4TH QTR NET\n\nShr 45 cts vs 38 cts\nYear\nShr 1.62 dlrs vs 1.41 dlrs\nNOTE: 2030 year net includes gain of 2.1 mln dlrs from sale of a unit.",
			[]want{{value: 0.45, period: "Q4 2030"}, {value: 0.38, period: "Q4 2029"}, {value: 1.62, period: "FY 2030"}, {value: 1.41, period: "FY 2029"}, {value: 2.1e6, period: "FY 2030"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.lang, tt.wants) })
	}
}

// TestQuarterAhead covers a quarter a wire story expects after the year
// it reports.
func TestQuarterAhead(t *testing.T) {
	check(t, "Rapid Air Corp said it expects to report a loss of about 3.5 mln dlrs for its first quarter ending March 31. For 2030, the company earned 8.4 mln dlrs.", "en",
		[]want{{value: -3.5e6, period: "Q1 2031", basis: events.BasisGuidance}, {value: 8.4e6, period: "FY 2030"}})
}
