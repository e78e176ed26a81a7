package tags

import (
	"slices"
	"strings"
	"testing"

	"github.com/tickerwire/tickerwire/pkg/events"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/figures"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/text"
)

func TestTag(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              []events.Tag
	}{
		{"wire table", "DILLARD <DDS> 4TH QTR NET", "Shr 1.16 dlrs vs 1.15 dlrs\nNet 32.4 mln vs 33.5 mln", []events.Tag{events.TagEarnings}},
		{"dividend", "STANLEY WORKS <SWK> SETS QUARTERLY", "Qtly div 19 cts vs 19 cts prior\nPay March 31", []events.Tag{events.TagEarnings}},
		{"stock split", "", "Novell Inc said its board declared a two-for-one stock split.", []events.Tag{events.TagEarnings}},
		{"german results", "", "Der Konzern steigerte im ersten Quartal den Umsatz um zehn Prozent auf 148,8 Milliarden Dollar.", []events.Tag{events.TagEarnings}},
		{"share move", "", "Die Henkel-Aktie verlor vier Prozent.", []events.Tag{events.TagStockMove}},
		{"index is no share", "", "Der Dax verlor vier Prozent.", nil},
		{"acquisition", "", "Pittston Co said it agreed to acquire WTC International.", []events.Tag{events.TagMandA}},
		{"capex", "", "Der Konzern investiert rund 58 Mio. Euro in einen neuen Windpark.", []events.Tag{events.TagCapex}},
		{"funding is no capex", "", "Teil der Finanzierungsrunde ist eine Investition von 115 Millionen Dollar.", nil},
		{"guidance", "", "Die Firma rechnet für 2016 mit einem Gewinn von bis zu 400 Mio. Euro.", []events.Tag{events.TagGuidance}},
		{"analysts are no guidance", "", "Analysten erwarten einen Gewinn von 400 Mio. Euro.", nil},
		{"macro figures", "", "Die Industrie fuhr ihre Produktion um 1,4 Prozent nach unten.", nil},
	}
	var tg Tagger
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := tt.text
			if tt.title != "" {
				body = tt.title + "\n\n" + tt.text
			}
			var d text.Doc
			d.Reset(body)
			got := tg.Tag(Input{Doc: &d, TitleEnd: len(tt.title)})
			if !slices.Equal(got, tt.want) {
				t.Errorf("Tag = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestTagLanguage checks rules that read a language's words: German
// "will" is a plan, English "will" is not.
func TestTagLanguage(t *testing.T) {
	tests := []struct {
		name, lang, title, text string
		want                    []events.Tag
	}{
		{"forecast of a period's result", "en", "ACME <ACM> SEES 3RD QTR LOSS",
			"Acme Inc said it expects to report a loss for its third quarter.\nIn the year-ago period the company reported net income of 1.2 mln dlrs.",
			[]events.Tag{events.TagGuidance}},
		{"target", "de", "", "Der Aluminiumkonzern will bis 2030 seinen Umsatz verdoppeln.", []events.Tag{events.TagGuidance}},
		{"English will is no plan", "en", "", "The company will hold a call on Monday. Its revenue rose 5 pct to 10 mln dlrs in the quarter.", []events.Tag{events.TagEarnings}},
		{"prior period after the result", "de", "", "Im zweiten Quartal verdiente der Konzern einen Gewinn von 287 Millionen Euro nach 469 Millionen im Vorjahresquartal.", []events.Tag{events.TagEarnings}},
		{"stake raised", "de", "", "Die Bank baut um.\nSie spart.\nSie wächst.\nDer Konzern stockt den Anteil an der Tochter von 41 auf 90 Prozent auf.", []events.Tag{events.TagMandA}},
		{"unit parted with", "de", "", "Die Bank baut um.\nSie spart.\nSie wächst.\nSo trennt sich das Geldhaus von seiner Tochter, der Postbank.", []events.Tag{events.TagMandA}},
		{"unit as seller is no deal", "en", "", "The Ford Motor Co unit had sold a record 1.5 million vehicles.", nil},
		{"outlook raised", "de", "", "Der Sportartikelkonzern Puma hebt seine Prognose für das Gesamtjahr an.", []events.Tag{events.TagGuidance}},
		{"margin target cut", "de", "", "Der Autobauer Opel kappt sein Margenziel.", []events.Tag{events.TagGuidance}},
		{"outlook confirmed", "en", "", "Acme Corp reaffirmed its full-year outlook on Tuesday.", []events.Tag{events.TagGuidance}},
		{"an economy's forecast is no guidance", "en", "", "Belgium revised its growth forecast for 1987 lower.", nil},
		{"production target is no outlook", "en", "", "Acme Corp raised its production target for the mine.", nil},
		{"price after a percentage", "en", "", "Acme Oyj was down 1.2 pct to 18.40 , dealers said .", []events.Tag{events.TagStockMove}},
		{"investors' money is no capex", "de", "", "Wer 5.000 Euro in die Anleihe der Firma investiert, erhält Zinsen.", nil},
		{"an order is no deal", "en", "", "Acme Air placed an order for 30 jets worth about $9 billion at list prices.", nil},
		{"a month's sales are no results", "en", "", "Acme reported net sales of 512 mln eur for March , an increase of 4.1 pct .", nil},
		{"better than expected is a result", "de", "Acme verdient mehr als erwartet", "Der Konzern legte Zahlen vor.", []events.Tag{events.TagEarnings}},
		{"a portion is no stake", "de", "", "Eins.\nZwei.\nDrei.\nDer Konzern erwartet, dass der Anteil der Problemkredite von 45 Prozent auf 60 Prozent steigen wird.", nil},
	}
	var tg Tagger
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := tt.text
			if tt.title != "" {
				body = tt.title + "\n\n" + tt.text
			}
			var d text.Doc
			d.Reset(body)
			got := tg.Tag(Input{Doc: &d, TitleEnd: len(tt.title), Lang: tt.lang})
			if !slices.Equal(got, tt.want) {
				t.Errorf("Tag = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestAnalystForecast checks that a forecast in a sentence that names an
// analyst is not the company's guidance.
func TestAnalystForecast(t *testing.T) {
	body := "Acme Corp climbed. Jane Roe forecast earnings of 2.00 dlrs per share in 1987."
	var d text.Doc
	d.Reset(body)
	start := strings.Index(body, "2.00 dlrs")
	f := figures.Figure{Figure: events.Figure{Text: "2.00 dlrs", Kind: events.KindMoney, Value: 2, Currency: "USD",
		Metric: events.MetricEPS, Basis: events.BasisGuidance}, Start: start, End: start + len("2.00 dlrs")}
	var tg Tagger
	for _, tt := range []struct {
		name     string
		analysts []int
		want     []events.Tag
	}{
		{"company's forecast", nil, []events.Tag{events.TagGuidance}},
		{"analyst's forecast", []int{0, 1}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := tg.Tag(Input{Doc: &d, Figures: []figures.Figure{f}, Companies: []int{1, 1}, Analysts: tt.analysts, Lang: "en"})
			if !slices.Equal(got, tt.want) {
				t.Errorf("Tag = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestForecastBase checks that a forecast against a reported base is
// guidance, not a result: the base is a figure of results.
func TestForecastBase(t *testing.T) {
	body := "Acme expects its net sales for 2011 to increase from the 2010 level when they reached EUR 103 million ."
	var d text.Doc
	d.Reset(body)
	start := strings.Index(body, "EUR 103 million")
	f := figures.Figure{Figure: events.Figure{Text: "EUR 103 million", Kind: events.KindMoney, Value: 103e6,
		Currency: "EUR", Metric: events.MetricRevenue, Basis: events.BasisActual}, Start: start, End: start + len("EUR 103 million")}
	var tg Tagger
	got := tg.Tag(Input{Doc: &d, Figures: []figures.Figure{f}, Lang: "en"})
	if want := []events.Tag{events.TagGuidance}; !slices.Equal(got, want) {
		t.Errorf("Tag = %v, want %v", got, want)
	}
}

// TestMarketOperationIsNoDeal checks that money bought and sold in a
// central bank's market operation, though it reads as a price paid, tags
// no deal.
func TestMarketOperationIsNoDeal(t *testing.T) {
	body := "The Bank of Ruritania said it bought 226 mln crowns of bills from the banks. It also sold 40 mln crowns of bills."
	var d text.Doc
	d.Reset(body)
	in := Input{Doc: &d, Figures: figures.Extract(body, "en"), Companies: []int{1, 1}, Lang: "en"}
	deals := 0
	for _, f := range in.Figures {
		if f.Metric == events.MetricDealValue {
			deals++
		}
	}
	if deals == 0 {
		t.Fatalf("no figure reads as a price paid: %+v", in.Figures)
	}
	var tg Tagger
	if got := tg.Tag(in); slices.Contains(got, events.TagMandA) {
		t.Errorf("Tag = %v, want no %s", got, events.TagMandA)
	}
}
