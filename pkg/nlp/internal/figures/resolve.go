package figures

import "github.com/tickerwire/tickerwire/pkg/events"

// segment finds the sentences of the text: d.sents holds the first token
// of each, in order. A sentence ends at '.', '!' or '?' unless the dot
// belongs to an abbreviation or a German ordinal ("3. Quartal", "21.
// April"), and at a line break, which keeps the rows of wire tables
// apart, unless the break only wraps a long line of prose (wrapped).
func (d *doc) segment() {
	if n := len(d.toks)/12 + 2; cap(d.sents) < n {
		d.sents = make([]int32, 0, n)
	}
	d.sents = append(d.sents[:0], 0)
	ended := false
	apart, marks, lineStart := 0, 0, 0
	for i := range d.toks {
		if t := d.tok(i); t.kind == kPunct && (d.isPunct(i, ",") || d.isPunct(i, ".")) {
			marks++
			if t.sp() && i+1 < len(d.toks) && d.tok(i+1).sp() {
				apart++
			}
		}
		if i > 0 && d.toks[i].nl() {
			if !ended && !d.wrapped(i, lineStart) {
				d.sents = append(d.sents, int32(i))
			}
			lineStart = int(d.toks[i].s)
		}
		ended = false
		if d.toks[i].kind == kNum {
			d.nums++
		}
		if d.toks[i].kind == kPunct && d.sentEnd(i) && i+1 < len(d.toks) {
			d.sents = append(d.sents, int32(i+1))
			ended = true
		}
	}
	d.pretok = apart >= 3 && 2*apart >= marks
}

// wrapped reports whether the line break before token i only wraps a
// sentence of prose, as wire copy breaks its lines at a fixed width
// ("expects to record a net loss of about 11 mln dlrs in the
// second\nquarter"): the line before is long, the new line is not
// indented (a paragraph) and goes on in lower case or with a number.
// Table rows are short, and a capitalised word may open a row.
func (d *doc) wrapped(i, lineStart int) bool {
	const wrapWidth = 50 // wire lines are 60 to 70 characters; table rows shorter
	prev := &d.toks[i-1]
	if int(prev.e)-lineStart < wrapWidth {
		return false
	}
	if gap := d.text[prev.e:d.toks[i].s]; gap[len(gap)-1] != '\n' {
		return false // an indented line opens a paragraph
	}
	t := &d.toks[i]
	return t.kind == kNum || t.kind == kWord && !d.capitalised(i)
}

func (d *doc) sentEnd(i int) bool {
	s := d.str(i)
	switch s {
	case "!", "?", "…":
		return true
	case ".":
	default:
		return false
	}
	n := i + 1
	if n >= len(d.toks) {
		return true
	}
	if d.attached(n) && !d.tok(n).nl() {
		return false // "U.S.", "z.B.", "Nr.5"
	}
	if i == 0 {
		return true
	}
	p := d.tok(i - 1)
	next := d.tok(n)
	switch p.kind {
	case kWord:
		e := d.ent(i - 1)
		if e.abbrev || len(d.str(i-1)) == 1 {
			// "Mio." or "Mrd." at the end of a sentence before a new
			// capitalised word that is not a currency.
			if (e.scale != 0 || e.cur != "") && next.kind == kWord && d.capitalised(n) && d.ent(n).cur == "" {
				return true // "... or 3.18 dlrs. The 1986 results"
			}
			// "... heißt Immigon Portfolio Abbau AG. Gemäß ...": a legal
			// form ends a sentence before a capitalised word that is not
			// another legal form ("Co. KG").
			if d.isWordAny(i-1, "ag", "inc", "corp", "ltd", "plc", "se") && next.kind == kWord && d.capitalised(n) &&
				!d.isWordAny(n, "kg", "kgaa", "ohg", "gmbh", "ltd", "inc", "llc", "lp") {
				return true
			}
			return next.nl()
		}
	case kNum:
		if next.kind == kWord {
			ne := d.ent(n)
			if ne.month != 0 && !d.capitalised(n) || ne.flags&cOrdinalNoun != 0 || !d.capitalised(n) {
				return false
			}
			if ne.month != 0 && d.de {
				return false
			}
		}
	}
	if next.kind == kWord && !d.capitalised(n) && !next.nl() {
		return false
	}
	return true
}

// indexSentences records the sentence of every token, which the rules
// ask about many times for each figure.
func (d *doc) indexSentences() {
	if cap(d.sentIdx) < len(d.toks) {
		d.sentIdx = make([]int32, len(d.toks))
	}
	d.sentIdx = d.sentIdx[:len(d.toks)]
	s := 0
	for i := range d.sentIdx {
		for s+1 < len(d.sents) && int(d.sents[s+1]) <= i {
			s++
		}
		d.sentIdx[i] = int32(s)
	}
}

// sentOf returns the number of the sentence that token i belongs to.
func (d *doc) sentOf(i int) int {
	if uint(i) < uint(len(d.sentIdx)) {
		return int(d.sentIdx[i])
	}
	// Before indexSentences, and for positions outside the text.
	lo, hi := 0, len(d.sents)
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if int(d.sents[m]) <= i {
			lo = m
		} else {
			hi = m
		}
	}
	return lo
}

// sentBounds returns the token range of the sentence of token i.
func (d *doc) sentBounds(i int) (int, int) {
	s := d.sentOf(i)
	b := len(d.toks)
	if s+1 < len(d.sents) {
		b = int(d.sents[s+1])
	}
	return int(d.sents[s]), b
}

// reach is how many tokens the rules look at on either side of a figure.
// Sentences are rarely longer; a text without sentence ends (a table
// flattened into one line, a list of numbers) must not make every figure
// read all of it.
const reach = 64

// near returns the sentence of token i clipped to reach tokens on either
// side of it: the words the rules read for a figure at i.
func (d *doc) near(i int) (int, int) {
	a, b := d.sentBounds(i)
	return max(a, i-reach), min(b, i+reach+1)
}

// figFrom returns the index of the first figure whose number starts at
// token i or later; figures are found, and kept, in the order of their
// numbers.
func (d *doc) figFrom(i int) int {
	lo, hi := 0, len(d.figs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if d.figs[m].num < i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// spanLimits records how far the text of a figure reaches before and
// after its number, so that the figures around a token can be found from
// their numbers.
func (d *doc) spanLimits() {
	d.maxBack, d.maxFwd = 0, 0
	for k := range d.figs {
		f := &d.figs[k]
		d.maxBack = max(d.maxBack, f.num-f.a)
		d.maxFwd = max(d.maxFwd, f.b-f.num)
	}
}

// resolve decides the elliptical amounts: a scaled amount without a
// currency is money in the currency of the amounts around it unless a
// count noun follows; a bare number after "davon" takes the scale and
// currency of the amount before it; a bare number in a results table is
// money in the table's currency. It also links amounts restated in
// another currency to the amount they restate.
func (d *doc) resolve() {
	d.spanLimits()
	d.lastMoney = -1
	for k := range d.figs {
		d.resolveOne(k)
		if f := &d.figs[k]; !f.drop && f.kind == events.KindMoney && f.cur != "" {
			d.lastMoney = k
		}
	}
	for k := 1; k < len(d.figs); k++ {
		f, g := &d.figs[k], &d.figs[k-1]
		if f.drop || g.drop || f.kind != events.KindMoney || g.kind != events.KindMoney || f.cur == g.cur || f.partner == k-1 {
			continue
		}
		if f.a == g.b || f.a == g.b+1 && d.isPunct(g.b, "(") {
			f.anchor = k - 1
		}
	}
}

// resolveOne decides figure k of the resolve pass; the figures before it
// are decided.
func (d *doc) resolveOne(k int) {
	f := &d.figs[k]
	if f.cents {
		// "60 Cent je Aktie" in a German text is euro cents; cents
		// after a euro amount are too.
		switch g := d.prevMoney(k, true); {
		case g >= 0 && d.figs[g].cur == "EUR":
			f.cur = "EUR"
		case g < 0 && d.de:
			f.cur = "EUR"
		}
	}
	if !f.pending {
		return
	}
	f.pending = false
	if f.partner >= 0 && d.figs[f.partner].kind == events.KindMoney && f.cur == "" && !f.bare {
		// A range or note takes the currency its first amount got.
		if c := d.figs[f.partner].cur; c != "" {
			f.cur = c
			return
		}
	}
	if d.tableLine(f.num) {
		if d.countLabel(f.num) {
			f.drop = true
			return
		}
		f.cur = d.contextCurrency(k)
		return
	}
	if f.bare {
		g := d.prevMoney(k, true)
		if g < 0 || !d.figs[g].scaled || d.countBetween(d.figs[g].b, f.a) {
			// "sales of 4.5 mln dlrs and 100 acres, of which 75": the
			// part is of the count closer to it.
			f.drop = true
			return
		}
		f.val *= d.figs[g].scale
		f.cur = d.figs[g].cur
		f.scaled = true
		return
	}
	if d.isCount(f) || f.tight && d.productName(f) {
		// "1.5 million vehicles"; "256K DRAM", "GTX 980M", "4K-Display".
		f.drop = true
		return
	}
	f.cur = d.contextCurrency(k)
}

// prevMoney returns the closest money figure with a currency before
// figure k, in the same sentence when sameSentence, or -1. It is asked
// while the figures are resolved in order, which keeps it at hand.
func (d *doc) prevMoney(k int, sameSentence bool) int {
	g := d.lastMoney
	if g < 0 || sameSentence && d.sentOf(d.figs[g].num) != d.sentOf(d.figs[k].num) {
		return -1
	}
	return g
}

// contextCurrency is the currency of the amounts around figure k: the
// closest before it in its sentence, else the closest before it in the
// document, else the next in its sentence, else the language's default.
func (d *doc) contextCurrency(k int) string {
	if g := d.prevMoney(k, true); g >= 0 {
		return d.figs[g].cur
	}
	if g := d.prevMoney(k, false); g >= 0 {
		return d.figs[g].cur
	}
	s, num := d.sentOf(d.figs[k].num), d.figs[k].num
	for g := k + 1; g < len(d.figs) && d.figs[g].num <= num+reach && d.sentOf(d.figs[g].num) == s; g++ {
		d.reads++
		if h := &d.figs[g]; h.kind == events.KindMoney && h.cur != "" {
			return h.cur
		}
	}
	if d.de {
		return "EUR"
	}
	return "USD"
}

// countBetween reports whether a number that is no figure stands in
// [a, b).
func (d *doc) countBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if d.tok(k).kind == kNum && !d.inFig(k) {
			return true
		}
	}
	return false
}

// productName reports whether the amount f, written with a letter for
// its scale and no currency, names a product or its feature: a model name
// stands before it ("GTX 980M"), or a capitalised word or a hyphen
// follows it ("256K DRAM", "4K-Display"). German text writes amounts
// with a scale word, so a letter there is always a feature ("in 4k").
func (d *doc) productName(f *fig) bool {
	n := f.numEnd
	return d.de || d.upper(f.a-1) || d.isDash(n) && d.attached(n) || d.tok(n).kind == kWord && d.capitalised(n) && !d.tok(n).nl()
}

// countLabel reports whether the table line of token i counts things:
// its label names shares ("Avg shrs 32.1 mln vs 29.2 mln"), starts with a
// count noun ("Tonnes milled") or counts the amount before i ("9.7 mln
// tonnes vs 10.6 mln"); a segment row that names things sold keeps its
// money ("Military aircraft and support services 146.0 mln").
func (d *doc) countLabel(i int) bool {
	s := i
	for s > 0 && !d.tok(s).nl() {
		s--
	}
	for k := s; k < i; k++ {
		if d.isWordAny(k, "shrs", "shares", "avg", "aktien") || d.cues(k)&cCount != 0 && d.tok(k).kind == kWord &&
			(k == s || d.tok(k-1).kind == kNum || d.ent(k-1).scale != 0) {
			return true // "Sales of petroleum products 9.7 mln tonnes vs 10.6 mln"
		}
	}
	return false
}

// isCount reports whether the scaled amount f counts things rather than
// money: a count noun follows it ("1.5 million vehicles", "1,2 Millionen
// Privatkunden"), or it closes a sentence that counted things before.
func (d *doc) isCount(f *fig) bool {
	n := f.numEnd
	if d.isPunct(n, ".") && d.ent(n-1).scale != 0 && d.tok(n+1).kind == kWord && !d.tok(n+1).nl() && d.cues(n+1)&(cCount|cMoneyNoun) != 0 {
		n++ // "30 Mio. Barrel": the noun after the abbreviated scale
	}
	if n < len(d.toks) && d.tok(n).kind == kWord {
		e := d.ent(n)
		switch {
		case e.flags&cMoneyNoun != 0:
			return false
		case e.flags&cCount != 0:
			return true
		case d.capitalised(n):
			return d.de && e.month == 0 && e.flags&cFunc == 0
		case e.flags&cFunc != 0:
			// "5.77 billion barrels in 1974, rose to 40.19 billion in
			// 1978": an elliptical amount after a scaled count counts too.
			return d.scaledCountBefore(f)
		case d.de:
			// "11 Millionen betroffene Fahrzeuge": an adjective and a noun.
			w := d.str(n)
			if len(w) >= 4 && n+1 < len(d.toks) && d.capitalised(n+1) && d.cues(n+1)&cMoneyNoun == 0 {
				return true
			}
			return false
		default:
			return true
		}
	}
	// Sentence-final: look for a count earlier in the sentence.
	a, _ := d.near(f.num)
	for k := f.a - 1; k >= a; k-- {
		if d.tok(k).kind != kNum {
			continue
		}
		m := k + 1
		if m < len(d.toks) && d.tok(m).kind == kWord && !d.capitalised(m) && d.cues(m)&cFunc == 0 {
			m++
		}
		if m < len(d.toks) && d.tok(m).kind == kWord && (d.cues(m)&cCount != 0 || d.de && d.capitalised(m) && d.cues(m)&cMoneyNoun == 0) && !d.inFig(k) {
			return true
		}
	}
	return false
}

// scaledCountBefore reports whether the closest scaled number before f
// in its sentence counts things ("5.77 billion barrels").
func (d *doc) scaledCountBefore(f *fig) bool {
	a, _ := d.near(f.num)
	for k := f.a - 1; k >= a; k-- {
		if d.tok(k).kind != kNum || d.ent(k+1).scale == 0 {
			continue
		}
		m := k + 2
		if d.isPunct(m, ".") {
			m++
		}
		return d.cues(m)&cCount != 0 && d.tok(m).kind == kWord
	}
	return false
}

// inFig reports whether token k lies inside a recognised figure.
func (d *doc) inFig(k int) bool {
	for g := d.figFrom(k - d.maxFwd); g < len(d.figs) && d.figs[g].num <= k+d.maxBack; g++ {
		d.reads++
		if f := &d.figs[g]; !f.drop && k >= f.a && k < f.b {
			return true
		}
	}
	return false
}
