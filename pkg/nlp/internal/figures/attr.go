package figures

import (
	"strings"

	"github.com/tickerwire/tickerwire/pkg/events"
)

// attribute sets metric, change, sign, basis and period of every figure.
func (d *doc) attribute() {
	d.refYear = d.referenceYear()
	for k := range d.figs {
		f := &d.figs[k]
		if f.drop {
			continue
		}
		if f.anchor >= 0 {
			continue // restatements copy their anchor below
		}
		d.changeOf(k)
		f.base = d.isBase(f) || f.prior
		// The second bound of a range ("$19.5 billion to $20.5 billion"),
		// not the new level of a change ("von 1,40 auf 0,60 Euro").
		bound := f.partner >= 0 && d.figs[f.partner].a == f.a && d.figs[f.partner].b == f.b && d.figs[f.partner].kind == f.kind &&
			(!d.isWordAny(d.prepBefore(f.a), "from", "von", "vom") || d.rangeBefore(f.partner, d.prepBefore(f.a)))
		if bound {
			f.base = d.figs[f.partner].base // "up from $19.5 billion to $20.5 billion"
			if g := &d.figs[f.partner]; g.change && !f.change && f.signed == 0 {
				f.change, f.neg = true, g.neg // "to grow by 1% to 3%"
			}
		}
		f.metric = d.metricOf(k)
		if bound {
			// The second bound of a range measures what the first does,
			// which may have been read from the sentence before.
			f.metric, f.result = d.figs[f.partner].metric, d.figs[f.partner].result
		}
		if f.kind == events.KindMoney && !f.change && d.isLoss(f) {
			f.neg = true
		}
		f.basis = d.basisOf(f)
		if g := d.wholeOf(k); g >= 0 {
			// "1,770 billion yen, including 109 billion for research": a
			// part is what its whole is, unless its clause names what it
			// is ("davon 900 Mio. aus Fördermitteln").
			if !f.ownCue || f.metric == d.figs[g].metric {
				f.metric = d.figs[g].metric
			}
			f.basis = d.figs[g].basis
		}
	}
	// Parallel amounts ("6.3 %, or EUR0.71", "drei bzw. 8,5 Prozent") and
	// restatements in another currency share what the first one measures.
	for k := range d.figs {
		f := &d.figs[k]
		if f.drop {
			continue
		}
		if f.anchor >= 0 {
			g := &d.figs[f.anchor]
			f.metric, f.change, f.neg, f.basis, f.base = g.metric, g.change, g.neg, g.basis, g.base
			f.approx = f.approx || g.approx
			if g.change && g.signed == 0 && f.signed == 0 {
				f.signed = 0
			}
			continue
		}
		if k > 0 && d.parallel(k) {
			g := &d.figs[k-1]
			if g.change {
				f.change, f.neg = true, g.neg
			}
			if f.partner != k-1 {
				f.basis = g.basis
				switch {
				case f.kind == events.KindMoney && g.kind == f.kind && g.scaled && !f.scaled && f.val < 100 && g.metric == events.MetricNetIncome && !f.change:
					// "earned 8.5 mln dlrs or 87 cts on revenues of 203
					// mln": the profit per share.
					f.metric = events.MetricEPS
				case f.kind == g.kind && f.metric == events.MetricOther && g.metric == events.MetricEPS && f.kind == events.KindMoney && (f.scaled || f.val >= 1000):
					// "net income of 10 cts a share or 330,000 dlrs": the total.
					f.metric = events.MetricNetIncome
				case f.kind == g.kind && f.metric == events.MetricOther:
					f.metric = d.perShareMetric(f, g.metric)
				}
				f.neg = f.neg || g.neg && !g.change
				f.orOf = k - 1
			}
		}
	}
	d.periods()
	if y := d.reportedYear(); y >= d.refYear && y > 0 {
		// The text reports a full year's results: it is written after
		// that year, and "last year" is that year.
		d.refYear = y + 1
		for i := range d.exprs {
			d.exprs[i].baseOnly = false
		}
		for k := range d.figs {
			d.figs[k].period, d.figs[k].yearOwn, d.figs[k].current = "", 0, false
		}
		d.periods()
	}
	d.reportPeriod()
	d.datePeriods()
	for k := range d.figs {
		f := &d.figs[k]
		if f.drop {
			continue
		}
		if f.anchor >= 0 {
			f.period = d.figs[f.anchor].period
		}
		if f.neg && f.val > 0 || f.signed < 0 && f.val > 0 {
			f.val = -f.val
		}
	}
}

// parallel reports whether figure k is an alternative reading of the
// figure before it: "6.3 %, or EUR0.71", "drei bzw. 8,5 Prozent".
func (d *doc) parallel(k int) bool {
	f, g := &d.figs[k], &d.figs[k-1]
	if f.partner == k-1 {
		return true
	}
	if d.sentOf(f.num) != d.sentOf(g.num) {
		return false
	}
	p := f.a - 1
	if d.isPunct(p, ",") {
		p--
	}
	return (d.isWordAny(p, "or", "oder") || d.isPunct(p, ".") && d.isWord(p-1, "bzw") || d.isWord(p, "bzw")) && p-1 <= g.b+1
}

// clauseBreak reports whether token k separates clauses.
func (d *doc) clauseBreak(k int) bool {
	t := d.tok(k)
	switch t.kind {
	case kPunct:
		switch d.str(k) {
		case ",", ";", ":":
			return true
		case "-", "–", "—":
			return t.sp()
		}
	case kWord:
		// "... in 2026 and that it would launch a buyback": a new clause.
		return d.cues(k)&cClause != 0 || d.isWord(k, "and") && d.isWord(k+1, "that")
	}
	return false
}

// clauseBounds returns the clause of figure f: the tokens of its sentence
// between the clause breaks around it. The span of a figure is fixed once
// the text is scanned, so its clause is found once.
func (d *doc) clauseBounds(f *fig) (int, int) {
	if f.cb > 0 {
		return int(f.ca), int(f.cb)
	}
	sa, sb := d.near(f.num)
	lb, rb := -1, -1 // the brackets around the figure, if any
	a := f.a
	for a > sa && !d.clauseBreak(a-1) {
		if lb < 0 && d.tok(a-1).kind == kPunct {
			switch d.str(a - 1) {
			case "(":
				lb = a
			case ")":
				lb = 0
			}
		}
		a--
	}
	b := f.b
	for b < sb && !d.clauseBreak(b) {
		if rb < 0 && d.tok(b).kind == kPunct {
			switch d.str(b) {
			case ")":
				rb = b
			case "(":
				rb = 0
			}
		}
		b++
	}
	if lb > 0 && rb > 0 && d.tok(lb-2).kind == kWord && f.signed == 0 && f.kind == events.KindPercent &&
		!d.isWordAny(lb, "plus", "minus", "up", "down", "or", "oder", "bzw", "umgerechnet") {
		// "Die Arbeitslosenrate (im Jahresschnitt 8,3 Prozent) stieg": an
		// aside in brackets after a noun is a clause of its own; after a
		// number it restates it ("wuchs auf 422 (zwei Prozent)").
		a, b = lb, rb
	}
	f.ca, f.cb = int32(a), int32(b)
	return a, b
}

// direction returns +1 or -1 from the closest word of increase or
// decrease to the figure within its clause, or 0.
func (d *doc) direction(f *fig, a, b int) int {
	best, bestDist := 0, 1<<30
	for k := a; k < b; k++ {
		if k >= f.a && k < f.b {
			continue
		}
		fl := d.cues(k) | d.compoundDirection(k)
		if fl&(cUp|cDown) == 0 {
			continue
		}
		dist := f.a - k
		if k >= f.b {
			dist = k - f.b + 1
		}
		if dist < bestDist {
			bestDist = dist
			if fl&cDown != 0 {
				best = -1
			} else {
				best = 1
			}
		}
	}
	return best
}

// compoundDirection reads the direction of a German compound change noun
// ("Prämienrückgang", "Umsatzplus", "Gewinneinbruch").
func (d *doc) compoundDirection(k int) uint32 {
	switch d.compound(k) & compUpDown {
	case compUp:
		return cUp | cChangeNoun
	case compDown:
		return cDown | cChangeNoun
	}
	return 0
}

// Bits of a compound's analysis, as doc.compound returns it: the index+1
// of the metric its last part names (compMetric), and the direction of
// change it names.
const (
	compDone   uint8 = 1 << 7
	compUp     uint8 = 1 << 5
	compDown   uint8 = 1 << 6
	compUpDown       = compUp | compDown
	compMetric uint8 = 0x1f
)

// compound analyses the German compound at token k by its last part,
// once per token: the rules ask about the words around every figure, and
// a text dense with figures asks about the same words many times.
func (d *doc) compound(k int) uint8 {
	t := d.tok(k)
	if t.kind != kWord || t.e-t.s < 8 {
		return 0
	}
	if d.comp == nil {
		if cap(d.compBuf) < len(d.toks) {
			d.compBuf = make([]uint8, len(d.toks))
		}
		d.comp = d.compBuf[:len(d.toks)]
		clear(d.comp)
	}
	if c := d.comp[k]; c != 0 {
		return c
	}
	w := d.str(k)
	c := compDone
	for _, s := range []string{"rückgang", "einbruch", "minus", "verlust", "abnahme", "senkung"} {
		if strings.HasSuffix(w, s) {
			c |= compDown
			break
		}
	}
	if c&compDown == 0 {
		for _, s := range []string{"anstieg", "zuwachs", "plus", "wachstum", "steigerung", "erhöhung", "zunahme"} {
			if strings.HasSuffix(w, s) {
				c |= compUp
				break
			}
		}
	}
	c |= compoundMetricIndex(w)
	d.comp[k] = c
	return c
}

// changeOf decides whether figure k is a change and its direction.
func (d *doc) changeOf(k int) {
	f := &d.figs[k]
	if f.tolerance {
		return
	}
	if f.signed != 0 {
		f.neg = f.signed < 0
		// "up from EUR -0.7 mn" is a negative level, "-15,7 Prozent" a change.
		f.change = !d.inClass(f.a-1, wLevelOf)
		return
	}
	a, b := d.clauseBounds(f)
	p := d.prepBefore(f.a)
	pe := d.ent(p)
	change := false
	if g := d.listHead(k); g >= 0 {
		// "fell to 10-7/8 pct and 7/8 pct", "to 30.65 % of the shares and
		// some 31.12 % of voting rights": a list takes what its first
		// member is.
		f.change, f.neg = d.figs[g].change, d.figs[g].neg && d.figs[g].change
		return
	}
	if d.isWordAny(f.b, "im", "ins") && d.isWordAny(f.b+1, "minus", "plus") {
		// "notierte 1,6 Prozent im Minus", "drehte fast ein Prozent ins Plus".
		f.change, f.neg = true, d.isWord(f.b+1, "minus")
		return
	}
	if f.kind == events.KindPercent && d.isBase(f) {
		// "grew 38 %, up from 35 % in the previous quarter": the base of a
		// growth rate is a growth rate.
		if g := d.prevInSentence(k); g >= 0 && d.figs[g].kind == f.kind && d.figs[g].change && !d.cueBetween(d.figs[g].b, f.a, f) {
			f.change = true
			// Only the words after the comparison word give the base's own
			// direction: "against a decline of 0.1 pct"; in "down from 8
			// pct" the direction is the newer figure's.
			for q := f.a - 1; q >= 0 && q >= f.a-5; q-- {
				if d.isWordAny(q, "from", "vs", "versus", "against", "with", "gegenüber", "von", "nach", "to") {
					break
				}
				if d.cues(q)&cDown != 0 || d.compoundDirection(q)&cDown != 0 {
					f.neg = true
				}
			}
			return
		}
	}
	if pv := p; f.kind == events.KindPercent && (d.isWordAny(pv, "von", "vom", "from") || d.isWordAny(pv, "zuvor", "bisher") && d.isWordAny(pv-1, "von", "vom", "from")) {
		if g := d.prevInSentence(k); g >= 0 && d.figs[g].kind == f.kind && !d.figs[g].change && p <= d.figs[g].b+1 &&
			d.isWordAny(d.prepBefore(d.figs[g].a), "auf", "to") || pv == f.a-1 && d.isWordAny(pv, "zuvor", "bisher") && d.prevFigEndsAt(f, pv-1) {
			return // "auf 53,4 Prozent von zuvor 51,9 Prozent": the level before
		}
	}
	if d.de && f.kind == events.KindPercent && d.isWord(p, "mit") && d.growVerbAfter(f, b) {
		f.change = true // "sollte weiterhin mit 6,5 Prozent im Jahr wachsen"
		if d.direction(f, a, b) < 0 {
			f.neg = true
		}
		return
	}
	if f.kind == events.KindPercent && d.isWord(p, "to") && d.changeNounBefore(p) {
		f.change = true // "bringing their gain this year to more than 80%"
		return
	}
	if f.kind == events.KindMoney && (f.scaled || f.val >= 1000) && d.isWordAny(p, "lost", "verlor", "verloren", "losing") {
		// "the company lost 168.4 mln dlrs": a loss, not a change; a
		// price that lost 25 cents changed.
		return
	}
	if d.isWord(p, "on") && d.isWord(p-1, "put") {
		f.change = true // "put on 0.49 pct"
		return
	}
	switch {
	case d.isWordAny(p, "um", "by"):
		// "cut taxes by a gross 44 billion marks" is a change, "pay by a
		// 200 mln dlr bond" names the means.
		change = p == f.a-1 || f.kind == events.KindPercent || !d.attributive(f)
	case d.isWordAny(p, "up", "down") && !d.isWord(p+1, "to"):
		change = true
	case pe.flags&(cUp|cDown) != 0 && pe.flags&cChangeNoun == 0 && d.tok(p).kind == kWord && !d.isWordAny(p, "mehr", "weniger", "more", "less", "higher", "lower"):
		change = true // "gewannen fast fünf Prozent", "rose 5 %"
	case f.kind == events.KindPercent && d.isWordAny(p, "von", "of", "bei", "from") && (d.cues(p-1)&cChangeNoun != 0 || d.pluralChange(p-1) || d.compoundDirection(p-1)&cChangeNoun != 0):
		change = true // "Wachstum von drei Prozent", "Plus bei 10 Prozent"
	case f.kind == events.KindPercent && d.cues(p)&cChangeNoun != 0 && d.tok(p).kind == kWord:
		change = true // "ein Plus 5 Prozent"
	case d.isWordAny(f.b+1, "als", "than"):
		// "weniger als die Hälfte" is a comparison, "2 Prozent mehr als
		// ein Jahr zuvor" a change.
		change = d.cues(f.b)&(cUp|cDown) != 0 && d.timeAfter(f.b+2)
	case d.cues(f.b)&(cUp|cDown) != 0 && (d.tok(f.b).kind == kWord) &&
		(d.cues(f.b)&cChangeNoun != 0 || d.isWordAny(f.b, "mehr", "weniger", "higher", "lower", "teurer", "billiger", "höher", "niedriger", "more", "less", "fewer") ||
			d.isWordAny(f.b, "up", "down") && !d.isWordAny(f.b+1, "to", "from")):
		change = true // "3,2 Prozent weniger", "a 5 % rise", "16 Euro teurer", "30 % up year-on-year"
	case d.isWordAny(f.b, "more", "less") && d.tok(f.b+1).kind == kWord && !d.isWordAny(f.b+1, "than", "als"):
		// "nine pct more freight", "5 % less energy".
		f.change, f.neg = true, d.isWord(f.b, "less")
		return
	case d.changeNounAfter(f):
		change = true // "a 15-20 % annual sales growth", "a 19-percent profit drop"
	case pe.flags&cLevel != 0 || d.isWordAny(p, "from", "von", "auf", "to", "at", "bei", "mit"):
		change = false
	case f.attrib:
		change = false // "a 15-pct stake": an adjective names a level unless a change noun follows
	case d.shareOf(f):
		change = false // "30,9 Prozent der Beschlüsse fielen einstimmig": a share of something
	case f.kind == events.KindPercent:
		// "Die Aktien gaben seit Jahresbeginn 40 Prozent nach": a verb of
		// change in the clause, the figure not introduced as a level.
		for q := a; q < b; q++ {
			if (q < f.a || q >= f.b) && d.cues(q)&(cUp|cDown) != 0 && d.cues(q)&cChangeNoun == 0 &&
				!d.isWordAny(q, "mehr", "weniger", "more", "less", "plus", "minus") {
				change = true
				break
			}
			if (q < f.a || q >= f.b) && f.kind == events.KindPercent && d.cues(q)&cChangeNoun != 0 && q < f.a && q >= f.a-4 {
				change = true
				break
			}
		}
	}
	if !change {
		return
	}
	f.change = true
	switch dir := d.direction(f, a, b); {
	case dir < 0:
		f.neg = true
	case dir == 0:
		// "Die Bestellungen sanken um 1,2 Prozent, die Inlandsorders um
		// 2,6 Prozent": a clause without its own verb goes on with the
		// change before it.
		if g := d.prevInSentence(k); g >= 0 && d.figs[g].change && d.figs[g].kind == f.kind {
			f.neg = d.figs[g].neg
		}
	}
}

// prepBefore returns the token before an amount that starts at token a,
// or the preposition that governs it across an article and an adjective
// ("from the 30.5 pct held in June", "to a provisional 12.18 pct",
// "against an estimated 2.4 pct").
//
// German "um" counts only before an adjective ("um immerhin 6,9 Prozent"):
// "um die 90 Prozent" is a hedge and "um saftige 119 Euro" a price, and a
// verb in -ing governs the amount itself ("by converting 7 mln dlrs").
func (d *doc) prepBefore(a int) int {
	q := a - 1
	adjective := false
	if t := d.tok(q); t.kind == kWord && !t.nl() && (t.lx == 0 || d.isWordAny(q, "previous", "prior", "earlier", "vorherigen", "revised")) && !d.capitalised(q) && !strings.HasSuffix(d.str(q), "ing") {
		q-- // "provisional", "estimated", "immerhin"
		adjective = true
	}
	art := d.inClass(q, wArticle)
	if art {
		q--
	}
	if q == a-1 {
		return a - 1
	}
	if d.inClass(q, wPrep) ||
		d.isWord(q, "um") && adjective && !art && d.isDigitsPercent(a) {
		return q
	}
	return a - 1
}

// isDigitsPercent reports whether a percent unit follows the amount that
// starts at token a within a few tokens.
func (d *doc) isDigitsPercent(a int) bool {
	for q := a; q < a+4 && q < len(d.toks); q++ {
		if d.ent(q).pct != 0 || d.isPunct(q, "%") {
			return true
		}
	}
	return false
}

// growVerbAfter reports whether a verb of growth follows figure f in its
// clause, which ends at b: "mit 6,5 Prozent im Jahr wachsen" is a rate
// of growth, where "ist mit 15,2 Prozent auf den tiefsten Stand gesunken"
// is a level.
func (d *doc) growVerbAfter(f *fig, b int) bool {
	for q := f.b; q < b; q++ {
		if d.isWordAny(q, "auf", "bei") {
			return false
		}
		if d.isWordAny(q, "wachsen", "wächst", "wuchs", "wachse", "schrumpfen", "schrumpft", "schrumpfte", "expandieren") {
			return true
		}
	}
	return false
}

// changeNounBefore reports whether a noun of change governs the "to" at
// token p ("their gain this year to", "the increase to").
func (d *doc) changeNounBefore(p int) bool {
	for q := p - 1; q >= p-4 && q >= 0; q-- {
		if d.tok(q).kind != kWord {
			return false
		}
		if d.cues(q)&cChangeNoun != 0 && d.isWordAny(q-1, "their", "its", "his", "her") {
			return true
		}
	}
	return false
}

// listHead returns the first member of the list that figure k continues
// ("10-7/8 pct and 7/8 pct", "30.65 % of the shares and some 31.12 % of
// voting rights"), or -1: the figure before it in its clause, of the same
// kind, joined to it by "and" or "or" within a few words.
func (d *doc) listHead(k int) int {
	f := &d.figs[k]
	p := f.a - 1
	if k == 0 || !d.isWordAny(p, "and", "und", "or", "oder", "sowie") {
		return -1
	}
	g := &d.figs[k-1]
	if g.kind != f.kind || g.b > p || p-g.b > 4 {
		return -1
	}
	for q := g.b; q < p; q++ {
		if d.clauseBreak(q) || d.tok(q).kind != kWord || d.cues(q)&(cUp|cDown|cLoss|cProfit|cChangeNoun) != 0 {
			return -1
		}
	}
	return k - 1
}

// timeAfter reports whether a point in time in the past starts at token
// k: "ein Jahr zuvor", "im Vorjahr", "a year earlier", "last year", "in
// 2014".
func (d *doc) timeAfter(k int) bool {
	for q := k; q < k+4 && q < len(d.toks); q++ {
		switch {
		case d.isWordAny(q, "zuvor", "earlier", "ago", "before", "vorjahr", "vorjahres", "vorjahreszeitraum", "vorjahresquartal", "last", "previous", "prior"):
			return true
		case d.tok(q).kind == kNum:
			return parseDigits(d.str(q), d.de).yearly
		}
	}
	return false
}

// attributive reports whether a noun follows amount f directly, so that
// the amount describes it ("a 200 mln dlr bond").
func (d *doc) attributive(f *fig) bool {
	t := d.tok(f.b)
	return t.kind == kWord && !t.nl() && !d.capitalised(f.b) && d.cues(f.b)&(cFunc|cLevel|cUp|cDown|cClause|cHedge) == 0
}

// pluralChange reports whether token k is the plural of a noun of change
// ("increases of 0.7 pct"). The plurals are not change nouns in the
// lexicon because they are also verbs ("profit rises 5 pct").
func (d *doc) pluralChange(k int) bool {
	return d.isWordAny(k, "increases", "rises", "gains", "declines", "decreases", "drops", "falls", "jumps")
}

// changeNounAfter reports whether a noun of change follows figure f
// across a few modifiers of its own ("a 15-20 % annual sales growth", "a
// 19-percent profit drop").
func (d *doc) changeNounAfter(f *fig) bool {
	for q := f.b; q < f.b+4 && q < len(d.toks); q++ {
		t := d.tok(q)
		if t.kind != kWord || t.nl() {
			return false
		}
		e := d.ent(q)
		if d.isWordAny(q, "plus", "minus") || f.kind == events.KindMoney && d.isWordAny(q, "gain", "gains", "gewinn") {
			return false // "cash plus working capital", "a 1 mln dlr gain": no change
		}
		if e.flags&cChangeNoun != 0 || d.compoundDirection(q)&cChangeNoun != 0 || d.pluralChange(q) {
			return true
		}
		if e.flags&(cFunc|cLevel|cUp|cDown|cClause) != 0 || e.cur != "" || e.scale != 0 || e.pct != 0 {
			return false
		}
	}
	return false
}

// metricOf chooses what figure f measures from the cue words of its
// sentence: the closest one wins, words after the figure count a little
// more distant than words before it, and each clause break between adds
// distance.
func (d *doc) metricOf(k int) events.Metric {
	f := &d.figs[k]
	sa, sb := d.near(f.num)
	if _, own, bare := d.ownMetricWord(f); f.base && !own {
		// A comparison base measures what the figure it is compared with
		// measures: "profit of 61.5 mln eur, up from 48.6 mln"; a
		// restatement in between is skipped ("to $27.1 billion, or $3.63
		// per share, from $24.7 billion"). A base with a metric word of
		// its own ("compared with a 1.8 mln dlr profit") is read as any;
		// one with a bare profit or loss is the result compared with
		// ("operating profit was 791 mln dlrs compared to a loss of 253
		// mln dlrs"), not the revenue beside it.
		g := d.prevInSentence(k)
		for g > 0 && (d.parallel(g) || bare && !profitFigure(&d.figs[g])) && d.sentOf(d.figs[g-1].num) == d.sentOf(f.num) {
			g--
		}
		if g >= 0 && d.figs[g].kind == f.kind && !d.cueBetween(d.figs[g].b, f.a, f) && (!bare || profitFigure(&d.figs[g])) {
			f.result = d.figs[g].result
			return d.figs[g].metric
		}
	}
	if f.kind == events.KindPercent && d.isWordAny(f.b, "more", "fewer", "less", "mehr", "weniger") && d.tok(f.b+1).kind == kWord {
		// "seven pct more passengers": the noun after says what changed.
		if m, ok := d.metricCue(f.b+1, f); ok {
			return m
		}
		if !d.isWordAny(f.b+1, "than", "als") {
			return events.MetricOther
		}
	}
	if f.kind == events.KindMoney && (d.dealAfter(f) || d.paidFor(f)) {
		return events.MetricDealValue // "a 26.25 dlrs per share cash tender offer", "kauft ... für 4,3 Milliarden Dollar"
	}
	// A share of something is not the thing itself.
	if !f.change && d.shareOf(f) {
		return events.MetricOther
	}
	if d.cues(f.b)&cChangeNoun != 0 && d.isWordAny(f.b+1, "in", "im", "of", "bei", "beim") {
		// "a 44.7 pct jump in 1986 net profits": the change names its metric.
		for q := f.b + 2; q < f.b+6 && q < sb; q++ {
			if m, ok := d.metricCue(q, f); ok {
				f.result = resultMetric(m) || d.cues(q)&(cProfit|cLoss) != 0
				return d.perShareMetric(f, m)
			}
		}
	}
	if g := d.prevInSentence(k); g >= 0 && d.isWordAny(f.a-1, "and", "und", "sowie", "against", "versus", "vs") &&
		d.figs[g].kind == f.kind && d.figs[g].b >= f.a-8 &&
		(!d.cueBetween(d.figs[g].b, f.a, f) || d.shareOf(&d.figs[g])) {
		// "44 cents per A share and 8.8 cents per B share"; "buys 20 % of
		// its shares from A and 5 % from B": the words between are the
		// share's, not the next figure's.
		f.result = d.figs[g].result
		return d.figs[g].metric
	}
	if d.tableLine(f.num) && f.kind == events.KindMoney {
		// A results table row is named by its label: "Shr loss 15 cts".
		if m, ok := d.rowMetric(f.num); ok {
			f.result = true
			return m
		}
	}
	best := events.MetricOther
	bestCost, bestK := 1<<30, -1
	breaks := 0
	inClause := false
	// consider weighs the cue at token k, if there is one, and reports
	// whether there was. The cost of a cue grows with its distance from
	// the figure and the breaks between, so the first cue on either side
	// is the only one there that can win: the walks stop at it.
	consider := func(k, dist int) bool {
		m, ok := d.metricCue(k, f)
		if !ok {
			return false
		}
		cost := dist + 6*breaks
		if cost < bestCost {
			bestCost, best, inClause, bestK = cost, m, breaks == 0, k
			f.result = d.cues(k)&(cProfit|cLoss|cPeriodic) != 0 || resultMetric(m) || resultCompound(d.str(k))
		}
		return true
	}
	for k := f.a - 1; k >= sa; k-- {
		if d.clauseBreak(k) {
			breaks++
		}
		if consider(k, 2*(f.a-k)) {
			break
		}
	}
	breaks = 0
	// Words after the figure name it only up to the next figure: in
	// "profit rose to EUR 65.4 million and net sales to EUR 525.3 million"
	// the sales are the next figure's.
	rightEnd := sb
	if k+1 < len(d.figs) && d.figs[k+1].partner != k && d.figs[k+1].anchor != k && d.figs[k+1].a < rightEnd && d.figs[k+1].a >= f.b {
		rightEnd = d.figs[k+1].a
		for q := f.b; q < rightEnd; q++ {
			if d.clauseBreak(q) || d.isWordAny(q, "and", "und", "while", "sowie") {
				rightEnd = q
				break
			}
		}
	}
	for k := f.b; k < rightEnd; k++ {
		if d.cues(k)&cClause != 0 {
			break // "..., but capex jump weighs on shares" is about something else
		}
		if d.isWordAny(k, "on", "bei") && d.tok(k+1).kind == kWord && d.isWordAny(k+2, "of", "von") && d.nextFigAt(f, k+3) {
			break // "rose to 2.29 billion euros on revenue of 9.4 billion": the revenue is the next figure's
		}
		if d.clauseBreak(k) {
			breaks++
		}
		if consider(k, 3*(k-f.b+1)+1) {
			break
		}
	}
	f.ownCue = inClause
	if g := d.prevInSentence(k); !inClause && g >= 0 && d.figs[g].kind == f.kind && d.figs[g].metric != events.MetricOther && d.figs[g].metric != "" && !f.base && d.continues(f, &d.figs[g]) {
		// A clause without a metric word of its own goes on about the
		// figure before it ("Je Aktie verdiente SAP 1,47 Euro, Analysten
		// hatten mit 1,39 Euro gerechnet"; "revenue increased 24 %, and
		// Azure grew 38 %").
		f.result = d.figs[g].result
		return d.perShareMetric(f, d.figs[g].metric)
	}
	if best == events.MetricOther && f.kind == events.KindMoney && d.costsBuilding(f, sa, sb) {
		return events.MetricCapex
	}
	if best == events.MetricOther && d.pricePattern(f, sa, sb) {
		return events.MetricSharePrice
	}
	if best == events.MetricSharePrice && f.kind == events.KindMoney && d.sharesBought(f, bestK) {
		return events.MetricDealValue
	}
	best = d.perShareMetric(f, best)
	if bestCost == 1<<30 && k > 0 {
		// No cue in the sentence: it goes on about the last figure of
		// its kind in the sentence before ("Analysten hatten mit rund 26
		// Milliarden Dollar gerechnet."; "Verizon shares gained 2.2% to
		// $41.86. AT&T rose 1.1%").
		s := d.sentOf(f.num)
		for g := k - 1; g >= 0 && g >= k-8; g-- {
			d.reads++
			h := &d.figs[g]
			if d.sentOf(h.num) < s-1 {
				break
			}
			if h.drop || h.anchor >= 0 || d.sentOf(h.num) != s-1 {
				continue
			}
			if h.kind != f.kind {
				if g == k-1 {
					continue // a share's move after its price: the move before the price
				}
				break
			}
			if d.continues(f, h) && (g == k-1 || h.metric == events.MetricSharePrice && f.change && h.change) {
				f.result = h.result
				return h.metric
			}
			break
		}
	}
	return best
}

// nextFigAt reports whether the figure after f starts at token k or
// right after a hedge there.
func (d *doc) nextFigAt(f *fig, k int) bool {
	g := d.figFrom(f.num + 1)
	return g < len(d.figs) && d.figs[g].a >= k && d.figs[g].a <= k+2
}

// rowMetric reads the label of the results table row that token i is on:
// the words from the start of its line to its first amount ("Shr loss",
// "Oper net", "Revs", "Qtly div", "Pretax profit", "Assets"). It reports
// false when the line does not start with a short label, as a note does
// ("Net includes a gain of ...").
//
// The labels of wire tables are a small vocabulary: a per-share word
// makes the row earnings per share, a dividend word a dividend, a
// revenue word revenue ("Net sales"), "net" net income whatever
// qualifies it ("Oper net", "Group net"), an operating word operating
// income; pre-tax and balance sheet rows are other metrics.
func (d *doc) rowMetric(i int) (events.Metric, bool) {
	l := i
	for l > 0 && !d.tok(l).nl() {
		l--
	}
	end := l
	for end < i && d.tok(end).kind == kWord && (d.ent(end).num == 0 || d.ent(end).art) && d.ent(end).cur == "" && !d.isWordAny(end, "nil", "vs") {
		end++
	}
	if end == l || end-l > 5 {
		return "", false
	}
	// Only the row's own amounts: the first after the label, and the one
	// after "vs" ("Shr loss 20 cts vs profit 14 cts"); amounts later in
	// the line are notes on it.
	p := i - 1
	if p >= end && d.isWordAny(p, "loss", "profit", "gain") {
		p-- // "vs profit 14 cts"
	}
	if p != end-1 && !(p >= end && d.isWord(p, "vs")) {
		return "", false
	}
	var shr, div, rev, net, oper, other bool
	for k := l; k < end; k++ {
		switch {
		case d.isWordAny(k, "avg", "average", "outstanding", "of", "includes", "excludes", "include", "exclude", "per"):
			if d.isWord(k, "per") && d.isWordAny(k+1, "shr", "share") && k == l {
				shr = true
				continue
			}
			return "", false
		case d.isWordAny(k, "pretax", "pre", "tax", "trading", "extraordinary", "assets", "deposits", "loans", "backlog",
			"interest", "minorities", "minority", "charges", "provisions", "orders", "gross", "tangible", "costs", "expenses"):
			other = true
		case d.isWord(k, "distribution") && !d.isWordAny(k-1, "cash", "qtly", "qtrly", "mthly", "quarterly", "monthly"):
			other = true
		case d.isWordAny(k, "shr", "shrs", "eps"):
			shr = true
		case d.isWordAny(k, "div", "dividend", "dividends", "distribution"):
			div = true
		case d.isWordAny(k, "revs", "rev", "sales", "revenue", "revenues", "turnover"):
			rev = true
		case d.isWordAny(k, "net", "earnings", "profit", "profits", "loss", "income"):
			net = true
		case d.isWordAny(k, "oper", "operating"):
			oper = true
		}
	}
	switch {
	case other:
		return events.MetricOther, true
	case shr:
		return events.MetricEPS, true
	case div:
		return events.MetricDividend, true
	case rev:
		return events.MetricRevenue, true
	case oper && !(d.isWord(l, "oper") && d.isWordAny(l+1, "net", "loss", "profit", "earnings")):
		// "Oper net", "Oper loss": the net result of continuing
		// operations; "Operating profit" is operating income.
		return events.MetricOperatingIncome, true
	case net:
		return events.MetricNetIncome, true
	}
	return "", false
}

// ownMetricWord returns the metric named by a word right after figure f
// or right before its "of" ("compared with a 1.8 mln dlr profit", "from
// a pre-tax loss of EUR7m"): a base that names its own metric.
//
// A bare "profit" or "loss" names no metric of its own (bare is true):
// "pretax loss of EUR 6.5 mn, compared to a profit of EUR 0.3 mn"
// compares the same one.
func (d *doc) ownMetricWord(f *fig) (m events.Metric, ok, bare bool) {
	k := f.b
	if _, ok := d.metricCue(k, f); !ok && d.isWord(f.a-1, "of") {
		k = f.a - 2
	}
	m, ok = d.metricCue(k, f)
	if ok && m == events.MetricNetIncome && d.cues(k)&(cProfit|cLoss) != 0 && !d.isWordAny(k-1, "net", "netto") {
		return "", false, true
	}
	return m, ok, false
}

// profitFigure reports whether g is a profit: net, operating, or another
// result read from a profit or loss word (pre-tax profit).
func profitFigure(g *fig) bool {
	switch g.metric {
	case events.MetricNetIncome, events.MetricOperatingIncome, events.MetricEBITDA:
		return true
	case events.MetricOther:
		return g.result
	}
	return false
}

// continues reports whether figure f, which has no metric word of its
// own, restates figure g before it: an expectation set against a result
// ("Analysten hatten mit 1,39 Euro gerechnet"), a change beside a change
// ("revenue increased 24 %, and Azure grew 38 %"), or a sentence that
// goes on with a pronoun ("Sie verloren 3 Prozent").
func (d *doc) continues(f, g *fig) bool {
	if f.change && g.change {
		return true
	}
	a, b := d.clauseBounds(f)
	if f.num > 0 && d.sentOf(g.num) != d.sentOf(f.num) {
		a, b = d.near(f.num)
		if d.isWordAny(a, "sie", "er", "es", "they", "it", "this", "that", "dies", "das") {
			return true
		}
		for q := a + 1; q < a+4 && q < f.a; q++ {
			if d.isWordAny(q, "es", "it") {
				return true // "Im Vorjahr waren es 100 Millionen Euro"
			}
		}
	}
	for q := a; q < b; q++ {
		if d.cues(q)&(cEstimate|cExpect|cGuide) != 0 {
			return true
		}
	}
	return false
}

// perShare reports whether the share word at k is the unit of an amount
// ("per share", "je Aktie", "a share", "per \"A\" share").
func (d *doc) perShare(k int) bool {
	for q := k - 1; q >= k-4 && q >= 0; q-- {
		if d.isWordAny(q, "per", "je", "pro", "a") {
			return true
		}
		if d.tok(q).kind == kWord && len(d.str(q)) > 1 && !d.isWordAny(q, "common", "ordinary", "preferred") {
			return false
		}
	}
	return false
}

// cueBetween reports whether a metric word other than a profit or loss
// word stands in [a, b).
func (d *doc) cueBetween(a, b int, f *fig) bool {
	for k := a; k < b; k++ {
		if m, ok := d.metricCue(k, f); ok && m != events.MetricOther && d.cues(k)&(cProfit|cLoss) == 0 {
			return true
		}
	}
	return false
}

// resultCompound reports whether a German compound names a result or
// another measure of a period ("Finanzergebnis", "Vorsteuergewinn",
// "Bruttomarge", "Kernkapitalquote").
func resultCompound(w string) bool {
	for _, p := range [...]string{"rgebnis", "ewinn", "erlust", "msatz", "rlös", "marge", "quote", "rendite", "überschuss", "auftragseingang"} {
		if strings.Contains(w, p) {
			return true
		}
	}
	return false
}

// resultMetric reports whether m is a periodic result of a company.
func resultMetric(m events.Metric) bool {
	switch m {
	case events.MetricRevenue, events.MetricOperatingIncome, events.MetricNetIncome, events.MetricEPS,
		events.MetricEBITDA, events.MetricFreeCashFlow, events.MetricDividend, events.MetricCapex:
		return true
	}
	return false
}

// perShareMetric turns a profit metric into earnings per share when the
// amount is given per share ("15 cts a share", "0,50 Euro je Aktie").
func (d *doc) perShareMetric(f *fig, m events.Metric) events.Metric {
	if f.kind != events.KindMoney || !(m == events.MetricNetIncome || m == events.MetricOperatingIncome || m == events.MetricOther && f.result) {
		return m
	}
	if m == events.MetricOther {
		// A part of a result per share is a part still: "includes loss
		// of 250 mln dlrs or 7.27 dlrs a share".
		a, _ := d.clauseBounds(f)
		for q := a; q < f.a; q++ {
			if d.componentBefore(q + 1) {
				return m
			}
		}
	}
	if d.isWordAny(f.b, "a", "per", "je", "pro") && d.isWordAny(f.b+1, "share", "aktie") || d.isPunct(f.b, "/") && d.isWord(f.b+1, "aktie") {
		return events.MetricEPS
	}
	for q := f.a - 1; q >= f.a-4 && q > 0; q-- {
		if d.tok(q).kind == kNum || d.isWordAny(q, "or", "oder") {
			break // "10 cts a share or 330,000 dlrs": the share is the other amount's unit
		}
		if d.isWordAny(q, "aktie", "share") && d.isWordAny(q-1, "je", "per", "pro", "a") {
			return events.MetricEPS // "je Aktie waren es 1,12 Euro"
		}
	}
	return m
}

// prevInSentence returns the figure before figure k in its sentence that
// is not part of k's own range, or -1.
func (d *doc) prevInSentence(k int) int {
	f := &d.figs[k]
	s := d.sentOf(f.num)
	for g := k - 1; g >= 0; g-- {
		d.reads++
		h := &d.figs[g]
		if h.num < f.num-reach || d.sentOf(h.num) != s {
			return -1
		}
		if !h.drop && h.anchor < 0 && h.b <= f.a {
			return g
		}
	}
	return -1
}

// wholeOf returns the figure that figure k is a part of ("including 109
// billion", "davon 50", "of which 5 mln"), or -1.
func (d *doc) wholeOf(k int) int {
	f := &d.figs[k]
	p := f.a - 1
	if d.isPunct(p, ",") {
		p--
	}
	if !d.isWordAny(p, "including", "incl", "davon", "darunter", "inklusive") && !(d.isWord(p, "which") && d.isWord(p-1, "of")) {
		return -1
	}
	g := d.prevInSentence(k)
	if g < 0 || d.figs[g].kind != f.kind {
		return -1
	}
	return g
}

// metricCue returns the metric a word at token k names for figure f,
// refined by its neighbours ("operating profit", "Ergebnis vor Steuern",
// "Gewinn je Aktie").
func (d *doc) metricCue(k int, f *fig) (events.Metric, bool) {
	t := d.tok(k)
	if t.kind != kWord || k >= f.a && k < f.b {
		return "", false
	}
	e := d.ent(k)
	m := e.metric
	if m == "" && e.flags&cDeal == 0 && t.e-t.s < 8 && !d.isWordAny(k, "lost", "verlor", "target", "cash", "flow") {
		// No metric or deal word, too short for a compound and none of
		// the words the rules below read: most words of a sentence,
		// the function words of the lexicon among them, end here.
		return "", false
	}
	if m == "" && e.flags&cDeal != 0 && !d.isWordAny(k, "käufer", "buyer", "buyers", "bieter", "bidder", "merge", "merges", "merging") {
		// The deal words name a price; a buyer or a merger names none of
		// its own.
		m = events.MetricDealValue
	}
	if d.isWordAny(k, "lost", "verlor", "verloren") && k == f.a-1 && f.kind == events.KindMoney && (f.scaled || f.val >= 1000) {
		return events.MetricNetIncome, true // "In 1985, the company lost 168.4 mln dlrs"
	}
	if f.kind == events.KindMoney && (d.isWord(k, "target") && d.isWord(k-1, "price") || d.isWord(k, "price") && d.isWord(k+1, "target")) &&
		!(d.isWordAny(f.b, "a", "per") && d.cues(f.b+1)&cCount != 0) {
		return events.MetricSharePrice, true // "raised her price target to $80"
	}
	if d.isWordAny(k, "cash", "flow") && (d.isWord(k-1, "free") || d.isWord(k-1, "cash") && d.isWord(k-2, "free")) {
		return events.MetricFreeCashFlow, true // "free cash flow"
	}
	if m == "" {
		m = d.compoundMetric(k)
		if m == "" {
			return "", false
		}
	}
	w := d.str(k)
	switch {
	case d.isWord(k, "stock") && d.isDash(k-1) && d.isWordAny(k-2, "all", "cash"):
		return "", false // "an all-stock deal": paid in shares
	case d.isWordAny(k, "share", "shares", "stock") && d.isWordAny(k+1, "buyback", "buybacks", "repurchase", "repurchases", "buy-back"):
		return "", false // "a $10 billion share buyback": the next word says
	case d.isWordAny(k, "shares", "stock", "aktien") && (d.isWordAny(k-1, "its", "their", "own", "eigene", "eigenen", "eigener") && d.isWordAny(k-2, "of", "back") || d.isWord(k-1, "back")),
		d.isWordAny(k, "aktien", "papiere") && d.isWordAny(k-1, "eigene", "eigenen", "eigener"):
		return events.MetricOther, true // "buy back $50 billion of its shares": a buyback
	case d.isWordAny(k, "growth", "wachstum"):
		return "", false // "revenue growth of 3 %": the word before says what grew
	case d.isWordAny(k, "hit") && !d.isWordAny(k-1, "the", "a", "this", "that", "its"):
		return "", false // "sales hit a record": the verb; "the hit from tariffs" is a charge
	case d.isWordAny(k, "alternative") && d.isWord(k-1, "cash"):
		return events.MetricDealValue, true // "a cash alternative of 290.55p"
	case d.isWordAny(k, "mittelzufluss", "mittelzuflusses") && d.isWordAny(k-1, "freie", "freier", "freien", "freies"):
		return events.MetricFreeCashFlow, true // "der freie Mittelzufluss"
	case m == events.MetricDividend && (d.isWordAny(k+1, "und", "and", "or", "oder") && d.buybackIn(k+2, k+4) || d.buybackIn(k-3, k)):
		return events.MetricOther, true // "über Dividenden und Aktienrückkäufe": a return of capital
	case m == events.MetricCapex && d.financialObject(k, f):
		return events.MetricOther, true // "10.000 Euro in die Anleihe investiert": an investor's money
	case k < f.a && (d.isWordAny(k-1, "durch", "dank", "through") || d.isWordAny(k-2, "durch", "dank", "through") && d.isWordAny(k-1, "die", "den", "das", "the")):
		return "", false // "die Erlöse sollen durch Kosteneinsparungen um 86 Millionen Euro steigen": the means, not the measure
	case f.kind == events.KindPercent && d.isWordAny(k, "gain", "gains"):
		return "", false // "bringing their gain this year to 80%": a change, of what the words around say
	case d.isWordAny(k, "contract", "contracts") && d.isWordAny(k+1, "by", "to"):
		return "", false // "sales will contract by 25 %": a verb
	case d.isWordAny(k, "stock", "stocks") && d.isWordAny(k+1, "capital", "exchange", "exchanges", "market", "markets", "options", "option", "split", "index", "purchase", "plan"):
		return "", false // "stock capital", "stock exchange": no share price
	case k < f.a-2 && d.modifierBefore(k) && d.verbBetween(k+1, f.a), k >= f.b && d.modifierBefore(k):
		// "Operating profit excluding restructuring costs grew to", "at
		// about $53 billion including debt": a qualification.
		return "", false
	case strings.EqualFold(w, "operating") && !d.isWordAny(k+1, "profit", "profits", "income", "loss", "losses", "earnings", "result", "results", "net", "ebit", "revenue", "revenues", "sales", "cash"):
		return "", false // "rigs are operating", "operating margin": no operating income
	case strings.EqualFold(w, "sales") && d.isWordAny(k+1, "manager", "managers", "director", "directors", "staff", "force", "team", "teams", "office", "offices", "representative", "representatives", "chief", "head", "executive", "executives", "network", "agent", "agents", "personnel", "people", "department", "volume", "volumes", "price", "prices", "tax", "taxes", "outlets", "points"):
		return "", false // "sales manager", "sales tax": no revenue
	case strings.EqualFold(w, "sales") && d.isWord(k+1, "of") && d.isWordAny(k-1, "for", "cover", "covering", "finance", "financing"):
		return "", false // "credit guarantees for sales of wheat": the goods financed, no revenue
	case strings.EqualFold(w, "order"):
		if d.isWordAny(k+1, "book", "books", "intake", "backlog", "inflow", "inflows", "bookings") {
			return events.MetricOther, true
		}
		return "", false
	case strings.EqualFold(w, "worth") && d.ent(k-1).metric == events.MetricOther && d.tok(k-1).kind == kWord:
		return events.MetricOther, true // "orders worth EUR 10 million"
	case d.isWord(k, "steuern") && d.isWord(k-1, "nach"):
		return events.MetricNetIncome, true // "Nach Steuern verdiente die Airline"
	case d.isWordAny(k, "steuern", "tax", "taxes") && d.isWordAny(k-1, "vor", "before"):
		return "", false // "Das Ergebnis vor Steuern": the result word says
	case strings.EqualFold(w, "wert"):
		if d.capitalised(k) {
			return "", false // "im Wert von": a value, not a market value
		}
		return events.MetricMarketCap, true
	case m == events.MetricOther && f.kind == events.KindMoney && d.isWordAny(k, "anteil", "anteile", "anteilen", "beteiligung", "stake", "stakes", "holding", "owned"):
		return "", false // a stake's price is a deal value, not a stake
	case strings.EqualFold(w, "net"):
		if d.tok(k).nl() || k == 0 {
			return events.MetricNetIncome, true // a table's "Net" row
		}
		if n := d.ent(k + 1); d.tok(k+1).kind == kWord && n.metric == "" && n.flags&(cLevel|cUp|cDown) != 0 && n.flags&cChangeNoun == 0 && !d.isWordAny(k+1, "of", "to", "from", "in", "on", "at") {
			return events.MetricNetIncome, true // "fourth quarter net was", "net rose": the noun
		}
		if d.isWord(k+1, "of") && k+2 == f.a && d.isWordAny(k-1, "reported", "posted", "had", "showed", "recorded", "reports", "posts") {
			return events.MetricNetIncome, true // "reported net of 14.2 mln dlrs"
		}
		return "", false // "net sales", "net book value": the next word says
	case m == events.MetricSharePrice && d.isWordAny(k, "share", "shares") && d.isWordAny(k-1, "market"):
		return events.MetricOther, true // market share
	case d.isWord(k, "share") && (d.isWordAny(k-1, "its", "their", "his", "her") || d.isWord(k-1, "s") && d.isPunct(k-2, "'")) && !d.isWordAny(k+1, "price", "prices", "capital"):
		return events.MetricOther, true // "reducing Degussa's share to 30 pct": a stake
	case m == events.MetricCapex && d.isWordAny(k+1, "properties", "property", "portfolio", "portfolios", "income", "activities", "company", "companies", "bank", "banks", "fund", "funds", "firm", "firms", "group", "trust", "banking", "grade", "vehicle", "manager", "managers", "advisor", "adviser", "gesellschaft", "fonds",
		"gain", "gains", "loss", "losses", "tax", "returns", "return", "securities", "yield", "yields", "erträge", "ertrag"):
		return "", false // "investment company", "investment gains", "investment tax credits": no spending
	case strings.EqualFold(w, "income") && d.isWordAny(k-1, "interest", "commission", "fee", "investment", "other", "rental"):
		return events.MetricOther, true
	case strings.EqualFold(w, "market") && d.isWordAny(k+1, "value", "capitalisation", "capitalization", "cap"):
		return events.MetricMarketCap, true
	case m == events.MetricFreeCashFlow && !strings.EqualFold(w, "fcf") && !d.isWordAny(k-1, "free", "freier", "freie", "freien", "freies", "freiem"):
		return "", false
	case strings.EqualFold(w, "capital") && d.isWordAny(k+1, "expenditure", "expenditures", "spending", "investment", "investments"):
		return events.MetricCapex, true
	case m == events.MetricCapex && d.isWordAny(k, "expenditure", "expenditures") && !d.isWord(k-1, "capital"):
		return "", false
	case strings.EqualFold(w, "values") && !d.valuesAt(k):
		return "", false // "lead values", "values of up to": the noun, not "values X at"
	case m == events.MetricCapex && d.isWordAny(k, "spend", "spending", "spent") && d.dealNear(k),
		m == events.MetricMarketCap && d.isWordAny(k, "valued", "valuing", "values", "bewertet", "valuation", "bewertung") && d.dealNear(k):
		return events.MetricDealValue, true
	case d.isWordAny(k, "bietet", "bieten") && d.particleAn(f):
		return "", false // "bietet den Chip für 220 Dollar an": a price asked, no bid
	case m == events.MetricMarketCap && d.isWordAny(k, "valued", "values", "bewertet") && d.otherSubject(k):
		return events.MetricOther, true // "The order was valued at over EUR15m"
	case m == events.MetricSharePrice && d.perShare(k):
		return "", false // "per share": the unit of another metric
	case m == events.MetricSharePrice && d.isWordAny(k-1, "per", "je", "pro") || d.isWord(k-1, "common") && d.isWord(k-2, "per"):
		return "", false
	}
	if e.flags&(cProfit|cLoss) != 0 || m == events.MetricNetIncome {
		// The words before and after a profit word say which profit.
		switch {
		case d.isWordAny(k+1, "je", "per", "pro", "a") && d.isWordAny(k+2, "aktie", "share"):
			return events.MetricEPS, true
		case d.isWordAny(k-1, "operating", "operative", "operativer", "operativen", "operatives", "oper") && d.isWordAny(k-2, "gross", "brutto"):
			return events.MetricOperatingIncome, true // "gross operating profits": before costs of risk
		case d.isWordAny(k-1, "banking") && d.isWordAny(k-2, "net"):
			return events.MetricRevenue, true // "net banking income": a bank's revenue
		case d.isWordAny(k+1, "after", "nach") && d.isWordAny(k+2, "financial", "finanzposten"):
			return events.MetricOther, true // "earnings after financial items": before tax
		case d.belastetBefore(k):
			return events.MetricOther, true // "belasten das Ergebnis mit 120 Millionen Euro": a charge
		case d.componentBefore(k):
			return events.MetricOther, true // "1986 includes loss of 250 mln dlrs from discontinued operations"
		case d.pretaxBefore(k):
			return events.MetricOther, true
		case d.isWordAny(k-1, "operating", "operative", "operativer", "operativen", "operatives", "oper", "operativ"):
			return events.MetricOperatingIncome, true
		case d.isWordAny(k-1, "pretax", "vorsteuer", "gross", "brutto", "bruttogewinn") || d.isWord(k-1, "tax") && d.isDash(k-2) && d.isWord(k-3, "pre"):
			return events.MetricOther, true
		case d.isWordAny(k-1, "capital", "book", "currency", "exchange", "translation", "extraordinary", "disposal", "kurs", "buch", "veräußerungs"):
			return events.MetricOther, true // "a capital loss of EUR5m"
		case d.isWordAny(k+1, "vor", "before") && d.taxAfter(k+2):
			return events.MetricOther, true // "profits before allocations and taxes"
		case d.isWordAny(k+1, "before") && d.isWordAny(k+2, "interest", "financing"),
			d.isWordAny(f.b, "before") && d.isWordAny(f.b+1, "interest", "financing"):
			return events.MetricOperatingIncome, true
		case d.isWordAny(k-1, "net", "netto", "nettogewinn"):
			return events.MetricNetIncome, true
		}
	}
	if m == events.MetricOperatingIncome && d.isWordAny(k, "operating", "operative", "operativen", "operatives", "oper") {
		if n := d.ent(k + 1); n.metric == events.MetricRevenue {
			return events.MetricRevenue, true // "operating revenue"
		}
	}
	if m == events.MetricDealValue {
		if !d.dealFigure(f, k) {
			return "", false
		}
	}
	return m, true
}

// valuesAt reports whether "values" at token k is the verb of "values
// the company at", with its "at" within a few words.
func (d *doc) valuesAt(k int) bool {
	for q := k + 1; q < k+6 && q < len(d.toks); q++ {
		if d.isWord(q, "at") {
			return true
		}
		if d.tok(q).kind != kWord {
			return false
		}
	}
	return false
}

// particleAn reports whether the clause of figure f ends in the
// separable "an" of "anbieten", "ankündigen": "bietet X für 220 Dollar
// an" offers a thing at a price.
func (d *doc) particleAn(f *fig) bool {
	_, b := d.clauseBounds(f)
	for b > f.b && d.tok(b-1).kind == kPunct {
		b--
	}
	return b > f.b && d.isWord(b-1, "an")
}

// belastetBefore reports whether a verb of burdening stands in the three
// words before the result word at k: the amount it is burdened with is a
// charge ("Die Zölle belasten das Ergebnis mit bis zu 120 Millionen Euro").
func (d *doc) belastetBefore(k int) bool {
	for q := k - 1; q >= k-3 && q >= 0; q-- {
		if d.isWordAny(q, "belasten", "belastet", "belastete", "belasteten", "weigh", "weighs", "weighed", "hit", "hits") {
			return true
		}
	}
	return false
}

// componentBefore reports whether the result word at k names a part of a
// result in a note: "1986 includes loss of", "Net excludes a gain of".
func (d *doc) componentBefore(k int) bool {
	for q := k - 1; q >= k-4 && q >= 0; q-- {
		if d.isWordAny(q, "includes", "included", "include", "excludes", "excluded", "exclude", "enthält", "enthielt") {
			return true
		}
		if d.tok(q).kind == kNum && !parseDigits(d.str(q), d.de).yearly {
			return false
		}
	}
	return false
}

// financialObject reports whether the investment word at k puts an
// investor's money into securities, not a company's into its assets:
// "10.000 Euro in die Anleihe investiert", "über Fonds in Schiffe
// investiert", "des investierten Kapitals".
func (d *doc) financialObject(k int, f *fig) bool {
	if d.isWordAny(k+1, "kapital", "kapitals", "capital") {
		return true // "das investierte Kapital": capital invested, no spending
	}
	a, b := d.near(f.num)
	for q := a; q < b; q++ {
		if d.isWordAny(q, "anleihe", "anleihen", "fonds", "bond", "bonds", "fund", "funds", "wertpapiere", "securities", "sparbuch") {
			return true
		}
	}
	return false
}

// modifierBefore reports whether the word at k qualifies another one:
// "excluding" or "including" stands in the three words before it.
func (d *doc) modifierBefore(k int) bool {
	for q := k - 1; q >= k-3 && q >= 0; q-- {
		if d.isWordAny(q, "excluding", "including", "excl", "incl", "ohne", "inklusive", "exklusive", "einschließlich", "ausschließlich", "before", "vor") {
			return !d.isWord(q, "before") && !d.isWord(q, "vor") || d.isWordAny(k, "costs", "charges", "items", "kosten", "sondereffekte")
		}
		if d.clauseBreak(q) {
			return false
		}
	}
	return false
}

// otherSubject reports whether a noun of another metric (an order, a
// contract) stands in the three words before k.
func (d *doc) otherSubject(k int) bool {
	for q := k - 1; q >= k-3 && q >= 0; q-- {
		if d.tok(q).kind == kWord && d.ent(q).metric == events.MetricOther {
			return true
		}
	}
	return false
}

// verbBetween reports whether a verb of change or of being stands in
// [a, b).
func (d *doc) verbBetween(a, b int) bool {
	for q := a; q < b; q++ {
		if d.cues(q)&(cUp|cDown) != 0 && d.cues(q)&cChangeNoun == 0 || d.isWordAny(q, levelVerbs...) {
			return true
		}
	}
	return false
}

// taxAfter reports whether a tax word stands in the three words from k
// ("before allocations and taxes").
func (d *doc) taxAfter(k int) bool {
	for q := k; q < k+3 && q < len(d.toks); q++ {
		if d.isWordAny(q, "steuern", "tax", "taxes", "taxation", "ertragsteuern") {
			return true
		}
		if d.tok(q).kind != kWord {
			return false
		}
	}
	return false
}

// dealAfter reports whether a deal noun follows money figure f within
// its noun phrase: "a 26.25 dlrs per share cash tender offer", "its EUR1
// .85 ( USD2 .75 ) apiece mandatory tender offer", "the $5 billion deal".
func (d *doc) dealAfter(f *fig) bool {
	for q := f.b; q < f.b+8 && q < len(d.toks); q++ {
		t := d.tok(q)
		if t.nl() {
			return false
		}
		if d.isWordAny(q, "offer", "bid", "tender", "acquisition", "takeover", "purchase", "merger", "buyout", "übernahmeangebot", "kaufangebot") ||
			d.isWord(q, "deal") && d.dealVerb(f) {
			return true // "to buy Hess in $53 billion all-stock deal"
		}
		if t.kind == kPunct && !d.isPunct(q, "(") && !d.isPunct(q, ")") && !d.isDash(q) ||
			d.isWordAny(q, "after", "before", "following", "since", "despite", "nach", "vor", "seit", "trotz") {
			return false // "rose to 90 dlrs after the offer": the offer is another thing
		}
		if t.kind == kWord && (d.cues(q)&(cLevel|cUp|cDown|cClause|cGuide|cExpect|cSpec) != 0 && !d.isWordAny(q, "per", "a", "je") || d.capitalised(q) && t.kind == kWord && d.ent(q).cur == "") {
			return false
		}
	}
	return false
}

// paidFor reports whether money figure f is paid for what a deal buys
// or sells: "verkauft Minderheitsanteil an Consumer Health für 3,4
// Milliarden Euro", "has acquired 5.0 per cent of the shares ... for EUR
// 58 million", "Käufer ist ein Konsortium, das dafür 2,9 Milliarden Euro
// zahlt", "the 1.36 billion it paid in cash for shares in LKB". The deal
// word decides over the shares or stake the clause names. A buyback is
// no deal.
func (d *doc) paidFor(f *fig) bool {
	a, b := d.clauseBounds(f)
	if d.isWordAny(f.b, "per", "a", "an", "je", "pro") && d.cues(f.b+1)&cCount != 0 && !d.isWordAny(f.b+1, "shares", "aktien") {
		return false // "selling for around 71 dlrs per tonne": a price of goods
	}
	if !d.paidCandidate(f, b) {
		return false
	}
	for q := a; q < b; q++ {
		if d.ent(q).metric == events.MetricDividend {
			return false // "the same six cts it now pays"
		}
	}
	if d.particleAn(f) {
		return false // "bietet den Chip für 220 Dollar an": a price asked
	}
	p := d.prepBefore(f.a)
	switch {
	case d.isWordAny(p, "pay", "pays", "paying", "zahlt", "zahlen", "offers", "offered", "bietet") &&
		d.isWordAny(f.b, "per", "a", "je", "pro") && d.isWordAny(f.b+1, "share", "aktie"):
		return !d.buybackIn(a, b) // "ING will pay 11.40 zlotys per share"
	case d.isWordAny(p, "dafür", "therefor"):
		a, _ = d.near(f.num)
	case d.isWordAny(p, "for", "für"):
	default:
		// "the 1.36 billion it paid in cash for shares": a payment after
		// the amount.
		paid := false
		for q := f.b; q < f.b+6 && q < b; q++ {
			if d.isWordAny(q, "paid", "pays", "pay", "paying", "zahlte", "zahlt", "bezahlte", "bezahlt") {
				paid = true
			}
			if paid && d.isWordAny(q, "for", "für") {
				return !d.buybackIn(a, b)
			}
		}
		return false
	}
	for q := a; q < f.a; q++ {
		if d.cues(q)&cDeal != 0 && d.tok(q).kind == kWord && !d.isWordAny(q, "offering", "owner", "eigentümer", "deal") {
			return !d.buybackIn(a, b)
		}
	}
	return false
}

// sharesBought reports whether the shares named at token k are bought
// or offered for at price f, not quoted: "accepted 2.3 mln shares at
// 90.25 dlrs each", "purchased 300,000 ordinary shares at 316p per share",
// "values each ordinary share at 305.5p", "the price it was offering for
// all Cyclops shares". Shares that move ("shares rose to 330p") are
// quoted.
func (d *doc) sharesBought(f *fig, k int) bool {
	if k < 0 || !d.isWordAny(k, "share", "shares", "stock", "aktie", "aktien") {
		return false
	}
	for q := k + 1; q < k+4 && q < f.a; q++ {
		if d.cues(q)&(cUp|cDown) != 0 || d.isWordAny(q, "closed", "traded", "ended", "stood", "were", "was", "schloss", "notierte", "notiert") {
			return false
		}
	}
	a, b := d.clauseBounds(f)
	if d.buybackIn(a, b) {
		return false
	}
	for q := a; q < b; q++ {
		if d.cues(q)&cDeal != 0 && d.tok(q).kind == kWord || d.isWordAny(q, "accepted", "subscribe", "tendered", "values") {
			return true
		}
	}
	return false
}

// paidCandidate reports cheaply whether figure f could be a price paid:
// a word of paying or "for" before it, or a payment after it within the
// clause that ends at b.
func (d *doc) paidCandidate(f *fig, b int) bool {
	if d.isWordAny(d.prepBefore(f.a), "for", "für", "dafür", "therefor", "pay", "pays", "paying", "zahlt", "zahlen", "offers", "offered", "bietet") {
		return true
	}
	for q := f.b; q < f.b+6 && q < b; q++ {
		if d.isWordAny(q, "paid", "pays", "pay", "paying", "zahlte", "zahlt", "bezahlte", "bezahlt") {
			return true
		}
	}
	return false
}

// buybackIn reports whether a word of buying back shares stands in [a, b).
func (d *doc) buybackIn(a, b int) bool {
	for q := a; q < b; q++ {
		if d.inClass(q, wBuyback) || d.isWord(q, "back") && d.isWordAny(q-1, "buy", "buys", "bought", "buying") {
			return true
		}
	}
	return false
}

// dealVerb reports whether the sentence of figure f buys, sells or
// merges: then "deal" is one of those.
func (d *doc) dealVerb(f *fig) bool {
	sa, sb := d.near(f.num)
	for q := sa; q < sb; q++ {
		if d.cues(q)&cDeal != 0 && !d.isWordAny(q, "deal", "offer", "offers", "offering", "offered", "owner", "eigentümer") {
			return true
		}
	}
	return false
}

// pretaxBefore reports whether a pre-tax word stands in the three words
// before k ("pretax operating profit", "Ergebnis vor Steuern" is read
// after the word).
func (d *doc) pretaxBefore(k int) bool {
	for q := k - 1; q >= k-3 && q >= 0; q-- {
		if d.isWordAny(q, "pretax", "vorsteuer", "gross", "brutto") || d.isWord(q, "tax") && d.isDash(q-1) && d.isWord(q-2, "pre") {
			return true
		}
	}
	return false
}

// compoundMetric finds a metric in a German compound by its last part
// ("Quartalsumsatz", "Konzernergebnis").
func (d *doc) compoundMetric(k int) events.Metric {
	if i := d.compound(k) & compMetric; i != 0 {
		return compounds[i-1].metric
	}
	return ""
}

// compoundMetricIndex returns the index+1 in compounds of the last part
// of the word w, or 0.
func compoundMetricIndex(w string) uint8 {
	// The word is lower-cased whole ("Vorsteuerergebnis" is no
	// "Ergebnis"), into a buffer so that nothing is allocated.
	var low [maxKey]byte
	n := lowerInto(w, &low)
	if n < 0 {
		return 0
	}
	b := low[:n]
	for _, cut := range [...]string{"", "ses", "es", "s"} {
		stem := b
		if cut != "" {
			if !hasSuffix(b, cut) {
				continue
			}
			stem = b[:len(b)-len(cut)]
		}
		for i, c := range compounds {
			if hasSuffix(stem, c.suffix) {
				return uint8(i + 1)
			}
		}
	}
	return 0
}

// hasSuffix reports whether b ends in s.
func hasSuffix(b []byte, s string) bool {
	if len(b) < len(s) {
		return false
	}
	b = b[len(b)-len(s):]
	for i := 0; i < len(s); i++ {
		if b[i] != s[i] {
			return false
		}
	}
	return true
}

var compounds = []struct {
	suffix string
	metric events.Metric
}{
	{"vorsteuerergebnis", events.MetricOther}, {"finanzergebnis", events.MetricOther},
	{"zinsüberschuss", events.MetricOther}, {"provisionsüberschuss", events.MetricOther}, {"marge", events.MetricOther},
	{"margen", events.MetricOther}, {"rendite", events.MetricOther}, {"index", events.MetricOther},
	{"verschuldung", events.MetricOther}, {"angebot", events.MetricDealValue},
	{"umsatz", events.MetricRevenue}, {"umsätze", events.MetricRevenue}, {"umsatzes", events.MetricRevenue},
	{"erlöse", events.MetricRevenue}, {"erlösen", events.MetricRevenue}, {"einnahmen", events.MetricRevenue},
	{"nettogewinn", events.MetricNetIncome}, {"überschuss", events.MetricNetIncome},
	{"gewinn", events.MetricNetIncome}, {"verlust", events.MetricNetIncome}, {"ergebnis", events.MetricNetIncome},
	{"dividende", events.MetricDividend}, {"aktie", events.MetricSharePrice}, {"aktien", events.MetricSharePrice},
	{"kurs", events.MetricSharePrice}, {"investitionen", events.MetricCapex}, {"investition", events.MetricCapex},
	{"anteil", events.MetricOther}, {"quote", events.MetricOther}, {"absatz", events.MetricOther},
	{"kaufpreis", events.MetricDealValue}, {"börsenwert", events.MetricMarketCap},
}

// dealNear reports whether a deal word is within a few tokens of k.
func (d *doc) dealNear(k int) bool {
	sa, sb := d.near(k)
	lo, hi := max(k-6, sa), min(k+8, sb-1)
	switch {
	case d.isWordAny(k, "valuing", "valued"):
		// "agreed to acquire Hess for $171 per share in stock, valuing the
		// company at about $53 billion": the deal of the sentence.
		lo, hi = sa, sb-1
	case d.isWordAny(k, "values", "bewertet", "bewerten"):
		// "the transaction values Osprey at", "bewertet die Offerte
		// Storebrand mit": the deal values; "wird das Geschäft mit 17
		// Milliarden Euro bewertet" is the business's worth.
		lo, hi = max(k-3, sa), min(k+3, sb-1)
	}
	for q := lo; q <= hi; q++ {
		if q >= 0 && q < len(d.toks) && d.cues(q)&cDeal != 0 {
			return true
		}
	}
	return false
}

// dealFigure reports whether money figure f is the price of the deal that
// the word at k names: "for $60 million", "worth 2 mln", "offering $8.1
// billion", "Kaufpreis von", "einbringen".
func (d *doc) dealFigure(f *fig, k int) bool {
	if f.kind != events.KindMoney {
		return false
	}
	switch {
	case d.isWordAny(k, "worth", "kaufpreis", "übernahmepreis", "verkaufspreis", "transaktionswert", "einbringen"):
		return true
	case k == f.a-1 || k == f.a-2 && d.cues(f.a-1)&cFunc != 0:
		return true
	}
	p := f.a - 1
	if d.isWord(p, "of") {
		// "an offer from Norfolk Southern Corp <NSC> of 65 dlrs".
		for q := p - 1; q >= 0 && q >= p-8 && !d.clauseBreak(q); q-- {
			if d.isWordAny(q, "offer", "bid") {
				return true
			}
		}
	}
	if d.isWord(p, "of") && d.isWordAny(p-1, "total", "sum", "consideration", "amount") {
		p -= 2 // "for a total of EUR98m"
		if d.isWordAny(p, "a", "an", "the") {
			p--
		}
	}
	return d.isWordAny(p, "for", "für", "um") || d.isWordAny(p, "of") && d.isWordAny(p-1, "price", "value")
}

// costsBuilding reports whether the sentence prices something being
// built ("Das neue Gebäude kostet fast fünf Milliarden Dollar"), which is
// capital expenditure. The building may be named in the sentence before.
func (d *doc) costsBuilding(f *fig, sa, sb int) bool {
	cost, build := false, false
	for k := sa; k < sb; k++ {
		fl := d.cues(k)
		cost = cost || fl&cCost != 0
		build = build || fl&cBuild != 0
	}
	if !cost || build {
		return cost && build
	}
	pa := sa
	for n := 0; n < 2 && pa > 0; n++ {
		pa, _ = d.near(pa - 1)
	}
	for k := pa; k < sa; k++ {
		if d.cues(k)&cBuild != 0 {
			return true
		}
	}
	return false
}

// pricePattern recognises a share price quote: a change and a price level
// in one clause ("fell 5.5 percent to 20.51 euros", "up $2.56 at $4.33").
func (d *doc) pricePattern(f *fig, sa, sb int) bool {
	a, b := d.clauseBounds(f)
	var pct, level bool
	for k := d.figFrom(a); k < len(d.figs) && d.figs[k].num < b; k++ {
		d.reads++
		g := &d.figs[k]
		if g.drop {
			continue
		}
		if g.kind == events.KindPercent && g.change || g.kind == events.KindMoney && g.change && !g.scaled {
			pct = true
		}
		if g.kind == events.KindMoney && !g.scaled && !g.change && g.val < 10000 && d.isWordAny(g.a-1, "to", "at", "auf", "bei") {
			level = true
		}
	}
	return pct && level
}

// isLoss reports whether money figure f is a loss: its metric word is a
// loss word, a loss word stands right before it ("ein Minus von 114
// Millionen", "loss of"), or "negativ" right after.
func (d *doc) isLoss(f *fig) bool {
	sa, _ := d.near(f.num)
	for k := f.a - 1; k >= sa && k >= f.a-4; k-- {
		if d.tok(k).kind == kNum && !parseDigits(d.str(k), d.de).yearly {
			break // "minus 2,34 Prozent auf 37,33 Euro": the sign is the other figure's
		}
		if d.cues(k)&cLoss != 0 && d.tok(k).kind == kWord {
			return true
		}
		if d.cues(k)&cProfit != 0 {
			return false
		}
	}
	b := f.b
	if d.tok(b).kind == kNum && parseDigits(d.str(b), d.de).yearly {
		b++ // "20.3 MLN DLR 1986 LOSS"
	}
	if e := d.ent(b); e.flags&cLoss != 0 && e.metric != "" && d.tok(b).kind == kWord && !d.tok(b).nl() {
		return true // "290 Mio. Euro Verlust", "a 5 mln dlr loss"
	} else if e.flags&cProfit != 0 && d.tok(b).kind == kWord && !d.tok(b).nl() {
		return false // "compared with a 1.9 mln profit"
	}
	for k := f.b; k < f.b+3 && k < len(d.toks); k++ {
		if d.isWordAny(k, "negativ", "negative") {
			return true
		}
	}
	// The closest profit or loss word before the figure in its sentence,
	// with no other metric word between ("net loss was EUR 879.7 million
	// compared to EUR 673.4 million").
	for k := f.a - 1; k >= sa; k-- {
		e := d.ent(k)
		if d.tok(k).kind != kWord {
			continue
		}
		if e.flags&cLoss != 0 && e.metric != "" {
			return true
		}
		if e.flags&cProfit != 0 || e.metric != "" && e.metric != events.MetricNetIncome && e.metric != events.MetricOperatingIncome {
			return false
		}
	}
	return false
}

// isBase reports whether figure f is the comparison base of a change:
// "from 4.2 billion", "von 518,4 Mio. Euro auf", "vs 1.15 dlrs",
// "compared with 953 mln".
func (d *doc) isBase(f *fig) bool {
	p := d.prepBefore(f.a)
	if f.num > f.a && !d.inHedgeOrSign(f) {
		p = f.num - 1 // a later amount of a range or list
	}
	if p == f.a-1 && d.isWordAny(p, "zuvor", "bisher", "bislang", "previously") {
		p-- // "nach zuvor 320 Milliarden Yen"
	}
	switch {
	case d.isWordAny(p, "from", "vs", "versus", "against", "gegenüber"):
		return true
	case d.isWordAny(p, "loss", "profit", "gain", "losses", "profits", "gains", "verlust", "gewinn") && d.isWordAny(p-1, "vs", "versus", "against", "gegenüber"):
		return true // "Net loss 1,661,000 vs gain 1,301,000"
	case d.isWord(p, "nach") && d.prevFigEndsAt(f, p):
		return true // "610 Mio. Euro nach 480 Mio. Euro"
	case d.isWordAny(p, "von", "vom") && (d.baseVon(f) || d.prevFigEndsAt(f, p)):
		return true // "von 4,5 auf 3,5 Prozent", "auf 53,4 Prozent von zuvor 51,9 Prozent"
	case d.isWordAny(p, "with", "to") && d.isWordAny(p-1, "compared", "comparison"):
		return true
	case d.isWord(p, "a") && d.isWordAny(p-1, "from") || d.isWordAny(p, "projected") && d.isWordAny(p-1, "a") && d.isWord(p-2, "from"):
		return true
	case d.isWordAny(p, "of"):
		// "compared to a loss of EUR 3.4 mn", "up from the loss of",
		// "from a pre-tax loss of EUR7m".
		for q := p - 2; q >= p-6 && q >= 0; q-- {
			if d.isWordAny(q, "from", "vs", "versus", "against") || d.isWordAny(q, "with", "to") && d.isWordAny(q-1, "compared") {
				return true
			}
		}
	}
	return false
}

// prevFigEndsAt reports whether a figure before f ends right before
// token p.
func (d *doc) prevFigEndsAt(f *fig, p int) bool {
	for k := d.figFrom(p - 1 - d.maxFwd); k < len(d.figs) && d.figs[k].num < p; k++ {
		d.reads++
		if g := &d.figs[k]; g != f && (g.b == p || g.b == p-1 && d.isPunct(p-1, ",")) {
			return true // "2,3 Milliarden Euro, nach 2,1 Milliarden"
		}
	}
	return false
}

// baseVon reports whether "von X" starts a "von X auf Y" change.
func (d *doc) baseVon(f *fig) bool {
	for k := f.own; k < f.own+4 && k < len(d.toks); k++ {
		if d.isWord(k, "auf") {
			return true
		}
	}
	return false
}

// basisOf decides whether figure f is reported, a third party's estimate
// or the company's own plan.
func (d *doc) basisOf(f *fig) events.Basis {
	if f.metric == events.MetricDividend {
		// A proposed dividend counts as reported; one the company plans
		// or forecasts for the year is its guidance.
		if d.dividendPlan(f) {
			sa, sb := d.near(f.num)
			for q := sa; q < sb; q++ {
				if d.cues(q)&cThird != 0 {
					return events.BasisEstimate // "analysts forecast a final dividend of 29 cents"
				}
			}
			return events.BasisGuidance
		}
		return events.BasisActual
	}
	if d.priceTarget(f) {
		return events.BasisEstimate // "hob sein Kursziel auf 16.500 Yen an": an analyst's
	}
	b := d.clauseBasis(f)
	if b == events.BasisGuidance && (f.metric == events.MetricDealValue || d.premium(f)) {
		// The terms of a deal are reported when it is agreed: "ING will
		// pay 11.40 zlotys per share, a 14% premium".
		return events.BasisActual
	}
	return b
}

// clauseBasis decides the basis of figure f from the words of its
// clause and sentence.
func (d *doc) clauseBasis(f *fig) events.Basis {
	sa, sb := d.near(f.num)
	a, b := d.clauseBounds(f)
	// A conditional clause ("wenn die Summe 400 Mio. Euro erreicht, soll
	// es ...") takes its basis from the sentence.
	if d.isWordAny(a-1, "wenn", "falls", "sofern", "if", "once", "unless") || d.isWordAny(a, "wenn", "falls", "sofern", "if", "once", "unless") {
		a, b = sa, sb
	}
	// A clause without a verb of its own ("..., das operative Ergebnis bei
	// 10,3 bis 10,6 Milliarden Euro", "-- an increase of 27 pct") goes on
	// with the clause before it.
	for a > sa && d.verbless(a, b, f) && !d.isPunct(a-1, ";") {
		a--
		for a > sa && !d.clauseBreak(a-1) {
			a--
		}
	}
	if a > sa && d.infinitiveClause(a, b) {
		// "bekräftigte das Ziel, 2025 eine Rendite von mehr als 11 Prozent
		// zu erreichen": the infinitive belongs to the noun before it.
		a--
		for a > sa && !d.clauseBreak(a-1) {
			a--
		}
	}
	if d.pastValue(f) {
		return events.BasisActual
	}
	if d.forecastOf(f) {
		return events.BasisEstimate
	}
	specEnd := b
	if !d.de {
		specEnd = f.b // English modals come before what they govern
	}
	for q := a; q < specEnd; q++ {
		if q >= f.a && q < f.b {
			continue
		}
		if d.cues(q)&cSpec != 0 {
			if d.guideRightBefore(f) || d.companySpeaker(sa, sb) {
				// "Zollkosten, die sich auf rund 1,5 Milliarden Euro
				// summieren dürften, nannte Finanzvorstand Mertl": the
				// company's own forecast.
				return events.BasisGuidance
			}
			if !d.de && q < f.a && d.guideBetween(q+1, f.a) {
				// "said spending would rise ... and that Microsoft expects
				// revenue of $79.0 billion": the closer plan decides.
				break
			}
			return events.BasisEstimate
		}
	}
	// A third party's forecast named before the figure, in its clause or
	// a clause before it that no clause word separates ("Ökonomen hatten
	// ein Plus erwartet, nachdem es ein Minus von 2,2 Prozent gegeben
	// hatte" dates the minus as reported); one that was beaten or missed
	// is the yardstick of a reported figure ("beats estimates").
	ea := sa
	for q := f.a - 1; q > sa; q-- {
		if d.cues(q)&cClause != 0 {
			ea = q
			break
		}
	}
	for q := ea; q < f.a; q++ {
		if d.cues(q)&cEstimate != 0 && !d.beaten(q) && !d.ownEstimate(q) {
			return events.BasisEstimate
		}
	}
	if d.isWordAny(f.b, "consensus", "konsens", "estimate", "forecast") || d.isWordAny(f.b+1, "consensus", "konsens") {
		return events.BasisEstimate // "299 mln eur consensus figure"
	}
	prior := false
	if f.base && !d.isWordAny(f.a-1, "projected", "erwarteten", "expected", "prognostizierten") {
		if !d.priorPlan(f) {
			return events.BasisActual
		}
		prior = true // the plan before: whose plan, the sentence says
	}
	guide, expect := prior, false
	// A plan governs its clause and the clauses coordinated with it
	// ("Ford will invest 1.2 billion dollars ..., and a total of seven
	// billion over the next seven years").
	ga := a
	for ga > sa && d.isPunct(ga-1, ",") && d.isWordAny(ga, "and", "und", "sowie", "plus") && !d.pastVerb(ga, f.a) {
		ga--
		for ga > sa && !d.clauseBreak(ga-1) {
			ga--
		}
	}
	for q := ga; q < b; q++ {
		if q >= f.a && q < f.b {
			continue
		}
		if q >= f.b && d.isWordAny(q, "and", "und", "sowie") && d.tok(q+1).kind != kNum && d.ent(q+1).num == 0 {
			// "machte einen Umsatz von 823 Mio. Euro und will ...": a plan
			// coordinated after the figure is another statement.
			break
		}
		fl := d.cues(q)
		if fl&cGuide != 0 {
			guide = true
		}
		if fl&cExpect != 0 {
			expect = true
		}
	}
	// A statement coordinated after the figure is another one: "ist 2014
	// um 6,8 Prozent abgestürzt und wird heuer ... abschmieren".
	own := b
	for q := f.b; q < b; q++ {
		if d.inClass(q, wAnd) && d.tok(q+1).kind != kNum && d.ent(q+1).num == 0 {
			own = q
			break
		}
	}
	if !guide && d.de && (f.scaled || f.kind == events.KindPercent) && d.futureClause(a, own) {
		// A price that "wird 499 Dollar kosten" is the offer's, not a plan.
		guide = true // "werde 2025 bei 1,5 Milliarden Euro liegen"
	}
	if !guide && d.de && d.announcedPlan(f, a, own) {
		guide = true // "kündigte Investitionen von rund 2,1 Milliarden Euro an"
	}
	if !guide && f.metric == events.MetricCapex && f.kind == events.KindMoney && d.presentInvestment(a, own) {
		// "Infineon erhöht Investitionen auf 5,5 Milliarden Euro", "investiert
		// rund 58 Mio. Euro in den Windpark": a present-tense investment is
		// a plan.
		guide = true
	}
	if !guide {
		return events.BasisActual
	}
	if expect || guide {
		end := b
		if prior {
			end = f.a // whose plan was replaced: the speaker before it
		}
		for q := sa; q < end; q++ {
			if d.cues(q)&cThird != 0 || d.isWordAny(q, "berichtet", "berichten", "berichtete", "zufolge", "reportedly", "insidern") && !d.isWord(q-1, "wie") {
				return events.BasisEstimate
			}
			if d.cues(q)&(cGuide|cExpect) != 0 && q < f.a && d.otherCompanys(q) {
				return events.BasisEstimate // "EQ Bank forecasts Olvi 's net sales at EUR 67mn"
			}
		}
		if d.allegedPast(a, b) {
			return events.BasisActual // "sollen 15 Mio. Euro transferiert haben": what they are said to have done
		}
	}
	return events.BasisGuidance
}

// priorPlan reports whether the comparison base f is the plan that a
// new plan replaces: "raised its forecast ... to 3.8 trillion yen from 3.2
// trillion yen", "up from a previous target of 4.8 billion", "nach zuvor
// 320 Milliarden Yen", "up from 48.5 trillion yen previously". A base the
// text dates in the past ("from 4 bn last year") is a result.
func (d *doc) priorPlan(f *fig) bool {
	if d.pastTime(f.b) {
		return false
	}
	// A plan noun right before the base: "from the current guidance of
	// 23-25 pct", "from a previous target of".
	for q := f.a - 1; q >= f.a-5 && q >= 0; q-- {
		if d.inClass(q, wPlanNear) {
			return true
		}
		if d.clauseBreak(q) || d.tok(q).kind == kNum {
			break
		}
	}
	// Otherwise the sentence revises a plan: a plan set against what it
	// was before ("up from 48.5 trillion yen previously"), a forecast
	// raised or cut, or a plan the company "now" has.
	sa, sb := d.near(f.num)
	this := d.isWordAny(f.b, "this", "diesem", "im") && d.isWordAny(f.b+1, "year", "jahr", "laufenden")
	earlier := this || d.isWordAny(f.a-1, "zuvor", "bisher", "bislang", "previously") || d.isWordAny(f.a-2, "zuvor", "bisher", "bislang") ||
		d.isWordAny(f.b, "previously", "zuvor", "bisher") || d.isWordAny(f.b, "earlier", "before") && d.tok(f.b+1).kind != kWord
	var revise, now, plan, forecast bool
	for q := sa; q < sb; q++ {
		if d.tok(q).kind != kWord {
			continue // numbers and punctuation name no plan
		}
		switch {
		case d.inClass(q, wRevise):
			revise = true
		case d.inClass(q, wNow) && q < f.a:
			// "now sees", "rechnet nun mit": a plan that replaces one.
			now = now || d.cues(q+1)&(cGuide|cExpect) != 0 || d.cues(q-1)&(cGuide|cExpect) != 0
		case d.inClass(q, wPlan):
			forecast = true
		}
		if d.cues(q)&(cGuide|cExpect) != 0 && !d.beaten(q) {
			plan = true
		}
		if plan && (earlier || now) || revise && forecast {
			return true // the rest of the sentence cannot change it
		}
	}
	return false
}

// pastTime reports whether the words from token k date what stands
// before them in the past: "a year earlier", "last year", "im Vorjahr",
// "in 2024".
func (d *doc) pastTime(k int) bool {
	for q := k; q < k+5 && q < len(d.toks); q++ {
		switch {
		case d.inClass(q, wPast) &&
			!(d.isWord(q, "zuvor") && q == k):
			return true
		case d.isWord(q, "earlier") && d.isWordAny(q-1, "year", "quarter"):
			return true
		case d.tok(q).kind == kNum:
			return parseDigits(d.str(q), d.de).yearly
		case d.ent(q).month != 0 && d.isWordAny(q-1, "in", "im"):
			return true // "from 57 pct in February"
		case d.clauseBreak(q):
			return false
		}
	}
	return false
}

// dividendPlan reports whether dividend f is planned or forecast rather
// than proposed: "Für das Gesamtjahr plant Nintendo eine Dividende von 215
// Yen", "expects to pay a dividend of".
func (d *doc) dividendPlan(f *fig) bool {
	sa, sb := d.near(f.num)
	plan := false
	for q := sa; q < sb; q++ {
		switch {
		case d.isWordAny(q, "vorgeschlagen", "vorschlagen", "schlägt", "proposed", "proposes", "propose", "recommended", "recommends",
			"declared", "declares", "beschlossen", "zahlt", "pays", "paid"):
			return false
		case d.isWordAny(q, "plant", "plans", "planned", "prognostiziert", "forecast", "forecasts", "expects", "erwartet", "sees",
			"anticipates", "peilt", "targets"):
			plan = true
		}
	}
	return plan
}

// priceTarget reports whether figure f is a price target, which analysts
// set: "hob sein Kursziel auf 16.500 Yen an", "a price target of $50".
func (d *doc) priceTarget(f *fig) bool {
	if f.kind != events.KindMoney {
		return false
	}
	a, _ := d.clauseBounds(f)
	for q := max(a, f.a-8); q < f.a; q++ {
		if d.isWordAny(q, "kursziel", "kursziele", "preisziel") || d.isWord(q, "target") && d.isWordAny(q-1, "price") ||
			d.isWord(q, "price") && d.isWordAny(q-1, "target") {
			return true
		}
	}
	return false
}

// premium reports whether percent f is the premium of an offer over a
// market price ("a 14% premium to the last close", "einem Aufschlag von
// 31 Prozent").
func (d *doc) premium(f *fig) bool {
	return d.isWordAny(f.b, "premium", "aufschlag") || d.isWordAny(f.a-1, "von", "of") && d.isWordAny(f.a-2, "premium", "aufschlag")
}

// companySpeaker reports whether an officer of the company or the company
// itself speaks in [a, b): then its modal verbs state its own forecast.
func (d *doc) companySpeaker(a, b int) bool {
	for q := a; q < b; q++ {
		if d.cues(q)&cThird != 0 {
			return false
		}
	}
	for q := a; q < b; q++ {
		if d.isWordAny(q, "finanzvorstand", "finanzvorständin", "finanzchef", "finanzchefin", "vorstandschef", "vorstandschefin",
			"konzernchef", "konzernchefin", "cfo", "ceo") || d.isWord(q, "chief") && d.isWordAny(q+1, "executive", "financial") {
			return true
		}
	}
	return false
}

// ownEstimate reports whether the estimate word at k is a company
// estimating its own figures: "Rapala estimates its net sales for 2008
// will increase".
func (d *doc) ownEstimate(k int) bool {
	return d.isWordAny(k, "estimates", "estimated", "schätzt", "schätzte") && d.isWordAny(k+1, "its", "their", "it", "they", "seinen", "seine", "ihren", "ihre")
}

// otherCompanys reports whether the plan word at k forecasts another
// company's figures: "EQ Bank forecasts Olvi 's net sales".
func (d *doc) otherCompanys(k int) bool {
	n := k + 1
	if d.tok(n).kind != kWord || !d.capitalised(n) || d.cues(n) != 0 {
		return false
	}
	return d.isPunct(n+1, "'") && d.isWord(n+2, "s") || d.isPunct(n+1, "’") && d.isWord(n+2, "s")
}

// pastVerb reports whether an English verb in the past tense stands in
// [a, b): "..., and placed an order for 32 aircraft" states a fact,
// whatever plan the clause before it states.
func (d *doc) pastVerb(a, b int) bool {
	if d.de {
		return false
	}
	for q := a; q < b; q++ {
		w := d.str(q)
		if d.tok(q).kind == kWord && len(w) > 4 && strings.HasSuffix(w, "ed") && !d.capitalised(q) && d.cues(q)&(cGuide|cExpect|cSpec) == 0 {
			return true
		}
	}
	return false
}

// infinitiveClause reports whether the clause [a, b) is a German
// infinitive with "zu" at its end ("..., 2025 eine Rendite von 11 Prozent
// zu erreichen").
func (d *doc) infinitiveClause(a, b int) bool {
	for b > a && d.tok(b-1).kind == kPunct {
		b--
	}
	return b-2 >= a && d.de && d.isWord(b-2, "zu") && d.tok(b-1).kind == kWord && !d.capitalised(b-1)
}

// allegedPast reports whether the German clause [a, b) reports what
// someone is said to have done: "sollen ... transferiert haben".
func (d *doc) allegedPast(a, b int) bool {
	if !d.de {
		return false
	}
	for b > a && d.tok(b-1).kind == kPunct {
		b--
	}
	if b-2 <= a || !d.isWordAny(b-1, "haben", "sein", "worden") || !d.participle(b-2) {
		return false // "soll ... erhältlich sein" is a plan; "soll ... transferiert haben" a deed
	}
	for q := a; q < b; q++ {
		if d.isWordAny(q, "soll", "sollen", "solle") {
			return true
		}
	}
	return false
}

// participle reports whether the word at k looks like a German past
// participle: "transferiert", "gelegen", "vorgenommen", "summiert".
func (d *doc) participle(k int) bool {
	if d.tok(k).kind != kWord || d.capitalised(k) {
		return false
	}
	w := d.str(k)
	if strings.HasPrefix(w, "ge") && len(w) > 5 {
		return true
	}
	for _, p := range separablePrefixes {
		if strings.HasPrefix(w, p) && strings.HasPrefix(w[len(p):], "ge") {
			return true
		}
	}
	return len(w) > 6 && (strings.HasSuffix(w, "iert") || strings.HasSuffix(w, "ert") && !strings.HasSuffix(w, "dert"))
}

// announcedPlan reports whether the clause [a, b) announces a programme
// or an investment ("kündigte ein Aktienrückkaufprogramm über bis zu 1
// Milliarde Euro an"); a lawsuit announced is no plan of the company's.
func (d *doc) announcedPlan(f *fig, a, b int) bool {
	ann := false
	for q := a; q < b; q++ {
		if d.isWordAny(q, "kündigte", "kündigt", "kündigten", "angekündigt", "ankündigte", "ankündigt") {
			ann = true
		}
	}
	if !ann {
		return false
	}
	if f.metric == events.MetricCapex || d.buybackIn(a, b) {
		return true
	}
	for q := a; q < b; q++ {
		if w := d.str(q); d.tok(q).kind == kWord && (strings.HasSuffix(w, "programm") || strings.HasSuffix(w, "programms")) {
			return true
		}
	}
	return false
}

// verbVerbs are the verbs of being and reaching that the lexicon marks
// only as level words.
var levelVerbs = []string{"was", "were", "is", "are", "be", "been", "beträgt", "betrug", "betragen", "lag", "lagen", "liegt", "liegen",
	"totalled", "totaled", "totals", "reached", "amounted", "amounts", "stood", "stands", "erreichte", "erreicht", "hat", "hatte",
	"haben", "hatten", "has", "had", "have", "sind", "war", "waren", "ist", "sei", "seien", "wird", "werden", "werde", "blieb"}

// verbless reports whether the clause [a, b) of figure f has no verb the
// lexicon knows and starts like a noun phrase, so that it leaves its verb
// to the clause before it.
func (d *doc) verbless(a, b int, f *fig) bool {
	for a < f.a && d.tok(a).kind == kPunct {
		a++ // the second dash of "--"
	}
	if !d.isWordAny(a, "der", "die", "das", "the", "an", "a", "ein", "eine") {
		return false
	}
	for q := a; q < b; q++ {
		if q >= f.a && q < f.b {
			continue
		}
		if d.tok(q).kind != kWord {
			continue
		}
		if d.cues(q)&(cUp|cDown|cGuide|cExpect|cSpec|cCost|cClause) != 0 && d.cues(q)&cChangeNoun == 0 || d.isWordAny(q, levelVerbs...) {
			return false
		}
		if w := d.str(q); d.de && !d.capitalised(q) && len(w) > 3 && strings.HasSuffix(w, "t") && d.cues(q)&cFunc == 0 {
			return false // "sichert": a German verb the lexicon does not know
		}
	}
	return true
}

// guideBetween reports whether a word of plan stands in [a, b).
func (d *doc) guideBetween(a, b int) bool {
	for q := a; q < b; q++ {
		if d.cues(q)&(cGuide|cExpect) != 0 {
			return true
		}
	}
	return false
}

// beaten reports whether the estimate word at k is what a result beat or
// missed: "beats estimates", "topped forecasts", "über den Erwartungen".
func (d *doc) beaten(k int) bool {
	for q := k - 1; q >= k-3 && q >= 0; q-- {
		if d.isWordAny(q, "beat", "beats", "beating", "topped", "tops", "top", "missed", "misses", "miss", "exceeded", "exceeds", "above", "below", "ahead", "über", "unter", "übertraf", "übertrifft", "übertroffen", "verfehlt", "verfehlte", "than", "als") {
			return true
		}
	}
	return false
}

// futureClause reports whether the German clause [a, b) is in the future
// tense: a form of "werden" and an infinitive that ends it ("wird die
// Immigon eine Bilanzsumme von sieben Milliarden Euro haben", "werde 2025
// bei 1,5 Milliarden Euro liegen"); a participle after "werden" is the
// passive.
func (d *doc) futureClause(a, b int) bool {
	aux := false
	for q := a; q < b; q++ {
		if d.isWordAny(q, "wird", "werden", "werde") {
			aux = true
		}
	}
	if !aux {
		return false
	}
	last := b - 1
	for last > a && d.tok(last).kind != kWord {
		last--
	}
	w := d.str(last)
	for _, p := range separablePrefixes {
		if strings.HasPrefix(w, p) && strings.HasPrefix(w[len(p):], "ge") {
			return false // "vorgeschlagen": a participle with its prefix
		}
	}
	if d.isWordAny(last, "beschlossen", "verliehen", "überwiesen", "bezogen", "entzogen", "verboten", "betrieben",
		"unterschrieben", "entschieden", "verschoben", "vollzogen", "erhoben", "vermieden", "begonnen") {
		return false // a participle of a strong verb, in "-en" like an infinitive: the passive
	}
	if d.agentBefore(a, last) {
		return false // "werden ihr von der Mutter übertragen": an agent makes it the passive
	}
	return d.tok(last).kind == kWord && !d.capitalised(last) && !strings.HasPrefix(w, "ge") &&
		(strings.HasSuffix(w, "en") || strings.HasSuffix(w, "ern") || strings.HasSuffix(w, "eln") || w == "sein" || w == "tun") &&
		!d.isWordAny(last, "werden", "worden")
}

// agentBefore reports whether a passive's agent ("von der Muttergesellschaft",
// "durch den Staat") stands in [a, b): "von" or "durch" with an article
// and a capitalised noun. "von" with a number is an amount's range or
// base ("von 5 auf 6 Prozent"), not an agent.
func (d *doc) agentBefore(a, b int) bool {
	for q := a; q+2 < b; q++ {
		if d.isWordAny(q, "von", "durch") && d.isWordAny(q+1, "der", "dem", "den") && d.capitalised(q+2) {
			return true
		}
	}
	return false
}

// shareOf reports whether percentage f is a share of what follows it:
// "5 Prozent der Aktien", "90 % of the population".
func (d *doc) shareOf(f *fig) bool {
	return f.kind == events.KindPercent && d.isWordAny(f.b, "der", "des", "of", "aller")
}

// separablePrefixes are the German verb prefixes a participle's "ge"
// follows ("vorgeschlagen", "ausgegeben").
var separablePrefixes = []string{"ab", "an", "auf", "aus", "bei", "ein", "fest", "frei", "her", "hin", "los", "mit", "nach",
	"vor", "weg", "zu", "zurück", "zusammen", "um", "durch", "dar", "heraus", "hinaus", "voran", "vorbei", "weiter", "wieder"}

// presentInvestment reports whether the clause [a, b) invests or raises
// an investment in the present tense, with no word of the past.
func (d *doc) presentInvestment(a, b int) bool {
	present := false
	for q := a; q < b; q++ {
		switch {
		case d.isWordAny(q, "investiert", "investieren", "steckt", "stecken", "erhöht", "erhöhen", "steigt", "steigen",
			"invests", "invest", "raises", "increases", "rises", "lifts", "boosts", "spends", "is", "are"):
			present = true
		case d.isWordAny(q, "hat", "hatte", "haben", "hatten", "habe", "hätten", "wurde", "wurden", "war", "waren", "damals", "zuletzt",
			"bereits", "already", "had", "was", "were", "has", "have", "invested", "spent", "investierte", "investierten", "kostete"):
			return false
		}
	}
	return present
}

// inHedgeOrSign reports whether the tokens before f's number within its
// text are only its own hedge, sign or currency, not an earlier amount of
// a range.
func (d *doc) inHedgeOrSign(f *fig) bool {
	for k := f.a; k < f.num; k++ {
		if d.tok(k).kind == kNum || d.ent(k).num != 0 && !d.ent(k).art && d.tok(k).kind == kWord && d.cues(k) == 0 {
			return false
		}
	}
	return true
}

// pastValue reports whether the text dates figure f a year back ("82 Mio.
// Euro ein Jahr zuvor", "a year ago"), which makes it reported.
func (d *doc) pastValue(f *fig) bool {
	for k := f.b; k < f.b+4 && k < len(d.toks); k++ {
		if d.inClass(k, wAgo) && d.isWordAny(k-1, "year", "jahr", "quarter", "quartal", "month", "monat", "months", "monate") ||
			d.inClass(k, wPriorYear) && !d.isPunct(k-1, "(") {
			// "(Vorjahr: 3,7 Mrd. Euro)" is a note on the amount after it.
			return true
		}
		if d.inClass(k, wPrevious) && d.isWordAny(k+1, "year", "quarter", "period") {
			return true
		}
	}
	return false
}

// forecastOf reports whether figure f is the market's forecast that
// something was compared with: "ahead of forecast of 0.33 eur", "über
// der Prognose von".
func (d *doc) forecastOf(f *fig) bool {
	p := f.a - 1
	if !d.isWordAny(p, "of", "von") {
		return false
	}
	if !d.isWordAny(p-1, "forecast", "forecasts", "estimate", "estimates", "expectations", "prognose", "schätzung", "erwartung", "expected", "projection", "projections", "prediction", "predictions", "consensus", "konsens", "marktkonsens") {
		return false
	}
	for q := p - 2; q >= p-6 && q >= 0; q-- {
		if d.isWordAny(q, "ahead", "above", "below", "beat", "beating", "beats", "missed", "exceeded", "topped", "than", "über", "unter", "verfehlt", "übertraf", "against", "versus", "vs") {
			return true
		}
	}
	return false
}

// guideRightBefore reports whether a word of plan stands right before f
// ("statt der erhofften 14,5 Milliarden").
func (d *doc) guideRightBefore(f *fig) bool {
	a := f.a
	if !d.inHedgeOrSign(f) {
		a = f.num
	}
	for k := a - 1; k >= a-2 && k >= 0; k-- {
		if d.cues(k)&cGuide != 0 {
			return true
		}
	}
	return false
}
