package figures

import (
	"strings"

	"github.com/tickerwire/tickerwire/pkg/events"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/sieve"
)

// maxKey is the longest word the lexicon holds, in bytes; longer words are
// never looked up.
const maxKey = 40

// Percent units.
const (
	pctPlain  uint8 = iota + 1 // %, Prozent, percent, pct
	pctPoints                  // percentage points, Prozentpunkte
	pctBasis                   // basis points, Basispunkte (1/100 of a point)
)

// Cue flags: what a word says about the figures near it.
const (
	cHedge       uint32 = 1 << iota // rund, etwa, about: the amount is approximate
	cUp                             // rose, stieg, Plus: an increase
	cDown                           // fell, sank, Minus: a decrease
	cChangeNoun                     // Anstieg, increase: "an increase of 5 %" is a change
	cLevel                          // auf, to, from, at: the figure is a level
	cEstimate                       // Analysten, consensus: third-party forecast
	cSpec                           // würde, could, probably: speculation, an estimate
	cGuide                          // soll, plans, forecast: the company's own plan
	cExpect                         // erwartet, expects: guidance unless a third party speaks
	cLoss                           // Verlust, loss: the amount is negative
	cProfit                         // Gewinn, profit: the amount is positive (resets cLoss)
	cBase                           // vs, compared, gegenüber: a comparison base follows
	cPeriodQ                        // Quartal, quarter, qtr
	cPeriodH                        // Halbjahr, half
	cPeriodY                        // Geschäftsjahr, fiscal, year
	cOrdinalNoun                    // nouns a German ordinal "3." precedes (Quartal, Platz)
	cFunc                           // function words that may follow an elliptical amount
	cMoneyNoun                      // Schulden, debt: a bare scaled amount before it is money
	cThird                          // analysts, economists: a third party as the speaker
	cCount                          // shares, Aktien in a table label: counts, not money
	cDate                           // Anfang, Ende, Herbst, bis, ab: a year after it is a date
	cClause                         // while, whereas, während: a clause boundary
	cCost                           // kostet, cost: capex when something is built
	cBuild                          // Bau, plant, Rechenzentrum: building nouns
	cDeal                           // buy, sell, übernehmen: deal value for "für/for X"
	cPer                            // may start or carry a period expression
	cPeriodic                       // Marge, margin, orders, charge: a measure of a period, dated as results are
)

// entry is what the lexicon knows about one lower-cased word.
type entry struct {
	num     float64 // a spelled-out number's value
	scale   float64 // a scale word's multiplier
	scaleDE float64 // the multiplier in German text where it differs (Billion)
	cur     string  // ISO 4217 code of a currency word
	sub     float64 // 0.01 for a subunit (cents, pence)
	pct     uint8
	abbrev  bool   // a '.' after it does not end a sentence
	tight   bool   // a scale that must touch the number or follow a currency ("m", "bn")
	art     bool   // an article that counts as one only before a scale ("a", "ein")
	half    bool   // "halbe", "half": 0.5 of the scale that follows
	qual    string // currency a qualifier gives the currency word after it ("US" Dollar, "Swiss" francs)
	needQ   bool   // a currency word that names a currency only after a qualifier ("Kronen")
	german  int8   // +1 for a German-only unit word, -1 for an English-only one
	// afterScale marks a currency word that names one only after a
	// scale ("7.2 billion won").
	afterScale bool
	flags      uint32
	metric     events.Metric
	ord        int // ordinal value (erste, first, third) for periods
	month      int // month number for month names
}

// lexicon maps lower-cased words to entries. It is built once and never
// changed, so one value serves all goroutines.
type lexicon struct {
	idx     map[string]int16
	entries []entry
	// plantDE and plantEN are the entries of "plant": German "er plant"
	// (he plans) and the English noun (a factory).
	plantDE, plantEN int16
	// vs is the entry of "vs", which marks the rows of a results table.
	vs int16
	// flags holds the flags of each entry, at the entry's index+1 and 0
	// at 0: the rules ask about them for most words around a figure, and
	// a small table of them stays in the cache where the entries do not.
	flags []uint32
	// words spares most words of a text, which the lexicon does not
	// hold, the look-up in keys.
	words *sieve.Sieve
	// keys maps the words of idx to their entries and the words of
	// wordClasses to their classes: the tokenizer finds both with one
	// look-up per word.
	keys map[string]key
}

// key is what the tokenizer finds for a lower-cased word: its entry, if
// any, and its word classes.
type key struct {
	lx    int16 // index+1 into entries, or 0
	class uint16
}

// Word classes: the word lists that rules ask about for many tokens
// around a figure or across a sentence, each a bit that the tokenizer
// records per token. They are no lexicon entries: a word without an
// entry reads as an adjective to prepBefore.
const (
	wArticle   uint16 = 1 << iota // prepBefore: an article or possessive before an amount
	wPrep                         // prepBefore: a preposition that governs an amount
	wLevelOf                      // changeOf: a signed amount after it is a level, not a change
	wPlanNear                     // priorPlan: a plan noun right before a base
	wPlan                         // priorPlan: a plan noun anywhere in the sentence
	wRevise                       // priorPlan: a plan raised or cut
	wNow                          // priorPlan: a plan that replaces one
	wPast                         // pastTime: a word that dates what precedes it in the past
	wBuyback                      // buybackIn: shares bought back
	wAgo                          // pastValue: a time back, after a period word
	wPriorYear                    // pastValue: the year before, one word
	wPrevious                     // pastValue: a period before, before a period word
	wAnd                          // clauseBasis: a statement coordinated after a figure
)

// wordClasses lists the words of each class, in the order of the bits.
var wordClasses = [...]string{
	`the a an its their der die das den dem des einem einen seinen ihren`,
	`from von vom to auf at bei of by against versus vs gegenüber with mit`,
	`from to at von auf bei of was were is are totalled totaled`,
	`forecast forecasts guidance target targets outlook projection prognose ziel ausblick plan`,
	`forecast forecasts guidance outlook target targets projection projections prognose prognosen
ziel ziele ausblick jahresprognose jahresziel`,
	`raised raises lifted lifts cut cuts lowered lowers trimmed revised narrowed hebt hob senkt senkte
kappt kappte`,
	`now nun`,
	`ago vorjahr vorjahres vorjahreszeitraum vorjahresquartal last vergangenen previous prior zuvor`,
	`buyback buybacks repurchase repurchases repurchased aktienrückkauf aktienrückkäufe rückkauf
zurückkaufen aktienrückkaufprogramm`,
	`zuvor ago earlier früher`,
	`vorjahr vorjahreszeitraum vorjahresquartal`,
	`previous prior`,
	`und and sowie`,
}

func (lk *lexicon) add(e entry, words ...string) {
	for _, w := range words {
		if i, ok := lk.idx[w]; ok {
			merge(&lk.entries[i-1], e)
			continue
		}
		lk.entries = append(lk.entries, e)
		lk.idx[w] = int16(len(lk.entries))
	}
}

// merge folds e into dst so that a word can carry several roles ("Minus"
// is a change noun and a loss cue).
func merge(dst *entry, e entry) {
	if e.num != 0 {
		dst.num = e.num
	}
	if e.scale != 0 {
		dst.scale, dst.scaleDE, dst.tight = e.scale, e.scaleDE, e.tight
	}
	if e.cur != "" {
		dst.cur, dst.sub = e.cur, e.sub
	}
	if e.pct != 0 {
		dst.pct = e.pct
	}
	if e.metric != "" {
		dst.metric = e.metric
	}
	if e.ord != 0 {
		dst.ord = e.ord
	}
	if e.month != 0 {
		dst.month = e.month
	}
	if e.qual != "" {
		dst.qual = e.qual
	}
	if e.german != 0 {
		dst.german = e.german
	}
	dst.needQ = dst.needQ || e.needQ
	dst.afterScale = dst.afterScale || e.afterScale
	dst.abbrev = dst.abbrev || e.abbrev
	dst.art = dst.art || e.art
	dst.half = dst.half || e.half
	dst.flags |= e.flags
}

// index returns the entry index+1 of word, or 0, and its word classes.
// low is scratch space for lower-casing, so the lookup does not allocate.
func (lk *lexicon) index(word string, low *[maxKey]byte) key {
	n := lowerInto(word, low)
	if n < 0 || !sieve.May(lk.words, low[:n]) {
		return key{}
	}
	return lk.keys[string(low[:n])]
}

// indexLower is index for a word known to be lower-cased already.
func (lk *lexicon) indexLower(word string) key {
	if len(word) > maxKey || !sieve.May(lk.words, word) {
		return key{}
	}
	return lk.keys[word]
}

func (lk *lexicon) get(i int16) *entry {
	if i == 0 {
		return &noEntry
	}
	return &lk.entries[i-1]
}

var noEntry entry

// lowerInto writes the lower-cased word into low and returns its length,
// or -1 when it does not fit. ASCII and the German capitals Ä, Ö, Ü are
// folded; other bytes are copied as they are.
func lowerInto(word string, low *[maxKey]byte) int {
	if len(word) > maxKey {
		return -1
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == 0xC3 && i+1 < len(word):
			low[i] = c
			i++
			c = word[i]
			if c == 0x84 || c == 0x96 || c == 0x9C {
				c += 0x20
			}
		}
		low[i] = c
	}
	return len(word)
}

// lower returns s lower-cased the way the lexicon keys are.
func lower(s string) string {
	var low [maxKey]byte
	n := lowerInto(s, &low)
	if n < 0 {
		return strings.ToLower(s)
	}
	return string(low[:n])
}

// theLexicon is built once at package initialisation and only read after.
var theLexicon = buildLexicon()

func buildLexicon() *lexicon {
	lk := &lexicon{idx: make(map[string]int16, 1024)}
	addNumbers(lk)
	addUnits(lk)
	addCues(lk)
	addMetrics(lk)
	lk.plantDE = lk.idx["plant"]
	en := lk.entries[lk.plantDE-1]
	en.flags &^= cGuide
	lk.entries = append(lk.entries, en)
	lk.plantEN = int16(len(lk.entries))
	lk.vs = lk.idx["vs"]
	lk.flags = make([]uint32, len(lk.entries)+1)
	for i := range lk.entries {
		lk.flags[i+1] = lk.entries[i].flags
	}
	lk.keys = make(map[string]key, len(lk.idx))
	for w, i := range lk.idx {
		lk.keys[w] = key{lx: i}
	}
	for c, words := range wordClasses {
		for _, w := range strings.Fields(words) {
			k := lk.keys[w]
			k.class |= 1 << c
			lk.keys[w] = k
		}
	}
	lk.words = sieve.Of(lk.keys)
	return lk
}

func addNumbers(lk *lexicon) {
	de := []string{"null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
		"elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"}
	en := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for v := 2; v < len(de); v++ {
		lk.add(entry{num: float64(v)}, de[v], en[v])
	}
	lk.add(entry{num: 1}, "one", "eins")
	lk.add(entry{num: 1, art: true}, "ein", "eine", "einer", "einen", "einem", "a", "an")
	deTens := []string{"", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"}
	enTens := []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	deUnits := []string{"", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"}
	for t := 2; t < 10; t++ {
		lk.add(entry{num: float64(10 * t)}, deTens[t], enTens[t])
		for u := 1; u < 10; u++ {
			// German writes 25 as one word, "fünfundzwanzig".
			lk.add(entry{num: float64(10*t + u)}, deUnits[u]+"und"+deTens[t])
		}
	}
	lk.add(entry{num: 100}, "hundert", "hundred", "einhundert")
	lk.add(entry{num: 1.5}, "anderthalb", "eineinhalb")
	lk.add(entry{num: 2.5}, "zweieinhalb")
	lk.add(entry{num: 3.5}, "dreieinhalb")
	lk.add(entry{num: 0.5, half: true}, "halbe", "halben", "halber", "half")
	lk.add(entry{num: 12}, "dutzend", "dozen")
	// Ordinals for periods ("ersten Halbjahr", "third quarter").
	ords := [][]string{
		{"erste", "ersten", "erstes", "erster", "first", "1st"},
		{"zweite", "zweiten", "zweites", "zweiter", "second", "2nd"},
		{"dritte", "dritten", "drittes", "dritter", "third", "3rd"},
		{"vierte", "vierten", "viertes", "vierter", "fourth", "4th", "letzten", "final"},
	}
	for i, ws := range ords {
		lk.add(entry{ord: i + 1}, ws...)
	}
}

func addUnits(lk *lexicon) {
	lk.add(entry{scale: 1e3, scaleDE: 1e3}, "tsd", "tausend", "thousand", "thousands")
	lk.add(entry{scale: 1e3, scaleDE: 1e3, tight: true}, "k")
	lk.add(entry{scale: 1e6, scaleDE: 1e6}, "mio", "million", "millionen", "millions", "mln", "mn", "mill", "mil")
	lk.add(entry{scale: 1e6, scaleDE: 1e6, tight: true}, "m")
	lk.add(entry{scale: 1e9, scaleDE: 1e9}, "mrd", "milliarde", "milliarden", "bn", "bln", "billions", "mia")
	lk.add(entry{scale: 1e9, scaleDE: 1e9, tight: true}, "b")
	// German "Billion" is 10^12, English "billion" 10^9.
	lk.add(entry{scale: 1e9, scaleDE: 1e12}, "billion")
	lk.add(entry{scale: 1e12, scaleDE: 1e12}, "bio", "billionen", "trillion", "trillions", "tn")
	lk.add(entry{abbrev: true}, "mio", "mrd", "tsd", "bio", "mill", "mil", "mia")

	cur := func(code string, words ...string) { lk.add(entry{cur: code}, words...) }
	cur("USD", "usd", "dollar", "dollars", "dlrs", "dlr", "us$", "usdollar")
	cur("EUR", "eur", "euro", "euros", "x20ac")
	cur("GBP", "gbp", "pfund", "pound", "pounds", "stg", "sterling")
	cur("JPY", "jpy", "yen")
	cur("CHF", "chf", "franken", "sfr", "sfr")
	cur("FRF", "francs", "franc", "ffr")
	cur("DEM", "marks", "mark", "dm", "dmk", "d-mark")
	cur("NLG", "guilders", "guilder", "gulden", "dfl", "hfl")
	cur("ITL", "lire", "lira")
	cur("ESP", "pesetas", "peseta")
	cur("BEF", "bfr")
	cur("ZAR", "rand", "zar")
	cur("INR", "rupees", "rupien", "rupie", "inr")
	cur("CNY", "yuan", "renminbi", "cny", "rmb")
	cur("RUB", "rubel", "roubles", "rubles", "rub")
	cur("SEK", "sek", "skr")
	cur("NOK", "nok", "nkr")
	cur("DKK", "dkk", "dkr")
	cur("PLN", "zloty", "zlotys", "zlote", "złoty", "złotych", "pln")
	cur("HUF", "forint", "huf")
	cur("CZK", "czk")
	cur("AUD", "aud")
	cur("CAD", "cad")
	cur("NZD", "nzd")
	cur("HKD", "hkd")
	cur("SGD", "sgd")
	cur("KRW", "krw")
	cur("BRL", "brl", "reais", "real")
	cur("MXN", "mxn")
	cur("EEK", "eek")
	cur("LVL", "lvl", "lats", "ls")
	cur("LTL", "ltl", "litas", "lt")
	cur("ISK", "isk")
	cur("XEU", "ecu", "ecus")
	cur("MYR", "ringgit", "myr")
	cur("THB", "baht", "thb")
	cur("SAR", "riyal", "riyals", "sar")
	cur("ATS", "schilling", "schillings", "ats")
	cur("PTE", "escudo", "escudos", "pte")
	cur("VEB", "bolivar", "bolivars")
	cur("BRC", "cruzado", "cruzados")
	cur("ARA", "australs")
	cur("IDR", "rupiah", "rupiahs", "idr")
	cur("NGN", "naira", "ngn")
	cur("GRD", "drachma", "drachmas", "drachmae", "grd")
	cur("FIM", "markka", "markkaa", "fim")
	cur("TWD", "twd")
	// "7.2 billion won": the currency only after a scale, as "won" is
	// also a verb.
	lk.add(entry{cur: "KRW", afterScale: true}, "won")
	lk.add(entry{cur: "USD", sub: 0.01}, "cents", "cent", "cts", "ct", "c")
	lk.add(entry{cur: "GBP", sub: 0.01}, "pence", "penny", "p")
	lk.add(entry{cur: "EUR", sub: 0.01}, "eurocent", "eurocents")
	lk.add(entry{cur: "CHF", sub: 0.01}, "rappen")
	lk.add(entry{needQ: true, cur: "SEK"}, "kronen", "kronor", "kroner", "crowns", "crown", "krona", "krone")
	lk.add(entry{needQ: true, cur: "MXN"}, "pesos", "peso")
	lk.add(entry{needQ: true, cur: "KES"}, "shillings", "shilling")
	lk.add(entry{needQ: true, cur: "KWD"}, "dinars", "dinar")
	q := func(code string, words ...string) { lk.add(entry{qual: code}, words...) }
	q("USD", "us", "u", "amerikanische", "amerikanischen", "american")
	q("CAD", "can", "canadian", "kanadische", "kanadischen", "kanadischer", "c")
	q("AUD", "aust", "australian", "australische", "australischen", "a")
	q("HKD", "hk", "hongkong", "hong")
	q("NZD", "nz", "neuseeländische", "neuseeländischen")
	q("SGD", "singapore", "singapur")
	q("TWD", "taiwan")
	q("CHF", "swiss", "schweizer")
	q("BEF", "belgian", "belgische", "belgischen")
	q("FRF", "french", "französische", "französischen")
	q("DKK", "danish", "dänische", "dänischen", "dkr")
	q("SEK", "swedish", "schwedische", "schwedischen")
	q("NOK", "norwegian", "norwegische", "norwegischen")
	q("CZK", "czech", "tschechische", "tschechischen")
	q("ISK", "icelandic", "isländische", "isländischen")
	q("DEM", "d")
	q("NZD", "zealand")
	q("MYR", "malaysian")
	q("IEP", "irish")
	q("EGP", "egyptian")
	q("TRL", "turkish")
	q("FIM", "finnish")
	q("KWD", "kuwaiti")
	q("IQD", "iraqi")
	q("MXN", "mexican")
	q("PHP", "philippine")
	q("KES", "kenya", "kenyan")
	q("LUF", "luxembourg")
	lk.add(entry{german: 1}, "mio", "mrd", "milliarde", "milliarden", "millionen", "billionen", "tsd", "tausend",
		"prozent", "prozentpunkte", "prozentpunkten", "basispunkte", "basispunkten", "franken", "pfund", "bio")
	lk.add(entry{german: -1}, "million", "millions", "mln", "mn", "bn", "bln", "billions", "thousand", "percent",
		"pct", "dlrs", "dlr", "stg", "cts", "trillion", "tn")
	lk.add(entry{abbrev: true}, "dlrs", "dlr", "stg", "cts", "ct", "sfr", "dfl", "hfl", "dkr", "nkr", "skr", "ffr", "bfr")

	lk.add(entry{pct: pctPlain}, "prozent", "percent", "pct", "vh", "procent")
	lk.add(entry{pct: pctPoints}, "prozentpunkte", "prozentpunkten", "prozentpunkt", "pp", "ppt", "ppts")
	lk.add(entry{pct: pctBasis}, "basispunkte", "basispunkten", "basispunkt", "bp", "bps", "bpt")
}

func addCues(lk *lexicon) {
	f := func(flags uint32, words ...string) { lk.add(entry{flags: flags}, words...) }
	f(cHedge, "rund", "etwa", "ca", "circa", "zirka", "knapp", "fast", "beinahe", "nahezu", "annähernd",
		"ungefähr", "gut", "über", "unter", "mindestens", "höchstens", "rd", "about", "around", "approximately",
		"approx", "nearly", "almost", "roughly", "some", "over", "under", "below", "above", "least", "much", "many",
		"close", "upwards", "excess", "zu", "to", "than", "als", "mehr", "weniger", "more", "less", "slightly",
		"just", "well", "maximal", "bis", "up", "most", "of", "die", "as", "ganz", "zumindest", "wenigstens",
		"upward")
	f(cUp, "stieg", "stiegen", "steigt", "steigen", "gestiegen", "steigerte", "steigerten", "gesteigert", "steigern",
		"legt", "legte", "legten", "zugelegt", "wuchs", "wuchsen", "gewachsen", "wächst", "kletterte", "kletterten",
		"geklettert", "gewann", "gewannen", "gewinnt", "erhöhte", "erhöhten", "erhöht", "erhöhen", "verbesserte",
		"verbessert", "plus", "anstieg", "zuwachs", "steigerung", "wachstum", "erhöhung", "teurer", "höher",
		"rose", "rises", "rise", "risen", "rising", "up", "gained", "gain", "gains", "increased", "increase",
		"increases", "grew", "grow", "grows", "growth", "climbed", "climb", "jumped", "jump", "soared", "surged",
		"advanced", "added", "higher", "improved", "doubled", "raised", "boosted", "expanded", "sprang",
		"zulegen", "zulegte", "verdoppelt", "verdoppelte", "mehr", "aufwärts", "hinauf", "oben", "rallied", "firmed",
		"edged", "inched", "climbing", "gaining", "rising", "surging", "soaring", "jumping", "increasing", "growing",
		"angezogen", "sprang", "sprangen", "gesprungen", "schnellte", "schnellten", "emporgeschnellt",
		"verteuerte", "verteuerten", "verteuert", "stieg", "anstiegen", "wuchs", "zunahme", "zugenommen", "fester",
		"jumps", "soars", "surges", "climbs", "uplift", "widened", "widens")
	f(cDown, "sank", "sanken", "sinkt", "sinken", "gesunken", "fiel", "fielen", "fällt", "fallen", "gefallen",
		"verlor", "verloren", "verliert", "verlieren", "rutschte", "rutschten", "gerutscht", "schrumpfte",
		"schrumpften", "geschrumpft", "schrumpft", "brach", "brachen", "eingebrochen", "büßte", "büßten",
		"eingebüßt", "einbußen", "gab", "gaben", "nachgegeben", "minus", "rückgang", "einbruch", "weniger",
		"niedriger", "billiger", "gekürzt", "kürzt", "kürzte", "senkte", "gesenkt", "senkung", "abwärts", "zurück", "zurückgegangen", "unten",
		"fell", "falls", "fall", "fallen", "down", "declined", "decline", "declines", "decreased", "decrease",
		"decreases", "dropped", "drop", "drops", "lost", "lose", "loses", "slipped", "slid", "eased", "shed",
		"tumbled", "plunged", "plummeted", "sank", "lower", "lowered", "cut", "reduced", "reduction", "shrank",
		"contracted", "weakened", "dipped", "slumped", "retreated", "verringerte", "verringert", "reduziert",
		"reduzierte", "halbiert", "halbierte", "negativ", "dropping", "falling", "sinking",
		"fewer", "declining", "decreasing", "sliding", "slipping", "tumbling", "plunging", "sagged", "skidded",
		"stürzte", "stürzten", "abgestürzt", "gestürzt", "sackte", "sackten", "abgesackt", "rutscht", "abgerutscht",
		"verbilligte", "verbilligten", "verbilligt", "zurückgegangen", "abnahme", "abgenommen",
		"nachgab", "nachgaben", "schwächer", "tiefer", "eingebüsst", "leichter", "slips", "slides", "tumbles", "plunges",
		"sinks", "dips", "narrowed", "narrows")
	f(cChangeNoun, "plus", "minus", "anstieg", "zuwachs", "steigerung", "wachstum", "erhöhung", "rückgang",
		"einbruch", "senkung", "increase", "rise", "gain", "growth", "decline", "decrease", "drop", "fall",
		"reduction", "jump", "improvement", "verbesserung", "reductions", "improvements", "umsatzplus", "umsatzrückgang", "gewinnrückgang",
		"gewinnanstieg", "prämienrückgang", "kursverlust", "kursgewinn", "kursplus", "kursminus", "kurssturz", "uplift")
	f(cLevel, "auf", "to", "von", "from", "at", "bei", "mit", "of", "vom", "on", "in", "im", "für", "for", "was",
		"were", "is", "are", "beträgt", "betrug", "lag", "lagen", "liegt", "totalled", "totaled", "reached",
		"amounted", "stood", "erreichte", "erreicht")
	f(cEstimate, "analysten", "analyst", "analysts", "experten", "expert", "experts", "ökonomen", "economists",
		"konsens", "consensus", "schätzungen", "schätzung", "schätzen", "schätzt", "schätzte", "schätze", "estimates",
		"estimate", "erwartungen", "expectations", "vorhersagen", "wirtschaftsforscher", "forscher", "beobachter",
		"marktbeobachter", "insider", "insidern", "observers", "poll", "umfrage", "befragten", "medien",
		"forecasters", "marktkonsens", "analystenkonsens", "konsensschätzung", "konsensschätzungen", "geschätzte", "geschätzten",
		"geschätzter", "geschätztes")
	f(cThird, "analysten", "analyst", "analysts", "experten", "experts", "ökonomen", "economists",
		"wirtschaftsforscher", "forscher", "konsens", "consensus", "institut", "institute",
		"beobachter", "observers", "insider", "insidern", "marktkonsens", "analystenkonsens")
	f(cSpec, "würde", "würden", "könnte", "könnten", "dürfte", "dürften", "wäre", "wären", "fiele", "fielen",
		"bestenfalls", "schlimmstenfalls", "vermutlich", "wahrscheinlich", "möglicherweise", "womöglich",
		"could", "might", "probably", "likely", "possibly", "perhaps", "may", "drohe", "droht", "drohen")
	f(cGuide, "soll", "sollen", "solle", "sollte", "sollten", "will", "wollen", "wolle", "plant", "planen",
		"plane", "plante", "planten", "geplant", "geplante", "geplanten", "peilt", "anpeilen", "angepeilt",
		"ziel", "ziele", "zielt", "target", "targets", "targeted", "aims", "aim", "strebt", "anstreben",
		"prognose", "prognostiziert", "prognostizierte", "forecast", "forecasts", "forecasted", "outlook",
		"ausblick", "guidance", "plans", "plan", "planned", "planning", "shall", "intends", "intend", "intended",
		"budget", "budgeted", "projected", "projects", "projection", "sees", "künftig", "voraussichtlich",
		"erhofften", "erhofft", "erhoffte", "anvisiert", "going", "aussicht", "would",
		"expects", "expected", "expect", "expecting", "erwartet", "erwartete", "erwarten", "rechnet",
		"rechnete", "rechnen", "gerechnet", "estimated", "anticipates", "anticipated", "verdoppelt",
		"jahresprognose", "jahresziel", "jahresziele", "jahresausblick", "gesamtjahresprognose", "prognosen", "should")
	f(cExpect, "expects", "expected", "expect", "expecting", "erwartet", "erwartete", "erwarten", "rechnet",
		"rechnete", "rechnen", "gerechnet", "anticipates", "anticipated", "forecast", "forecasts", "prognose",
		"prognostiziert", "estimated", "geschätzt", "geschätzten", "geschätzte", "projected", "sees")
	f(cLoss, "verlust", "verluste", "verlusts", "verlustes", "nettoverlust", "loss", "losses", "minus", "negativ", "losing", "lost",
		"fehlbetrag", "deficit", "defizit", "roten", "red")
	f(cProfit, "gewinn", "gewinne", "gewinns", "nettogewinn", "profit", "profits", "income", "earnings",
		"ergebnis", "ergebnisse", "egt", "vorsteuerergebnis", "result", "results", "betriebsergebnis",
		"überschuss", "plus", "positiv")
	f(cBase, "vs", "versus", "compared", "against", "gegenüber", "vorjahr", "vorjahres", "previous", "prior",
		"earlier", "ago", "zuvor", "statt", "anstatt", "instead", "from", "von", "vom")
	f(cDate, "base", "basis", "anfang", "ende", "mitte", "herbst", "frühjahr", "frühling", "sommer", "winter", "bis", "ab", "seit",
		"until", "since", "by", "through", "zum", "beginning", "end", "autumn", "spring", "summer", "early", "late",
		"mid", "jahresende", "jahresbeginn", "jahresmitte", "modelljahr", "model", "year-end", "before", "vor",
		"nach", "after", "als")
	// "aber", "jedoch" and "allerdings" are not here: inside a German clause
	// they are adverbs ("das EBIT fiel aber um 18 Prozent"), and as
	// conjunctions a comma before them already ends the clause.
	f(cClause, "while", "whereas", "während", "wohingegen", "but", "wodurch", "when", "because", "although", "obwohl", "weil",
		"womit", "nachdem", "wenn", "falls", "sofern", "whilst")
	f(cCost, "kostet", "kosten", "kostete", "gekostet", "cost", "costs", "costing")
	f(cBuild, "bau", "baus", "gebäude", "neubau", "werk", "werks", "fabrik", "anlage", "anlagen", "windpark",
		"kraftwerk", "rechenzentrum", "rechenzentren", "hauptquartier", "campus", "plant", "factory", "facility",
		"facilities", "building", "construction", "expansion", "ausbau", "erweiterung", "standort", "projekt",
		"project", "mine", "pipeline", "netz", "network", "terminal", "bauarbeiten", "bauzeit", "baukosten",
		"projektkosten", "errichtung", "modernisierung")
	f(cDeal, "kauf", "kaufen", "kauft", "kaufte", "gekauft", "übernahme", "übernehmen", "übernimmt", "übernahm",
		"übernommen", "erwirbt", "erwerben", "erwarb", "erworben", "erwerb", "verkauf", "verkaufen", "verkauft",
		"verkaufte", "veräußert", "veräußern", "veräußerung", "fusion", "buy", "buys", "bought", "buying", "acquire",
		"acquires", "acquired", "acquiring", "acquisition", "sell", "sells", "sold", "selling", "sale", "offer",
		"offers", "offering", "offered", "bid", "bids", "takeover", "merger", "deal", "transaction", "purchase",
		"purchased", "tender", "angebot", "gebot", "einbringen", "einbringt", "kaufpreis", "transaktion",
		"divest", "divestment", "disposal", "owner", "eigentümer", "acquisitions", "takeovers", "mergers",
		"divestments", "disposals", "merge", "merges", "merging", "fusionieren", "fusioniert", "bietet", "bieten",
		"geboten", "offerte", "übernahmeangebot", "kaufangebot", "pflichtangebot", "übernahmeofferte", "käufer", "buyer",
		"buyers", "bieter", "bidder")
	f(cMoneyNoun, "schulden", "umsatz", "umsätze", "gewinn", "verlust", "verluste", "überschüssen", "überschüsse",
		"überschuss", "einnahmen", "ausgaben", "kosten", "debt", "debts", "revenue", "revenues", "sales", "profit",
		"loss", "losses", "investitionen", "dividende", "budget", "kredite", "dollar", "euro", "fonds",
		"kapital", "capital", "cash", "liquidity", "funds", "financing", "finanzierung", "förderung", "subsidies",
		"steuern", "taxes", "abschreibungen", "writedowns", "charges", "rückstellungen", "provisions")
	f(cCount, "shrs", "shares", "aktien", "stücke", "units", "employees", "mitarbeiter", "beschäftigte",
		"kunden", "customers", "subscribers", "users", "nutzer", "tonnes", "tonne", "tons", "barrels", "barrel", "fass", "bpd", "ounces", "unzen",
		"acres", "bags", "lbs", "hectares", "bushels", "vehicles", "fahrzeuge", "cars", "autos", "people", "menschen", "passengers",
		"passagiere", "einwohner", "haushalte", "households", "jobs", "stellen", "arbeitsplätze",
		// Measures and other things counted.
		"bales", "cwts", "cwt", "kilos", "kilograms", "kg", "kgs", "litres", "liters", "gallons", "carats", "cubic",
		"feet", "metres", "meters", "miles", "kilometres", "kilometers", "km", "megawatts", "mw", "kwh", "gwh", "mwh",
		"tonnen", "liter", "hektar", "kilogramm", "megawatt", "kilometer", "quadratmeter", "meter",
		"pieces", "copies", "containers", "teu", "trucks", "planes", "jets", "ships", "vessels",
		"wells", "rigs", "contracts", "cattle", "hogs", "pigs", "bottles", "cigarettes",
		"stores", "shops", "branches", "homes", "houses", "dwellings", "rooms", "beds", "seats", "votes",
		"workers", "students", "patients", "visitors", "tourists", "tickets",
		"wohnungen", "häuser", "betten", "filialen", "geschäfte", "besucher", "gäste", "nächtigungen", "übernachtungen",
		"flüge", "flugzeuge", "schiffe", "stimmen", "sitze", "studenten", "schüler",
		"patienten", "exemplare", "einheiten", "arbeitslose")
	f(cFunc, "a", "an", "the", "this", "that", "these", "last", "next", "in", "on", "at", "for", "from", "to",
		"by", "with", "of", "vs", "versus", "compared", "against", "and", "or", "but", "as", "over", "under",
		"up", "down", "per", "each", "a", "year", "annually", "was", "were", "is", "are", "be", "been", "will",
		"would", "has", "had", "have", "said", "says", "while", "which", "including", "after", "before", "during",
		"than", "its", "their", "his", "her", "it", "they", "he", "she", "we", "also", "respectively", "net",
		"mark", "earlier", "ago", "before", "since", "until", "through", "into", "plus", "minus", "about", "or",
		"not", "only", "so", "if", "when", "because", "through", "last", "previously", "versus", "dlrs",
		"an", "auf", "für", "im", "in", "pro", "von", "vom", "und", "oder", "bzw", "statt", "davon", "zu", "zum",
		"bei", "mit", "aus", "nach", "vor", "seit", "als", "wie", "gegenüber", "jährlich", "ein", "eine",
		"sein", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "hat", "haben", "hatte",
		"sollen", "soll", "der", "die", "das", "dem", "den", "des", "an", "um", "bis", "je", "weitere",
		"zusätzliche", "zusätzlich", "mehr", "weniger", "ab", "pa")
	months := [][]string{{"januar", "jänner", "january", "jan"}, {"februar", "feber", "february", "feb"},
		{"märz", "march", "mar"}, {"april", "apr"}, {"mai", "may"}, {"juni", "june", "jun"},
		{"juli", "july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"}, {"oktober", "october", "oct", "okt"},
		{"november", "nov"}, {"dezember", "december", "dec", "dez"}}
	for i, ws := range months {
		lk.add(entry{month: i + 1}, ws...)
	}
	lk.add(entry{abbrev: true}, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "okt", "nov",
		"dec", "dez", "ca", "rd", "bzw", "vs", "nr", "dr", "prof", "st", "inc", "corp", "co", "ltd", "mr", "mrs",
		"ms", "no", "approx", "vgl", "inkl", "exkl", "evtl", "ggf", "abs", "bd", "hr", "fr", "jr", "sen", "gen",
		"u", "z", "b", "d", "h", "s", "etc", "usw", "bspw", "zb", "dt", "int", "intl", "bros", "plc", "ag",
		"mt", "pct", "avg", "shr", "shrs", "qtr", "mths", "oper", "revs", "approx", "est", "cf")
	f(cOrdinalNoun, "quartal", "quartals", "quartalen", "halbjahr", "halbjahres", "platz", "stelle", "mal",
		"jahrhundert", "jahrhunderts", "runde", "stock", "bezirk", "klasse", "liga", "kalenderwoche", "woche",
		"tag", "monat", "etappe", "auflage", "generation", "unternehmen")
	f(cPer, "annual", "q", "h", "fy", "months", "monaten", "monate", "mths", "mos", "month", "vorjahr", "vorjahres",
		"vorjahreszeitraum", "vorjahresquartal", "vorjahresperiode", "heuer", "same", "gleichen", "similar", "corresponding",
		"comparable", "like", "entsprechenden", "vergleichbaren", "next",
		"nächsten", "kommenden", "coming", "following", "folgenden")
	f(cPeriodic, "margin", "margins", "marge", "margen", "ratio", "quote", "rendite", "auslastung", "marktanteil", "marktanteile",
		"auftragseingang", "auftragseingänge", "orders", "bookings", "backlog", "auftragsbestand", "absatz", "auslieferungen",
		"deliveries", "production", "produktion", "output", "traffic", "charge", "charges", "writedown", "writedowns",
		"write-down", "write-downs", "impairment", "impairments", "abschreibungen", "abschreibung", "wertberichtigung",
		"belastung", "belastungen", "sonderbelastung", "sonderbelastungen", "hit", "egt", "pretax", "pre-tax", "return")
	f(cPeriodQ, "quartal", "quartals", "quarter", "quarters", "qtr", "vierteljahr", "vierteljahres",
		"quartalen", "quarterly", "quartale", "geschäftsquartal", "geschäftsquartals", "quartalszeitraum")
	f(cPeriodH, "halbjahr", "halbjahres", "jahreshälfte", "half", "geschäftshalbjahr", "hälfte", "halbjahrs")
	f(cPeriodY, "yr", "geschäftsjahr", "geschäftsjahres", "fiscal", "gesamtjahr", "gesamtjahres", "year", "jahr",
		"jahres", "fy", "calendar", "bilanz", "jahresbilanz", "unternehmensbilanz", "geschäftsjahrs", "jahresergebnis",
		"jahresprognose", "jahresziel", "jahresziele", "jahresausblick", "gesamtjahresprognose")
}

func addMetrics(lk *lexicon) {
	m := func(metric events.Metric, words ...string) { lk.add(entry{metric: metric}, words...) }
	m(events.MetricRevenue, "umsatz", "umsätze", "umsatzes", "umsatzerlöse", "umsatzerlösen", "erlöse", "erlösen",
		"erlös", "einnahmen", "revenue", "revenues", "sales", "turnover", "revs", "rev", "prämien",
		"prämienvolumen", "prämieneinnahmen", "konzernumsatz", "nettoumsatz", "gesamtumsatz", "umsatzplus",
		"umsatzrückgang", "umsatzwachstum", "erträge", "billings", "quartalsumsatz", "jahresumsatz",
		"prämienrückgang", "prämienverlust")
	m(events.MetricOperatingIncome, "ebit", "betriebsergebnis", "betriebsgewinn", "operativ", "operative",
		"operativen", "operatives", "operating", "oper", "betriebsverlust", "ebita")
	m(events.MetricNetIncome, "nettogewinn", "reingewinn", "überschuss", "konzernüberschuss", "jahresüberschuss",
		"nettoergebnis", "bilanzgewinn", "nettoverlust", "konzerngewinn", "konzernergebnis", "gewinn", "gewinne",
		"gewinns", "verlust", "verluste", "profit", "profits", "earnings", "loss", "losses", "net", "income",
		"ergebnis", "ergebnisse", "periodenergebnis", "jahresfehlbetrag", "quartalsgewinn", "halbjahresgewinn",
		"gewinneinbruch", "gewinnsprung", "gewinnrückgang", "gewinnanstieg")
	m(events.MetricEPS, "eps", "shr", "gewinn je aktie", "ergebnis je aktie")
	// Verbs of earning name a profit ("Je Aktie verdiente SAP 1,47 Euro").
	lk.add(entry{metric: events.MetricNetIncome, flags: cProfit}, "verdiente", "verdienten", "verdient", "earned", "earns", "earn", "earning")
	m(events.MetricOperatingIncome, "segmentergebnis", "segmentergebnisses")
	m(events.MetricEBITDA, "ebitda")
	m(events.MetricCapex, "investitionen", "investition", "investiert", "investieren", "investierte",
		"investiere", "investitionsvolumen", "investitionsprogramm", "invest", "invests", "invested", "investing",
		"investment", "investments", "capex", "expenditure", "expenditures", "spend", "spending", "spent",
		"sachinvestitionen", "investitionsausgaben", "investitionsplan")
	m(events.MetricDividend, "dividende", "dividenden", "dividend", "dividends", "div", "dividendenvorschlag",
		"ausschüttung", "dividendenzahlung", "payout")
	m(events.MetricSharePrice, "aktie", "aktien", "kurs", "aktienkurs", "papiere", "papier", "anteilsscheine",
		"shares", "share", "stock", "stocks", "schlusskurs", "kursziel", "titel", "kurse")
	m(events.MetricMarketCap, "börsenwert", "marktkapitalisierung", "marktwert", "kapitalisierung", "bewertet",
		"bewertung", "valued", "valuing", "valuation", "values", "capitalisation", "capitalization", "cap")
	m(events.MetricDealValue, "kaufpreis", "übernahmepreis", "verkaufspreis", "transaktionswert", "worth",
		"sale", "verkauf", "deal", "purchase", "acquisition", "übernahme", "offer", "offering", "bid", "tender",
		"takeover", "einbringen", "buy", "sell", "owner", "acquire", "kaufen", "kauft", "übernehmen", "erwerben",
		"bietet", "bieten", "offerte", "übernahmeangebot", "kaufangebot", "pflichtangebot", "übernahmeofferte",
		"erwirbt")
	m(events.MetricFreeCashFlow, "fcf", "cashflow", "free-cash-flow", "mittelzufluss", "mittelzuflusses")
	m(events.MetricOther, "anteil", "anteile", "anteilen", "beteiligung", "stake", "stakes", "holding", "owned",
		"marktanteil", "marktanteile", "quote", "ratio", "margin", "marge", "rendite", "auslastung", "absatz",
		"auftragseingang", "aufträge", "strafe", "fine", "pretax", "pre-tax", "vorsteuerergebnis", "egt",
		"finanzergebnis", "synergies", "synergien", "kapitalerhöhung", "gain", "gains", "schulden", "debt", "kredite",
		"inflation", "wachstum", "produktion", "zinsen", "zins", "arbeitslosigkeit", "arbeitslosenquote",
		"ausschüttungsquote", "energieabsatz", "stromabsatz", "gasabsatz", "wärmeverkauf", "abschreibungen",
		"wertberichtigung", "rückstellungen", "kosten", "costs", "charges", "charge", "impairment", "tax",
		"steuern", "factor", "traffic", "deliveries", "volume", "volumen", "market", "geldbuße", "bußgeld",
		"entschädigung", "coverage", "rate", "zinssatz", "growth", "gdp", "bip", "konjunktur",
		"umsatzrendite", "ebitda-marge", "eigenkapital", "equity", "assets", "vermögen", "orders", "backlog",
		"finanzierungsrunde", "funding", "round", "vertrag", "contract", "grants", "subsidy", "loan", "darlehen",
		"buyback", "buybacks", "repurchase", "repurchases", "aktienrückkauf", "aktienrückkaufprogramm", "rückkauf", "rückkaufprogramm",
		"order", "auftragsbestand", "auftragsbestands", "orderbook", "index", "indices", "indizes", "leitindex", "fördermittel", "fördermitteln", "fördergelder",
		"förderung", "subsidies", "contracts", "shareholding", "shareholdings", "belasten", "belastet", "belastete", "belasteten",
		"premium", "aufschlag", "kursaufschlag", "hit", "return", "savings", "einsparungen", "kostensenkungen",
		"kosteneinsparungen")
}
