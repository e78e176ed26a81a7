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
	"experte": true, "expertin": true, "analyst": true, "analystin": true,
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

// genericTails make a compound a category rather than a company:
// "Telekom-Unternehmen", "Auto-Branche".
var genericTails = map[string]bool{
	"unternehmen": true, "konzerne": true, "branche": true, "markt": true, "märkte": true,
	"sektor": true, "sektors": true, "industrie": true, "firmen": true, "anbieter": true,
	"werte": true, "titel": true,
}

// orgKindOf says what a gazetteer organisation is: newspapers, agencies
// and broadcasters are media; ministries, courts, parties, central banks
// and other public bodies are public; the rest are companies.
func orgKindOf(e *gazetteer.Entry) orgKind {
	switch e.Kind {
	case gazetteer.KindMedia:
		return orgMedia
	case gazetteer.KindPublic:
		return orgPublic
	}
	return orgCompany
}

// isOrgEntry reports whether e names an organisation of any kind.
func isOrgEntry(e *gazetteer.Entry) bool {
	switch e.Kind {
	case gazetteer.KindCompany, gazetteer.KindMedia, gazetteer.KindPublic:
		return true
	}
	return false
}

// langCountries are the countries whose organisations an article in a
// language names most: German for Germany, Austria and Switzerland.
func langCountry(lang, c string) bool {
	switch lang {
	case "de":
		return c == "DE" || c == "AT" || c == "CH"
	case "en":
		return c == "US" || c == "GB"
	}
	return false
}

// gazetteerNames turns dictionary matches into entities.
func (s *state) gazetteerNames() {
	for gi := range s.gms {
		g := &s.gms[gi]
		if g.done || g.m.Form&gazetteer.FormTicker != 0 || !s.free(g.from, g.to) {
			continue
		}
		if g.to == g.from+1 && s.exchangeCode(g.from) {
			s.marketMatch(g)
			continue
		}
		e := s.pickEntry(g)
		if s.foreignShortName(g, e) {
			continue
		}
		switch e.Kind {
		case gazetteer.KindMarket:
			s.marketMatch(g)
		case gazetteer.KindPlace:
			s.placeMatch(g, e)
		case gazetteer.KindBrand:
			if g.m.Form&gazetteer.FormLegalSuffix == 0 {
				s.brandMention(g, e) // "Guinness PLC", "Salomon Inc" are companies
			}
		default:
			if e.Kind == gazetteer.KindPublic && g.tailFrom >= 0 && g.nameTo-g.from == 1 && g.m.NameEnd-g.m.Start <= 2 && !orgTails[s.low(g.tailTo-1)] {
				if _, _, role := lex.CompoundRole(s.low(g.tailTo - 1)); !role {
					continue // "EU-Abgaben": the union as an adjective, like a place
				}
			}
			if !s.companyTail(g, e) {
				s.companyMatch(g, e)
			}
		}
	}
	s.tickerContexts()
}

// companyTail reads what follows a company's name: a model ("Boeing 787",
// "Airbus A350") names a product of the company, a word for a business
// ("Volvo Trucks", "Siemens Logistics") a unit of it, an organisation
// without ticker. It reports whether it took the match.
func (s *state) companyTail(g *gmatch, e *gazetteer.Entry) bool {
	if e.Kind != gazetteer.KindCompany || g.m.Form&(gazetteer.FormGenitive|gazetteer.FormCompound|gazetteer.FormLegalSuffix|gazetteer.FormTicker) != 0 ||
		g.m.Ambiguous || s.capsSentence(g.from) || g.extended {
		return false
	}
	j := g.to
	t := s.tok(j)
	if t.Flags&(text.ParaBefore|text.Glued) != 0 || !s.free(j, j+1) {
		return false
	}
	parent := e.Ticker
	if parent == "" {
		parent = e.Canonical
	}
	switch {
	case s.model(j):
		end := s.modelEnd(j)
		if end == j+1 && s.capWord(end) && s.tok(end).Flags&text.Glued == 0 && s.cls(end) == 0 && s.gmAt(end) == nil && !s.isPunct(end+1, '-') {
			end++ // "737 Max"
		}
		p := s.keyEnt(prefixedKey("R:", s.span(g.from, end)), ent{typ: events.EntityProduct, parent: parent})
		if s.mention(g.from, end, p, false) {
			g.done = true
			s.setText(p, s.span(g.from, end))
		}
		return true
	case s.capWord(j) && unitWords[s.low(j)] && s.gmAt(j) == nil:
		end := j + 1
		for end < j+3 && s.capWord(end) && unitWords[s.low(end)] && s.tok(end).Flags&text.ParaBefore == 0 {
			end++
		}
		// A name of its own after the business: "Raiffeisen Bank Aval".
		if s.capWord(end) && s.cls(end) == 0 && s.gmAt(end) == nil && s.free(end, end+1) && s.tok(end).Flags&(text.ParaBefore|text.Glued|text.AllUpper) == 0 && !s.isPunct(end+1, '-') {
			end++
		}
		if s.legalToken(end) {
			return false // legalOrgs names it with its legal form
		}
		u := s.keyEnt(prefixedKey("U:", s.span(g.from, end)), ent{typ: events.EntityOrg, org: orgSegment, parent: parent})
		if s.mention(g.from, end, u, false) {
			g.done = true
			s.setText(u, s.span(g.from, end))
			s.ents[u].canonical = s.ents[u].text
			s.ents[u].evidence += 2
		}
		return true
	}
	return false
}

// model reports whether token j is a model designation: letters and
// digits ("A350", "X5") or a number of three digits that is no amount
// ("787", not "300 Millionen").
func (s *state) model(j int) bool {
	t := s.tok(j)
	w := s.low(j)
	switch t.Kind {
	case text.Word:
		return s.modelCode(j)
	case text.Number:
		if len(w) != 3 || strings.ContainsAny(w, ".,") {
			return false
		}
		next := s.tok(j + 1)
		return s.cls(j+1)&lex.Unit == 0 && !(next.Kind == text.Punct && (s.isPunct(j+1, '%') || s.isPunct(j+1, '-') && s.modelEnd(j) == j+1))
	}
	return false
}

// unitWords name a line of business after a company's name: "Volvo
// Trucks", "Lufthansa Technik", "Siemens Logistics".
var unitWords = map[string]bool{
	"trucks": true, "cars": true, "buses": true, "technik": true, "services": true, "solutions": true,
	"logistics": true, "logistik": true, "leasing": true, "aviation": true, "aerospace": true,
	"automotive": true, "engineering": true, "robotics": true, "software": true, "semiconductor": true,
	"semiconductors": true, "financial": true, "finance": true, "capital": true, "ventures": true,
	"research": true, "shipping": true, "marine": true, "mobility": true, "healthcare": true,
	"chemicals": true, "chemical": true, "chemie": true, "immobilien": true, "realty": true,
	"properties": true, "retail": true, "cargo": true, "airlines": true, "express": true,
	"entertainment": true, "studios": true, "pictures": true, "records": true, "music": true,
	"pharma": true, "pharmaceuticals": true, "consumer": true, "health": true, "energy": true,
	"bank": true, "banking": true, "insurance": true, "versicherung": true, "asset": true,
	"management": true, "investments": true, "securities": true, "markets": true,
	"deutschland": true, "austria": true, "österreich": true, "schweiz": true, "international": true,
}

// pickEntry chooses among a match's candidates: one the document already
// names, else the most prominent, where one of the article's country (or
// of its language's countries) outranks a slightly more prominent
// foreign one: "APA" in an Austrian article is the news agency, in an
// American one APA Corporation. A legal form rules out exchanges and
// indexes: "Dow Jones & Co" is the company.
func (s *state) pickEntry(g *gmatch) *gazetteer.Entry {
	es := g.m.Entries
	for _, e := range es {
		if _, ok := s.byEntry[e]; ok {
			return e
		}
	}
	if len(es) == 1 {
		return es[0]
	}
	best, bestScore := es[0], -1
	for _, e := range es {
		score := 2 * int(e.Prominence)
		if s.country != "" && e.Country == s.country {
			score += 3
		}
		if langCountry(s.lang, e.Country) {
			score += 3
			if e.Kind == gazetteer.KindMedia {
				score += 3 // a paper or agency cited in its own language
			}
		}
		if e.Kind == gazetteer.KindMarket && g.m.Form&gazetteer.FormLegalSuffix != 0 {
			score = 0
		}
		if score > bestScore {
			best, bestScore = e, score
		}
	}
	return best
}

// foreignShortName reports whether a match is the short name of a
// German-language newspaper or public body in an English article, which
// is another word or acronym there: "STANDARD OIL", "VCI", "Capital".
func (s *state) foreignShortName(g *gmatch, e *gazetteer.Entry) bool {
	if s.lang != "en" || e.Kind != gazetteer.KindMedia && e.Kind != gazetteer.KindPublic || s.country == e.Country {
		return false
	}
	switch e.Country {
	case "DE", "AT", "CH":
	default:
		return false
	}
	return g.m.Ambiguous || g.m.NameEnd-g.m.Start <= 4 || s.tok(g.from).Flags&text.AllUpper != 0
}

// marketMatch claims the name of an exchange or index ("DAX", "Wall
// Street"), which is no entity, so that no pattern reads it as one.
func (s *state) marketMatch(g *gmatch) {
	if s.market < 0 {
		s.market = s.newEnt(ent{typ: events.EntityOrg, dropped: true})
	}
	if s.mention(g.from, g.to, s.market, true) {
		g.done = true
		s.markDone(g.from, g.to)
	}
}

// nameText is a match's text without a genitive ending.
func (s *state) nameText(g *gmatch) string {
	if end := int(s.d.Toks[g.to-1].End); end > g.m.End || g.extended {
		return s.d.Text[g.m.Start:end] // extended by a legal form: "Deere and Co"
	}
	if g.m.Form&gazetteer.FormGenitive != 0 {
		return s.d.Text[g.m.Start:g.m.NameEnd]
	}
	return s.d.Text[g.m.Start:g.m.End]
}

func (s *state) companyMatch(g *gmatch, e *gazetteer.Entry) {
	// An acronym in brackets after an organisation is that one's:
	// "Rechnungshof (RH)".
	if s.isPunct(g.from-1, '(') && s.isPunct(g.to, ')') {
		if o := s.ownerOf(g.from - 2); o >= 0 && s.ents[o].typ == events.EntityOrg && s.ents[o].entry != e {
			if s.mention(g.from, g.to, o, false) {
				g.done = true
				s.addAlias(o, strings.ToLower(s.span(g.from, g.to)))
			}
			return
		}
	}
	// A dateline names places: "Berkeley/Wien –".
	if g.m.Form&gazetteer.FormLegalSuffix == 0 && s.dateline(g.from) {
		return
	}
	// A company name with a place right after it names a unit: "Ford
	// Europe", "Sky Deutschland".
	if g.m.Form&(gazetteer.FormGenitive|gazetteer.FormLegalSuffix|gazetteer.FormCompound) == 0 && e.Kind == gazetteer.KindCompany {
		if n := s.gmAt(g.to); n != nil && n.from == g.to && !n.done && n.m.Entries[0].Kind == gazetteer.KindPlace &&
			s.tok(g.to).Flags&(text.NewlineBefore|text.Glued) == 0 && s.capWord(g.to) && !s.capsSentence(g.from) {
			parent := s.entryEnt(e, events.EntityOrg)
			to := n.nameTo
			u := s.keyEnt(prefixedKey("U:", s.span(g.from, to)), ent{typ: events.EntityOrg, org: orgSegment, parent: s.key(parent)})
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
	if e.Kind == gazetteer.KindMedia && g.nameTo-g.from >= 2 {
		s.newspaperAlias(o, g.nameTo-1)
	}
	// A one-word name of a small listing is as likely a word ("Flex",
	// "GDS"): it needs the evidence of an ambiguous name.
	minor := e.Prominence <= 2 && g.nameTo-g.from == 1 && g.m.Form&(gazetteer.FormLegalSuffix|gazetteer.FormTicker) == 0
	// So is a name of one or two letters ("Do", "HG"), unless it is a
	// large company's acronym ("GE", "HP"); it can gain evidence only from
	// a legal form or a descriptor.
	short := false
	if t := s.tok(g.from); g.nameTo-g.from == 1 && g.m.NameEnd-g.m.Start <= 2 && (t.Flags&text.AllUpper == 0 || e.Prominence < 4) {
		minor, short = true, true
	}
	// "Telekom-Unternehmen" are telecom companies, not Deutsche Telekom.
	generic := g.tailFrom >= 0 && genericTails[s.low(g.tailTo-1)]
	if g.m.Ambiguous || minor || generic {
		s.ents[o].pending = true
		switch {
		case !short:
			s.ents[o].evidence += s.evidence(g)
			// A company of the article's country: "der Verbund" in an
			// Austrian article.
			if s.country != "" && e.Country == s.country && e.Prominence >= 3 && !generic {
				s.ents[o].evidence++
			}
		case s.descriptorBefore(g.from):
			s.ents[o].evidence += 2
		}
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
	if p := s.low(g.from - 1); s.lang == "de" && (courtOfPlace(p) || courtWord(p) || placeBody(p) || courtAcronym(s.d.Tok(max(g.from-1, 0)))) {
		return // "Oberlandesgericht Düsseldorf", "Staatsanwaltschaft Wien" are public bodies
	}
	if g.m.Form&gazetteer.FormAfterHyphen != 0 && !s.placeAt(s.hyphenHead(g.from)) {
		// "Bank-Austria": the place ends another name; but
		// "Rome-Milan-Los Angeles" are places one after another.
		return
	}
	if g.m.Form&gazetteer.FormCompound != 0 && s.tok(g.from).Flags&text.AllUpper != 0 {
		// "US-Kunden", "EU-Kommission": an abbreviated place in a compound
		// is used as an adjective.
		return
	}
	// A place before a capitalised word is part of a longer name in
	// English: "the Geneva Auto Show", "London Stock Exchange".
	if s.lang == "en" && g.m.Form&(gazetteer.FormGenitive|gazetteer.FormCompound) == 0 && !strings.HasSuffix(s.nameText(g), ".") && s.nameWord(g.to) && s.tok(g.to).Flags&text.NewlineBefore == 0 && !s.capsSentence(g.from) && s.low(g.to) != "airport" {
		if n := s.gmAt(g.to); n == nil || n.m.Entries[0].Kind != gazetteer.KindPlace {
			return
		}
	}
	// "Arrowhead's closing price" after "Arrowhead Pharmaceuticals": the
	// first word of an organisation's name stands for it.
	if g.nameTo-g.from == 1 && e.Prominence <= 2 {
		if o, ok := s.first[s.low(g.from)]; ok && !s.ents[o].dropped {
			return // but a country or a large city stays a place: "China"
		}
	}
	// "the Helsinki stock exchange" is an exchange.
	if s.low(g.to) == "stock" && s.low(g.to+1) == "exchange" || s.low(g.to) == "bourse" {
		return
	}
	to := g.to
	if d := s.d; to < len(d.Toks) && d.Tok(to) == "airport" {
		to++
	}
	l := s.entryEnt(e, events.EntityLoc)
	if s.mention(g.from, to, l, false) {
		g.done = true
		t := s.nameText(g)
		if to > g.to {
			t = s.span(g.from, to)
		}
		// "the Netherlands" is Netherlands.
		t = strings.TrimPrefix(strings.TrimPrefix(t, "the "), "The ")
		s.setText(l, t)
	}
}

// hyphenHead returns the first token of the word joined by a hyphen to
// the name that starts at token i.
func (s *state) hyphenHead(i int) int {
	k := i - 2
	for k >= 2 && s.isPunct(k-1, '-') && s.tok(k).Flags&text.Glued != 0 && s.tok(k-1).Flags&text.Glued != 0 {
		if s.placeAt(k) {
			return k
		}
		k -= 2
	}
	return k
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
	// A reporting verb before the article: "berichtete der Kurier".
	if s.cls(g.from-1)&lex.Det != 0 && s.cls(g.from-2)&lex.Say != 0 {
		ev++
	}
	// Coordination with another company: "Netflix oder Amazon", "Spar
	// (30 Prozent) und Rewe".
	prev := g.from - 1
	if s.cls(prev)&lex.Conj != 0 || s.isPunct(prev, ',') {
		if o := s.ownerOf(prev - 1); o >= 0 && s.ents[o].org == orgCompany {
			ev++
		}
	} else if s.coordinatedCompany(g.to) {
		ev++
	}
	// A proper noun takes no article. In German a noun without one as
	// the subject ("Apple verzichtet") or after a preposition ("von Apple
	// seine") is a name; in English a capital in mid-sentence says so.
	// Acronyms take no article either way.
	if t := d.Toks[g.from]; t.Flags&text.AllUpper == 0 && !s.isPunct(prev, '-') {
		switch s.lang {
		case "de":
			// ("per Post" is the mail; "Ball als Souvenir" a headline.)
			next := g.to
			if (t.Flags&text.SentStart != 0 || s.cls(prev)&lex.Prep != 0 && s.low(prev) != "per") &&
				s.tok(next).Kind == text.Word && !s.capWord(next) && s.cls(next)&(lex.Prep|lex.Conj) == 0 && s.low(next) != "als" && s.low(next) != "wie" {
				ev++
			}
		default:
			if t.Flags&text.SentStart == 0 && s.cls(prev)&lex.Det == 0 {
				ev++
			}
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

// coordinatedCompany reports whether a company the gazetteer knows follows
// token i after "und", "oder" or a comma, past a bracket.
func (s *state) coordinatedCompany(i int) bool {
	if s.isPunct(i, '(') {
		for k := i + 1; k < i+8 && k < len(s.d.Toks); k++ {
			if s.isPunct(k, ')') {
				i = k + 1
				break
			}
		}
	}
	if s.cls(i)&lex.Conj == 0 && !s.isPunct(i, ',') {
		return false
	}
	if o := s.ownerOf(i + 1); o >= 0 {
		return s.ents[o].org == orgCompany
	}
	g := s.gmAt(i + 1)
	return g != nil && g.from == i+1 && !g.m.Ambiguous && g.m.Entries[0].Kind == gazetteer.KindCompany
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
	if k < 0 || k >= len(s.desc) {
		return false
	}
	if s.desc[k] == 0 {
		s.desc[k] = -1
		if s.descriptor(k) {
			s.desc[k] = 1
		}
	}
	return s.desc[k] > 0
}

func (s *state) descriptor(k int) bool {
	c := s.cls(k)
	if c&(lex.OrgDesc|lex.Media) != 0 {
		return true
	}
	if s.lang == "en" || !s.capWord(k) {
		return false
	}
	w := s.d.Lower(k)
	if len(w) < 3 {
		return false
	}
	// The tail of a hyphenated compound: "Onlinespiele-Entwickler".
	tail := s.hyphenTail(k)
	for _, suf := range descriptorEnds[string(w[len(w)-3:])] {
		if (len(w) > len(suf)+2 || tail && len(w) == len(suf)) && len(w) >= len(suf) && string(w[len(w)-len(suf):]) == suf {
			return true
		}
	}
	return false
}

// hyphenTail reports whether token k is the tail of a hyphenated
// compound: the "Tochter" of "RBI-Tochter".
func (s *state) hyphenTail(k int) bool {
	return s.isPunct(k-1, '-') && s.tok(k).Flags&text.Glued != 0 && s.tok(k-1).Flags&text.Glued != 0 && s.tok(k-2).Kind == text.Word
}

// descriptorEnds groups descriptorSuffixes by their last three bytes, so
// that a word is compared only with the suffixes it may end in.
var descriptorEnds = func() map[string][]string {
	m := map[string][]string{}
	for _, suf := range descriptorSuffixes {
		k := suf[len(suf)-3:]
		m[k] = append(m[k], suf)
	}
	return m
}()

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
	"versicherung", "kasse", "genossenschaft", "bewerber", "bewerbern", "wettbewerber",
	"wettbewerbern", "konkurrenz", "organisation", "organisationen", "kanzlei", "anwaltskanzlei",
	"verein", "vereins", "initiative", "plattform", "netzwerk", "händlerkette", "supermarktkette", "verband",
	"verbands", "verbandes", "gewerkschaft"}

// tickerContexts reads tickers in brackets after a name ("FORD <F>",
// "Unilever Plc <UN.A>", "Nokia Oyj ( OMX : NOK1V )"). A ticker of the
// company confirms it; another ticker says the name belongs to another,
// older company of that name, which keeps no ticker: an alert on the
// wrong company is worse than none.
func (s *state) tickerContexts() {
	d := s.d
	for i := 1; i+2 < len(d.Toks); i++ {
		var a, b int
		switch {
		case s.isPunct(i, '<'):
			a = i + 1
			b = a
			for b < len(d.Toks) && b < a+4 && !s.isPunct(b, '>') {
				b++
			}
			if !s.isPunct(b, '>') || !s.tickerLike(a, b) {
				continue
			}
		case s.isPunct(i, '(') && s.isPunct(i+2, ':'):
			a = i + 3
			b = a
			for b < len(d.Toks) && b < a+3 && !s.isPunct(b, ')') {
				b++
			}
			if !s.isPunct(b, ')') {
				continue
			}
		default:
			continue
		}
		o := s.ownerOf(i - 1)
		if o < 0 && s.capWord(i-1) {
			// A headline name the gazetteer did not read ("CELANESE <CZ>"):
			// the company the text names with that first word.
			o = s.orgStartingWith(s.low(i - 1))
			if o >= 0 && !s.mention(i-1, i, o, false) {
				o = -1
			}
		}
		if o < 0 || s.ents[o].typ != events.EntityOrg {
			continue
		}
		en := &s.ents[o]
		if en.entry == nil || en.ticker == "" {
			continue
		}
		ticker := d.Tok(a)
		exch := ""
		if s.isPunct(i, '(') {
			exch = d.Tok(i + 1)
		}
		suffix := ""
		if b-a == 3 && s.isPunct(a+1, '.') {
			suffix = d.Tok(a + 2)
		}
		if tickerOf(en.entry, ticker) || tickerOf(en.entry, strings.TrimRight(d.Text[d.Toks[a].Start:d.Toks[b-1].End], ".")) ||
			nordicTicker(en.entry, ticker) || renamedTicker(en.entry, ticker, exch) || wireCode(en.entry, suffix) || s.formerName(i-1) {
			en.evidence += 2
			s.markDone(a, b)
			s.mention(a, b, o, false)
			continue
		}
		en.ticker = ""
		en.canonical = ""
	}
}

// orgStartingWith returns a listed company whose name starts with the
// lower-case word w, or -1.
func (s *state) orgStartingWith(w string) int {
	for i := range s.ents {
		e := &s.ents[i]
		if e.typ != events.EntityOrg || e.ticker == "" {
			continue
		}
		t := strings.ToLower(e.text)
		if t == w || strings.HasPrefix(t, w+" ") {
			return i
		}
	}
	return -1
}

// nordicTicker reports whether t is a Nordic exchange code of the entry's
// ticker: "NOK1V" (Helsinki, share class 1, "V" for the exchange) for
// NOKIA, "KCR1V" for KCR.
func nordicTicker(e *gazetteer.Entry, t string) bool {
	t = strings.ToUpper(t)
	if !strings.HasSuffix(t, "1V") && !strings.HasSuffix(t, "V") {
		return false
	}
	root := strings.TrimSuffix(strings.TrimSuffix(t, "V"), "1")
	return len(root) >= 2 && strings.HasPrefix(strings.ToUpper(e.Ticker), root[:min(len(root), 3)])
}

// renamedTicker reports whether a ticker the text gives is an older
// symbol of the entry's company: Nasdaq Helsinki gave its companies new
// codes ("ALN1V", now ALMA), and companies that moved from Nasdaq to the
// NYSE shortened theirs ("MRCS", now MCS), keeping the letters in order.
func renamedTicker(e *gazetteer.Entry, t, exch string) bool {
	t = strings.ToUpper(t)
	cur := strings.ToUpper(e.Ticker)
	if cur == "" || t == "" || t[0] != cur[0] {
		return false
	}
	switch exch {
	case "HEL", "OMX", "OMXH", "HE":
		return e.Country == "FI"
	case "":
	default:
		return false
	}
	if e.Country != "US" || len(t) != 4 || len(cur) < 2 || len(cur) >= len(t) {
		return false
	}
	j := 0
	for i := 0; i < len(t) && j < len(cur); i++ {
		if t[i] == cur[j] {
			j++
		}
	}
	return j == len(cur)
}

// formerName reports whether token k lies in a former name of its
// company ("Allied Signal Inc <ALD.N>"), which the text gives with the
// company's old ticker.
func (s *state) formerName(k int) bool {
	g := s.gmAt(k)
	return g != nil && g.m.Former
}

// wireCode reports whether a wire service's code with the exchange suffix
// sfx ("SGEN.PA", "THYH.F", "NSTC.TOK") is a code of the entry's company:
// the agency's codes for foreign listings were its own, not the
// exchange's symbols, so only the exchange's country can be compared. A
// US code that differs still says another company (Citicorp <CCI> is not
// Citigroup).
func wireCode(e *gazetteer.Entry, sfx string) bool {
	c := ""
	switch strings.ToUpper(sfx) {
	case "PA":
		c = "FR"
	case "F", "D", "DE", "FR":
		c = "DE"
	case "T", "TOK":
		c = "JP"
	case "TO":
		c = "CA"
	case "L":
		c = "GB"
	case "AS":
		c = "NL"
	case "MI":
		c = "IT"
	case "BR":
		c = "BE"
	case "ST":
		c = "SE"
	case "HE":
		c = "FI"
	case "CO":
		c = "DK"
	case "OL":
		c = "NO"
	case "MC", "MA":
		c = "ES"
	case "S", "Z", "VX":
		c = "CH"
	case "VI":
		c = "AT"
	case "HK":
		c = "HK"
	case "SI":
		c = "SG"
	case "AX":
		c = "AU"
	}
	return c != "" && e.Country == c
}

// tickerSeparators makes share-class separators comparable: BRK.B,
// BRK-B and BRK/B are one ticker.
var tickerSeparators = strings.NewReplacer("-", ".", "/", ".")

// tickerOf reports whether t is one of the entry's tickers.
func tickerOf(e *gazetteer.Entry, t string) bool {
	norm := func(x string) string { return tickerSeparators.Replace(strings.ToUpper(x)) }
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
