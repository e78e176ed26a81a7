package figures

import (
	"strings"

	"github.com/tickerwire/tickerwire/pkg/events"
)

// fig is a figure while the document is analysed: token spans and the
// facts attribution needs.
type fig struct {
	a, b    int   // token span of the mention, [a, b)
	num     int   // token where the number starts
	own     int   // token after this amount's own number (before a shared unit)
	numEnd  int   // token after the number and its unit
	anchor  int   // figure this one restates in another currency, or -1
	partner int   // earlier figure of the same range or list, or -1
	orOf    int   // figure this one restates ("1.4 mln dlrs, or 15 cts a share"), or 0
	ca, cb  int32 // the figure's clause, once clauseBounds found it (cb > 0)
	noteYr  int16 // year of a "(2014: 4,86)" prior-year note on this figure
	curNote int16 // year of the current period implied by such a note
	yearOwn int16 // the year of the period when the text states it for this figure
	val     float64
	scale   float64 // the scale's multiplier
	kind    events.FigureKind
	cur     string
	unit    string
	metric  events.Metric
	period  string
	basis   events.Basis

	signed    int8 // -1 or +1 when written with an explicit sign
	scaled    bool // has a scale word ("Mio.", "billion")
	tight     bool // the scale is a letter ("256K", "5m")
	pending   bool // a scaled amount without currency: money or a count, decided later
	bare      bool // no unit at all: takes scale and currency from context
	approx    bool
	cents     bool // in cents: the currency follows the text (US or euro cents)
	prior     bool // a prior-period value in brackets ("105.8 ( 83.4 ) million")
	attrib    bool // joined to its unit by a hyphen, used as an adjective ("50-Prozent-Partner", "a 15-pct stake")
	tolerance bool // "plus or minus 2%": a tolerance around another figure
	drop      bool
	result    bool // a periodic result: its metric or the word it was read from says so
	change    bool
	neg       bool
	base      bool // a comparison base ("from X", "vs X")
	ownCue    bool // the metric was read from a word in the figure's own clause
	dated     bool // a period expression of its sentence dates it, with a period or without one
	current   bool // dated as the year in progress ("this year", "im Gesamtjahr")
}

// unitInfo is what follows a number: a scale, a currency, a percent unit.
type unitInfo struct {
	scale float64
	cur   string
	sub   bool
	pct   uint8
	end   int  // token after the unit
	hint  int8 // +1 German unit words, -1 English ones
	tight bool // the scale is a letter ("256K", "5m")
}

func (u unitInfo) any() bool { return u.scale != 0 || u.cur != "" || u.pct != 0 }

type doc struct {
	text  string
	de    bool
	toks  []token
	cls   []uint16 // the word classes of each token
	lk    *lexicon
	figs  []fig
	sents []int32 // first token of each sentence
	// sentIdx is the sentence of each token, once the text has figures.
	sentIdx []int32
	// maxBack and maxFwd are how far a figure's text reaches before and
	// after its number, at most.
	maxBack, maxFwd int
	lastMoney       int     // while resolving: the last money figure with a currency
	inRange         bool    // while scanning the second bound of a range
	refYear         int     // the year the text is written in, as far as it tells
	own             []pexpr // scratch: the period expressions of one sentence
	exprs           []pexpr // the period expressions of the text, once found
	// countryCur holds the currency of each family of currency words
	// that the country decides, once countryDone.
	countryCur  [nFamilies]string
	countryDone [nFamilies]bool
	comp        []uint8  // what doc.compound found for each token, once asked
	nums        int      // number tokens in the text
	vs          int8     // whether a "vs" stands in the text: +1 yes, -1 no, 0 not looked for yet
	years       [8]int16 // the year the text gives each period type, in the order of periodTypes
	// pretok says the text is pre-tokenised (" , " and " . " stand
	// apart), as corpora of single sentences are: its sentences need not
	// be about the same report, so no year is carried between them.
	pretok bool
	// reads counts the tokens the rules read and the figures they look
	// up: the work a text costs, which the tests hold linear in its
	// length.
	reads int
	// exprBuf and compBuf keep the room of exprs and comp for the next
	// text of a Scratch.
	exprBuf []pexpr
	compBuf []uint8
}

// noToken stands for a position before or after the text, so that the
// rules can look around a figure without bounds checks of their own.
var noToken = token{}

func (d *doc) tok(i int) *token {
	d.reads++
	if i < 0 || i >= len(d.toks) {
		return &noToken
	}
	return &d.toks[i]
}

func (d *doc) str(i int) string {
	d.reads++
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	t := &d.toks[i]
	return d.text[t.s:t.e]
}

func (d *doc) ent(i int) *entry {
	if i < 0 || i >= len(d.toks) {
		return &noEntry
	}
	return d.lk.get(d.tok(i).lx)
}

// cues returns the flags of the lexicon entry of token i: d.ent(i).flags.
func (d *doc) cues(i int) uint32 {
	if i < 0 || i >= len(d.toks) {
		return 0
	}
	return d.lk.flags[d.tok(i).lx]
}

// isPunct reports whether token i is the punctuation string p.
func (d *doc) isPunct(i int, p string) bool {
	return i >= 0 && i < len(d.toks) && d.tok(i).kind == kPunct && d.str(i) == p
}

// isWord reports whether token i is the word w, compared case-insensitively
// with a lower-case w.
func (d *doc) isWord(i int, w string) bool {
	if i < 0 || i >= len(d.toks) || d.tok(i).kind != kWord {
		return false
	}
	t := &d.toks[i]
	if int(t.e-t.s) != len(w) {
		return false
	}
	s := d.text[t.s:t.e]
	if c := s[0]; c < 0x80 && c|0x20 != w[0] {
		return false
	}
	return strings.EqualFold(s, w)
}

// isWordAny reports whether token i is one of the lower-case words ws.
// It reads the token once and compares lengths, then first bytes, before
// anything else, as most rules ask about long lists of words: the text
// is read only for the words of the token's length.
func (d *doc) isWordAny(i int, ws ...string) bool {
	d.reads++
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != kWord {
		return false
	}
	t := &d.toks[i]
	n := int(t.e - t.s)
	for _, w := range ws {
		if len(w) != n {
			continue
		}
		s := d.text[t.s:t.e]
		if c := s[0]; c < 0x80 && c|0x20 != w[0] {
			continue
		}
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// inClass reports whether token i is a word of class c.
func (d *doc) inClass(i int, c uint16) bool {
	d.reads++
	return i >= 0 && i < len(d.cls) && d.cls[i]&c != 0
}

func (d *doc) isDash(i int) bool {
	return d.isPunct(i, "-") || d.isPunct(i, "–") || d.isPunct(i, "—")
}

// attached reports whether token i follows token i-1 without whitespace.
func (d *doc) attached(i int) bool { return i > 0 && i < len(d.toks) && !d.tok(i).sp() }

// upper reports whether word token i is written in capitals, as wire
// headlines are ("YEAR NET").
func (d *doc) upper(i int) bool {
	if d.tok(i).kind != kWord {
		return false
	}
	w := d.str(i)
	for k := 0; k < len(w); k++ {
		if c := w[k]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return len(w) > 1
}

// capitalised reports whether word token i starts with an upper-case letter.
func (d *doc) capitalised(i int) bool {
	if d.tok(i).kind != kWord {
		return false
	}
	c := d.text[d.tok(i).s]
	if c < 0x80 {
		return c >= 'A' && c <= 'Z'
	}
	return c == 0xC3 && int(d.tok(i).s)+1 < len(d.text) && d.text[d.tok(i).s+1] >= 0x80 && d.text[d.tok(i).s+1] <= 0x9E
}

// scan finds the mentions of the document, in order.
func (d *doc) scan() {
	for i := 0; i < len(d.toks); {
		if j := d.mention(i); j > i {
			i = j
			continue
		}
		i++
	}
}

// numAt recognises a number starting at token i: digits, or a spelled-out
// number. It returns the token after the number and whether there is one;
// the value of spelled-out numbers is returned in val, digit strings are
// parsed later when the unit is known.
func (d *doc) numAt(i int) (end int, val float64, digits bool, ok bool) {
	t := d.tok(i)
	switch t.kind {
	case kNum:
		if t.e-t.s > 24 {
			return 0, 0, false, false // no amount is written with so many digits
		}
		if d.attached(i) && i > 0 {
			p := d.tok(i - 1)
			if p.kind == kWord {
				e := d.ent(i - 1)
				if e.cur == "" || e.sub != 0 || e.needQ {
					return 0, 0, false, false // an identifier such as "A380", "Q2"
				}
			}
			if p.kind == kNum {
				return 0, 0, false, false
			}
		}
		j := i + 1
		if j < len(d.toks) && d.attached(j) && d.tok(j).kind == kWord {
			e := d.ent(j)
			if e.scale == 0 && e.cur == "" && e.pct == 0 {
				return 0, 0, false, false // "3G", "4th", "10x"
			}
		}
		if v, end, ok := d.fraction(i); ok {
			return end, v, false, true
		}
		// A number glued to a '/' or ':' is a date, time, ratio or code.
		if j < len(d.toks) && d.attached(j) && (d.isPunct(j, ":") || d.isPunct(j, "/")) && j+1 < len(d.toks) && d.tok(j+1).kind == kNum && d.attached(j+1) {
			return 0, 0, false, false
		}
		if i > 0 && d.attached(i) && (d.isPunct(i-1, ":") || d.isPunct(i-1, "/")) && i > 1 && d.tok(i-2).kind == kNum {
			return 0, 0, false, false
		}
		return j, 0, true, true
	case kWord:
		e := d.ent(i)
		if e.num == 0 {
			return 0, 0, false, false
		}
		j := i + 1
		v := e.num
		switch {
		case e.art:
			// "a billion", "eine Milliarde", "einer halben Milliarde", "ein Prozent".
			n := d.ent(j)
			if n.half && d.ent(j+1).scale != 0 && !n.art {
				return j + 1, 0.5, false, true
			}
			if n.scale != 0 && !n.tight {
				return j, 1, false, true
			}
			if (n.pct != 0 || n.cur != "" && n.sub == 0) && d.isWordAny(i, "ein", "eine", "einer", "einen", "einem") {
				return j, 1, false, true
			}
			return 0, 0, false, false
		case e.half:
			// "half a billion", "halbe Million".
			if d.ent(j).art && d.ent(j+1).scale != 0 {
				return j + 1, 0.5, false, true
			}
			if d.ent(j).scale != 0 {
				return j, 0.5, false, true
			}
			return 0, 0, false, false
		}
		// "twenty-five", "one and a half".
		if v >= 20 && v < 100 && d.isDash(j) && d.attached(j) && j+1 < len(d.toks) && d.attached(j+1) {
			if u := d.ent(j + 1).num; u > 0 && u < 10 && !d.ent(j+1).art {
				v += u
				j += 2
			}
		}
		if (d.isWord(j, "and") || d.isWord(j, "und")) && d.ent(j+1).art && d.ent(j+2).half {
			v += 0.5
			j += 3
		}
		return j, v, false, true
	}
	return 0, 0, false, false
}

// fraction reads a wire-style fraction at token i: "10-7/8 pct",
// "27-1/2 cts", or "7/8 pct" when a unit follows.
func (d *doc) fraction(i int) (float64, int, bool) {
	frac := func(k int) (float64, bool) {
		if !d.isPunct(k+1, "/") || !d.attached(k+1) || d.tok(k+2).kind != kNum || !d.attached(k+2) || d.tok(k).kind != kNum {
			return 0, false
		}
		n, m := parseDigits(d.str(k), false).val, parseDigits(d.str(k+2), false).val
		switch m {
		case 2, 3, 4, 8, 16, 32, 64:
			if n > 0 && n < m {
				return n / m, true
			}
		}
		return 0, false
	}
	if d.isDash(i+1) && d.attached(i+1) && d.attached(i+2) {
		if f, ok := frac(i + 2); ok {
			return parseDigits(d.str(i), false).val + f, i + 5, true
		}
	}
	if f, ok := frac(i); ok && d.units(i+3, false).any() {
		return f, i + 3, true
	}
	return 0, 0, false
}

// units reads the scale, currency and percent unit that follow a number
// at token j. prefixCur says a currency symbol or code came before the
// number, which allows the short scales ("$5 m").
func (d *doc) units(j int, prefixCur bool) unitInfo {
	u := unitInfo{end: j}
	if j >= len(d.toks) {
		return u
	}
	if d.isPunct(j, "%") {
		u.pct, u.end = pctPlain, j+1
		return u
	}
	if d.tok(j).kind != kWord {
		return u
	}
	e := d.ent(j)
	if e.scale != 0 && (!e.tight || d.attached(j) || prefixCur) {
		u.scale, u.tight = e.scale, e.tight
		if d.de && e.scaleDE != 0 {
			u.scale = e.scaleDE
		}
		u.hint = e.german
		k := j + 1
		if e.abbrev && d.isPunct(k, ".") && d.attached(k) {
			k++
		}
		u.end = k
		if cur, sub, end := d.currencyAt(k, false); cur != "" && !sub && !(prefixCur && end < len(d.toks) && d.tok(end).kind == kNum) {
			// "EUR 2.1 million USD 2.7 m": a code before the next number
			// is that number's prefix.
			u.cur, u.end = cur, end
		} else if k > j+1 && !(k < len(d.toks) && d.tok(k).kind == kWord && !d.tok(k).sp()) {
			// "Mio." before something that is not a currency: keep the dot
			// only when it cannot end the sentence.
			if k >= len(d.toks) || d.tok(k).nl() || d.tok(k).kind == kWord && d.capitalised(k) && d.ent(k).cur == "" {
				u.end = j + 1
			}
		}
		return u
	}
	if cur, sub, end := d.currencyAt(j, d.attached(j)); cur != "" && !(d.isCode(j) && end < len(d.toks) && d.tok(end).kind == kNum) {
		// "EUR 115,000 USD 152,000": a code before a number is that
		// number's.
		u.cur, u.sub, u.end, u.hint = cur, sub, end, e.german
		return u
	}
	switch {
	case e.pct != 0:
		u.pct, u.end, u.hint = e.pct, j+1, e.german
		if (e.pct == pctBasis || e.pct == pctPoints) && d.isWordAny(j+1, "points", "point") {
			u.end = j + 2
		}
	case d.isWord(j, "per") && d.isWord(j+1, "cent"):
		u.pct, u.end, u.hint = pctPlain, j+2, -1
	case d.isWord(j, "percentage") && d.isWordAny(j+1, "points", "point"):
		u.pct, u.end, u.hint = pctPoints, j+2, -1
	case d.isWord(j, "basis") && d.isWordAny(j+1, "points", "point"):
		u.pct, u.end, u.hint = pctBasis, j+2, -1
	}
	return u
}

// currencyAt reads a currency word at token k, with a qualifier before it
// ("US-Dollar", "U.S. dlrs", "Swiss francs", "kanadische Dollar").
// attached says the word touches the number, which the one-letter
// subunits ("25p") need.
func (d *doc) currencyAt(k int, attached bool) (cur string, sub bool, end int) {
	if k >= len(d.toks) || d.tok(k).kind != kWord {
		return "", false, k
	}
	e := d.ent(k)
	n := k + 1
	if q := d.dottedQualifier(k); q != nil {
		// "U.S. Dlrs", "H.K. Cents", "N.Z. Dlrs".
		e = q
		n = k + 3
		if d.isPunct(n, ".") {
			n++
		}
	} else if d.isDash(n) && d.attached(n) {
		n++
	}
	if e.qual != "" && n < len(d.toks) && d.tok(n).kind == kWord {
		ne := d.ent(n)
		switch {
		case ne.cur == "USD" && ne.sub != 0 && dollarCurrency(e.qual):
			return e.qual, true, n + 1 // "64 Canadian cts", "17.4 H.K. Cents"
		case ne.cur != "" && ne.sub == 0:
			cur := ne.cur
			switch ne.cur {
			case "USD", "FRF", "CHF", "DEM", "ITL", "GBP", "MXN", "KES", "KWD", "SEK":
				// A currency name several countries share: the
				// qualifier names the country's own.
				cur = e.qual
			}
			if ne.cur == "USD" && !dollarCurrency(e.qual) || ne.cur == "DEM" && e.qual != "DEM" && e.qual != "FIM" ||
				ne.cur == "GBP" && !poundCurrency(e.qual) || ne.cur == "ITL" && e.qual != "TRL" {
				cur = ne.cur // "D-Mark" dollars are no currency; "U.S. pounds" are pounds
			}
			return cur, false, n + 1
		}
	}
	if e.needQ && e.cur != "" {
		if c := d.countryCurrency(k); c != "" {
			return c, false, k + 1
		}
	}
	if e.cur == "" || e.needQ || e.afterScale && d.ent(k-1).scale == 0 && d.tok(k-1).kind != kNum ||
		d.isWord(k, "real") && !d.capitalised(k) {
		return "", false, k // "real growth": the adjective; the currency is "777.000 Real"
	}
	if d.isWordAny(k, "pound", "pounds") && d.isWordAny(k+1, "sterling", "stg") {
		return "GBP", false, k + 2 // "one mln pounds sterling"
	}
	if !d.de && d.isWordAny(k, "pound", "pounds") && k+1 < len(d.toks) && d.tok(k+1).kind == kWord && d.cues(k+1)&cFunc == 0 || d.isWordAny(k, "pound", "pounds") && d.isWord(k+1, "of") {
		return "", false, k // "100 mln pounds of fibre": a weight
	}
	if e.sub != 0 && len(d.str(k)) == 1 {
		// "25p" in English text only; "5 p", "67P/..." are no pence.
		n := d.tok(k + 1)
		if !attached || d.de || d.str(k)[0] < 'a' || k+1 < len(d.toks) && !n.sp() && (n.kind != kPunct || d.isPunct(k+1, "/") || d.isPunct(k+1, "-")) {
			return "", false, k
		}
	}
	if e.sub == 0 && len(d.str(k)) <= 1 {
		return "", false, k
	}
	if w := d.str(k); len(w) == 3 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z' && !d.isWord(k, "yen") || d.isWordAny(k, "lt", "ls") {
		return "", false, k // "+12,5 Sek.": a code is written in capitals, "Sek" is seconds; "Lt" stands before its number
	}
	return e.cur, e.sub != 0, k + 1
}

// dottedQualifier reads a country written with dots before a currency
// word at token k ("U.S.", "H.K.", "N.Z."), or returns nil.
func (d *doc) dottedQualifier(k int) *entry {
	if !d.isPunct(k+1, ".") || k+2 >= len(d.toks) || d.tok(k).kind != kWord || d.tok(k+2).kind != kWord ||
		d.tok(k).e-d.tok(k).s != 1 || d.tok(k+2).e-d.tok(k+2).s != 1 {
		return nil
	}
	var key [2]byte
	key[0], key[1] = d.str(k)[0]|0x20, d.str(k + 2)[0]|0x20
	i, ok := d.lk.idx[string(key[:])]
	if !ok || d.lk.entries[i-1].qual == "" {
		return nil
	}
	return &d.lk.entries[i-1]
}

// dollarCurrency reports whether the currency code is that of a dollar,
// which cents are a hundredth of.
func dollarCurrency(code string) bool {
	switch code {
	case "USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "MYR":
		return true
	}
	return false
}

// poundCurrency reports whether the currency code is that of a pound.
func poundCurrency(code string) bool {
	switch code {
	case "GBP", "IEP", "EGP":
		return true
	}
	return false
}

// crownMarkers name a country whose currency is a crown, as its text
// gives it: a country or city name, or a company form.
var crownMarkers = markers(
	"Swed", "SEK", "schwed", "SEK", "Schwed", "SEK", "Stockholm", "SEK",
	" AB ", "SEK", " AB)", "SEK", " ST>", "SEK", ".ST>", "SEK",
	"Danish", "DKK", "Denmark", "DKK", "Copenhagen", "DKK", "Dänemark", "DKK",
	"dänisch", "DKK", "Kopenhagen", "DKK", " A/S", "DKK", ".CO>", "DKK",
	"Norw", "NOK", "norweg", "NOK", "Norweg", "NOK", "Oslo", "NOK",
	" ASA", "NOK", ".OL>", "NOK", "Czech", "CZK", "Tschech", "CZK",
	"tschech", "CZK", "Prague", "CZK", "Prag ", "CZK", "Iceland", "ISK",
	"isländ", "ISK", "Reykjavik", "ISK", "Eston", "EEK", "estnisch", "EEK",
	"Tallinn", "EEK",
)

// pesoMarkers name a country whose currency is a peso.
var pesoMarkers = markers(
	"Philippin", "PHP", "Manila", "PHP", "Argentin", "ARS", "Buenos Aires", "ARS",
	"Chile", "CLP", "Santiago", "CLP", "Colombia", "COP", "Bogota", "COP",
	"Mexic", "MXN", "Uruguay", "UYU",
)

// Word families whose currency the country the text names decides, as
// doc.countryCur caches them.
const (
	famCrown = iota
	famPeso
	famShilling
	famDinar
	nFamilies
)

// familyMarkers name, for each family, the countries and the currencies
// they imply.
var familyMarkers = [nFamilies][]marker{
	famCrown: crownMarkers,
	famPeso:  pesoMarkers,
	famShilling: markers(
		"Kenya", "KES", "Nairobi", "KES", "Tanzania", "TZS", "Uganda", "UGX", "Somali", "SOS",
		"Austria", "ATS", "Vienna", "ATS", "Österreich", "ATS", "Wien", "ATS",
	),
	famDinar: markers(
		"Kuwait", "KWD", "Iraq", "IQD", "Baghdad", "IQD", "Algeria", "DZD", "Algier", "DZD", "Tunisia", "TND",
		"Tunis", "TND", "Libya", "LYD", "Bahrain", "BHD", "Jordan", "JOD", "Amman", "JOD", "Yugoslav", "YUD", "Belgrade", "YUD",
	),
}

// familyDefaults is the currency of a family when the text names no
// country: Mexican pesos, as in most financial news; no guess for the
// others.
var familyDefaults = [nFamilies]string{famPeso: "MXN"}

// countryCurrency decides the currency of an unqualified crown, peso,
// shilling or dinar at token k ("7.53 billion crowns") from the country
// the text names first; failing that, "kronor" and "crowns" are Swedish
// and "kroner" Danish, as in most financial news, and the German
// "Kronen" stays unknown.
func (d *doc) countryCurrency(k int) string {
	w := lower(d.str(k))
	fam := famCrown
	switch w {
	case "pesos", "peso":
		fam = famPeso
	case "shillings", "shilling":
		fam = famShilling
	case "dinars", "dinar":
		fam = famDinar
	}
	if !d.countryDone[fam] {
		d.countryDone[fam] = true
		best := len(d.text)
		d.countryCur[fam] = familyDefaults[fam]
		for _, m := range familyMarkers[fam] {
			if i := indexEither(d.text, m.s, m.up); i >= 0 && i < best {
				best, d.countryCur[fam] = i, m.cur
			}
		}
	}
	c := d.countryCur[fam]
	if fam != famCrown {
		return c
	}
	switch {
	case w == "kronor":
		return "SEK"
	case c != "":
		return c
	case w == "kroner" || w == "krone":
		return "DKK"
	case w == "crowns" || w == "krona" || w == "crown":
		return "SEK"
	}
	return ""
}

// indexEither returns the first index of s or of up, s in capitals (wire
// headlines), in text, or -1.
func indexEither(text, s, up string) int {
	i := strings.Index(text, s)
	if j := strings.Index(text, up); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	return i
}

// marker is a word that names a country, and the currency it implies.
type marker struct{ s, up, cur string }

// markers builds markers from pairs of words and currencies, with each
// word in capitals beside it.
func markers(pairs ...string) []marker {
	out := make([]marker, 0, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, marker{s: pairs[i], up: strings.ToUpper(pairs[i]), cur: pairs[i+1]})
	}
	return out
}

// prefixAt reads a currency written before the number that starts at
// token i ("$", "US$", "EUR", "€", "( EURO )"). It returns the currency
// and the first token of the prefix.
func (d *doc) prefixAt(i int) (cur string, start int) {
	p := i - 1
	if p < 0 {
		return "", i
	}
	t := d.tok(p)
	if t.kind == kPunct {
		switch d.str(p) {
		case "$":
			cur, start = "USD", p
			if p > 0 && d.attached(p) && d.tok(p-1).kind == kWord {
				if q := d.ent(p - 1).qual; q != "" && q != "DEM" {
					cur, start = q, p-1
				}
			}
			return cur, start
		case "€":
			return "EUR", p
		case "£":
			return "GBP", p
		case "¥":
			return "JPY", p
		case ")":
			if p >= 2 && d.isPunct(p-2, "(") && d.tok(p-1).kind == kWord && d.isCode(p-1) {
				return d.ent(p - 1).cur, p - 2
			}
		}
		return "", i
	}
	if t.kind == kWord && d.isCode(p) {
		return d.ent(p).cur, p
	}
	if e := d.ent(p); t.kind == kWord && e.cur != "" && e.sub == 0 && !e.needQ && !e.afterScale && d.ent(i+1).tight && d.attached(i+1) {
		return e.cur, p // "for more than pounds 900m"
	}
	if t.kind == kWord {
		if cur, _ := d.scaledCode(p); cur != "" {
			return cur, p
		}
	}
	return "", i
}

// scaledCode reads a currency code with a scale letter before it, as
// Nordic reports write amounts: "MEUR 307.8" (millions), "TEUR 500"
// (thousands). It returns the currency and the scale, or "".
func (d *doc) scaledCode(k int) (string, float64) {
	s := d.str(k)
	if len(s) != 4 || d.tok(k).kind != kWord {
		return "", 0
	}
	var scale float64
	switch s[0] {
	case 'M', 'm':
		scale = 1e6
	case 'T':
		scale = 1e3
	default:
		return "", 0
	}
	code := s[1:]
	if code != strings.ToUpper(code) {
		return "", 0
	}
	var low [maxKey]byte
	n := lowerInto(code, &low)
	i, ok := d.lk.idx[string(low[:n])]
	if !ok {
		return "", 0
	}
	e := &d.lk.entries[i-1]
	if e.cur == "" || e.sub != 0 || e.needQ || len(code) != 3 {
		return "", 0
	}
	return e.cur, scale
}

// isCode reports whether word token k can stand before a number as a
// currency: an upper-case code ("EUR", "SEK") or euro spelled as in
// pre-tokenised wire text ("euro86", "x20ac").
func (d *doc) isCode(k int) bool {
	e := d.ent(k)
	if e.cur == "" || e.sub != 0 || e.needQ {
		return false
	}
	s := d.str(k)
	if len(s) >= 3 && len(s) <= 4 && s == strings.ToUpper(s) {
		return true
	}
	switch strings.ToLower(s) {
	case "euro", "eur", "x20ac", "euros":
		return true
	}
	return s == "Lt" || s == "Ls" // Baltic notation: "Lt 8.2 mn", "Ls 1.2 mn"
}

// hedges are the phrases that make an amount approximate, lower-case,
// matched right before the amount.
var hedges = [][]string{
	{"mehr", "als"}, {"weniger", "als"}, {"bis", "zu"}, {"up", "to"}, {"more", "than"}, {"less", "than"},
	{"at", "least"}, {"at", "most"}, {"close", "to"}, {"just", "over"}, {"just", "under"}, {"well", "over"},
	{"well", "above"}, {"upwards", "of"}, {"in", "excess", "of"}, {"an", "die"}, {"weit", "über"},
	{"deutlich", "über"}, {"knapp", "über"}, {"knapp", "unter"}, {"slightly", "more", "than"},
	{"slightly", "less", "than"}, {"slightly", "over"}, {"slightly", "above"}, {"slightly", "below"},
	{"slightly", "under"}, {"a", "little", "over"}, {"as", "much", "as"}, {"as", "many", "as"},
	{"nicht", "ganz"}, {"gut", "über"}, {"just", "below"}, {"just", "above"},
	{"rund"}, {"etwa"}, {"ca"}, {"circa"}, {"zirka"}, {"knapp"}, {"fast"}, {"beinahe"}, {"nahezu"},
	{"annähernd"}, {"ungefähr"}, {"gut"}, {"über"}, {"unter"}, {"mindestens"}, {"höchstens"}, {"rd"},
	{"about"}, {"around"}, {"approximately"}, {"approx"}, {"nearly"}, {"almost"}, {"roughly"}, {"some"},
	{"over"}, {"under"}, {"below"}, {"above"}, {"maximal"}, {"zumindest"}, {"wenigstens"}, {"upward"},
}

// hedgeBefore returns the start of a hedge phrase that ends right before
// token p, or p when there is none.
func (d *doc) hedgeBefore(p int) int {
	q := p
	if d.isPunct(q-1, ".") && d.isWordAny(q-2, "ca", "rd", "approx") {
		return q - 2
	}
	if d.cues(q-1)&cHedge == 0 {
		return p // every hedge phrase ends in a word marked as such
	}
	best := p
	for _, h := range hedges {
		n := len(h)
		if q-n < 0 {
			continue
		}
		ok := true
		for k := 0; k < n; k++ {
			if !d.isWord(q-n+k, h[k]) {
				ok = false
				break
			}
		}
		if ok && q-n < best {
			best = q - n
		}
	}
	return best
}

// hedgeAfter returns the end of a trailing hedge ("und mehr", "or more")
// starting at token b, or b.
func (d *doc) hedgeAfter(b int) int {
	if (d.isWordAny(b, "und", "oder", "or", "and")) && d.isWordAny(b+1, "mehr", "more", "darüber", "above") {
		return b + 2
	}
	return b
}

// maxChain is the most amounts a range or list of numbers with one unit
// holds ("3, 4 bzw. 5 Prozent"); a longer run of numbers is no figure.
const maxChain = 8

// amount is one number of a mention before it becomes a figure.
type amount struct {
	start, end int // tokens of the number alone
	val        float64
	digits     bool
}

// mention recognises a figure starting at token i and appends it (or the
// figures of a range) to d.figs. It returns the token after the mention,
// or i when there is none.
func (d *doc) mention(i int) int {
	t := d.tok(i)
	if t.kind == kWord {
		if j := d.pctWord(i); j > i {
			return j
		}
	}
	end, val, digits, ok := d.numAt(i)
	if !ok {
		return i
	}
	prefix, pstart := d.prefixAt(i)
	if prefix == "" && (d.isPunct(i-1, "-") || d.isPunct(i-1, "+")) && d.attached(i) {
		// "EUR -0.7 mn": the currency stands before the sign.
		if p, ps := d.prefixAt(i - 1); p != "" {
			prefix, pstart = p, ps
		}
	}
	if prefix != "" && len(d.figs) > 0 && d.figs[len(d.figs)-1].b > pstart {
		// "POSTS 20.3 MLN DLR 1986 LOSS": the currency ends the amount
		// before, and the year after it is no amount.
		prefix, pstart = "", i
	}
	// A figure of its own may not start inside an identifier ("A380" is
	// handled in numAt; "Q3 2015" has a year only).
	var buf [maxChain]amount
	chain := append(buf[:0], amount{start: i, end: end, val: val, digits: digits})
	u := d.units(end, prefix != "")
	attrib := false
	if !u.any() {
		if k, hint := d.pctHyphen(end); k > end {
			u = unitInfo{pct: pctPlain, end: k, hint: hint}
			attrib = true
		}
	}
	noteYr, noteVal := 0, amount{}
	for !u.any() {
		if len(chain) == maxChain {
			break
		}
		last := chain[len(chain)-1]
		next, ok := d.chainNext(last)
		if !ok {
			if y, na, after, ok := d.yearNote(last.end); ok {
				noteYr, noteVal = y, na
				u = d.units(after, prefix != "")
				if u.any() {
					break
				}
				noteYr = 0
			}
			break
		}
		ne, nv, nd, ok := d.numAt(next)
		if !ok {
			break
		}
		chain = append(chain, amount{start: next, end: ne, val: nv, digits: nd})
		p2, _ := d.prefixAt(next)
		u = d.units(ne, prefix != "" || p2 != "")
		if prefix == "" && p2 != "" && u.cur == "" {
			u.cur = p2
		}
	}
	if !u.any() && prefix != "" {
		u.cur = prefix // "$ 12.73", "$ 0.03 to $ 0.05"
	}
	if !u.any() {
		// A bare number: only after "davon" ("davon 50") or in a results
		// table line; otherwise a count, a year, a date or a code.
		if len(chain) > 1 || !digits && val == 0 {
			return i
		}
		if g := len(d.figs) - 1; digits && g >= 0 && d.figs[g].kind == events.KindPercent && d.figs[g].b == i-1 &&
			d.isWordAny(i-1, "from", "vs", "versus", "against", "von") && d.levelBase(&d.figs[g], i, end) {
			// "to 17.75 pct from 18.25": the base takes the percent unit.
			f := d.newFig(i, end, chain[0], unitInfo{pct: pctPlain, end: end}, "", i)
			f.unit = d.figs[g].unit
			d.addFig(f)
			return end
		}
		if !d.ellipsisCue(i, end) && !d.tableLine(i) {
			return i
		}
		if d.isWordAny(end, "months", "mths", "month", "weeks", "days", "years", "qtrs", "quarters", "monate", "monaten", "wochen", "jahre", "tage") ||
			d.isDash(end) && d.attached(end) && d.isWordAny(end+1, "week", "weeks", "month", "year", "day") {
			return i // "Net for nine mths", "13-week periods": a span of time
		}
		if d.tok(end).kind == kWord && !d.tok(end).nl() && (d.cues(end)&cCount != 0 || d.ent(end).month != 0) ||
			d.ent(i-1).month != 0 && d.tok(i-1).kind == kWord && !d.tok(i).nl() {
			return i // "9,237,296 bales, vs 12,837,088 bales", "payable May 25": a count or a date
		}
		if digits {
			if n := parseDigits(d.str(i), d.de); n.yearly {
				return i
			}
		}
		f := d.newFig(i, end, chain[0], unitInfo{end: end}, prefix, pstart)
		f.bare = true
		f.pending = true
		d.addFig(f)
		return end
	}
	if u.cur == "" && prefix != "" && u.pct == 0 {
		u.cur = prefix
	}
	if len(chain) == 1 && digits && u.scale == 0 && u.pct == 0 && prefix == "" && d.yearBefore(i) {
		return i // "in 1986 marks a turning point", "a 1982 Swiss Franc issue": a year
	}
	if _, sc := d.scaledCode(pstart); sc != 0 && pstart < i && u.scale == 0 && u.pct == 0 {
		u.scale = sc // "MEUR 307.8"
	}
	if len(chain) > 1 {
		// A number that looks like a year does not start a range of amounts.
		if c := chain[0]; c.digits && parseDigits(d.str(c.start), d.de).yearly {
			return chain[1].start
		}
	}
	first := len(d.figs)
	for k, c := range chain {
		p, ps := prefix, pstart
		if k > 0 {
			p, ps = "", c.start // the range's currency stands before its first amount only
		}
		f := d.newFig(c.start, c.end, c, u, p, ps)
		if k > 0 && f.kind == events.KindMoney && f.cur == "" {
			f.cur = prefix
			f.pending = prefix == ""
		}
		if k > 0 {
			f.partner = first + k - 1
		}
		d.addFig(f)
	}
	// The mention's text spans the whole range or list, with the word
	// that opens a range ("zwischen 8 und 9 Milliarden Euro").
	a, b := d.figs[first].a, u.end
	if len(chain) > 1 && d.isWordAny(a-1, "zwischen", "between") {
		a--
	}
	b = d.hedgeAfter(b)
	approx := b > u.end || d.figs[first].approx // "rund 8 bis 9 Milliarden": the hedge covers the range
	for k := first; k < len(d.figs); k++ {
		f := &d.figs[k]
		f.a = min(f.a, a)
		if k > first {
			f.a = a
		}
		f.b = b
		f.numEnd = u.end
		f.approx = f.approx || approx
		f.attrib = attrib
	}
	if noteYr != 0 {
		last := &d.figs[len(d.figs)-1]
		nf := d.newFig(noteVal.start, noteVal.end, noteVal, u, "", noteVal.start)
		nf.a, nf.b = noteVal.start, noteVal.end
		if noteYr > 0 {
			last.curNote = int16(noteYr + 1)
			nf.noteYr = int16(noteYr)
		}
		nf.prior = true
		nf.partner = len(d.figs) - 1
		d.addFig(nf)
		return b
	}
	if len(chain) == 1 && !d.inRange {
		return d.unitRange(first, b)
	}
	return b
}

// unitRange joins to figure k, which ends at token b, the amount after
// "to", "bis" or a dash when that amount repeats the unit ("30% to 35%",
// "$79.0 billion to $80.1 billion"): the two are one range. A figure
// introduced by "from" or a verb of change is not a range's bound ("from
// 5 % to 7 %", "fell 2 pct to 10 pct"). It returns the token after the
// last mention read.
func (d *doc) unitRange(k, b int) int {
	f := &d.figs[k]
	between := d.isWordAny(f.a-1, "between", "zwischen")
	if !(d.isWordAny(b, "to", "bis") || d.isDash(b) || between && d.isWordAny(b, "and", "und")) {
		return b
	}
	p := d.prepBefore(f.a)
	if d.isWordAny(p, "from", "von", "vom") && !d.rangeBefore(k, p) || d.tok(p).kind == kWord && d.cues(p)&(cUp|cDown) != 0 && d.cues(p)&cChangeNoun == 0 {
		return b
	}
	n := len(d.figs)
	next := b + 1
	if cur, ps := d.prefixAt(next + 1); cur != "" && ps == next {
		next++ // "$79.0 billion to $80.1 billion": mention starts at the number
	}
	// The second bound closes the range: it does not open another one.
	d.inRange = true
	end := d.mention(next)
	d.inRange = false
	if end == next || len(d.figs) != n+1 {
		return max(end, b)
	}
	g := &d.figs[n]
	f = &d.figs[k]
	if g.kind != f.kind || g.unit != f.unit || g.cur != f.cur || g.scale != f.scale || g.partner >= 0 || g.a != b+1 || g.signed != 0 ||
		f.kind == events.KindMoney && f.cur == "" || lower(d.str(f.numEnd-1)) != lower(d.str(g.numEnd-1)) {
		return end
	}
	// A range rises, and its bounds are of one size: "cutting its price
	// by 0.75 cent to 66 cents" is a change, then the level; "since
	// 1984's 3.6 billion dlrs to 3.5 billion dlrs" two levels.
	byMax := 2.0
	if f.kind == events.KindPercent && d.attached(f.numEnd-1) {
		byMax = 3 // "to grow by 1% to 3%"
	}
	if g.val <= f.val || d.isWordAny(p, "by", "um") && g.val > byMax*f.val || !between && g.val > 3*f.val {
		return end
	}
	g.partner = k
	if between {
		f.a--
	}
	g.a = f.a
	f.b = g.b
	g.approx = g.approx || f.approx
	return end
}

// addFig appends f to the figures of the text. The first one makes room
// for as many figures as the text has numbers, which few texts exceed.
func (d *doc) addFig(f fig) {
	if cap(d.figs) == 0 {
		d.figs = make([]fig, 0, max(2, d.nums))
	}
	d.figs = append(d.figs, f)
}

// newFig builds a figure of one amount with unit u.
func (d *doc) newFig(start, end int, c amount, u unitInfo, prefix string, pstart int) fig {
	f := fig{num: start, own: end, numEnd: u.end, anchor: -1, partner: -1}
	v := c.val
	if c.digits {
		de := d.de
		if u.hint != 0 {
			de = u.hint > 0
		}
		s := d.str(start)
		n := parseDigits(s, de)
		v = n.val
		if u.pct == 0 && u.scale == 0 && !u.sub && !n.lead0 && oneGroup(s) && (d.de || prefix != "") {
			// Money has no third decimal: "EUR 40.000" is forty thousand;
			// a wire price after its number may have one ("2.725 N.Z.
			// Dlrs a share").
			v = parseDigits(s, s[len(s)-4] == '.').val
		}
	}
	switch {
	case u.pct != 0:
		f.kind = events.KindPercent
		if u.pct == pctBasis {
			v /= 100
		}
		if u.pct != pctPlain {
			f.unit = events.UnitPercentagePoints
		}
	default:
		f.kind = events.KindMoney
		f.cur = u.cur
		if u.scale != 0 {
			v *= u.scale
			f.scaled, f.scale, f.tight = true, u.scale, u.tight
		}
		if u.sub {
			v *= 0.01
			f.cents = u.cur == "USD"
		}
		if u.cur == "" {
			f.pending = true
		}
	}
	a := start
	if prefix != "" && pstart < start {
		a = pstart
	}
	afterFig := len(d.figs) > 0 && d.figs[len(d.figs)-1].b >= a-2
	// An explicit sign: "-15,7 Prozent", "minus 3 Prozent", "plus 1,5
	// Prozent"; not the dash of a range ("20 % -40 %").
	switch {
	case a == pstart && a < start && (d.isPunct(start-1, "-") || d.isPunct(start-1, "+")):
		f.signed = 1
		if d.isPunct(start-1, "-") {
			f.signed = -1
		}
	case (d.isPunct(a-1, "-") || d.isPunct(a-1, "−") || d.isPunct(a-1, "–")) && d.attached(a) && (a-1 == 0 || d.tok(a-1).sp() || d.isPunct(a-2, "(")) && !afterFig:
		f.signed = -1
		a--
	case d.isPunct(a-1, "+") && d.attached(a) && !afterFig:
		f.signed = 1
		a--
	case d.isWord(a-1, "minus") && d.isWord(a-3, "plus") && (d.isWordAny(a-2, "or", "oder") || d.isPunct(a-2, "/")):
		// "plus or minus 2%", "plus/minus zwei Prozent": a tolerance, no
		// sign and no change.
		f.tolerance = true
		a -= 3
	case d.isPunct(a-1, "±"):
		f.tolerance = true
		a--
	case d.isWord(a-1, "minus"):
		f.signed = -1
		a--
	case d.isWord(a-1, "plus") && f.kind == events.KindPercent:
		f.signed = 1
		a--
	}
	if h := d.hedgeBefore(a); h < a {
		f.approx = true
		a = h
	}
	f.a, f.b = a, u.end
	f.val = v
	return f
}

// rangeBefore reports whether the "from" at token p, which introduces
// figure k, compares a range with the range right before it: "sees $20.0
// billion to $20.5 billion, up from $19.5 billion to $20.5 billion" sets
// a range against a range, where "rose from 5 to 6 pct" is a change.
func (d *doc) rangeBefore(k, p int) bool {
	if k == 0 || !d.isWordAny(p-1, "up", "down") {
		return false
	}
	g := &d.figs[k-1]
	return g.partner >= 0 && g.b <= p-1 && g.b >= p-3
}

// chainNext returns the start of the next number of a range or list after
// amount c ("8 bis 9", "0.8-1.2", "drei bzw. 8,5", "von 4,5 auf 3,5",
// "zwölf statt der erhofften 14,5"), or false.
func (d *doc) chainNext(c amount) (int, bool) {
	j := c.end
	if j >= len(d.toks) {
		return 0, false
	}
	num := func(k int) (int, bool) {
		if p, ps := d.prefixAt(k + 1); p != "" && ps == k {
			k++ // "$8 to $9"
		}
		if k < len(d.toks) && (d.tok(k).kind == kNum || d.ent(k).num != 0 && !d.ent(k).art) {
			return k, true
		}
		return 0, false
	}
	switch {
	case d.isDash(j):
		return num(j + 1)
	case d.isWordAny(j, "bis", "to", "oder", "or"):
		return num(j + 1)
	case d.isWord(j, "bzw"):
		if d.isPunct(j+1, ".") {
			return num(j + 2)
		}
		return num(j + 1)
	case d.isWordAny(j, "und", "and"):
		return num(j + 1)
	case d.isWordAny(j, "auf"):
		if d.isWordAny(c.start-1, "von", "from") {
			return num(j + 1)
		}
	case d.isWordAny(j, "statt", "anstatt") || d.isWord(j, "instead") && d.isWord(j+1, "of"):
		for k := j + 1; k < j+6 && k < len(d.toks); k++ {
			if d.tok(k).kind == kNum {
				return k, true
			}
			if d.tok(k).kind != kWord {
				break
			}
		}
	}
	return 0, false
}

// yearNote recognises a prior-year note after a number: "6,31 (2014:
// 4,86) Millionen Euro". It returns the note's year, its amount and the
// token after the closing parenthesis.
func (d *doc) yearNote(j int) (int, amount, int, bool) {
	if d.isPunct(j, "(") && d.tok(j+1).kind == kNum && d.isPunct(j+2, ")") && d.units(j+3, true).any() {
		// "EUR 105.8 ( 83.4 ) million": the prior period's value, no year.
		return -1, amount{start: j + 1, end: j + 2, digits: true}, j + 3, true
	}
	if !d.isPunct(j, "(") || j+4 >= len(d.toks) || d.tok(j+1).kind != kNum || !d.isPunct(j+2, ":") {
		return 0, amount{}, 0, false
	}
	y := parseDigits(d.str(j+1), d.de)
	if !y.yearly || d.tok(j+3).kind != kNum || !d.isPunct(j+4, ")") {
		return 0, amount{}, 0, false
	}
	return int(y.val), amount{start: j + 3, end: j + 4, digits: true}, j + 5, true
}

// pctWord recognises a percentage written as one adjective:
// "zehnprozentigen", "zweiprozentige".
func (d *doc) pctWord(i int) int {
	w := d.str(i)
	if len(w) <= len("prozentig") {
		return i // most words: too short for a number before "prozentig"
	}
	k := strings.Index(w, "prozentig")
	if k <= 0 {
		return i
	}
	var low [maxKey]byte
	n := lowerInto(w[:k], &low)
	if n < 0 {
		return i
	}
	e, ok := d.lk.idx[string(low[:n])]
	if !ok || d.lk.entries[e-1].num == 0 {
		return i
	}
	f := fig{a: i, b: i + 1, num: i, own: i + 1, numEnd: i + 1, kind: events.KindPercent, val: d.lk.entries[e-1].num, anchor: -1, partner: -1}
	if h := d.hedgeBefore(i); h < i {
		f.approx, f.a = true, h
	}
	d.addFig(f)
	return i + 1
}

// pctHyphen recognises a percent unit joined to its number by a hyphen:
// "0,45-prozentigen", "50-Prozent-Partner", "a 15-pct stake", "a
// 3.3-percent increase". It returns the token after the unit word, or j,
// and the unit word's language hint.
func (d *doc) pctHyphen(j int) (int, int8) {
	if !d.isDash(j) || !d.attached(j) || j+1 >= len(d.toks) || !d.attached(j+1) || d.tok(j+1).kind != kWord {
		return j, 0
	}
	if e := d.ent(j + 1); e.pct == pctPlain {
		return j + 2, e.german
	}
	if strings.HasPrefix(lower(d.str(j+1)), "prozentig") {
		return j + 2, 1
	}
	return j, 0
}

// levelBase reports whether the bare number at [i, end) after "from" is
// the earlier value of the percentage g it follows: g is a level reached
// ("to 17.75 pct"), not a change of something the number counts ("up
// 16.8 pct from 184.55"), the number is of g's size and no noun follows
// it ("from 1,439,498 shares").
func (d *doc) levelBase(g *fig, i, end int) bool {
	if !d.isWordAny(g.a-1, "to", "auf", "at") || parseDigits(d.str(i), d.de).yearly {
		return false
	}
	v := parseDigits(d.str(i), d.de).val
	if v <= 0 || v > 3*g.val || 3*v < g.val {
		return false
	}
	t := d.tok(end)
	return t.kind != kWord || t.nl() || d.cues(end)&(cFunc|cDate) != 0 || d.ent(end).month != 0
}

// yearBefore reports whether the plain number at token i is a year in
// the place of one: after a preposition, an article, "fiscal" or a date
// ("in 1986 marks", "fiscal 1987 real GDP", "April 8, 1987 roubles").
func (d *doc) yearBefore(i int) bool {
	if !parseDigits(d.str(i), d.de).yearly {
		return false
	}
	p := i - 1
	return d.isWordAny(p, "in", "im", "of", "for", "since", "seit", "a", "an", "the", "fiscal", "calendar", "year", "jahr") ||
		d.isPunct(p, ",") && d.tok(p-1).kind == kNum || d.ent(p).month != 0 && d.tok(p).kind == kWord
}

// ellipsisCue reports whether a bare number at [i, end) refers back to an
// amount: "davon 50", "50 davon", "of which 50".
func (d *doc) ellipsisCue(i, end int) bool {
	return d.isWord(i-1, "davon") || d.isWord(end, "davon") || d.isWord(i-1, "which") && d.isWord(i-2, "of")
}

// tableLine reports whether token i is on a line of a results table in
// wire style: a short line with "vs" ("Net 32.4 mln vs 33.5 mln").
func (d *doc) tableLine(i int) bool {
	if d.vs == 0 {
		// Most texts have no table: one look at the tokens spares the
		// rules that ask about every figure the walk along its line.
		d.vs = -1
		for k := range d.toks {
			if d.toks[k].lx == d.lk.vs {
				d.vs = 1
				break
			}
		}
	}
	if d.vs < 0 {
		return false
	}
	s := i
	for s > 0 && !d.tok(s).nl() {
		if i-s > 30 {
			return false // a table row is short
		}
		s--
	}
	if d.tok(s).kind != kWord {
		return false
	}
	hasVs := false
	for k := s; k < len(d.toks) && (k == s || !d.tok(k).nl()); k++ {
		if d.isWord(k, "vs") {
			hasVs = true
		}
		if k-s > 30 {
			return false
		}
	}
	return hasVs
}

// oneGroup reports whether s has exactly one separator, followed by
// exactly three digits ("40.000", "1,234").
func oneGroup(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' || s[i] == ',' {
			n++
		}
	}
	return n == 1 && len(s) >= 5 && (s[len(s)-4] == '.' || s[len(s)-4] == ',')
}
