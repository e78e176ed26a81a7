// Package tags decides what an article reports: results (earnings), a
// forecast (guidance), capital expenditure (capex), a share price move
// (stock_move), or a deal (m_and_a). It reads the cue words of each
// sentence together with the amounts and figures in it, so a word alone
// ("Gewinn", "shares") never sets a tag.
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
	// It may be nil.
	Companies []int
}

// sentence is what one sentence says.
type sentence struct {
	cues     cue
	amounts  int // numbers with a unit or currency
	percents int
	title    bool
	table    bool // a wire-service result row: "Net 32.4 mln vs 33.5 mln"
	results  int  // figures measuring results, reported
	guided   int  // figures measuring results, the company's own plan
	capex    int  // figures measuring capital expenditure
	prices   int  // figures of share price moves
	company  int
}

// Tagger holds the per-document scratch space of Tag. The zero value is
// ready to use; a Tagger is not safe for concurrent use.
type Tagger struct {
	sents []sentence
	cues  []cue
	why   func(tag string, sentence int)
}

// Tag returns the tags of the document, in the order earnings, capex,
// guidance, stock_move, m_and_a.
func (t *Tagger) Tag(in Input) []events.Tag {
	t.analyse(in)
	var (
		rows, results, strongDoc            int
		guidance, capex, moves, deal        int
		titleResult, titleDividend, funding bool
		titleDeal                           bool
		dividendRows                        int
	)
	for i := range t.sents {
		s := &t.sents[i]
		c := s.cues
		if c&(cStrong|cPeriod) != 0 {
			strongDoc++
		}
		if c&cFunding != 0 {
			funding = true
		}
		if s.table {
			rows++
			t.note("row", i)
			if c&cDividend != 0 {
				dividendRows++
			}
		}
		future := c&cFuture != 0
		third := c&cThird != 0
		quantified := s.amounts+s.percents > 0
		// Results: a results measure with an amount, reported or changed.
		// Words that name results only among others ("net", "sales") need
		// a period or a strong results word beside them.
		measure := c&cResult != 0 || c&cWeakResult != 0 && c&(cPeriod|cStrong) != 0
		if !future && (s.results > 0 || measure && quantified && c&(cChange|cReport|cPeriod|cVs) != 0) {
			if !third || c&cReport != 0 {
				results++
				t.note("results", i)
				if s.title {
					titleResult = true
				}
			}
		}
		if s.title && measure && c&(cPeriod|cChange|cStrong) != 0 && !future {
			titleResult = true
			t.note("title", i)
		}
		// Dividends and stock splits are announced with results, and wire
		// services file them under earnings.
		split := c&cSplit != 0 && c&cStock != 0
		if (c&cDividend != 0 && (s.amounts > 0 || s.title) || split) && c&cNeg == 0 {
			t.note("dividend", i)
			if s.title {
				titleDividend = true
			} else {
				results++
			}
		}
		// Guidance: the company's outlook on a results measure.
		if !third && (s.guided > 0 || future && c&cResult != 0 && quantified || c&cOutlook != 0 && c&cResult != 0) {
			guidance++
		}
		// Capex: investment with an amount or in assets, or building costs.
		if c&cFunding == 0 && c&cStake == 0 {
			switch {
			case s.capex > 0:
				capex++
			case c&cInvest != 0 && (s.amounts > 0 || c&cAsset != 0 && c&cAnnounce != 0):
				capex++
			case c&cBuild != 0 && c&cAsset != 0 && s.amounts > 0:
				capex++
			}
		}
		// Stock move: shares and a move, or a price figure that changed.
		if s.prices > 0 || c&cStock != 0 && c&cMove != 0 && c&cIndex == 0 {
			moves++
		} else if c&cStock != 0 && c&cMove != 0 && s.percents > 0 {
			moves++
		}
		// Deals: a deal word, or a stake or sale with an amount or company.
		w := 0
		switch {
		case c&cDeal != 0:
			w = 2
		case c&cDealWeak != 0 && (c&cStake != 0 || s.amounts+s.percents > 0 || s.company > 1):
			w = 1
		case c&cStake != 0 && s.percents > 0:
			w = 1
		}
		if s.title && w > 0 {
			w = 2
			titleDeal = true
		}
		deal += w
	}
	var tags []events.Tag
	// Wire-service result tables have rows for shares, net and revenue;
	// a dividend has one row. An article about a deal gives the target's
	// results as background: there only a table or the title counts.
	tables := rows >= 2 || rows == 1 && (dividendRows == 1 || titleResult || titleDividend)
	prose := results >= 2 || results >= 1 && strongDoc > 0
	if titleDeal && !titleResult {
		prose = false
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

func (t *Tagger) note(tag string, i int) {
	if t.why != nil {
		t.why(tag, i)
	}
}

// analyse fills t.sents with the cues, amounts and figures of each
// sentence.
func (t *Tagger) analyse(in Input) {
	d := in.Doc
	t.sents = t.sents[:0]
	t.cues = t.cues[:0]
	for i := range d.Toks {
		var c cue
		switch tok := &d.Toks[i]; tok.Kind {
		case text.Word:
			c = lookup(d.Lower(i))
		case text.Punct:
			if d.Text[tok.Start] == '%' {
				c = cUnit
			}
		}
		t.cues = append(t.cues, c)
	}
	for si, se := range d.Sents {
		s := sentence{title: int(d.Toks[se.From].Start) < in.TitleEnd}
		if si < len(in.Companies) {
			s.company = in.Companies[si]
		}
		for i := se.From; i < se.To; i++ {
			c := t.cues[i]
			s.cues |= c
			tok := &d.Toks[i]
			if tok.Kind == text.Number || tok.Kind == text.Word && numberWord(d.Lower(i)) {
				if i+1 < se.To && t.cues[i+1]&cUnit != 0 || i > se.From && isCurrencySign(d, i-1) {
					if i+1 < se.To && isPercent(d, i+1) {
						s.percents++
					} else {
						s.amounts++
					}
				}
			}
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
		switch f.Metric {
		case events.MetricRevenue, events.MetricNetIncome, events.MetricOperatingIncome,
			events.MetricEPS, events.MetricEBITDA:
			switch f.Basis {
			case events.BasisActual:
				s.results++
			case events.BasisGuidance:
				s.guided++
			}
		case events.MetricCapex:
			s.capex++
		case events.MetricSharePrice:
			if f.Change {
				s.prices++
			}
		}
	}
}

func numberWord(w []byte) bool {
	switch string(w) {
	case "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
		"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"halbe", "half":
		return true
	}
	return false
}

func isPercent(d *text.Doc, i int) bool {
	switch string(d.Lower(i)) {
	case "prozent", "pct", "percent", "%", "prozentpunkte", "per":
		return true
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
