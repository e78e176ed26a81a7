package entities

import (
	"strings"

	"github.com/tickerwire/tickerwire/pkg/events"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/gazetteer"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/lex"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/text"
)

// orgTails are the tails of hyphenated compounds that say the head is an
// organisation, even one no list knows: "Henkel-Aktie", "AUA-Mutter",
// "Toll-Collect-Konsortium".
var orgTails = map[string]bool{
	"aktie": true, "aktien": true, "chef": true, "chefin": true, "chefs": true, "tochter": true,
	"töchter": true, "mutter": true, "gruppe": true, "manager": true, "managerin": true,
	"sprecher": true, "sprecherin": true, "kurs": true, "kurse": true, "papiere": true,
	"zulieferer": true, "rivale": true, "rivalen": true, "hauptquartier": true, "zentrale": true,
	"vorstand": true, "vorstandschef": true, "boss": true, "gründer": true, "aktionäre": true,
	"konsortium": true, "konsortiums": true, "generaldirektor": true, "generaldirektorin": true,
	"aufsichtsrat": true, "aufsichtsratschef": true, "konzern": true, "konzerns": true,
}

// evidenceTails add, for a name the gazetteer knows, tails that belong to
// companies but also to other nouns: "Apple-Events", "Verbund- und
// Auslandsbeteiligungen".
var evidenceTails = map[string]bool{
	"beteiligung": true, "beteiligungen": true, "auslandsbeteiligungen": true, "anteile": true,
	"übernahme": true, "angaben": true, "bilanz": true, "umsatz": true, "gewinn": true,
	"mitarbeiter": true, "kunden": true, "filiale": true, "filialen": true, "werk": true,
	"kontoinhabern": true, "events": true, "app": true, "dienst": true, "plattform": true,
	"sparte": true, "bericht": true, "chip": true, "chips": true, "smartphone": true,
}

// orgKindOf classifies a gazetteer organisation by its name, as the
// gazetteer does not: listed ones are companies; ministries, courts,
// parties, central banks and public bodies are public; newspapers,
// agencies and broadcasters are media.
func orgKindOf(e *gazetteer.Entry) orgKind {
	if e.Ticker != "" {
		return orgCompany
	}
	n := strings.ToLower(e.Canonical)
	for _, w := range publicWords {
		if strings.Contains(n, w) {
			return orgPublic
		}
	}
	for _, w := range mediaWords {
		if strings.Contains(n, w) {
			return orgMedia
		}
	}
	return orgCompany
}

var publicWords = []string{"ministry", "ministerium", "department of", "commission", "kommission",
	"agency", "behörde", "court", "gericht", "parliament", "parlament", "council", "rat der",
	"central bank", "zentralbank", "nationalbank", "federal reserve", "bundesbank", "notenbank",
	"union", "partei", "party", "government", "regierung", "administration", "institut",
	"institute", "bundesamt", "authority", "monetary fund", "world bank", "weltbank", "oecd",
	"nations", "senat", "senate", "congress", "kongress"}

var mediaWords = []string{"journal", "times", "zeitung", "news", "reuters", "bloomberg", "presse",
	"press", "agentur", "magazin", "handelsblatt", "spiegel", "guardian", "standard", "kurier",
	"krone", "tribune", "gazette", "post", "herald", "telegraph", "economist", "dpa", "afp",
	"associated", "rundfunk", "broadcasting", "fernsehen", "television", "tv"}

// gazetteerNames turns dictionary matches into entities.
func (s *state) gazetteerNames() {
	for gi := range s.gms {
		g := &s.gms[gi]
		if g.done || g.m.Form&gazetteer.FormTicker != 0 || !s.free(g.from, g.to) {
			continue
		}
		e := s.pickEntry(g)
		switch e.Kind {
		case gazetteer.KindPlace:
			s.placeMatch(g, e)
		case gazetteer.KindBrand:
			p := s.entryEnt(e, events.EntityProduct)
			if s.mention(g.from, g.nameTo, p, false) {
				g.done = true
				s.setText(p, s.nameText(g))
				if g.m.Ambiguous {
					s.ents[p].pending = true
				}
			}
		default:
			s.companyMatch(g, e)
		}
	}
	s.tickerContexts()
}

// pickEntry chooses among a match's candidates: one the document already
// names, else the most prominent.
func (s *state) pickEntry(g *gmatch) *gazetteer.Entry {
	for _, e := range g.m.Entries {
		if _, ok := s.byEntry[e]; ok {
			return e
		}
	}
	return g.m.Entries[0]
}

// nameText is a match's text without a genitive ending.
func (s *state) nameText(g *gmatch) string {
	if g.m.Form&gazetteer.FormGenitive != 0 {
		return s.d.Text[g.m.Start:g.m.NameEnd]
	}
	return s.d.Text[g.m.Start:g.m.End]
}

func (s *state) companyMatch(g *gmatch, e *gazetteer.Entry) {
	// A company name with a place right after it names a unit: "Ford
	// Europe", "Sky Deutschland".
	if g.m.Form&(gazetteer.FormGenitive|gazetteer.FormLegalSuffix|gazetteer.FormCompound) == 0 {
		if n := s.gmAt(g.to); n != nil && n.from == g.to && !n.done && n.m.Entries[0].Kind == gazetteer.KindPlace &&
			s.tok(g.to).Flags&(text.NewlineBefore|text.Glued) == 0 && s.capWord(g.to) && !s.capsSentence(g.from) {
			parent := s.entryEnt(e, events.EntityOrg)
			to := n.nameTo
			u := s.keyEnt("U:"+normKey(s.span(g.from, to)), ent{typ: events.EntityOrg, org: orgSegment, parent: s.key(parent)})
			if s.mention(g.from, n.to, u, false) {
				s.setText(u, s.d.Text[s.tok(g.from).Start:n.m.NameEnd])
				g.done, n.done = true, true
				s.ents[u].canonical = s.ents[u].text
			}
			return
		}
	}
	o := s.entryEnt(e, events.EntityOrg)
	if !s.mention(g.from, g.to, o, false) {
		return
	}
	g.done = true
	s.setText(o, s.nameText(g))
	if g.m.Ambiguous {
		s.ents[o].pending = true
		s.ents[o].evidence += s.evidence(g)
	} else {
		s.ents[o].evidence += 2
	}
}

// placeMatch makes a place of a match; an ambiguous one ("Essen",
// "Reading") needs a preposition of place before it.
func (s *state) placeMatch(g *gmatch, e *gazetteer.Entry) {
	if g.m.Ambiguous && s.cls(g.from-1)&lex.LocPrep == 0 && !s.dateline(g.from) {
		return
	}
	if g.m.Form&gazetteer.FormCompound != 0 && g.tailFrom >= 0 {
		// "Deutschland-Chef", "China-Geschäft": the place is part of a noun.
		return
	}
	l := s.entryEnt(e, events.EntityLoc)
	if s.mention(g.from, g.to, l, false) {
		g.done = true
		s.setText(l, s.nameText(g))
	}
}

// evidence scores the context of an ambiguous company name: how much it
// looks like the company rather than the word.
func (s *state) evidence(g *gmatch) int {
	d := s.d
	ev := 0
	f := g.m.Form
	if f&gazetteer.FormCompound != 0 {
		if g.tailFrom >= 0 {
			tail := s.low(g.tailTo - 1)
			if orgTails[tail] || evidenceTails[tail] || strings.HasSuffix(tail, "beteiligungen") || strings.HasSuffix(tail, "aktien") {
				ev += 2
			}
		}
	}
	if f&gazetteer.FormGenitive != 0 {
		ev++
	}
	// Apposition: "das Magazin Focus", "der Bezahlfernsehkonzern Sky".
	if s.descriptorBefore(g.from) {
		ev += 2
	}
	next := g.to
	if s.cls(next)&(lex.Say|lex.Stock) != 0 || s.cls(next+1)&lex.Say != 0 && !s.isPunct(next, '.') {
		ev++
	}
	// Coordination with another company: "Netflix oder Amazon".
	prev := g.from - 1
	if s.cls(prev)&lex.Conj != 0 || s.isPunct(prev, ',') {
		if o := s.ownerOf(prev - 1); o >= 0 && s.ents[o].org == orgCompany {
			ev++
		}
	}
	// A proper noun takes no article: "Apple verzichtet", "mit Apple".
	if s.cls(prev)&(lex.Det|lex.Nationality) == 0 && !s.isPunct(prev, '-') {
		t := d.Toks[g.from]
		if t.Flags&text.SentStart == 0 || s.lang == "de" {
			ev++
		}
	}
	if s.isPunct(g.to, '-') && s.tok(g.to).Flags&text.Glued != 0 && g.tailFrom < 0 {
		// A suspended hyphen: the compound it stands for ends like the
		// noun after "und": "Verbund- und Auslandsbeteiligungen" (stakes
		// in Verbund), but "Spar- und Effizienzkurs" (a course of saving).
		if s.suspendedStake(g.to + 1) {
			ev += 2
		} else {
			ev--
		}
	}
	return ev
}

// suspendedStake reports whether the noun phrase after a suspended hyphen
// ("- und zweier Auslandsbeteiligungen") ends in a word for shares or
// stakes.
func (s *state) suspendedStake(i int) bool {
	if s.cls(i)&lex.Conj == 0 {
		return false
	}
	for k := i + 1; k < i+4 && k < len(s.d.Toks); k++ {
		if !s.capWord(k) {
			continue
		}
		w := s.low(k)
		for _, suf := range []string{"beteiligung", "beteiligungen", "aktie", "aktien", "anteile"} {
			if strings.HasSuffix(w, suf) {
				return true
			}
		}
		return false
	}
	return false
}

// descriptorBefore reports whether a noun that introduces a name stands
// before token i: "der Autobauer", "tire producer", "Boulevard-Blatt".
func (s *state) descriptorBefore(i int) bool {
	k := i - 1
	if k < 0 || s.tok(k).Kind != text.Word {
		return false
	}
	return s.isDescriptor(k)
}

// isDescriptor reports whether token k is a noun of apposition.
func (s *state) isDescriptor(k int) bool {
	c := s.cls(k)
	if c&(lex.OrgDesc|lex.Media) != 0 {
		return true
	}
	if s.lang == "en" || !s.capWord(k) {
		return false
	}
	w := s.d.Lower(k)
	for _, suf := range descriptorSuffixes {
		if len(w) > len(suf)+2 && string(w[len(w)-len(suf):]) == suf {
			return true
		}
	}
	return false
}

// descriptorSuffixes end German compounds that introduce a name:
// "Glücksspielkonzern", "Mautanbieters", "Bildschirmhersteller".
var descriptorSuffixes = []string{"konzern", "konzerns", "hersteller", "herstellers", "anbieter",
	"anbieters", "unternehmen", "unternehmens", "firma", "versicherer", "versicherers",
	"zulieferer", "zulieferers", "riese", "riesen", "röster", "rösters", "händler", "händlers",
	"betreiber", "betreibers", "dienstleister", "dienstleisters", "produzent", "produzenten",
	"bauer", "bauers", "tochter", "mutter", "sender", "senders", "verlag", "verlags", "airline",
	"fluglinie", "discounter", "kette", "investor", "investors", "rivale", "rivalen",
	"konkurrent", "konkurrenten", "blatt", "blattes", "zeitung", "magazin", "agentur", "dienst",
	"dienstes", "bank", "gruppe", "label", "labels", "holding", "gesellschaft", "haus", "hauses",
	"institut", "instituts", "startup", "start-up", "versender", "brauerei", "reederei",
	"vermarkter", "entwickler", "lieferant", "lieferanten", "marke", "fonds", "stiftung",
	"versicherung", "kasse", "genossenschaft"}

// tickerContexts reads tickers in brackets ("FORD <F>", "Nokia Oyj ( OMX
// : NOK1V )"). A ticker confirms the company named just before it; a
// ticker that is not the company's says the name belongs to another,
// older company of that name, which then keeps no ticker.
func (s *state) tickerContexts() {
	for gi := range s.gms {
		g := &s.gms[gi]
		if g.m.Form&gazetteer.FormTicker == 0 {
			continue
		}
		ticker := strings.ToUpper(s.d.Text[g.m.Start:g.m.End])
		if i := strings.IndexByte(ticker, '.'); i > 0 {
			ticker = ticker[:i]
		}
		// The name ends before the bracket and any exchange prefix.
		k := g.from - 1
		for k >= 0 && k > g.from-5 && (s.tok(k).Kind == text.Punct || s.tok(k).Flags&text.AllUpper != 0 && s.ownerOf(k) < 0) {
			k--
		}
		o := s.ownerOf(k)
		if o < 0 || s.ents[o].typ != events.EntityOrg {
			continue
		}
		en := &s.ents[o]
		if en.entry == nil || en.ticker == "" {
			continue
		}
		if tickerOf(en.entry, ticker) {
			en.evidence += 2
			s.mention(g.from, g.to, o, false)
		} else {
			en.ticker = ""
			en.canonical = ""
			en.org = orgCompany
		}
	}
}

// tickerOf reports whether t is one of the entry's tickers.
func tickerOf(e *gazetteer.Entry, t string) bool {
	norm := func(x string) string { return strings.NewReplacer("-", ".", "/", ".").Replace(strings.ToUpper(x)) }
	t = norm(t)
	if norm(e.Ticker) == t {
		return true
	}
	for _, l := range e.Listings {
		lt, _, _ := strings.Cut(l, "@")
		if norm(lt) == t {
			return true
		}
	}
	return false
}
