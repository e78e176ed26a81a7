package figures

import (
	"strconv"
	"strings"

	"github.com/tickerwire/tickerwire/pkg/events"
)

// pexpr is a period expression of the text: "im ersten Halbjahr", "Q2
// 2024", "fiscal 2025", "last year", "in 1985".
type pexpr struct {
	a, b     int    // token span
	typ      string // Q1..Q4, H1, H2, 9M, FY; "" for a period without a number ("the quarter")
	year     int
	rel      bool // one year before the period it is compared with ("a year ago")
	abs      bool // with rel: means last year when there is nothing to compare with ("Vorjahr")
	bare     bool // a year alone: FY unless its sentence names a shorter period
	this     bool // "this year": the reference year
	same     bool // "the same period": the period just named
	quarter  bool // a quarter without a number ("the quarter")
	report   bool // names a report ("Bilanz 2015"): its period holds for the rest of the text
	last     bool // "last year": the year before the reference year
	whole    bool // "for the year": the full year of the period the text is about
	deadline bool // "bis 2028": a deadline, no period
	id       int  // index in doc.exprs
	baseOnly bool // dates a comparison base, and no other figure
	like     bool // with rel: "the same period of 1986", of the type of the period compared
	prevQ    bool // with rel: "the previous quarter", the quarter before, which the text does not number
	date     bool // a month of a year ("in July 1985"): no period, and the text goes on with the one before
	endOf    bool // "bis Ende 2026": the level at the end of the year, a deadline for totals
}

// periods finds the period expressions and gives each figure the period
// it belongs to: an expression right after it ("for 2008", "in the
// previous year"), else the closest before it in its sentence, else the
// closest after it, else the period of the sentences just before for
// reported results.
func (d *doc) periods() {
	if d.exprs == nil {
		d.exprs = d.periodExprs() // the second pass after a new reference year reuses them
	}
	d.years = [len(periodTypes)]int16{}
	exprs := d.exprs
	// carry is the period the text goes on with, nil when none. It
	// points to carried, a copy of the expression that set it, so that
	// setting one allocates nothing; the rules only read it while they
	// date a figure and keep no pointer to it.
	var carry *pexpr
	var carried pexpr
	carrySent, setBy := -1, -1
	// carryBasis is the basis of the figure that set the carried period,
	// "" when an expression alone set it: a plan's period carries to the
	// plans after it, not to reported results.
	var carryBasis events.Basis
	var report *pexpr
	// headQ is the quarter a headline names ("4TH QTR NET"): "in quarter"
	// in the notes below the table is that quarter.
	var headQ *pexpr
	// lastQ is the last quarter the text named: "the quarter" after an
	// outlook for the year is still that quarter.
	var lastQ *pexpr
	ei, oi := 0, 0
	for k := range d.figs {
		f := &d.figs[k]
		if f.drop || f.anchor >= 0 {
			continue
		}
		s := d.sentOf(f.num)
		for ei < len(exprs) && d.sentOf(exprs[ei].a) < s {
			e := &exprs[ei]
			if e.report && report == nil {
				report = e
			}
			if headQ == nil && d.sentOf(e.a) == 0 && e.typ != "" && e.typ[0] == 'Q' {
				headQ = e
			}
			if e.typ != "" && e.typ[0] == 'Q' && !e.rel && !e.baseOnly && !d.compared(e.a) {
				lastQ = e
			}
			d.passYear(e)
			if d.sentOf(e.a) != setBy {
				switch {
				case e.whole && e.year == 0:
					// "the full year": the year of the period the text is
					// about, which the sentences after go on with.
					c := *e
					c.whole, c.year = false, wholeYear(carry, report)
					carried = c
					carry, carrySent, carryBasis = &carried, d.sentOf(e.a), ""
				case e.rel || e.same || e.whole || e.deadline || e.date || e.endOf:
				case e.typ == "" && !(e.quarter && carry != nil && carry.typ != "" && carry.typ[0] == 'Q'):
					carry = nil
				case e.typ != "":
					c := *e
					if e.this || e.last {
						c.typ, c.year = d.resolvePeriod(e, nil, nil)
						c.this, c.last = false, false
					}
					carried = c
					carry, carrySent, carryBasis = &carried, d.sentOf(e.a), ""
					if d.planClause(e.a) {
						// "hebt die Ziele für das laufende Geschäftsjahr an":
						// the period of a plan, for the plans after it.
						carryBasis = events.BasisGuidance
					}
				}
			}
			ei++
		}
		// The expressions of the figure's sentence within reach of it.
		oi = max(oi, ei)
		for oi < len(exprs) && exprs[oi].b <= f.a-reach {
			oi++
		}
		own := d.own[:0]
		for j := oi; j < len(exprs) && exprs[j].a < f.b+reach && d.sentOf(exprs[j].a) == s; j++ {
			own = append(own, exprs[j])
		}
		d.own = own
		if f.orOf > 0 && d.figs[f.orOf].period != "" {
			f.period = d.figs[f.orOf].period
			continue
		}
		if f.noteYr != 0 {
			f.period = periodString("FY", int(f.noteYr))
			continue
		}
		if f.curNote != 0 {
			f.period = periodString("FY", int(f.curNote))
			continue
		}
		if noPeriod(f) {
			continue
		}
		e, right := d.pickPeriod(f, own)
		if f.metric == events.MetricOther && d.buyback(f) && (e == nil || !d.sameClause(f, e) || e.a > f.a || d.figFrom(e.b) < k || d.andBetween(e.b, f.a)) {
			continue // a buyback is a programme, no result of a period its clause does not name
		}
		if e != nil && e.endOf && (f.metric == events.MetricCapex || f.change) {
			continue // "will bis Ende 2028 rund 2 Milliarden Euro investieren": a total up to a deadline
		}
		if e != nil && right && f.base {
			exprs[e.id].baseOnly = true
		}
		f.dated = e != nil
		if e != nil && e.quarter && e.typ == "" {
			// "in the quarter ended Sept. 30" is the quarter the text is
			// about: the one it goes on about, or the one its headline
			// names.
			switch {
			case carry != nil && carry.typ != "" && carry.typ[0] == 'Q':
				e = nil
			case headQ != nil:
				e = headQ
			case lastQ != nil:
				e = lastQ
			}
		}
		if e == nil {
			// A results table's header scopes every row below it ("Year",
			// "Six mths"); in running text a period carries to the results
			// of the next sentences.
			table := d.tableLine(f.num)
			if carry != nil && (table || d.carries(f, carryBasis) && s-carrySent <= 2 && (!d.pretok || s == carrySent)) {
				typ, year := d.resolvePeriod(carry, own, carry)
				if f.metric == events.MetricDividend && typ != "FY" && !table && d.proposed(f) {
					continue // a dividend proposed is for the year reported, not for its last quarter
				}
				if !f.base {
					carrySent = s // the text goes on about the same period
				}
				if f.base && year > 0 && f.basis == events.BasisActual {
					year-- // a forecast set against a result is for the same period
				}
				f.period = periodString(typ, year)
			} else if report != nil && (table || d.carries(f, "")) {
				f.period = periodString(report.typ, report.year)
			}
			continue
		}
		typ, year := d.resolvePeriod(e, own, carry)
		if e.whole && year == 0 {
			// "im Gesamtjahr", "for the year": the year of the period the
			// text goes on about.
			year = wholeYear(carry, report)
			if f.base && year > 0 {
				year-- // "vs 296,000 dlrs in year": the year before
			}
		}
		if e.this && f.base && typ == "FY" {
			// "to $15 billion in 2026, down from $17.5 billion this year":
			// the year before the plan's.
			if g := d.prevInSentence(k); g >= 0 {
				if gt, gy := splitPeriod(d.figs[g].period); gt == "FY" && gy > 0 && int(d.figs[g].yearOwn) == gy && d.figs[g].basis != events.BasisActual {
					year = gy - 1
				}
			}
		}
		if (e.last || e.this || e.whole) && !f.base && typ == "FY" {
			// "reached 15.6 billion dlrs last year, up from 10.62 billion
			// in 1985": the year after the base's.
			for i := range own {
				if o := &own[i]; o.bare && o.a > f.a && d.afterComparison(o.a) {
					year = o.year + 1
					break
				}
			}
		}
		if e.bare && !resultLike(f) && !(d.isWordAny(e.a-1, "in", "im", "for", "für", "of") && (e.b <= f.a || f.scaled || f.kind == events.KindPercent) && d.inClause(f, e)) {
			// A year alone dates a price, a deal or a fine; it is no
			// fiscal period. "in 1985" after a total is ("700 mln dlrs in
			// 1985"), after a unit price not ("30 dlrs in 1985"), nor is
			// one in another clause ("which it sold in 2020 — will
			// receive 6.2 billion euros").
			continue
		}
		if !f.base && typ != "" && !e.rel && (!e.whole || year != 0) && !d.comparedStrict(e.a) {
			// The sentence's main figure sets the period the next
			// sentences go on with; a base it is "compared with" does
			// not.
			carried = pexpr{typ: typ, year: year}
			carry, carrySent, setBy, carryBasis = &carried, s, s, f.basis
		}
		if f.base && !right && !e.rel && year > 0 && f.basis == events.BasisActual {
			year--
		}
		if !e.rel && !e.this && !e.last && !e.same && !e.endOf && e.year != 0 {
			f.yearOwn = int16(year)
		}
		f.current = e.this || e.whole
		f.period = periodString(typ, year)
	}
}

// splitPeriod returns the type and the year of a period string ("Q3
// 2025" is Q3 and 2025; "H1" is H1 and 0).
func splitPeriod(p string) (string, int) {
	sp := strings.IndexByte(p, ' ')
	if sp < 0 {
		return p, 0
	}
	year := 0
	for _, c := range p[sp+1:] {
		year = year*10 + int(c-'0')
	}
	return p[:sp], year
}

// datePeriods gives the periods that the text leaves without a year the
// year of the reporting period it is about, where its dated figures tell
// it: a quarter or half of the year whose shorter periods the text dates
// ("im dritten Quartal 2025" ... "im ersten Halbjahr"), or else of the
// year the company's outlook is for ("Für 2025 rechnet der Konzern ... Im
// dritten Quartal"); a fourth quarter or second half closes the year
// whose results the text reports. A comparison base is of the year
// before. A text of single sentences (pre-tokenised) is no one report.
func (d *doc) datePeriods() {
	if d.pretok {
		return
	}
	var sub, guide, act int
	for k := range d.figs {
		f := &d.figs[k]
		if f.drop || f.anchor >= 0 || f.base || !resultLike(f) || d.tableLine(f.num) {
			continue
		}
		typ, year := splitPeriod(f.period)
		switch {
		case year == 0:
		case typ != "FY":
			// A quarter or half the text dates itself.
			if f.basis == events.BasisActual && f.yearOwn != 0 {
				sub = max(sub, year)
			}
		case f.basis == events.BasisActual:
			// A year in progress ("in diesem Jahr", "for the full year")
			// has no results yet: its figures are no report of it.
			if !f.current {
				act = max(act, year)
			}
		case guide == 0 || year < guide:
			guide = year
		}
	}
	table := d.noteYear()
	if sub == 0 && guide == 0 && act == 0 && table == 0 {
		return
	}
	for k := range d.figs {
		f := &d.figs[k]
		if f.period == "" && f.metric == events.MetricDividend && !f.drop && f.anchor < 0 && d.proposed(f) {
			// "Vorgeschlagen werden 70 Cent je Aktie": for the year the
			// text reports.
			if y := max(act, sub); y > 0 {
				f.period = periodString("FY", y)
			}
			continue
		}
		if f.drop || f.anchor >= 0 || f.period == "" || strings.IndexByte(f.period, ' ') >= 0 {
			continue
		}
		if d.tableLine(f.num) {
			// The rows of a year-end table whose headline gives no year
			// take the year its notes name ("NOTE: 1986 net includes
			// ..."); of a shorter period, the notes may name a fiscal
			// year or the calendar one.
			if table != 0 && (f.period == "FY" || f.period == "Q4" || f.period == "H2") {
				y := table
				if f.base {
					y--
				}
				f.period = periodString(f.period, y)
			}
			continue
		}
		y := 0
		switch f.period {
		case "Q1", "Q2", "Q3", "H1", "9M":
			y = sub
			if y == 0 && act == 0 {
				y = guide
			}
			if y == 0 && act > 0 && d.refYear == act+1 && f.basis != events.BasisActual && !f.base {
				// "expects a loss for its first quarter ... For 1986, the
				// company earned": the quarter ahead is of the year after the
				// one reported.
				y = d.refYear
			}
		case "Q4", "H2":
			y = act
			if y == 0 {
				y = sub
			}
			if y == 0 && f.basis != events.BasisActual {
				y = guide
			}
		case "FY":
			if f.basis == events.BasisActual {
				y = act
			} else {
				y = guide
			}
		}
		if y == 0 {
			continue
		}
		if f.base {
			y--
		}
		f.period = periodString(f.period, y)
	}
}

// noteYear returns the year that the notes below a results table give
// the period the table reports, or 0: the latest year that starts a line
// of the notes ("1986 net includes", "NOTE: 1986 4th qtr ...", "1985
// restated"), when the headline gives none.
func (d *doc) noteYear() int {
	_, hb := d.sentBounds(0)
	for k := 0; k < hb && k < reach; k++ {
		if d.ent(k).month != 0 && d.tok(k).kind == kWord {
			// "YEAR FEB 28": the notes of a fiscal year may name it by
			// the calendar year it starts in or the one it ends in.
			return 0
		}
	}
	y, table := 0, false
	for i := range d.exprs {
		e := &d.exprs[i]
		if d.sentOf(e.a) == 0 && e.year != 0 {
			return 0 // "... 1986 YEAR NET": the headline dates the table
		}

		if e.year == 0 || !e.bare && e.typ != "FY" && e.typ != "Q4" {
			continue // "1986 net", "NOTE: 1986 year net", "1986 4th qtr"
		}
		p := e.a - 1
		if d.isPunct(p, ":") && d.isWordAny(p-1, "note", "notes") {
			p -= 2
		}
		if p >= 0 && !d.tok(p+1).nl() {
			continue
		}
		if !table {
			// Notes follow the table.
			for k := 0; k < e.a; k++ {
				if d.isWord(k, "vs") && d.tableLine(k) {
					table = true
					break
				}
			}
			if !table {
				return 0
			}
		}
		y = max(y, e.year)
	}
	return y
}

// andBetween reports whether "and" or "und" joins two statements in
// [a, b): "spend $600 million this year and buy back $1 billion".
func (d *doc) andBetween(a, b int) bool {
	for q := a; q < b; q++ {
		if d.isWordAny(q, "and", "und") {
			return true
		}
	}
	return false
}

// sameClause reports whether period expression e stands in the clause
// of figure f.
func (d *doc) sameClause(f *fig, e *pexpr) bool {
	a, b := d.clauseBounds(f)
	return e.a >= a && e.b <= b
}

// inClause reports whether period expression e belongs to the clause
// of figure f: not to an aside set off by dashes before it ("which it
// sold in 2020 — will receive 6.2 billion euros").
func (d *doc) inClause(f *fig, e *pexpr) bool {
	dash := func(a, b int) bool {
		for k := a; k < b; k++ {
			if d.isDash(k) && d.tok(k).sp() {
				return true
			}
		}
		return false
	}
	sa, _ := d.near(f.num)
	return !(dash(sa, e.a) && dash(e.b, f.a))
}

// wholeYear is the year of "the full year" in a text: the year of the
// period it goes on about, or else the year of the report it names.
func wholeYear(carry *pexpr, report *pexpr) int {
	switch {
	case carry != nil:
		return carry.year
	case report != nil:
		return report.year
	}
	return 0
}

// reportPeriod gives the reported results that the text leaves undated
// the period of the report it is about: the dated period that most of its
// dated results have ("Dennoch sinkt Dividende nur von 1,40 auf 0,60
// Euro" in a text on the results of 2015). A comparison base is of the
// year before.
func (d *doc) reportPeriod() {
	type count struct {
		period string
		n      int
	}
	var counts [8]count
	nc, total := 0, 0
	for k := range d.figs {
		f := &d.figs[k]
		if f.drop || f.anchor >= 0 || f.base || f.basis != events.BasisActual || !resultLike(f) || strings.IndexByte(f.period, ' ') < 0 {
			continue
		}
		total++
		i := 0
		for i < nc && counts[i].period != f.period {
			i++
		}
		if i == nc {
			if nc == len(counts) {
				continue
			}
			counts[i].period, nc = f.period, nc+1
		}
		counts[i].n++
	}
	best := count{}
	for _, c := range counts[:nc] {
		if c.n > best.n {
			best = c
		}
	}
	if best.n < 2 || 2*best.n <= total {
		return // no period most of the text's results share
	}
	typ, year := splitPeriod(best.period)
	// The results first, then the bases, which follow the results they
	// are compared with.
	for _, bases := range [2]bool{false, true} {
		for k := range d.figs {
			f := &d.figs[k]
			if f.base != bases || f.drop || f.anchor >= 0 || f.period != "" || f.dated || f.basis != events.BasisActual ||
				!(f.result || resultMetric(f.metric)) || noPeriod(f) || d.tableLine(f.num) || d.rateBefore(f) ||
				f.metric == events.MetricCapex {
				// Dated otherwise, a change of something else, a price, a
				// quarterly dividend, an investment (a project's more
				// often than a period's): no result of the report.
				continue
			}
			switch {
			case f.metric == events.MetricDividend && typ != "FY":
				// A dividend is paid for a year unless the text says
				// otherwise ("an interim dividend for the third quarter").
			case !f.base:
				f.period = best.period
			case d.comparedWith(k) == best.period:
				f.period = periodString(typ, year-1)
			}
		}
	}
}

// comparedWith returns the period of the figure that the comparison base
// k is set against: the one before it in its sentence ("to 27.1 billion
// from 24.7 billion"), or the one after it ("von 5 Milliarden auf 5,5
// Milliarden").
func (d *doc) comparedWith(k int) string {
	f := &d.figs[k]
	if d.isWordAny(d.prepBefore(f.a), "von", "vom") && k+1 < len(d.figs) && d.sentOf(d.figs[k+1].num) == d.sentOf(f.num) {
		return d.figs[k+1].period
	}
	if g := d.prevInSentence(k); g >= 0 {
		return d.figs[g].period
	}
	return ""
}

// rateBefore reports whether a word of frequency qualifies figure f
// ("the quarterly dividend to 23 cts", "Qtly div", "32 pct annually"): a
// rate, not the result of a period.
func (d *doc) rateBefore(f *fig) bool {
	for k := f.a - 1; k >= 0 && k >= f.a-6 && f.metric == events.MetricDividend; k-- {
		if d.isWordAny(k, "quarterly", "qtly", "qtrly", "monthly", "mthly", "quartalsdividende") {
			return true
		}
	}
	// "growth of 32 pct annually", "5 mln dlrs a year": a rate.
	return d.isWordAny(f.b, "annually", "jährlich", "yearly") || d.isWordAny(f.b, "a", "per", "pro", "each", "im") && d.isWordAny(f.b+1, "year", "jahr")
}

// carries reports whether figure f takes the period of the sentences
// before its own, which a figure of basis from set (or an expression
// alone, from ""): reported results and the estimates set against them
// do, plans only after a plan ("Beim freien Cashflow rechnet der Konzern
// mit rund 8 Milliarden Euro" after the outlook for 2025); share prices
// and deal values do not.
func (d *doc) carries(f *fig, from events.Basis) bool {
	if !resultLike(f) || d.rateBefore(f) {
		return false
	}
	switch f.basis {
	case events.BasisActual:
		// A result is not of the period a plan is for; a dividend the
		// company means to pay is ("Die Dividende soll auf 0,85 Euro
		// steigen"), one proposed for the year reported is not.
		return from != events.BasisGuidance || f.metric == events.MetricDividend && !d.proposed(f)
	case events.BasisEstimate:
		return true // set against results or against the outlook
	case events.BasisGuidance:
		return from == events.BasisGuidance
	}
	return false
}

// proposed reports whether the sentence of figure f proposes it
// ("Vorgeschlagen werden 70 Cent je Aktie", "proposed a final dividend").
func (d *doc) proposed(f *fig) bool {
	sa, sb := d.near(f.num)
	for q := sa; q < sb; q++ {
		if d.isWordAny(q, "vorgeschlagen", "vorschlagen", "schlägt", "proposed", "proposes", "propose", "recommended", "recommends") {
			return true
		}
	}
	return false
}

// buyback reports whether the clause of figure f buys back shares.
func (d *doc) buyback(f *fig) bool {
	a, b := d.clauseBounds(f)
	return d.buybackIn(max(a, f.a-8), b)
}

// noPeriod reports whether figure f is of a kind that has no reporting
// period: a share price, a market value, a deal's price.
func noPeriod(f *fig) bool {
	switch f.metric {
	case events.MetricSharePrice, events.MetricMarketCap, events.MetricDealValue:
		return true
	}
	return false
}

// resultLike reports whether figure f is a company's periodic result or
// a change over a period, which fiscal periods apply to.
func resultLike(f *fig) bool {
	switch f.metric {
	case events.MetricSharePrice, events.MetricMarketCap, events.MetricDealValue:
		return false
	}
	return f.result || f.change
}

// pickPeriod chooses the period expression of f's sentence that f belongs
// to, and says whether it follows f directly.
func (d *doc) pickPeriod(f *fig, own []pexpr) (*pexpr, bool) {
	if len(own) == 0 {
		return nil, false
	}
	// Right after the figure, past a restatement in brackets and a few
	// function words: "EUR 5 billion ( USD 6.5 bn ) for 2008".
	k := f.b
	for steps := 0; steps < 8 && k < len(d.toks); steps++ {
		for i := range own {
			// A change is of the current period: "2 Prozent mehr als ein
			// Jahr zuvor" dates what it is compared with.
			if own[i].a == k && !(own[i].rel && f.change && !f.base) &&
				!(f.change && !f.base && d.isWordAny(own[i].a-1, "on", "over") && d.isPunct(own[i].b, "'")) {
				// "up 21.2 pct on 1985's 660 mln profit": the year compared with.
				return &own[i], true
			}
		}
		switch {
		case d.isPunct(k, "("):
			depth := 0
			for ; k < len(d.toks) && k < f.b+12; k++ {
				if d.isPunct(k, "(") {
					depth++
				}
				if d.isPunct(k, ")") {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			k++
		case d.tok(k).kind == kWord && d.cues(k)&cFunc != 0 && d.cues(k)&cBase == 0:
			k++
		default:
			steps = 8
		}
	}
	var left *pexpr
	ca, cb := d.clauseBounds(f)
	for i := range own {
		if own[i].b <= f.a && !own[i].baseOnly && !d.possessiveOfOther(&own[i], f) && !(own[i].rel && !f.base && (f.change || d.compared(own[i].a))) &&
			!(f.change && !f.base && own[i].a >= ca && d.comparedStrict(own[i].a)) {
			// Not the period of an earlier comparison base ("from EUR 9.3
			// mn in 2004, and net sales totaled EUR 103.3 mn"), and not a
			// comparison's own period ("Der Umsatz stieg im Vergleich zum
			// Vorjahreszeitraum um 8 Prozent").
			left = &own[i]
		}
	}
	if left != nil {
		return left, false
	}
	for i := range own {
		if own[i].a >= f.b && own[i].a < cb && !own[i].rel && (!d.baseBetween(f.b, own[i].a) || d.pairBefore(f, &own[i])) {
			return &own[i], true // later in the figure's clause: its own date
		}
	}
	return nil, false
}

// possessiveOfOther reports whether e is the possessive of an amount
// other than f ("against last year's $2.8 billion, and above the $3.0
// billion analysts expected"): it dates that amount alone.
func (d *doc) possessiveOfOther(e *pexpr, f *fig) bool {
	if !d.isPunct(e.b, "'") {
		return false
	}
	for k := e.b + 1; k <= e.b+4; k++ {
		if d.tok(k).kind == kNum {
			return k < f.a || k >= f.b
		}
	}
	return false
}

// pairBefore reports whether period expression e follows figure f and
// the base it is set against, with no year of its own: "1,439,000 dlrs
// vs 127,000 dlrs in quarter" dates both, where "to 55 billion from 48
// billion in 1985" dates the base alone.
func (d *doc) pairBefore(f *fig, e *pexpr) bool {
	if e.year != 0 || e.bare || !d.isWord(f.b, "vs") {
		return false
	}
	g := d.figFrom(f.b)
	if g >= len(d.figs) || d.figs[g].a != f.b+1 {
		return false
	}
	for k := d.figs[g].b; k < e.a; k++ {
		if !d.isWordAny(k, "in", "for", "the", "during") {
			return false
		}
	}
	return true
}

// compared reports whether a word of comparison stands in the three
// tokens before k ("im Vergleich zum Vorjahr", "gegenüber dem Vorjahr",
// "mehr als im ersten Quartal"): the period there is what a change is
// measured against.
func (d *doc) compared(k int) bool {
	for q := k - 1; q >= k-3 && q >= 0; q-- {
		if d.isWordAny(q, "vergleich", "verglichen", "gegenüber", "compared", "comparison", "versus", "vs", "against", "from", "von", "vom", "als", "than") {
			return true
		}
	}
	return false
}

// comparedStrict is compared without "von" and "from", which also open
// a span ("Von April bis Juni").
func (d *doc) comparedStrict(k int) bool {
	for q := k - 1; q >= k-3 && q >= 0; q-- {
		if d.isWordAny(q, "vergleich", "verglichen", "gegenüber", "compared", "comparison", "versus", "vs", "against", "als", "than") {
			return true
		}
	}
	return false
}

// baseBetween reports whether a comparison word stands in [a, b): "rose
// to 55 billion lire from 48 billion in 1985" dates the base, not the
// figure before it.
func (d *doc) baseBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if d.isWordAny(k, "from", "against", "versus", "vs", "compared", "gegenüber", "von", "vom") || d.levelAt(k) ||
			d.isWordAny(k, "after", "nach") && (d.tok(k+1).kind == kNum || d.isWordAny(k+1, "a", "an", "the", "einem", "einer", "dem", "den")) {
			return true
		}
	}
	return false
}

// levelAt reports whether a comparison with a level opens at token k:
// "über dem Wert des", "unter dem Niveau", "above the level of".
func (d *doc) levelAt(k int) bool {
	return d.isWordAny(k, "über", "unter", "above", "below") && d.isWordAny(k+1, "dem", "the") &&
		d.isWordAny(k+2, "wert", "niveau", "stand", "level", "levels", "vorjahreswert", "vorjahresniveau")
}

// resolvePeriod turns expression e into a period type and year, using the
// other expressions of the sentence (own) and the carried period for
// relative and bare-year expressions.
func (d *doc) resolvePeriod(e *pexpr, own []pexpr, carry *pexpr) (string, int) {
	if e.prevQ {
		return "", 0
	}
	typ, year := e.typ, e.year
	if e.this && year == 0 && d.refYear > 0 {
		year = d.refYear
	}
	if e.last && d.refYear > 0 {
		year = d.refYear - 1
	}
	if e.same {
		if carry != nil {
			return carry.typ, carry.year
		}
		return "", 0
	}
	if !e.bare && !e.rel && year == 0 && typ != "" && typ != "FY" {
		// "Ergebnis 2015 ... im 3. Quartal": a year named before in the
		// sentence dates the shorter period.
		for i := range own {
			if own[i].bare && own[i].b <= e.a {
				year = own[i].year
			}
		}
		if year == 0 {
			// "1.5 per cent in the first three months of 1987 and two
			// per cent in the first half": shorter periods of one
			// sentence are of one year.
			for i := range own {
				if o := &own[i]; o.b <= e.a && o.typ != "" && o.typ != "FY" && d.datesPeriod(o) {
					year = o.year
				}
			}
		}
		if year == 0 {
			// "im dritten Quartal" after "im dritten Quartal 2025": the
			// text gave the period its year before.
			year = d.typeYear(typ, own, e.a)
		}
	}
	if e.bare || e.rel {
		// The type of a shorter period named in the sentence ("a net loss
		// in the third quarter ... in 2007" is Q3 2007).
		var base *pexpr
		for i := range own {
			o := &own[i]
			if o != e && !o.rel && (!o.bare || e.rel) && o.typ != "" && o.a != e.a {
				if base == nil || o.b <= e.a {
					base = o
				}
			}
		}
		if base == nil && e.rel && carry != nil && carry.a != e.a {
			base = carry
		}
		if e.rel {
			switch {
			case base != nil:
				typ = base.typ
				by := base.year
				switch {
				case base.last && d.refYear > 0:
					by = d.refYear - 1
				case base.this && by == 0 && d.refYear > 0:
					by = d.refYear // "im Vorjahr ..., heuer": the year before this one
				}
				if by == 0 && !base.bare && typ != "FY" {
					by = d.typeYear(typ, own, base.a)
				}
				if year == 0 && by > 0 {
					year = by - 1
				}
			case e.abs && d.refYear > 0:
				typ, year = "FY", d.refYear-1
			case e.like:
				// "330.9 mln dlrs in the similar period of 1986": a
				// period of the type of the one compared, which the
				// text does not name.
				return "", 0
			case year != 0:
				typ = "FY"
			default:
				return "", 0
			}
		} else if base != nil && base.typ != "FY" {
			typ = base.typ
		}
	}
	return typ, year
}

// periodTypes are the period types, in the order of doc.years.
var periodTypes = [...]string{"Q1", "Q2", "Q3", "Q4", "H1", "H2", "9M", "FY"}

func periodIndex(typ string) int {
	for i, t := range periodTypes {
		if t == typ {
			return i
		}
	}
	return -1
}

// typeYear returns the year the text gave the period type typ before
// token a, where it named it with one ("third-quarter 2025 results", "im
// ersten Halbjahr 2024"): the latest such year in the sentences before
// and in own, the expressions of a's sentence.
func (d *doc) typeYear(typ string, own []pexpr, a int) int {
	k := periodIndex(typ)
	if k < 0 {
		return 0
	}
	y := int(d.years[k])
	for i := range own {
		if o := &own[i]; o.a < a && o.typ == typ && d.datesPeriod(o) {
			y = max(y, o.year)
		}
	}
	return y
}

// datesPeriod reports whether expression e gives its period a year of
// its own, not one relative to another period, and not the year of what
// a figure is compared with ("as compared with EUR14.9 m in the third
// quarter of 2008").
func (d *doc) datesPeriod(e *pexpr) bool {
	return e.typ != "" && e.year != 0 && !e.rel && !e.bare && !e.deadline && !e.endOf && !e.last && !e.this && !e.baseOnly && !d.compared(e.a)
}

// passYear records the year expression e gives its period type, for the
// expressions after it.
func (d *doc) passYear(e *pexpr) {
	if k := periodIndex(e.typ); k >= 0 && d.datesPeriod(e) {
		d.years[k] = max(d.years[k], int16(e.year))
	}
}

func periodString(typ string, year int) string {
	if typ == "" {
		return ""
	}
	if year < firstYear || year > lastYear {
		return typ
	}
	if k := periodIndex(typ); k >= 0 {
		return periodStrings[k][year-firstYear]
	}
	return typ + " " + strconv.Itoa(year)
}

// firstYear and lastYear bound the years a period string gives.
const firstYear, lastYear = 1900, 2199

// periodStrings holds the strings of the periods of periodTypes in the
// years they may have, built once, so that dating a figure allocates
// nothing.
var periodStrings = func() (t [len(periodTypes)][lastYear - firstYear + 1]string) {
	for k, typ := range periodTypes {
		for y := firstYear; y <= lastYear; y++ {
			t[k][y-firstYear] = typ + " " + strconv.Itoa(y)
		}
	}
	return t
}()

// periodExprs finds the period expressions of the text, in order.
func (d *doc) periodExprs() []pexpr {
	out := d.exprBuf[:0]
	// The numbers and units of figures are no period expressions: fi and
	// covered walk along the figures, which are in the order of their
	// numbers, and covered is the end of the furthest unit seen so far.
	fi, covered := 0, 0
	consumed := -1
	for i := 0; i < len(d.toks); i++ {
		for fi < len(d.figs) && d.figs[fi].num <= i {
			covered = max(covered, d.figs[fi].numEnd)
			fi++
		}
		if i <= consumed || i < covered {
			continue
		}
		t := d.tok(i)
		if t.kind == kNum {
			if e, ok := d.yearExpr(i); ok {
				e.id = len(out)
				out = append(out, e)
				consumed = e.b - 1
			}
			continue
		}
		if t.kind != kWord {
			continue
		}
		if we := d.ent(i); we.flags&(cPer|cPeriodQ|cPeriodH|cPeriodY) == 0 && we.month == 0 {
			continue
		}
		e, ok := d.wordPeriod(i)
		if !ok {
			continue
		}
		consumed = e.b - 1
		if d.closingNear(e) {
			// "soll im ersten Halbjahr 2027 abgeschlossen werden": when a
			// deal closes, no period of results.
			e.date, e.typ, e.year = true, "", 0
		}
		e.id = len(out)
		out = append(out, e)
	}
	d.exprBuf = out
	if len(out) == 0 {
		return nil // none found: periods looks again after a new reference year
	}
	return out
}

// closingNear reports whether the period expression e dates when a deal
// closes ("expected to close in the second half of 2026", "Abschluss im
// ersten Quartal", "soll im ersten Halbjahr 2027 abgeschlossen werden"),
// which is no reporting period.
func (d *doc) closingNear(e pexpr) bool {
	sa, sb := d.near(e.a)
	closing := false
	for q := max(sa, e.a-5); q < min(sb, e.b+5); q++ {
		if d.isWordAny(q, "close", "closing", "completion", "completed", "abschluss", "abgeschlossen", "vollzug", "vollzogen") && !d.isWord(q+1, "to") {
			closing = true
		}
	}
	if !closing {
		return false
	}
	for q := sa; q < sb; q++ {
		if d.cues(q)&cDeal != 0 || d.isWordAny(q, "merger", "fusion", "transaktion", "transaction") {
			return true // the deal whose closing it is
		}
	}
	return false
}

// yearExpr reads a year standing alone ("in 1985", "2015", "1987/88"),
// not one that is part of a date or a time span ("Anfang 2015", "bis
// 2020", "Jan 22, 2009").
func (d *doc) yearExpr(i int) (pexpr, bool) {
	n := parseDigits(d.str(i), d.de)
	if !n.yearly {
		if q := d.quarterNum(i); q.typ != "" {
			return q, true
		}
		return pexpr{}, false
	}
	if d.attached(i) && i > 0 && d.tok(i-1).kind == kWord || d.countAfter(i) {
		return pexpr{}, false
	}
	p := i - 1
	pe := d.ent(p)
	if d.isWordAny(p, "zwischen", "between", "von", "from") && d.isWordAny(i+1, "und", "and", "bis", "to") && i+2 < len(d.toks) &&
		d.tok(i+2).kind == kNum && parseDigits(d.str(i+2), d.de).yearly {
		// "zwischen 2009 und 2014 um 24 Prozent gestiegen": a span of
		// years, no period.
		return pexpr{a: i, b: i + 3, deadline: true}, true
	}
	if d.isWordAny(p, "bis", "by", "until", "till") || d.isWordAny(p, "zum", "jahr") && d.isWordAny(p-1, "bis", "jahr", "zum") {
		// "will bis 2028 rund 2 Milliarden Euro investieren": a deadline;
		// the figure spans the years up to it and has no period.
		return pexpr{a: i, b: i + 1, deadline: true}, true
	}
	if d.isWordAny(p, "ende", "end") && (d.isWordAny(p-1, "bis", "by", "zum") || d.isWord(p-1, "the") && d.isWord(p-2, "by")) ||
		d.isWord(p, "of") && d.isWord(p-1, "end") && d.isWord(p-2, "the") && d.isWordAny(p-3, "by", "until") {
		// "soll bis Ende 2026 unter 30 Milliarden Euro sinken": a level
		// at the end of that year.
		a := p
		for a > 0 && !d.isWordAny(a, "bis", "by", "zum", "until") {
			a--
		}
		return pexpr{a: a, b: i + 1, typ: "FY", year: int(n.val), endOf: true}, true
	}
	if pe.flags&cDate != 0 || pe.month != 0 && p >= 0 && d.tok(p).kind == kWord {
		return pexpr{}, false
	}
	if d.isDash(p) && d.attached(i) && d.cues(p-1)&cDate != 0 {
		return pexpr{}, false // "by end-1987", "mid-1986"
	}
	if d.isPunct(p, ",") && p > 0 && d.tok(p-1).kind == kNum && d.ent(p-2).month != 0 {
		return pexpr{}, false
	}
	if d.isPunct(p, ".") && p > 0 && d.tok(p-1).kind == kNum {
		return pexpr{}, false
	}
	if d.isDash(i+1) && i+2 < len(d.toks) && d.tok(i+2).kind == kNum {
		return pexpr{}, false // "2015-2017"
	}
	y := int(n.val)
	if d.isPunct(i+1, "/") && d.attached(i+1) && i+2 < len(d.toks) && d.tok(i+2).kind == kNum && d.attached(i+2) {
		s := d.str(i + 2)
		if len(s) == 2 {
			v, _ := strconv.Atoi(s)
			return pexpr{a: i, b: i + 3, typ: "FY", year: y/100*100 + v}, true
		}
	}
	// "2015 full year" and "2015 third quarter" are read from the period word.
	if d.isWord(i+1, "full") || d.ent(i+1).ord != 0 || d.isWordAny(i+1, "year", "yr") && !d.tok(i+1).nl() {
		return pexpr{}, false
	}
	// "VOLVO 1986 RESULT OFF SLIGHTLY": a headline that names the report
	// dates the results of the text.
	report := d.sentOf(i) == 0 && d.isWordAny(i+1, "result", "results", "ergebnis", "bilanz", "earnings", "jahreszahlen", "zahlen",
		"net", "profit", "profits", "loss", "yr", "year", "gewinn", "verlust", "umsatz")
	return pexpr{a: i, b: i + 1, typ: "FY", year: y, bare: true, report: report}, true
}

// quarterNum reads "1Q", "2H" written as a number with a letter.
func (d *doc) quarterNum(i int) pexpr {
	s := d.str(i)
	if len(s) != 1 || i+1 >= len(d.toks) || !d.attached(i+1) {
		return pexpr{}
	}
	switch {
	case d.isWord(i+1, "q") && s[0] >= '1' && s[0] <= '4':
		return d.withYear(pexpr{a: i, b: i + 2, typ: "Q" + s})
	case d.isWord(i+1, "h") && s[0] >= '1' && s[0] <= '2':
		return d.withYear(pexpr{a: i, b: i + 2, typ: "H" + s})
	}
	return pexpr{}
}

// withYear extends e by a year right after it ("Q2 2024", "first half of
// 2008", "Geschäftsjahr 2015/16").
func (d *doc) withYear(e pexpr) pexpr {
	k := e.b
	fiscal := 0 // the end of "des Geschäftsjahres", "of the fiscal year"
	if d.isWordAny(k, "of", "des", "der", "von") || d.isPunct(k, "/") || d.isPunct(k, "'") {
		k++
		// "im vierten Quartal des Geschäftsjahres 2025", "the first
		// quarter of fiscal 2026", "of the fiscal year 2025".
		if d.isWordAny(k, "the", "its", "the", "seines", "ihres") {
			k++
		}
		if d.isWordAny(k, "geschäftsjahres", "geschäftsjahrs", "jahres", "fiscal", "financial", "calendar") {
			k++
			if d.isWord(k, "year") {
				k++
			}
			fiscal = k
		}
	}
	if x := d.monthsTo(e); x.year != 0 {
		return x // "in the six months to July 31, 2025"
	}
	if k < len(d.toks) && d.tok(k).kind == kNum {
		n := parseDigits(d.str(k), d.de)
		if n.yearly {
			e.year, e.b = int(n.val), k+1
			if d.isPunct(k+1, "/") && k+2 < len(d.toks) && len(d.str(k+2)) == 2 && d.tok(k+2).kind == kNum {
				v, _ := strconv.Atoi(d.str(k + 2))
				e.year, e.b = e.year/100*100+v, k+3
			}
		}
	}
	if p := e.a - 1; e.year == 0 && p >= 0 && d.tok(p).kind == kNum && parseDigits(d.str(p), d.de).yearly && d.cues(p-1)&cDate == 0 {
		e.year, e.a = int(parseDigits(d.str(p), d.de).val), p // "1987 first quarter earnings"
	}
	if e.year == 0 && fiscal > e.b {
		// "in der ersten Hälfte des Geschäftsjahres": the half of the
		// fiscal year the text is about, not the year itself.
		e.b = fiscal
	}
	return e
}

// monthsTo reads the date that ends period e ("the six months to July
// 31, 2025", "the fourth quarter ended December 31, 1986") and returns e
// with the year of that date, or e unchanged.
func (d *doc) monthsTo(e pexpr) pexpr {
	if e.typ == "" || e.typ == "FY" {
		return e
	}
	months := d.isWordAny(e.b-1, "months", "monaten", "monate", "mths", "month")
	if !d.isWordAny(e.b, "ended", "ending") && !(months && d.isWordAny(e.b, "to", "through", "bis")) {
		return e
	}
	if y, end := d.endingYear(e.b); y != 0 {
		e.year, e.b = y, end
	}
	return e
}

// ordBefore returns the ordinal before the period word at i ("ersten
// Halbjahr", "third-quarter", "4TH QTR", "3. Quartal"), or 0, and the
// first token of the ordinal.
func (d *doc) ordBefore(i int) (int, int) {
	k := i - 1
	if d.isWordAny(k, "fiscal", "financial", "calendar", "gesamten", "abgelaufenen", "abgeschlossenen", "geschäfts") {
		k--
	}
	if d.isDash(k) && d.attached(k) {
		k--
	}
	if k < 0 {
		return 0, i
	}
	if o := d.ent(k).ord; o != 0 && d.tok(k).kind == kWord {
		return o, k
	}
	if d.isWordAny(k, "th", "st", "nd", "rd") && d.attached(k) && k > 0 && d.tok(k-1).kind == kNum {
		if v := parseDigits(d.str(k-1), false).val; v >= 1 && v <= 4 {
			return int(v), k - 1
		}
	}
	if d.isPunct(k, ".") && k > 0 && d.tok(k-1).kind == kNum {
		if v := parseDigits(d.str(k-1), false).val; v >= 1 && v <= 4 {
			return int(v), k - 1
		}
	}
	return 0, i
}

// monthsPeriod maps a range of months to a period type.
func monthsPeriod(from, to int) string {
	switch {
	case from == 1 && to == 3:
		return "Q1"
	case from == 4 && to == 6:
		return "Q2"
	case from == 7 && to == 9:
		return "Q3"
	case from == 10 && to == 12:
		return "Q4"
	case from == 1 && to == 6:
		return "H1"
	case from == 7 && to == 12:
		return "H2"
	case from == 1 && to == 9:
		return "9M"
	case from == 1 && to == 12:
		return "FY"
	}
	return ""
}

// wordPeriod reads a period expression that starts or ends with the word
// at token i.
func (d *doc) wordPeriod(i int) (pexpr, bool) {
	e := d.ent(i)
	switch {
	case d.isWordAny(i, "q", "h") && i+1 < len(d.toks) && d.attached(i+1) && d.tok(i+1).kind == kNum:
		s := d.str(i + 1)
		if len(s) == 1 && (d.isWord(i, "q") && s[0] >= '1' && s[0] <= '4' || d.isWord(i, "h") && (s[0] == '1' || s[0] == '2')) {
			typ := "Q" + s
			if d.isWord(i, "h") {
				typ = "H" + s
			}
			return d.withYear(pexpr{a: i, b: i + 2, typ: typ}), true
		}
	case d.isWord(i, "fy") && i+1 < len(d.toks) && d.tok(i+1).kind == kNum:
		return d.withYear(pexpr{a: i, b: i + 1, typ: "FY"}), true
	case e.month != 0 && (d.isDash(i+1) || d.isWordAny(i+1, "bis", "to", "through")) && d.ent(i+2).month != 0:
		if typ := monthsPeriod(e.month, d.ent(i+2).month); typ != "" {
			return d.withYear(pexpr{a: i, b: i + 3, typ: typ}), true
		}
	case e.flags&cPeriodQ != 0:
		if d.isWordAny(i-1, "last", "final") && d.isWord(i+1, "of") {
			// "in the last quarter of 2010" is the fourth; "last quarter"
			// alone is the one before.
			if x := d.withYear(pexpr{a: i - 1, b: i + 1, typ: "Q4"}); x.year != 0 {
				return x, true
			}
		}
		if d.isWordAny(i, "quartale", "quartalen", "quarters") && (d.isWordAny(i-1, "drei", "three") || d.isPunct(i-1, "3")) {
			a := i - 1
			if d.ent(a-1).ord == 1 {
				a--
			}
			return d.withYear(pexpr{a: a, b: i + 1, typ: "9M"}), true
		}
		if o, a := d.ordBefore(i); o != 0 {
			return d.withYear(pexpr{a: a, b: i + 1, typ: "Q" + strconv.Itoa(o)}), true
		}
		if d.isWordAny(i, "quarterly") {
			return pexpr{}, false
		}
		if d.isWordAny(i-1, "previous", "prior", "preceding", "vorangegangenen", "vorherigen", "vorigen") {
			return pexpr{a: i - 1, b: i + 1, rel: true, prevQ: true}, true // "in the previous quarter": the one before, unnumbered
		}
		return pexpr{a: i, b: i + 1, quarter: true}, true // "the quarter": the period is not said
	case e.flags&cPeriodH != 0:
		if d.isWordAny(i+1, "of", "des") && d.ent(i+2).month != 0 || d.ent(i+1).month != 0 {
			return pexpr{}, false // "the first half of March": part of a month
		}
		if o, a := d.ordBefore(i); o == 1 || o == 2 {
			return d.withYear(pexpr{a: a, b: i + 1, typ: "H" + strconv.Itoa(o)}), true
		}
	case d.isWordAny(i, "months", "monaten", "monate", "mths", "mos", "month"):
		var v float64
		a := i - 1
		if d.isDash(a) && d.attached(a) && d.attached(i) {
			// "the nine-month period", "six-month turnover"; "six-month
			// bills" and "three-month deposits" have a term, no period.
			if !d.isWordAny(i+1, "period", "periods", "results", "figures", "profit", "profits", "sales", "turnover", "revenue",
				"revenues", "earnings", "net", "loss", "ended", "ending", "to", "report", "zeitraum", "bilanz") {
				return pexpr{}, false
			}
			a--
		}
		switch {
		case a >= 0 && d.tok(a).kind == kNum:
			v = parseDigits(d.str(a), false).val
		case a >= 0:
			v = d.ent(a).num
		}
		typ := ""
		switch v {
		case 9:
			typ = "9M"
		case 6:
			typ = "H1"
		case 12:
			typ = "FY"
		}
		if v == 3 {
			if x := d.withYear(pexpr{a: a - 1, b: i + 1, typ: "Q1"}); d.ent(a-1).ord == 1 && x.year != 0 {
				return x, true // "the first three months of 1987"
			}
			if d.isWordAny(i+1, "ended", "ending", "to", "through") {
				// "the three months ended January 31": a quarter the
				// text does not number.
				return pexpr{a: a, b: i + 1, quarter: true}, true
			}
			return pexpr{}, false
		}
		if typ == "" {
			return pexpr{}, false
		}
		if d.ent(a-1).ord == 1 {
			a--
		}
		return d.withYear(pexpr{a: a, b: i + 1, typ: typ}), true
	case d.isWordAny(i, "vorjahr", "vorjahres", "vorjahreszeitraum", "vorjahresquartal", "vorjahresperiode"):
		return pexpr{a: i, b: i + 1, rel: true, abs: d.isWordAny(i, "vorjahr")}, true
	case d.isWord(i, "annual") && d.headlinePeriod(i):
		return pexpr{a: i, b: i + 1, typ: "FY", report: d.sentOf(i) == 0}, true
	case d.isWord(i, "heuer"):
		return pexpr{a: i, b: i + 1, typ: "FY", this: true}, true
	case d.isWordAny(i, "same", "similar", "corresponding", "comparable") && d.isWord(i+1, "year") && d.isDash(i+2) &&
		d.isWordAny(i+3, "ago", "earlier") && d.isWordAny(i+4, "period", "quarter", "months", "half"):
		// "in the same year-ago period": the period compared, a year
		// before.
		return pexpr{a: i, b: i + 5, rel: true, like: true}, true
	case d.isWordAny(i, "same", "gleichen", "similar", "corresponding", "comparable", "like", "entsprechenden", "vergleichbaren") &&
		d.isWordAny(i+1, "period", "quarter", "zeitraum", "periode", "quartal", "months", "half"):
		x := d.withYear(pexpr{a: i, b: i + 2, rel: true, like: true})
		if x.year == 0 && d.isWordAny(x.b, "in", "im") && x.b+1 < len(d.toks) && d.tok(x.b+1).kind == kNum && parseDigits(d.str(x.b+1), false).yearly {
			x.year, x.b = int(parseDigits(d.str(x.b+1), false).val), x.b+2 // "in the corresponding period in 2006"
		}
		switch {
		case x.year != 0:
		case d.isWordAny(x.b, "last", "a") && d.isWordAny(x.b+1, "year") || d.isWordAny(x.b, "des", "of") && d.isWordAny(x.b+1, "vorjahres", "vorjahrs"):
			x.b += 2
		case d.isWordAny(x.b, "of", "in") && d.isWord(x.b+1, "the") && d.isWordAny(x.b+2, "previous", "prior"):
			x.b += 4
		default:
			x.rel, x.same = false, true
		}
		return x, true
	case d.isWordAny(i, "next", "nächsten", "kommenden", "coming", "following", "folgenden") && d.isWordAny(i+2, "years", "jahren", "jahre"):
		return pexpr{a: i, b: i + 3}, true // several years: no period
	case e.month != 0 && d.isWordAny(i-1, "in", "im", "during", "for", "für", "between", "zwischen", "since", "seit"):
		// "im September", "in July 1985": a month, no period.
		if i+1 < len(d.toks) && d.tok(i+1).kind == kNum && parseDigits(d.str(i+1), false).yearly {
			return pexpr{a: i - 1, b: i + 2, date: true}, true
		}
		return pexpr{a: i - 1, b: i + 1}, true
	case e.flags&cPeriodY != 0:
		return d.yearWord(i)
	}
	return pexpr{}, false
}

// endingYear reads the year of the date after "ended" or "ending" at
// token k ("ended November 30, 1986"), and returns it with the token
// after it, or 0.
func (d *doc) endingYear(k int) (int, int) {
	for j := k + 1; j < k+7 && j < len(d.toks); j++ {
		switch {
		case d.tok(j).kind == kNum:
			if n := parseDigits(d.str(j), false); n.yearly {
				if d.isPunct(j+1, "/") {
					return 0, 0 // "from 1985/86's record": another year
				}
				return int(n.val), j + 1
			}
		case d.ent(j).month != 0 || d.isPunct(j, ",") || d.isPunct(j, ".") || d.isDash(j) || d.cues(j)&cDate != 0 || d.isWordAny(j, "the", "in", "of"):
		default:
			return 0, 0 // the date ends: "ending March 31, from 1985/86's"
		}
	}
	return 0, 0
}

// fiscalYear reads what the word at p says of the fiscal year e that
// follows it without a year: "im abgelaufenen Geschäftsjahr" is the last
// year, "im laufenden Geschäftsjahr" this one, and "im Gesamtjahr", "the
// full year" the year of the period the text is about.
func (d *doc) fiscalYear(e *pexpr, p int) {
	switch {
	case d.isWordAny(p, "abgelaufenen", "abgelaufene", "vergangenen", "vergangene", "letzten", "vorigen", "last", "previous", "past", "prior"):
		e.last = true
	case d.isWordAny(p, "laufenden", "laufende", "aktuellen", "aktuelle", "current", "this", "diesem", "dieses"):
		e.this = true
	case d.isWordAny(p, "next", "coming", "nächsten", "kommenden", "neuen", "new"):
	default:
		e.whole = true
	}
}

// headlinePeriod reports whether the word at i, written in capitals,
// names the period of a results headline: a results word or the end of
// the fiscal year follows it ("YEAR NET", "ANNUAL NET", "YEAR NOV 30"),
// or it ends the headline.
func (d *doc) headlinePeriod(i int) bool {
	if !d.upper(i) {
		return false
	}
	// "4TH QTR AND YEAR LOSS": the table below starts with the quarter,
	// and a header line names the year where its rows begin.
	sa, _ := d.near(i)
	for k := sa; k < i; k++ {
		if d.cues(k)&(cPeriodQ|cPeriodH) != 0 || d.isWordAny(k, "mths", "months") {
			return false
		}
	}
	if i+1 >= len(d.toks) || d.tok(i+1).nl() {
		return d.sentOf(i) == 0 // "ACCEPTANCE INSURANCE HOLDINGS INC <ACPT> YEAR"
	}
	return d.isWordAny(i+1, "net", "loss", "profit", "profits", "earnings", "results", "result", "shr", "revs", "sales",
		"dividend", "div", "turnover", "oper", "operating", "end") || d.ent(i+1).month != 0 && d.tok(i+2).kind == kNum
}

// yearWord reads the expressions built on "Jahr", "year", "Geschäftsjahr",
// "fiscal" and their like.
func (d *doc) yearWord(i int) (pexpr, bool) {
	if d.isWordAny(i, "jahresprognose", "jahresziel", "jahresziele", "jahresausblick", "gesamtjahresprognose") {
		return pexpr{a: i, b: i + 1, typ: "FY", whole: true}, true // "hob die Jahresprognose ... an"
	}
	isYear := d.isWordAny(i, "year", "jahr", "jahres", "jahrs", "yr")
	if !isYear {
		if d.isWordAny(i, "bilanz", "jahresbilanz", "unternehmensbilanz", "jahresergebnis", "calendar") {
			x := d.withYear(pexpr{a: i, b: i + 1, typ: "FY", report: !d.isWord(i, "calendar")})
			return x, x.year != 0
		}
		k := i + 1
		if d.isWordAny(k, "year", "jahr", "jahres") {
			k++
		}
		x := d.withYear(pexpr{a: i, b: k, typ: "FY"})
		if x.year == 0 && i > 0 && d.tok(i-1).kind == kNum && parseDigits(d.str(i-1), false).yearly {
			x.a, x.year = i-1, int(parseDigits(d.str(i-1), false).val)
		}
		if x.year == 0 && d.isWordAny(x.b, "ended", "ending", "ends", "to", "endet", "endete") {
			// "its fiscal year ended July 31, 1986" names a year of its
			// own, "its fiscal year ended July 31" one without it.
			if y, end := d.endingYear(x.b); y != 0 {
				x.year, x.b = y, end
			}
			return x, true
		}
		if x.year == 0 {
			d.fiscalYear(&x, i-1)
		}
		return x, true
	}
	p := i - 1
	switch {
	case d.isWordAny(p, "full") || d.isDash(p) && d.isWord(p-1, "full"):
		a := p
		if d.isDash(p) {
			a--
		}
		x := d.withYear(pexpr{a: a, b: i + 1, typ: "FY"})
		if x.year == 0 && a > 0 && d.tok(a-1).kind == kNum && parseDigits(d.str(a-1), false).yearly {
			x.a, x.year = a-1, int(parseDigits(d.str(a-1), false).val)
		}
		if x.year == 0 {
			d.fiscalYear(&x, a-1)
		}
		return x, true
	case i > 0 && d.tok(i-1).kind == kNum && !d.tok(i).nl() && parseDigits(d.str(i-1), false).yearly:
		// "1986 year", "PHARMACIA AB 1986 YEAR": the headline names the
		// report.
		return pexpr{a: i - 1, b: i + 1, typ: "FY", year: int(parseDigits(d.str(i-1), false).val), report: d.sentOf(i) == 0}, true
	case d.isWordAny(i+1, "ending", "ended", "to", "endet", "endete"):
		if y, end := d.endingYear(i + 1); y != 0 {
			return pexpr{a: i, b: end, typ: "FY", year: y}, true
		}
		if d.isWordAny(i+1, "ending", "ended") && d.ent(i+2).month != 0 && d.tok(i+3).kind == kNum {
			return pexpr{a: i, b: i + 4, typ: "FY"}, true // "the year ended December 31"; "the year ended December" is twelve months
		}
		if d.upper(i) && d.sentOf(i) == 0 {
			// "CANON INC YEAR ENDED DECEMBER 31": the headline's period.
			return pexpr{a: i, b: i + 1, typ: "FY", report: true}, true
		}
	case d.isWordAny(i+1, "ago", "earlier", "zuvor", "davor", "before", "früher") || d.isWordAny(p, "previous", "prior", "year-earlier"):
		a := i
		if d.isWordAny(p, "a", "ein", "one", "previous", "prior") {
			a = p
		}
		return pexpr{a: a, b: i + 2, rel: true}, true
	case d.isWordAny(p, "last", "voriges", "vorigen", "vergangenen", "vergangene", "vergangenes", "letzten", "letztes", "abgelaufenen", "past"):
		if d.isWordAny(p, "letzten", "last", "past", "vergangenen") && i+1 < len(d.toks) && d.tok(i+1).kind == kWord && d.isWordAny(i, "jahren", "years") {
			return pexpr{}, false
		}
		return pexpr{a: p, b: i + 1, typ: "FY", last: true}, true
	case d.isWordAny(p, "this", "laufende", "laufenden", "laufendes", "current", "diesem", "dieses", "heurigen"):
		x := d.withYear(pexpr{a: p, b: i + 1, typ: "FY", this: true})
		return x, true
	case i+1 < len(d.toks) && d.tok(i+1).kind == kNum && !d.tok(i+1).nl():
		x := d.withYear(pexpr{a: i, b: i + 1, typ: "FY"})
		if x.year != 0 {
			return x, true
		}
	case d.tok(i).nl() && (i+1 >= len(d.toks) || d.tok(i+1).nl()):
		return pexpr{a: i, b: i + 1, typ: "FY"}, true // a table's "Year" heading
	case d.headlinePeriod(i):
		// "COBANCO INC <CBCO> YEAR NET", "KAPOK CORP <KPK> YEAR SEPT 30
		// LOSS": a wire headline names the period its table reports.
		return pexpr{a: i, b: i + 1, typ: "FY", report: d.sentOf(i) == 0}, true
	case d.isWord(p, "the") && d.isWordAny(p-1, "for", "in", "during", "over") && !d.isWordAny(i+1, "ago", "earlier", "before", "ending", "ended", "to", "end", "as") && !d.isDash(i+1):
		return pexpr{a: p - 1, b: i + 1, typ: "FY", whole: true}, true // "For the year, earnings rose"
	case d.isWord(p, "the") && d.isPunct(i+1, "'") && d.isWord(i+2, "s"):
		return pexpr{a: p, b: i + 3, typ: "FY", whole: true}, true // "the year's sales"
	case d.isWordAny(p, "in", "for") && d.isWord(i, "year") && (i+1 >= len(d.toks) || d.tok(i+1).kind == kPunct || d.tok(i+1).nl() || d.isWordAny(i+1, "and", "or") || d.isWord(i+1, "of") && d.tok(i+2).kind == kNum):
		return pexpr{a: p, b: i + 1, typ: "FY", whole: true}, true // "... vs 222,000 dlrs in year."
	}
	return pexpr{}, false
}

// referenceYear estimates the year the text is written in: the latest
// year it mentions outside dates and time spans, and at least two years
// after a year given as a prior-year note ("(2014: 4,86)").
//
// A year in a clause of plans or forecasts lies ahead of the text or is
// its own ("it will invest 1.2 billion dollars in 1987"): the nearest
// such year counts unless it is far ahead of the others ("will increase
// to 2 mln tonnes in 1991").
func (d *doc) referenceYear() int {
	best := 0
	var ahead [8]int    // years of plans, in order of mention
	var results [8]bool // whether the plan is an outlook for results
	na := 0
	for i := range d.toks {
		if d.tok(i).kind != kNum {
			continue
		}
		n := parseDigits(d.str(i), d.de)
		if !n.yearly || d.countAfter(i) {
			continue
		}
		y := int(n.val)
		if pe := d.ent(i - 1); pe.flags&cDate != 0 && !d.isWordAny(i-1, "anfang", "ende", "mitte", "early", "late", "end", "herbst", "sommer", "frühjahr", "winter", "autumn", "spring", "summer") {
			continue
		}
		if d.isPunct(i-1, "(") && d.isPunct(i+1, ":") {
			y += 2
		}
		if d.endingBefore(i) {
			continue // "the year ending March 31, 1988" names a fiscal year's end
		}
		if d.planClause(i) && !d.afterComparison(i) {
			if d.thisYearIn(i) {
				// "to $15 billion in 2026, down from $17.5 billion this
				// year": the plan is for next year; a fiscal year "1987/88"
				// is named by its end.
				if d.isPunct(i+1, "/") && d.attached(i+1) && d.tok(i+2).kind == kNum && len(d.str(i+2)) == 2 {
					y++
				}
				y--
			}
			if na < len(ahead) {
				ahead[na], results[na], na = y, d.resultClause(i), na+1
			}
			continue
		}
		best = max(best, y)
	}
	for k := range d.figs {
		if y := int(d.figs[k].curNote); y != 0 {
			best = max(best, y+1)
		}
	}
	// The nearest plan year after the years of the past. An outlook for
	// results is for the current year or the next however long ago the
	// other years lie ("sold the business in 2020 ... still expects revenue
	// to grow in 2025").
	next, nextResults := 0, false
	for i, y := range ahead[:na] {
		if y > best && (next == 0 || y < next || y == next && results[i]) {
			next, nextResults = y, results[i]
		}
	}
	if next != 0 && (best == 0 || next <= best+2 || nextResults) {
		best = next
	}
	return best
}

// thisYearIn reports whether the sentence of token i sets this year
// ("this year", "in diesem Jahr", "im laufenden Jahr", "heuer") against
// what it plans.
func (d *doc) thisYearIn(i int) bool {
	sa, sb := d.near(i)
	for q := sa; q < sb; q++ {
		if d.isWordAny(q, "year", "jahr") && d.isWordAny(q-1, "this", "diesem", "laufenden", "current") || d.isWord(q, "heuer") {
			// Set against the plan: "from 5,328 billion this year".
			for c := q - 1; c >= q-8 && c > sa; c-- {
				if d.isWordAny(c, "from", "against", "compared", "versus", "vs", "gegenüber", "nach") {
					return true
				}
			}
		}
	}
	return false
}

// resultClause reports whether the clause of token i names a periodic
// result ("expects revenue to grow ... in 2025", "Für 2025 rechnet der
// Konzern mit einem Betriebsergebnis").
func (d *doc) resultClause(i int) bool {
	sa, sb := d.near(i)
	result := func(k int) bool {
		if d.tok(k).kind != kWord {
			return false
		}
		m := d.ent(k).metric
		if m == "" {
			m = d.compoundMetric(k)
		}
		switch m {
		case events.MetricRevenue, events.MetricOperatingIncome, events.MetricNetIncome, events.MetricEPS,
			events.MetricEBITDA, events.MetricFreeCashFlow:
			return !d.isWordAny(k, "net", "operating", "oper", "operativ", "operative") || d.isWordAny(k+1, "profit", "profits", "income", "earnings", "result", "results")
		}
		return false
	}
	for k := i - 1; k >= sa && !d.clauseBreak(k); k-- {
		if result(k) {
			return true
		}
	}
	for k := i + 1; k < sb && !d.clauseBreak(k); k++ {
		if result(k) {
			return true
		}
	}
	return false
}

// countAfter reports whether a count noun follows the number at token i,
// which then counts things and is no year ("2000 Stellen", "1990
// tonnes").
func (d *doc) countAfter(i int) bool {
	return d.tok(i+1).kind == kWord && d.cues(i+1)&cCount != 0 && !d.isWordAny(i+1, "shares", "aktien")
}

// planClause reports whether token i stands in a clause with a word of
// plan or forecast.
func (d *doc) planClause(i int) bool {
	sa, sb := d.near(i)
	plan := func(k int) bool {
		// An estimate of a past value ("an estimated two pct in 1986")
		// is no plan, nor is one a result beat ("mehr verdient als
		// erwartet", "topped forecasts").
		return d.cues(k)&(cGuide|cExpect) != 0 && !d.isWordAny(k, "estimated", "geschätzt", "geschätzte", "geschätzten") && !d.beaten(k)
	}
	a, b := i, i+1
	for ; a > sa && !d.clauseBreak(a-1); a-- {
		if plan(a - 1) {
			return true
		}
	}
	for ; b < sb && !d.clauseBreak(b); b++ {
		if plan(b) {
			return true
		}
	}
	// "der Mittelzufluss werde 2026 auf mehr als 20 Milliarden Euro
	// steigen": the German future is a plan too.
	return d.de && d.futureClause(a, b)
}

// afterComparison reports whether the year at token i dates a
// comparison base ("to 1.75 pct this year from an estimated two pct in
// 1986"), which lies in the past even in a forecast.
func (d *doc) afterComparison(i int) bool {
	sa, _ := d.sentBounds(i)
	for k := i - 1; k >= i-10 && k >= sa && !d.clauseBreak(k); k-- {
		if d.isWordAny(k, "from", "against", "compared", "versus", "vs", "after", "von", "vom", "nach", "gegenüber") {
			return true
		}
	}
	return false
}

// reportedYear returns the year Y of a full year whose results the text
// reports as actual figures dated by the year itself ("1986 net profit
// rose", "Trade jumped 90 pct in 1986"), or 0. Such results appear only
// after the year has ended, so the text is written in Y+1 at the
// earliest.
func (d *doc) reportedYear() int {
	y := 0
	for k := range d.figs {
		f := &d.figs[k]
		if f.drop || f.anchor >= 0 || f.yearOwn == 0 || f.basis != events.BasisActual || d.planClause(f.num) {
			continue
		}
		switch {
		case !f.base && resultLike(f) && strings.HasPrefix(f.period, "FY"):
			y = max(y, int(f.yearOwn))
		case f.base && !strings.HasPrefix(f.period, "FY"):
			// "from 33.5 billion in 1986" is a base: what it is compared
			// with is later. A base of a shorter period dates the text in
			// its year, a full year after it.
			y = max(y, int(f.yearOwn)-1)
		case f.base:
			y = max(y, int(f.yearOwn))
		}
	}
	return y
}

// endingBefore reports whether "ending" or "ended" stands in the five
// tokens before i.
func (d *doc) endingBefore(i int) bool {
	for k := i - 1; k >= i-5 && k >= 0; k-- {
		if d.isWordAny(k, "ending", "ended", "endet", "endete") {
			return true
		}
	}
	return false
}
