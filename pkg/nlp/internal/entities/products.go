package entities

import (
	"strings"

	"github.com/tickerwire/tickerwire/pkg/events"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/gazetteer"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/lex"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/sieve"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/text"
)

// A product needs a cue: a curated brand of the gazetteer, a word for a
// kind of product before it ("der Laufschuh Adizero Evo SL", "its drug
// plozasiran", "hybrid models such as the RAV4"), a company or brand
// before a model designation ("BMW iX3", "iPhone 17", "Airbus
// A350-1000"), a word for a kind of product after a designation ("HBM4
// chips"), or the stem of a drug's international name ("-mab",
// "-siran"). Capitalised words alone are no products.

// products finds products named after a product noun (lex.ProductNoun:
// "unter dem Namen „Rufus“", "Sprachassistent „Alexa“", "der Hit-Single
// Hello", "das Medikament Xarelto", "its experimental drug plozasiran"),
// in quotes or not.
func (s *state) products() {
	d := s.d
	n := len(d.Toks)
	for k := 0; k+1 < n; k++ {
		if next := s.tok(k + 1); !(next.Flags&text.Quote != 0 || s.nameWord(k+1) || next.Kind == text.Word && next.Flags&(text.HasDigit|text.Upper) == 0 && next.End-next.Start >= 8) ||
			!s.productNoun(k) {
			continue // a name, a model, a drug's name or a quote follows a product noun
		}
		a := k + 1
		quoted := false
		if d.Toks[a].Flags&text.Quote != 0 {
			a++
			quoted = true
		}
		// A drug's name in small letters: "the drug plozasiran".
		if !quoted && s.drugCue(k) && s.free(a, a+1) && s.innName(a) {
			s.addProduct(a, a+1)
			continue
		}
		e := a
		for e < n && e < a+3 && (s.nameWord(e) || e > a && (s.modelCode(e) || s.modelNumber(e) || s.variantWord(e))) && s.cls(e)&(lex.ContentDE|lex.Finance|lex.FuncDE) == 0 {
			e++
		}
		if e == a && s.modelCode(a) && s.free(a, a+1) && s.modelNoun(k) {
			e = s.modelEnd(a) // "Modell ID.7", "the model XC90"
		}
		closing := e
		if quoted && (s.isPunct(e, ',') || s.isPunct(e, '.')) && d.Toks[e].Flags&text.Glued != 0 {
			closing++ // "Boone,"
		}
		if e == a || quoted && (closing >= n || d.Toks[closing].Flags&text.Quote == 0) {
			continue
		}
		if !quoted && e-a == 1 && s.lang == "de" && nounSuffix(s.low(a)) {
			continue // "das Medikament Zulassung" is no name
		}
		s.addProduct(a, e)
	}
}

// makerProducts finds products named after a product noun by their
// maker's name and their own ("a new long drink Olvi Kultalonkero"),
// before the gazetteer takes the maker's name alone.
func (s *state) makerProducts() {
	for k := 0; k+2 < len(s.d.Toks); k++ {
		if s.cls(k)&lex.ProductNoun == 0 {
			continue
		}
		g := s.gmAt(k + 1)
		if g == nil || g.from != k+1 || g.done || g.nameTo != g.to || g.m.Entries[0].Kind != gazetteer.KindCompany || g.m.Form != 0 {
			continue
		}
		e := g.to
		for e < g.to+2 && s.nameWord(e) && s.cls(e) == 0 && s.gmAt(e) == nil {
			e++
		}
		if e > g.to {
			s.addProduct(k+1, e)
		}
	}
}

// productNoun reports whether token k is a noun a product's name follows:
// one of lex.ProductNoun, or a German compound that ends in one of the
// nouns for shoes, drugs and devices ("Laufschuh", "Krebsmedikament").
func (s *state) productNoun(k int) bool {
	if s.cls(k)&lex.ProductNoun != 0 {
		return true
	}
	if s.lang != "de" || !s.capWord(k) {
		return false
	}
	return productNounEnds.compound(s.low(k))
}

// modelNoun reports whether token k is a word for a model, after which a
// designation of letters and digits names one: "Modell ID.7", "the
// model XC90", "Laufschuh".
func (s *state) modelNoun(k int) bool {
	switch s.low(k) {
	case "modell", "model", "typ", "type", "version":
		return true
	}
	return s.lang == "de" && s.productNoun(k) && s.cls(k)&lex.ProductNoun == 0
}

// productNounEnds end German compounds for one product: "Laufschuh",
// "Abnehmmedikament", "Elektro-SUV".
var productNounEnds = newSuffixes("schuh", "sneaker", "medikament", "präparat", "impfstoff", "wirkstoff",
	"smartphone", "konsole", "limousine", "geländewagen", "kleinwagen", "elektroauto", "modell")

// suffixes is a set of word endings grouped by their last three bytes, so
// that a word is compared only with the endings it may have.
type suffixes map[string][]string

func newSuffixes(words ...string) suffixes {
	m := suffixes{}
	for _, w := range words {
		k := w[len(w)-3:]
		m[k] = append(m[k], w)
	}
	return m
}

// has reports whether w ends in one of the endings.
func (x suffixes) has(w string) bool {
	if len(w) < 3 {
		return false
	}
	for _, suf := range x[w[len(w)-3:]] {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// compound reports whether w ends in one of the endings after at least
// three more letters: "Laufschuh", not "Schuh".
func (x suffixes) compound(w string) bool {
	if len(w) < 3 {
		return false
	}
	for _, suf := range x[w[len(w)-3:]] {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// drugCue reports whether token k is a word for a drug, after which a
// drug's name may be written in small letters.
func (s *state) drugCue(k int) bool {
	switch w := s.low(k); w {
	case "drug", "medicine", "treatment", "therapy", "candidate", "vaccine", "compound", "medikament",
		"wirkstoff", "präparat", "arzneimittel", "impfstoff", "wirkstoffkandidat":
		return true
	default:
		return s.lang == "de" && (strings.HasSuffix(w, "medikament") || strings.HasSuffix(w, "präparat") || strings.HasSuffix(w, "impfstoff"))
	}
}

// innStems end the international non-proprietary names of drugs, which no
// other word ends in: "pembrolizumab", "plozasiran", "semaglutide".
var innStems = newSuffixes("mab", "tinib", "ciclib", "parib", "lisib", "siran", "nersen", "glutide",
	"enatide", "paratide", "trutide", "gliflozin", "gliptin", "sartan", "vastatin", "prazole", "navir",
	"previr", "buvir", "asvir", "capavir", "tegravir", "lukast", "dipine", "setron", "triptan",
	"oxacin", "cycline", "mycin", "cillin", "conazole", "parin", "xaban", "gatran", "afil", "grastim",
	"poetin", "platin", "taxel", "rubicin", "tecan", "degib", "zomib", "glipron", "sentan", "racetam")

// innName reports whether token j is a drug's international name by its
// stem: eight ASCII letters at least, no capitals after the first.
func (s *state) innName(j int) bool {
	t := s.tok(j)
	if t.Kind != text.Word || t.End-t.Start < 8 || t.Flags&(text.AllUpper|text.HasDigit) != 0 || !innStems.has(s.low(j)) {
		return false
	}
	raw := s.d.Text[t.Start:t.End]
	for i := 0; i < len(raw); i++ {
		if c := raw[i]; c < 'a' || c > 'z' {
			if i > 0 || c < 'A' || c > 'Z' {
				return false
			}
		}
	}
	return true
}

// brandLists reads lists of names after a word for their kind: products
// ("der Marken Chevrolet Traverse, GMC Acadia und Buick Enclave", "whose
// brands include Atomic, Salomon and Wilson", "hybrid models such as the
// RAV4 and the Camry", "Retro-Sneakern wie Samba, Gazelle und Spezial",
// "die Spiele Mario Kart World und Donkey Kong Bananza") and companies
// ("Portale wie Airbnb, 9flats oder Wimdu"). It runs before the
// gazetteer, whose brand "Chevrolet" is only the first word of a model,
// and before the person patterns, whose "Mario" is a given name.
func (s *state) brandLists() {
	n := len(s.d.Toks)
	for k := 0; k+1 < n; k++ {
		// The cue decides first, as its look-ups are sieved and most words
		// are none; then what follows: a joining word, or a name's first
		// word right after a cue that takes one.
		kind, direct := s.listCue(k)
		if kind == "" {
			continue
		}
		a := s.listJoin(k + 1)
		if a == k+1 && (!direct || !s.listWord(a, true)) {
			continue
		}
		if a > k+1 && s.cls(a)&lex.Det != 0 {
			a++ // "such as the RAV4"
		}
		if kind == events.EntityOrg && !s.orgListKnown(a) {
			continue
		}
		for a < n {
			e := s.listItem(a, kind)
			if e == a {
				break
			}
			if g := s.gmAt(a); g != nil && g.from == a && g.m.Entries[0].Kind != gazetteer.KindBrand {
				// A name the gazetteer knows is its: "Marken wie Audi".
				e = max(e, g.to)
			} else if kind == events.EntityProduct {
				s.addProduct(a, e)
				s.markDone(a, e)
			} else {
				s.addOrg(a, e, orgCompany)
			}
			a = s.listNext(e)
			if a < 0 {
				break
			}
		}
		k = max(k, a-1)
	}
}

// listCue says whether token k is a word for a kind of product or
// company that a list of their names follows, and whether the names may
// follow it directly ("die Marken Samba", "die Spiele Mario Kart World")
// rather than after "wie", "such as" or "including" only.
func (s *state) listCue(k int) (kind events.EntityType, direct bool) {
	t := s.tok(k)
	if t.Kind != text.Word || t.End-t.Start < 4 {
		return "", false
	}
	if s.cls(k)&lex.BrandList != 0 {
		return events.EntityProduct, true
	}
	if s.lang != "de" || !s.capWord(k) {
		// English plurals: one look-up for the words that end in "s".
		if last := s.d.Text[t.End-1]; last != 's' && last != 't' {
			return "", false
		}
		return listCueOf(s.low(k)), false
	}
	w := s.low(k)
	if (w == "spiele" || w == "spielen") && s.cls(k-1)&lex.Det != 0 {
		return events.EntityProduct, true // "die Spiele Mario Kart World", not "Rückspiele"
	}
	if end := w[len(w)-3:]; sieve.May(germanListSieve, end) {
		for _, e := range germanLists[end] {
			if strings.HasSuffix(w, e.suffix) {
				// German plurals of products take the names after them: "den
				// neueren Medikamenten Nubeqa und Kerendia".
				return e.kind, e.kind == events.EntityProduct
			}
		}
	}
	return listCueOf(w), false // English loans: "Mobile-Games wie Dragon Collection"
}

// listCueOf returns the kind of the English plural w of listCues, or "".
func listCueOf(w string) events.EntityType {
	if !sieve.May(listCueSieve, w) {
		return ""
	}
	return listCues[w]
}

// listCues are English plurals for kinds of products and companies that a
// list of their names follows after "such as", "like" or "including":
// "hybrid models such as the RAV4", "rivals such as Airbnb and Wimdu".
var listCues = func() map[string]events.EntityType {
	m := map[string]events.EntityType{}
	for w := range productListCues {
		m[w] = events.EntityProduct
	}
	for w := range orgListCues {
		m[w] = events.EntityOrg
	}
	return m
}()

// listCueSieve and germanListSieve spare listCue the look-ups for most
// words, which are no cue: it asks of nearly every word.
var (
	listCueSieve    = sieve.Of(listCues)
	germanListSieve = sieve.Of(germanLists)
)

// productListCues are English plurals for kinds of products.
var productListCues = map[string]bool{
	"models": true, "games": true, "titles": true, "drugs": true, "medicines": true, "treatments": true,
	"therapies": true, "vaccines": true, "products": true, "sneakers": true, "shoes": true, "trainers": true,
	"cars": true, "vehicles": true, "suvs": true, "trucks": true, "beers": true, "drinks": true,
	"beverages": true, "consoles": true, "devices": true, "phones": true, "smartphones": true,
	"handsets": true, "chips": true, "processors": true, "jets": true, "planes": true, "aircraft": true,
	"airliners": true, "apps": true, "labels": true, "franchises": true, "blockbusters": true,
	"fragrances": true, "snacks": true, "cigarettes": true, "spirits": true, "whiskies": true,
}

// germanProductLists end German plurals for kinds of products:
// "Retro-Sneakern", "Medikamenten", "Automodelle".
var germanProductLists = newSuffixes("marken", "modelle", "modellen", "sneakern", "sneaker", "schuhe",
	"schuhen", "videospiele", "videospielen", "computerspiele", "konsolenspiele", "medikamente", "medikamenten", "präparate", "präparaten",
	"arzneien", "biere", "bieren", "getränke", "getränken", "konsolen", "impfstoffe", "impfstoffen",
	"wirkstoffe", "wirkstoffen", "limousinen", "fahrzeugmodelle")

// orgListCues are English plurals for kinds of companies.
var orgListCues = map[string]bool{
	"companies": true, "firms": true, "banks": true, "lenders": true, "rivals": true, "competitors": true,
	"platforms": true, "retailers": true, "carmakers": true, "automakers": true, "insurers": true,
	"brokers": true, "startups": true, "start-ups": true, "peers": true, "airlines": true,
	"carriers": true, "chipmakers": true, "drugmakers": true, "groups": true, "operators": true,
	"providers": true, "suppliers": true, "manufacturers": true, "makers": true, "portals": true,
}

// germanOrgLists end German plurals for kinds of companies: "Portale",
// "Autokonzerne", "Großbanken".
var germanOrgLists = newSuffixes("portale", "portalen", "plattformen", "konzerne", "konzernen", "banken", "firmen",
	"konkurrenten", "wettbewerber", "wettbewerbern", "rivalen", "autobauer", "autobauern", "versicherer",
	"versicherern", "fluglinien", "airlines", "anbieter", "anbietern", "hersteller", "herstellern",
	"händler", "händlern", "ketten", "unternehmen")

// listJoin returns the token after the words that join a list to its
// cue ("such as", "like", "including", "include", "wie", "etwa"), or i
// when there are none.
func (s *state) listJoin(i int) int {
	switch s.low(i) {
	case "such":
		if s.low(i+1) == "as" {
			return i + 2
		}
	case "like", "including", "include", "includes", "included", "namely":
		return i + 1
	case "wie", "darunter", "namens":
		switch {
		case s.low(i+1) == "etwa":
			return i + 2 // "wie etwa"
		case s.low(i+1) == "zum" && s.low(i+2) == "beispiel":
			return i + 3
		}
		return i + 1
	}
	return i
}

// germanLists groups the endings of German plurals for kinds of products
// and companies by their last three bytes.
var germanLists = func() map[string][]struct {
	suffix string
	kind   events.EntityType
} {
	m := map[string][]struct {
		suffix string
		kind   events.EntityType
	}{}
	add := func(x suffixes, kind events.EntityType) {
		for k, sufs := range x {
			for _, suf := range sufs {
				m[k] = append(m[k], struct {
					suffix string
					kind   events.EntityType
				}{suf, kind})
			}
		}
	}
	add(germanProductLists, events.EntityProduct)
	add(germanOrgLists, events.EntityOrg)
	return m
}()

// orgListKnown reports whether a list of companies that starts at token a
// names a company the gazetteer knows, which makes the list one of
// companies rather than of things: "Portale wie Airbnb, 9flats oder
// Wimdu".
func (s *state) orgListKnown(a int) bool {
	for k := a; k < a+12 && k < len(s.d.Toks); k++ {
		if s.isPunct(k, '.') || s.isPunct(k, ';') {
			return false
		}
		if g := s.gmAt(k); g != nil && g.from == k && g.m.Entries[0].Kind == gazetteer.KindCompany && !g.m.Ambiguous {
			return true
		}
	}
	return false
}

// listItem returns the end of a name in a list that starts at token a, or
// a when none starts there: up to four words of a name, model
// designations and the variants after them.
func (s *state) listItem(a int, kind events.EntityType) int {
	if !s.listWord(a, true) {
		return a
	}
	if g := s.gmAt(a); g != nil && g.from == a && g.m.Entries[0].Kind == gazetteer.KindPlace && !g.m.Ambiguous {
		return a // "Marken in Europa" is no list
	}
	e := a + 1
	if kind == events.EntityOrg && s.lang == "de" && !unitWords[s.low(e)] && s.cls(e)&(lex.Legal|lex.OrgHead) == 0 {
		// In German every noun is capitalised: "Wimdu Probleme".
		return e
	}
	for e < a+4 && (s.listWord(e, false) || s.modelCode(e) || s.modelNumber(e) || s.variantWord(e)) && s.tok(e).Flags&text.NewlineBefore == 0 {
		e++
	}
	if s.modelCode(e-1) || s.modelNumber(e-1) {
		e = max(e, s.modelEnd(e-1))
	}
	if e-a == 1 && s.lang == "de" && kind == events.EntityProduct && nounSuffix(s.low(a)) {
		return a
	}
	if s.isPunct(e, '-') && s.tok(e).Flags&text.Glued != 0 {
		return a // the head of a compound: "Sechzehntel-Finale"
	}
	return e
}

// listWord reports whether token i can be a word of a name in a list:
// capitalised ("Samba"), a model ("RAV4", "iX3") or a name that starts
// with a digit ("9flats"), not a word of the lexicon.
func (s *state) listWord(i int, first bool) bool {
	t := s.tok(i)
	if t.Kind != text.Word || !s.free(i, i+1) {
		return false
	}
	// The lower-case text is read only for words in small letters, most
	// of which are ruled out by their first character.
	if !s.capWord(i) && !s.modelCode(i) && !(first && s.digitName(i)) {
		return false
	}
	const notName = lex.Stop | lex.Det | lex.Prep | lex.Month | lex.Weekday | lex.Say | lex.ContentDE |
		lex.ContentEN | lex.Finance | lex.Unit | lex.Nationality | lex.OrgDesc | lex.CompanyRef | lex.Title |
		lex.PlaceNoun | lex.Pronoun | lex.FuncDE | lex.FuncEN | lex.Conj | lex.Number
	return s.cls(i)&notName == 0 && !s.isDescriptor(i)
}

// digitName reports whether word i starts with a digit and has three
// characters at least, like a name such as "9flats".
func (s *state) digitName(i int) bool {
	w := s.low(i)
	return w[0] >= '0' && w[0] <= '9' && len(w) >= 3
}

// listNext returns the start of the next name of a list after the name
// that ends at token e, or -1: after a comma, "und", "and", "oder", "or"
// or "sowie" and an article, past a phrase that says what the last one
// is for ("Nubeqa gegen Prostatakrebs und Kerendia").
func (s *state) listNext(e int) int {
	j := e
	switch s.low(j) {
	case "gegen", "against", "für", "for", "zur", "zum":
		for k := j + 1; k < j+5 && k < len(s.d.Toks); k++ {
			if s.isPunct(k, ',') || s.cls(k)&lex.Conj != 0 {
				j = k
				break
			}
		}
	}
	switch {
	case s.isPunct(j, ','):
		j++
		if s.cls(j)&lex.Conj != 0 {
			j++ // ", and"
		}
	case s.cls(j)&lex.Conj != 0 && !s.isPunct(j, '&'):
		j++
	default:
		return -1
	}
	if s.cls(j)&lex.Det != 0 && !s.capWord(j) {
		j++ // "and the Camry"
	}
	if !s.listWord(j, true) {
		return -1
	}
	return j
}

// addProduct makes tokens a..b-1 a product, unless they name something
// else already. A known brand or company at their start gives the product
// its company: "Adizero Evo SL", "Olvi Kultalonkero".
func (s *state) addProduct(a, b int) {
	if !s.free(a, b) {
		return
	}
	if s.cls(a)&(lex.Det|lex.Prep|lex.Stop) != 0 {
		return
	}
	parent := ""
	if g := s.gmAt(a); g != nil && !g.done {
		e := g.m.Entries[0]
		switch {
		case g.from != a || g.m.Form&(gazetteer.FormGenitive|gazetteer.FormCompound) != 0:
			return
		case e.Kind == gazetteer.KindBrand && g.nameTo >= b:
			// The gazetteer's brand: "Jeep" has its company.
			s.brandMention(g, e)
			return
		case e.Kind == gazetteer.KindBrand && g.nameTo == g.to:
			parent = e.Parent
		case e.Kind == gazetteer.KindCompany && g.nameTo == g.to:
			parent = e.Ticker
			if parent == "" {
				parent = e.Canonical
			}
		default:
			return
		}
		g.done = true
	}
	t := s.span(a, b)
	p := s.keyEnt(prefixedKey("R:", t), ent{typ: events.EntityProduct, parent: parent})
	if s.mention(a, b, p, false) {
		s.setText(p, t)
	}
}

// brandMention makes the gazetteer's brand g a product mention, with the
// model designation that follows it: "iPhone 17", "Galaxy Z Fold7",
// "Switch 2".
func (s *state) brandMention(g *gmatch, e *gazetteer.Entry) {
	to := g.to
	if g.nameTo == g.to && g.m.Form&(gazetteer.FormGenitive|gazetteer.FormCompound) == 0 && s.tok(to).Flags&(text.Glued|text.NewlineBefore) == 0 {
		m := s.modelEnd(to)
		if m == to {
			for m < to+2 && s.variantWord(m) {
				m++ // "Adizero Evo SL"
			}
		}
		if m > to && s.free(to, m) {
			to = m
		}
	}
	p := s.entryEnt(e, events.EntityProduct)
	if to > g.to {
		// A model is a product of its own: "iPhone 17" is not "iPhone".
		p = s.keyEnt(prefixedKey("R:", s.span(g.from, to)), ent{typ: events.EntityProduct, parent: e.Parent})
	}
	if !s.mention(g.from, to, p, false) {
		return
	}
	g.done = true
	if to > g.to {
		s.setText(p, s.span(g.from, to))
	} else {
		s.setText(p, s.nameText(g))
	}
	if g.m.Ambiguous {
		s.ents[p].pending = true
	}
}

// modelCode reports whether token j is a model designation of letters
// and digits: "A350", "iX3", "XC90", "Fold7", "HBM3E", not a period
// ("Q3", "H1", "FY2025"), a rating ("Baa3"), an amount ("EUR30m") or a
// group of countries ("G7").
func (s *state) modelCode(j int) bool {
	t := s.tok(j)
	if t.Kind != text.Word || t.Flags&text.HasDigit == 0 || t.End-t.Start > 8 || t.End-t.Start < 2 {
		return false
	}
	w := s.low(j)
	if w[0] < 'a' || w[0] > 'z' {
		return false
	}
	letters := 0
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			letters++
		} else if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	if letters == len(w) {
		return false
	}
	return !notModel(w, s.d.Tok(j))
}

// notModel reports whether a word of letters and digits (w in small
// letters, raw as written) is something other than a model: a period, a
// rating, an amount with its currency or scale, a group of countries, a
// chemical formula, a network generation.
func notModel(w, raw string) bool {
	switch {
	case len(w) == 2 && (w[0] == 'q' || w[0] == 'h' || w[0] == 'm') && w[1] >= '0' && w[1] <= '9':
		return true // Q3, H1, M3
	case w == "g7" || w == "g8" || w == "g20" || strings.HasPrefix(w, "fy") || strings.HasPrefix(w, "cy") || strings.HasPrefix(w, "co2") || strings.HasPrefix(w, "covid"):
		return true
	case strings.HasPrefix(w, "eur") || strings.HasPrefix(w, "usd") || strings.HasPrefix(w, "gbp") || strings.HasPrefix(w, "sek") || strings.HasPrefix(w, "chf") || strings.HasPrefix(w, "jpy"):
		return true // EUR30m
	case len(w) >= 2 && w[len(w)-1] >= '0' && w[len(w)-1] <= '3' && rating(raw[:len(raw)-1]):
		return true // Baa3, Aa1
	}
	return false
}

// rating reports whether r is the letter part of a Moody's rating.
func rating(r string) bool {
	switch r {
	case "Aaa", "Aa", "A", "Baa", "Ba", "B", "Caa", "Ca", "C":
		return true
	}
	return false
}

// modelNumber reports whether token j is a number that can designate a
// model after a brand ("iPhone 17", "Switch 2", "Boeing 787"): up to
// three digits, no separators, not an amount, a share or a count of
// something.
func (s *state) modelNumber(j int) bool {
	t := s.tok(j)
	if t.Kind != text.Number || t.End-t.Start > 3 {
		return false
	}
	next := s.tok(j + 1)
	if s.cls(j+1)&(lex.Unit|lex.Month) != 0 || next.Kind == text.Punct && (s.isPunct(j+1, '%') || s.isPunct(j+1, ':') || s.isPunct(j+1, '.') && next.Flags&text.Glued != 0 && s.tok(j+2).Kind == text.Number) {
		return false
	}
	prev := s.tok(j - 1)
	return !(prev.Kind == text.Punct && prev.Flags&text.Dash == 0 && prev.Flags&text.Quote == 0)
}

// variantWord reports whether token j names a variant of a model after
// its designation: "Pro", "Max", "Ultra".
func (s *state) variantWord(j int) bool {
	if !s.capWord(j) || s.tok(j).Flags&text.Glued != 0 {
		return false
	}
	switch s.low(j) {
	case "pro", "max", "ultra", "plus", "mini", "air", "lite", "neo", "se", "xl", "evo", "sl", "gt", "gti", "sport", "hybrid":
		return true
	}
	return false
}

// modelEnd returns the end of a model designation that starts at token
// j: a designation of letters and digits or a short number, joined by a
// hyphen or a dot to more of them ("787-10", "A350-1000", "ID.7"), and a
// variant ("737 Max", "iPhone 17 Pro"). It returns j when none starts
// there; a designation that ends at token j-1 is read on from there.
func (s *state) modelEnd(j int) int {
	e := j
	if s.modelCode(j) || s.modelNumber(j) {
		e = j + 1
	} else if j > 0 && (s.modelCode(j-1) || s.modelNumber(j-1)) {
		e = j
	} else {
		return j
	}
	for (s.isPunct(e, '-') || s.isPunct(e, '.')) && s.tok(e).Flags&text.Glued != 0 && s.tok(e+1).Flags&text.Glued != 0 {
		n := s.tok(e + 1)
		if n.Kind == text.Number && n.End-n.Start <= 5 && !strings.ContainsAny(s.low(e+1), ".,") || s.modelCode(e+1) {
			e += 2
			continue
		}
		break
	}
	for k := 0; k < 2 && s.variantWord(e); k++ {
		e++
	}
	return e
}

// models finds products by their designation where a word for a kind of
// product follows it ("HBM4 chips", "A350 jets"), a word for new ones
// comes before it ("the new XC90"), or an article and adjective come
// before a designation written like a brand ("der vollelektrische iX3");
// and drugs by the stems of their international names.
func (s *state) models() {
	n := len(s.d.Toks)
	for j := 0; j < n; j++ {
		t := &s.d.Toks[j]
		if t.Kind != text.Word || t.Flags&text.HasDigit == 0 && t.End-t.Start < 8 || !s.free(j, j+1) {
			continue
		}
		if t.Flags&text.HasDigit == 0 {
			// Drugs' names are written in small letters.
			if t.Flags&text.Upper == 0 && s.innName(j) && s.gmAt(j) == nil {
				s.addProduct(j, j+1)
			}
			continue
		}
		if !s.modelCode(j) || s.capsSentence(j) {
			continue
		}
		e := s.modelEnd(j)
		if !s.free(j, e) {
			continue
		}
		next := s.low(e)
		if e < n && s.tok(e).Kind == text.Word && (productHeads[next] || s.lang == "de" && s.capWord(e) && s.productNoun(e)) ||
			newWord(s.low(j-1)) || s.brandShape(j) && s.cls(j-1)&lex.Det != 0 ||
			s.brandShape(j) && s.cls(j-2)&lex.Det != 0 && s.tok(j-1).Kind == text.Word && !s.capWord(j-1) {
			s.addProduct(j, e)
			j = e - 1
		}
	}
}

// brandShape reports whether token j is written like a brand: a small
// letter, then a capital ("iX3", "eQ7").
func (s *state) brandShape(j int) bool {
	w := s.d.Tok(j)
	return len(w) >= 3 && w[0] >= 'a' && w[0] <= 'z' && w[1] >= 'A' && w[1] <= 'Z'
}

// newWord reports whether w says that a new model follows: "the new
// XC90", "den neuen iX3".
func newWord(w string) bool {
	switch w {
	case "new", "neue", "neuen", "neuer", "neues", "latest", "upcoming":
		return true
	}
	return false
}

// productHeads are words for a kind of product that follow a model's
// designation: "HBM4 chips", "Boeing 787-10 jets", "Fold7 foldable".
var productHeads = map[string]bool{
	"chip": true, "chips": true, "processor": true, "processors": true, "gpu": true, "gpus": true,
	"accelerator": true, "accelerators": true, "smartphone": true, "smartphones": true, "phone": true,
	"phones": true, "handset": true, "handsets": true, "foldable": true, "tablet": true, "laptop": true,
	"jet": true, "jets": true, "aircraft": true, "airliner": true, "airliners": true, "plane": true,
	"planes": true, "suv": true, "suvs": true, "sedan": true, "pickup": true, "model": true,
	"models": true, "console": true, "engine": true, "engines": true, "vaccine": true, "drug": true,
}

// productAliases claims later mentions of products found by a cue:
// "Switch 2" in a headline after "die neue Konsole Switch 2".
func (s *state) productAliases() {
	var names map[string]int
	var firsts map[string]bool
	for i := range s.ents {
		if e := &s.ents[i]; e.typ == events.EntityProduct && e.text != "" && e.entry == nil {
			if names == nil {
				names, firsts = map[string]int{}, map[string]bool{}
			}
			k := normKey(e.text)
			names[k] = i
			first, _, _ := strings.Cut(k, " ")
			firsts[first] = true
		}
	}
	if names == nil {
		return
	}
	for k := range s.d.Toks {
		if !s.capWord(k) && !s.modelCode(k) || !s.free(k, k+1) || !firsts[s.low(k)] {
			continue
		}
		var kb [64]byte
		for l := 3; l >= 1; l-- {
			if k+l > len(s.d.Toks) || !s.free(k, k+l) {
				continue
			}
			if p, ok := names[string(appendKey(kb[:0], s.span(k, k+l)))]; ok && !s.capWord(k+l) {
				s.mention(k, k+l, p, false)
				break
			}
		}
	}
}
