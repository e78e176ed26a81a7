// Package tags decides what an article reports: results (earnings), a
// forecast (guidance), capital expenditure (capex), a share price move
// (stock_move), or a deal (m_and_a). It reads the cue words of each
// sentence together with the amounts, figures and companies in it, so a
// word alone ("Gewinn", "shares") never sets a tag.
//
// Earnings follows the wire services' use: besides periodic results it
// covers the dividends and stock splits companies declare with them.
package tags

import (
	"github.com/tickerwire/tickerwire/pkg/events"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/figures"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/text"
)

// Input is what Tag reads.
type Input struct {
	Doc *text.Doc
	// TitleEnd is the byte offset where the title ends; 0 when the
	// document has none.
	TitleEnd int
	// Figures are the document's figures, in order of mention.
	Figures []figures.Figure
	// Companies counts, per sentence of Doc, the companies named in it.
	// When nil, every sentence is taken to be about a company.
	Companies []int
	// Analysts counts, per sentence of Doc, the mentions of analysts,
	// whose forecasts are not the company's. May be nil.
	Analysts []int
	// Lang is "de" or "en".
	Lang string
	// Anonymous: the document names no organisation or place. Its
	// results are some company's all the same ("Operating profit fell to
	// EUR 23.26 mn"); in an article that names only countries they are
	// an economy's.
	Anonymous bool
}

// sentence is what one sentence says.
type sentence struct {
	cues      cue
	amounts   int // numbers with a unit or currency
	percents  int
	title     bool
	lead      bool // among the first sentences of the text
	table     bool // a wire-service result row: "Net 32.4 mln vs 33.5 mln"
	figures   int
	results   int  // figures measuring results, reported
	periodic  int  // of them, figures with a period
	guided    int  // figures measuring results, the company's own plan
	planned   int  // other figures of the company's own plan: margins, ratios
	analysts  int  // analysts named
	capex     int  // figures of capital expenditure, not third parties' estimates
	capexEst  int  // figures of capital expenditure estimated by others
	prices    int  // figures of share price moves
	deals     int  // figures of deal values
	eps       int  // figures of earnings per share, which only companies report
	estimate  int  // figures of third parties' estimates
	company   int  // companies named
	investIn  bool // "invest ... in Europe": an investment with a place or object
	perShare  bool // an amount in cents or per share
	forSplit  bool // "two-for-one", "one-for-15 reverse split"
	periodEnd bool // a headline ending in a period: "CIRO INC <CIRI> YEAR"
	ticker    bool // a ticker or a legal form: "<DDS>", "INC"
	sellPart  bool // a part of a company after a word of selling: "trennt sich von seiner Tochter"
	prior     bool // a word of the prior period before any amount: "In the year-ago period ... reported"
	bareTo    bool // a percentage, then "to" and a number without unit: "was down 1.13 pct to 18.38", a price
	month     bool // a month's name: "sales for February", a monthly figure
}

// Tagger holds the per-document scratch space of Tag. The zero value is
// ready to use; a Tagger is not safe for concurrent use.
type Tagger struct {
	sents     []sentence
	cues      []cue
	anonymous bool
	why       func(tag string, sentence int)
}

// leadSentences is how many sentences after the title make the lead.
const leadSentences = 3

// Tag returns the tags of the document, in the order earnings, capex,
// guidance, stock_move, m_and_a.
func (t *Tagger) Tag(in Input) []events.Tag {
	t.analyse(in)
	var (
		rows, dividendRows, results, deal, capex, guidance, moves int
		strong, titleResult, titleDividend, titleDeal, funding    bool
		assets, leadResult, declared, strongDeal, leadDeal        bool
	)
	for i := range t.sents {
		s := &t.sents[i]
		c := s.cues
		if c&(cStrong|cPeriod) != 0 {
			strong = true
		}
		if c&cFunding != 0 {
			funding = true
		}
		if c&(cAsset|cBuild|cCapexWord) != 0 {
			assets = true
		}
	}
	for i := range t.sents {
		s := &t.sents[i]
		c := s.cues
		about := t.aboutCompany(i)
		future := c&cFuture != 0
		third := c&cThird != 0
		quantified := s.amounts+s.percents > 0
		measure := c&cResult != 0 || c&cWeakResult != 0 && c&(cPeriod|cStrong) != 0

		if s.table {
			rows++
			t.note("row", i)
			if c&cDividend != 0 {
				dividendRows++
			}
		}
		// Results: a results measure with an amount, reported or changed,
		// about a company. Actual figures beside a forecast are its base.
		// Where the figures give no results measure, a profit word must
		// name one: "revenue passenger kilometres" are traffic.
		if s.figures > 0 && s.results == 0 && c&cProfit == 0 {
			measure = false
		}
		// "expects its net sales to increase from the 2009 level when they
		// reached EUR 103 million": a forecast against a reported base.
		forecastBase := future && !third && c&cChange != 0 && s.guided == 0 && s.results > 0 && !s.title
		reported := s.results > 0 && !(future && s.guided > 0) && !forecastBase ||
			measure && quantified && c&(cChange|cReport|cPeriod|cVs) != 0 && !future && (!third || c&cReport != 0)
		// "In the same year-ago period the company reported net income
		// of ...": the base of a comparison, not a new result.
		if s.prior && c&(cVs|cChange) == 0 {
			reported = false
		}
		// "net sales of 659.4 mln eur for February": a month's sales are
		// no periodic results.
		if s.month && c&(cPeriod|cStrong) == 0 && s.periodic == 0 && !s.table {
			reported = false
		}
		// A headline on a deal gives the price per share, not results.
		if s.title && c&(cDeal|cDealWeak) != 0 {
			reported = false
		}
		if reported && (about || s.eps > 0) {
			results++
			t.note("results", i)
			if s.title {
				titleResult = true
			}
			if s.lead {
				strong = true
				leadResult = true
			}
		}
		// Headlines: "4TH QTR NET", "EARNINGS UP 71 PCT", "1986 NET PROFIT
		// 57.1 MLN DLRS VS LOSS 69.1 MLN", "CIRO INC <CIRI> YEAR", "TO TAKE
		// 226 MLN DLR CHARGE".
		if s.title && !future && (t.titleAbout(i) && (measure && c&(cPeriod|cChange|cStrong) != 0 ||
			(measure || c&cPeriod != 0) && c&cVs != 0 && s.amounts > 0 ||
			measure && s.amounts > 0 || c&cProfit != 0 || s.periodEnd) ||
			c&cProfit != 0 && c&cVs != 0 && s.amounts > 0) {
			titleResult = true
			t.note("title", i)
		}
		// Dividends and stock splits: "Qtly div 25 cts", "SETS QUARTERLY",
		// "cash distribution of 58 cts", "two-for-one stock split".
		split := c&cSplit != 0 && (c&cStock != 0 || s.forSplit)
		payout := c&cDividend != 0 && (s.amounts > 0 || s.title) ||
			c&cPayout != 0 && (s.perShare || s.title && c&cDeclare != 0 && !measure)
		if (payout || split) && c&cNeg == 0 {
			t.note("dividend", i)
			if s.title {
				titleDividend = true
			} else {
				declared = true
			}
		}
		// Guidance: the company's outlook on a results measure.
		guided := s.guided > 0 && s.estimate == 0
		if s.figures == 0 || s.guided == 0 && s.results == 0 && s.estimate == 0 {
			// A forecast of a measure with an amount, or of a period's
			// result ("expects to report a loss for its second quarter"),
			// or a target ("will seinen Umsatz verdoppeln").
			guided = !third && (future && measure && (quantified || c&(cPeriod|cDouble) != 0) || c&cOutlook != 0 && measure && !quantified)
		}
		if forecastBase {
			guided = true
		}
		// A margin or other target planned with a figure: "Die Marge soll
		// zwischen 5 und 6 Prozent liegen".
		// Both need a company named in the sentence or the one before:
		// "Belgium revises its growth forecast" is an economy's.
		named := s.company > 0 || i > 0 && t.sents[i-1].company > 0
		if named && s.planned > 0 && s.estimate == 0 && !third && (c&cMargin != 0 || c&(cOutlook|cTarget) != 0 && (measure || c&(cProfit|cResult) != 0)) {
			guided = true
		}
		// An outlook raised, cut or confirmed: "hebt Prognose an",
		// "kappt Margenziel", "reaffirmed its outlook". A target needs a
		// measure of results ("Margenziel", "profit target"), not a
		// production or capex one.
		if named && c&cRevise != 0 && !third && c&cCapexWord == 0 && s.company > 0 &&
			(c&cGuidance != 0 || c&(cOutlook|cTarget) != 0 && (c&(cMargin|cProfit|cResult) != 0 || measure)) {
			guided = true
		}
		// Analysts' forecasts are not the company's: "Burry forecast
		// earnings of 2.00 dlrs a share".
		if s.analysts > 0 {
			guided = false
		}
		if guided && about {
			guidance++
			t.note("guidance", i)
		}
		// Capex: investment in the company's own assets.
		// Investors buying securities ("Wer 10.000 Euro in die Anleihe
		// investiert") and companies buying stakes ("the Pioneer Sugar
		// investment would give CSR the largest stake") spend no capital
		// on assets.
		financial := c&(cSecurity|cInvestor) != 0 || c&(cStake|cDeal) != 0 && c&cCapexWord == 0
		if c&cFunding == 0 && !financial && s.capexEst == 0 && !third && about {
			invested := s.capex > 0 || c&(cInvest|cCapexWord) != 0 && s.amounts > 0 || c&cBuild != 0 && c&cAsset != 0 && s.amounts > 0
			if invested && (assets || c&cCapexWord != 0 || s.investIn) {
				capex++
				t.note("capex", i)
			}
		}
		// Stock move: shares and a move, or a share price that changed.
		// "TietoEnator was down 1.13 pct to 18.38": a company's price.
		price := s.bareTo && s.company > 0 && c&cMove != 0 && c&(cResult|cWeakResult|cProfit|cIndex|cUnit) == cUnit
		if s.prices > 0 || c&cStock != 0 && c&cMove != 0 && c&cIndex == 0 || price {
			moves++
			t.note("move", i)
		}
		// Deals.
		w := 0
		switch {
		case (c&cHolding != 0 || c&cStake != 0 && c&cDealWeak != 0) && s.percents > 0 && s.company > 0 && c&cChange != 0 && c&cNeg == 0:
			w = 3 // a stake raised or cut ("Anteil" alone is a portion)
		case s.sellPart && s.company > 0 && c&(cNeg|cFuture) == 0:
			w = 3 // a unit sold or parted with: "trennt sich von seiner Tochter"
		case c&cDeal != 0 || c&cDealWeak != 0 && c&cStake != 0 || s.deals > 0 && c&(cDeal|cDealWeak) != 0:
			w = 2
			if c&cBackground != 0 && !s.title {
				w = 1
			}
		case c&cDealWeak != 0 && s.company >= 2:
			w = 1
		case c&cStake != 0 && s.percents > 0 && s.company > 0:
			w = 1
		case s.title && (c&cStake != 0 || c&cDealWeak != 0 && (s.ticker || s.company > 0 || c&cUnitWord != 0)):
			w = 2
		case s.deals > 0:
			w = 2
		}
		if s.title && w > 0 {
			w = 2
			titleDeal = true
		}
		// A stake or a unit changing hands is a deal wherever the text
		// tells it.
		if w == 3 {
			w = 2
			if c&cBackground == 0 {
				strongDeal = true
			}
		}
		// A deal told once in the body, not in the lead, is background:
		// "results include operations of acquired companies".
		if w == 2 && !s.title && !s.lead && s.deals == 0 && !strongDeal {
			w = 1
		}
		// Goods ordered are no company bought: "placed an order for 32
		// aircraft worth about $13 billion".
		if c&cOrder != 0 && c&(cDeal|cStake) == 0 {
			w = 0
		}
		// Currency bought or bills sold in a market operation are no
		// company changing hands: "the Bank of France intervened to buy
		// dollars and sell yen".
		if c&cMarketOp != 0 && c&(cDeal|cStake|cUnitWord) == 0 {
			w = 0
		}
		// A deal has parties: "apartments are acquiring a fair price" has
		// none.
		if !s.title && s.company == 0 && c&cCompanyRef == 0 {
			w = 0
		}
		if w > 0 {
			t.note("deal", i)
			if s.lead || s.title {
				leadDeal = true
			}
		}
		deal += w
	}
	var tags []events.Tag
	// Wire-service result tables have rows for shares, net and revenue;
	// a dividend has one row. An article about a deal gives the target's
	// results as background: there only a table or the title counts.
	tables := rows >= 2 || rows == 1 && (dividendRows == 1 || titleResult || titleDividend)
	prose := results >= 2 || results >= 1 && strong
	// In an article about a deal, results are background unless they lead.
	if titleDeal && !titleResult || deal >= 2 && leadDeal && !leadResult {
		prose = false
	}
	if declared && !titleDeal {
		prose = true
	}
	if tables || titleResult || titleDividend || prose {
		tags = append(tags, events.TagEarnings)
	}
	if capex > 0 {
		tags = append(tags, events.TagCapex)
	}
	if guidance > 0 {
		tags = append(tags, events.TagGuidance)
	}
	if moves > 0 {
		tags = append(tags, events.TagStockMove)
	}
	if deal >= 2 && !(funding && deal < 4) {
		tags = append(tags, events.TagMandA)
	}
	return tags
}

// aboutCompany reports whether sentence i, or one of the three before it,
// names a company, or whether it refers to one.
func (t *Tagger) aboutCompany(i int) bool {
	s := &t.sents[i]
	if s.company > 0 || s.cues&cCompanyRef != 0 || t.anonymous {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if t.sents[j].company > 0 {
			return true
		}
	}
	return false
}

// titleAbout reports whether headline sentence i is about a company: it
// names one or gives a ticker, or the first sentence of the text names
// one. "U.S. CONSUMER CREDIT ROSE" is not.
func (t *Tagger) titleAbout(i int) bool {
	s := &t.sents[i]
	if s.company > 0 || s.ticker {
		return true
	}
	return i+1 < len(t.sents) && !t.sents[i+1].title && t.sents[i+1].company > 0
}

func (t *Tagger) note(tag string, i int) {
	if t.why != nil {
		t.why(tag, i)
	}
}

// analyse fills t.sents with the cues, amounts and figures of each
// sentence.
func (t *Tagger) analyse(in Input) {
	d := in.Doc
	t.anonymous = in.Anonymous
	t.sents = t.sents[:0]
	t.cues = t.cues[:0]
	for i := range d.Toks {
		var c cue
		switch tok := &d.Toks[i]; tok.Kind {
		case text.Word:
			c = lookup(d.Lower(i), in.Lang != "en")
			if c&cWill != 0 && in.Lang == "de" {
				c |= cFuture
			}
		case text.Punct:
			switch d.Text[tok.Start] {
			case '%':
				c = cUnit
			case '<':
				c = cLeft
			}
		}
		t.cues = append(t.cues, c)
	}
	for i, c := range t.cues {
		// "share" alone is a portion ("a share of all seats"); shares
		// and the share price are stock.
		if c&cStock != 0 && c&cShareEn != 0 && (i+1 >= len(t.cues) || t.cues[i+1]&cPrice == 0) {
			t.cues[i] &^= cStock
		}
	}
	body := 0
	for si, se := range d.Sents {
		s := sentence{title: int(d.Toks[se.From].Start) < in.TitleEnd}
		if !s.title {
			s.lead = body < leadSentences
			body++
		}
		switch {
		case in.Companies == nil:
			s.company = 1
		case si < len(in.Companies):
			s.company = in.Companies[si]
		}
		if si < len(in.Analysts) {
			s.analysts = in.Analysts[si]
		}
		invest, sell := -1, -1
		for i := se.From; i < se.To; i++ {
			c := t.cues[i]
			if c&cSell != 0 {
				sell = i
			}
			if c&cPart != 0 && sell >= 0 && i-sell <= 8 {
				s.sellPart = true
			}
			if c&cPrior != 0 && s.amounts+s.percents == 0 {
				s.prior = true
			}
			// The words this loop asks about carry cue bits of their own
			// (cLegalForm, cCents, cMonth, ...), so that a word is read
			// once, by lookup, and not by a switch per question.
			// "capital investments", "capital spending" name capex.
			if c&cCapital != 0 && i+1 < se.To && t.cues[i+1]&cInvest != 0 || c&cSpending != 0 && i > se.From && t.cues[i-1]&cCapital != 0 {
				c |= cCapexWord
			}
			if c&cInvest != 0 {
				invest = i
			}
			if c&(cLegalForm|cLeft) != 0 {
				s.ticker = true // a ticker or a legal form names a company
			}
			// "mehr als erwartet", "better than expected": a result
			// measured against a forecast is no forecast.
			if c&cFuture != 0 && i > se.From {
				if p := d.LowerString(i - 1); p == "als" || p == "than" || p == "wie" {
					c &^= cFuture
				}
			}
			// A price target is an analyst's.
			if c&cTarget != 0 && i > se.From && d.LowerString(i-1) == "price" {
				c &^= cTarget
			}
			// "24.60 DLRS/SHR" is a price per share, not earnings.
			if c&cResult != 0 && i > se.From && d.Text[d.Toks[i-1].Start] == '/' {
				c &^= cResult | cProfit | cTable
			}
			switch {
			case c&cCents != 0:
				s.perShare = true
			case c&cShareWord != 0:
				if i > se.From && t.cues[i-1]&cPer != 0 {
					s.perShare = true
				}
			case c&cFor != 0:
				if i > se.From && i+1 < se.To && d.Toks[i-1].Flags&text.Dash != 0 && d.Toks[i+1].Flags&text.Dash != 0 {
					s.forSplit = true
				}
			case c&cReverse != 0:
				s.forSplit = true
			}
			if s.percents > 0 && c&cTo != 0 && i+1 < se.To && d.Toks[i+1].Kind == text.Number &&
				(i+2 >= se.To || t.cues[i+2]&cUnit == 0 && !isCurrencySign(d, i+2)) && !isCurrencySign(d, i-1) {
				s.bareTo = true
			}
			if c&cMonth != 0 {
				s.month = true
			}
			if invest >= 0 && i-invest <= 8 && c&cInto != 0 && i+1 < se.To && d.Toks[i+1].Flags&(text.Upper|text.AllUpper) != 0 {
				s.investIn = true
			}
			s.cues |= c
			tok := &d.Toks[i]
			if tok.Kind == text.Number || c&cNumber != 0 {
				if i+1 < se.To && t.cues[i+1]&cUnit != 0 || i > se.From && isCurrencySign(d, i-1) {
					if i+1 < se.To && isPercent(d, i+1) {
						s.percents++
					} else {
						s.amounts++
					}
				}
			}
		}
		if s.title && t.cues[se.To-1]&cPeriod != 0 && se.To-se.From >= 3 {
			s.periodEnd = true
		}
		first := d.Lower(se.From)
		if t.cues[se.From]&(cTable|cResult|cDividend) != 0 && s.cues&cVs != 0 && len(first) < 12 {
			s.table = true
		}
		t.sents = append(t.sents, s)
	}
	for _, f := range in.Figures {
		i := d.TokenAt(f.Start)
		if i >= len(d.Toks) {
			continue
		}
		s := &t.sents[d.SentenceOf(i)]
		s.figures++
		switch f.Metric {
		case events.MetricRevenue, events.MetricNetIncome, events.MetricOperatingIncome,
			events.MetricEPS, events.MetricEBITDA:
			switch f.Basis {
			case events.BasisActual:
				s.results++
				if f.Period != "" {
					s.periodic++
				}
			case events.BasisGuidance:
				s.guided++
			}
			if f.Metric == events.MetricEPS {
				s.eps++
			}
		case events.MetricOther:
			if f.Basis == events.BasisGuidance {
				s.planned++
			}
		}
		if f.Basis == events.BasisEstimate {
			s.estimate++
		}
		switch f.Metric {
		case events.MetricCapex:
			if f.Basis == events.BasisEstimate {
				s.capexEst++
			} else {
				s.capex++
			}
		case events.MetricSharePrice:
			if f.Change {
				s.prices++
			}
		case events.MetricDealValue:
			s.deals++
		}
	}
}

func isPercent(d *text.Doc, i int) bool {
	switch d.LowerString(i) {
	case "prozent", "pct", "percent", "%", "prozentpunkte":
		return true
	case "per":
		return i+1 < len(d.Toks) && d.LowerString(i+1) == "cent"
	}
	return false
}

func isCurrencySign(d *text.Doc, i int) bool {
	switch d.Tok(i) {
	case "$", "€", "£", "¥", "eur", "EUR", "USD", "SEK", "GBP", "CHF", "US$":
		return true
	}
	return false
}
