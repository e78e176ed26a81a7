package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tickerwire/tickerwire/pkg/events"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/gazetteer"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/lex"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/text"
)

// patternOrg returns the organisation named by tokens from..to-1 and
// found by a pattern: a known one when the name is an alias of one, else
// a new one.
func (s *state) patternOrg(from, to int, kind orgKind) int {
	key := prefixedKey("O:", stripLegal(s.span(from, to)))
	k := key[len("O:"):]
	if o := s.byAlias(k); o >= 0 {
		return o
	}
	o := s.keyEnt(key, ent{typ: events.EntityOrg, org: kind})
	s.addAlias(o, k)
	return o
}

// addOrg claims tokens from..to-1 for a pattern organisation and returns
// it, or -1 when the tokens are taken.
func (s *state) addOrg(from, to int, kind orgKind) int {
	var kb [64]byte
	if !s.free(from, to) || genericNames[string(appendKey(kb[:0], s.span(from, to)))] {
		return -1
	}
	// A name found before in short ("Veridian") is the same company as
	// its full name found now ("Veridian Robotics").
	short := -1
	if to-from >= 2 {
		if o := s.byAlias(s.low(from)); o >= 0 && s.ents[o].entry == nil && s.ents[o].typ == events.EntityOrg && !strings.Contains(s.ents[o].text, " ") {
			short = o
		}
	}
	o := s.patternOrg(from, to, kind)
	if short >= 0 && short != o {
		s.mergeInto(short, o)
	}
	if !s.mention(from, to, o, false) {
		return -1
	}
	s.setText(o, s.span(from, to))
	s.ents[o].evidence += 2
	if kind == orgMedia {
		s.newspaperAlias(o, to-1)
	}
	// The first word of a longer name stands for it later: "Zielpunkt"
	// for "Zielpunkt GmbH", "Ultramar" for "Ultramar Plc".
	if to-from >= 2 && s.tok(from).Kind == text.Word && s.cls(from) == 0 && s.tok(from).End-s.tok(from).Start >= 3 {
		if _, ok := s.first[s.low(from)]; !ok {
			s.first[s.low(from)] = o
		}
	}
	return o
}

// genericNames are capitalised phrases that name kinds of things, not
// organisations: "die Bad Bank".
var genericNames = map[string]bool{"bad bank": true, "good bank": true, "bad banks": true}

// byAlias returns the organisation known by the folded name k, or -1.
func (s *state) byAlias(k string) int {
	if i, ok := s.alias[k]; ok && !s.ents[i].dropped {
		return i
	}
	return -1
}

// addAlias lets the folded name k stand for entity e from now on.
func (s *state) addAlias(e int, k string) {
	if k == "" {
		return
	}
	if _, ok := s.alias[k]; !ok {
		s.alias[k] = e
	}
}

// stripLegal removes a trailing legal suffix: "Zielpunkt GmbH" ->
// "Zielpunkt"; it keeps one word at least. The result is a prefix of t
// with its white space as written, which normKey folds.
func stripLegal(t string) string {
	t = strings.TrimRightFunc(t, unicode.IsSpace)
	for {
		i := strings.LastIndexFunc(t, unicode.IsSpace)
		if i < 0 {
			return t
		}
		head := strings.TrimRightFunc(t[:i], unicode.IsSpace)
		if strings.TrimLeftFunc(head, unicode.IsSpace) == "" {
			return t // one word left
		}
		_, n := utf8.DecodeRuneInString(t[i:])
		if !legalWord(strings.Trim(t[i+n:], ".,")) {
			return t
		}
		t = head
	}
}

// legalWord reports whether w is a legal form ("GmbH", "Inc") or "&".
func legalWord(w string) bool {
	if w == "&" {
		return true
	}
	var buf [16]byte
	if len(w) > len(buf) {
		return lex.OfString(strings.ToLower(w))&lex.Legal != 0
	}
	b := buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return lex.OfString(strings.ToLower(w))&lex.Legal != 0
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return lex.Of(b)&lex.Legal != 0
}

// brackets reads wire-service brackets: "<BP Oil Ltd>" names a company,
// "( AFX ) -" the agency of a dateline.
func (s *state) brackets() {
	d := s.d
	for i := 0; i+2 < len(d.Toks); i++ {
		open := d.Text[d.Toks[i].Start]
		if d.Toks[i].Kind != text.Punct || open != '<' && open != '(' {
			continue
		}
		closer := byte('>')
		if open == '(' {
			closer = ')'
		}
		j := i + 1
		for j < len(d.Toks) && j < i+10 && !s.isPunct(j, closer) && d.Toks[j].Flags&text.NewlineBefore == 0 || j < len(d.Toks) && j < i+10 && d.Toks[j].Flags&text.NewlineBefore != 0 && open == '<' && !s.isPunct(j, closer) {
			j++
		}
		if !s.isPunct(j, closer) || j == i+1 {
			continue
		}
		a, b := i+1, j
		words := 0
		for k := a; k < b; k++ {
			if d.Toks[k].Kind == text.Word {
				words++
			}
			if s.isPunct(k, ':') || s.isPunct(k, ',') {
				words = -100
			}
		}
		if words <= 0 {
			continue
		}
		if open == '<' {
			if b-a == 1 && d.Toks[a].Flags&text.AllUpper != 0 || s.tickerLike(a, b) {
				// A ticker: "<F>", "<UN.A>" is not the United Nations.
				for k := a; k < b; k++ {
					if g := s.gmAt(k); g != nil && g.m.Form&gazetteer.FormTicker == 0 {
						g.done = true
					}
				}
				continue
			}
			if g := s.gmAt(a); g != nil && g.from == a && g.to == b && g.m.Entries[0].Kind != gazetteer.KindPlace {
				s.companyMatch(g, s.pickEntry(g))
				if o := s.ownerOf(a); o >= 0 {
					s.ents[o].evidence += 2
				}
				continue
			}
			s.markDone(a, b)
			s.addOrg(a, b, orgCompany)
			i = j
			continue
		}
		// "( AFX ) -", "( ADP News ) -": the source of a dateline.
		if (s.isDash(j+1) || s.isPunct(j+1, '-')) && b-a <= 3 && s.capWord(a) {
			if g := s.gmAt(a); g != nil && g.m.Entries[0].Kind == gazetteer.KindPlace {
				continue
			}
			s.markDone(a, b)
			s.addOrg(a, b, orgMedia)
			i = j
		}
	}
}

// initialNames finds organisations by the acronym in brackets after
// their name, whose letters are the initials of its words: "der Meinl
// European Land (MEL)", "Verein für Konsumenteninformation (VKI)",
// "International Energy Agency (IEA)".
func (s *state) initialNames() {
	d := s.d
	for i := 2; i+2 < len(d.Toks); i++ {
		if !s.isPunct(i, '(') || !s.isPunct(i+2, ')') {
			continue
		}
		t := d.Toks[i+1]
		if t.Kind != text.Word || t.Flags&text.AllUpper == 0 || t.Flags&text.HasDigit != 0 || t.End-t.Start < 2 || t.End-t.Start > 6 {
			continue
		}
		acr := s.low(i + 1)
		// Walk back over the name's words, matching the acronym's letters
		// from its end; joiners ("für", "of", "and") may or may not give
		// a letter.
		n := len(acr)
		j := i - 1
		for j >= 0 && n > 0 && i-j <= 8 {
			w := s.low(j)
			switch {
			case s.capWord(j) && s.free(j, j+1) && w[0] == acr[n-1] && s.cls(j)&(lex.Det|lex.Stop|lex.Say|lex.Month) == 0:
				n--
				j--
			case nameJoiners[w] || w == "für" || w == "der" || w == "des" || w == "the" || w == "for":
				j--
			default:
				n = -1
			}
		}
		from := j + 1
		if n != 0 || from >= i-1 || !s.capWord(from) || !s.free(from, i) {
			continue
		}
		if g := s.gmAt(from); g != nil && g.from == from && g.to >= i {
			continue // the gazetteer knows the name
		}
		if conceptWords[s.low(i-1)] {
			continue // "Künstliche Intelligenz (KI)", "West Texas Intermediate (WTI)"
		}
		kind := orgCompany
		for k := from; k < i; k++ {
			if pk, ok := publicHeads[s.low(k)]; ok {
				kind = pk
			}
		}
		s.markDone(from, i)
		if o := s.addOrg(from, i, kind); o >= 0 {
			s.addAlias(o, acr)
			s.markDone(i+1, i+2)
			s.mention(i+1, i+2, o, false)
		}
		i += 2
	}
}

// conceptWords end the names of things that acronyms also abbreviate:
// technologies, measures, agreements, systems.
var conceptWords = map[string]bool{
	"intelligenz": true, "intelligence": true, "reality": true, "realität": true, "intermediate": true,
	"income": true, "requirement": true, "nation": true, "receipt": true, "receipts": true,
	"preference": true, "preferences": true, "reserve": true, "collider": true, "agreement": true,
	"agreements": true, "abkommen": true, "system": true, "systems": true, "district": true,
	"product": true, "rate": true, "index": true, "standard": true, "protocol": true, "zone": true,
	"area": true, "act": true, "law": true, "gesetz": true, "treaty": true, "vertrag": true,
	"scheme": true, "plan": true, "tax": true,
	"steuer": true, "price": true, "prices": true, "learning": true, "language": true, "model": true,
	"modell": true, "rating": true, "ratio": true, "quote": true, "volume": true, "cost": true,
	"costs": true, "kosten": true, "value": true, "process": true, "verfahren": true, "currency": true,
	"test": true, "disease": true, "syndrome": true, "virus": true, "device": true,
	"vehicle": true, "vehicles": true, "fahrzeug": true, "fahrzeuge": true, "asset": true, "assets": true,
}

// tickerLike reports whether tokens a..b-1 are a ticker with an exchange
// suffix: "BP.L", "UN.A", "SFTPr".
func (s *state) tickerLike(a, b int) bool {
	if b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		t := s.tok(k)
		if t.Kind == text.Word && t.Flags&text.AllUpper == 0 && t.End-t.Start > 2 {
			return false
		}
		if t.Kind == text.Punct && !s.isPunct(k, '.') {
			return false
		}
	}
	return true
}

// isDash reports whether token i is a dash.
func (s *state) isDash(i int) bool { return s.tok(i).Flags&text.Dash != 0 }

// markDone retires the gazetteer matches inside tokens a..b-1, which a
// pattern has taken.
func (s *state) markDone(a, b int) {
	for k := a; k < b; k++ {
		if g := s.gmAt(k); g != nil {
			g.done = true
		}
	}
}

// legalToken reports whether token k is a legal form: "AG", "Inc", "Oyj",
// or a German compound ending in one ("HandelsgmbH").
func (s *state) legalToken(k int) bool {
	// Only words have classes: most tokens are ruled out here and in
	// gmbhWord without reading the token.
	if s.cls(k)&lex.Legal != 0 {
		t := s.tok(k)
		w := s.low(k)
		// Lower-case legal words are English words too ("as", "co"), and
		// so are capitalised short ones ("As", "Se"): those count in
		// capitals ("AS", "SE") only.
		if len(w) <= 2 && w != "co" && w != "oy" {
			return t.Flags&text.AllUpper != 0
		}
		return s.capWord(k) || w == "plc" || w == "oyj"
	}
	return s.gmbhWord(k)
}

// gmbhWord reports whether the capitalised word k ends in the legal form
// GmbH, which is written joined to a name.
func (s *state) gmbhWord(k int) bool {
	if !s.capWord(k) {
		return false
	}
	w := s.d.Lower(k)
	return len(w) > 6 && string(w[len(w)-4:]) == "gmbh"
}

// legalOrgs finds organisations by their legal form: "Zielpunkt GmbH",
// "Kuwait Petroleum Corp", "British and Commonwealth Shipping Plc".
func (s *state) legalOrgs() {
	n := len(s.d.Toks)
	for k := 0; k < n; k++ {
		if !s.legalToken(k) || !s.free(k, k+1) {
			continue
		}
		end := k + 1
		// Legal forms of several words: "AG & Co. KGaA", "Co Ltd", "S.p.A.".
		for end < n {
			switch {
			case s.isPunct(end, '.') && s.tok(end).Flags&text.Glued != 0 && s.dottedLegal(end-1):
				end++
			case s.legalToken(end) || s.isPunct(end, '&') && s.legalToken(end+1):
				end++
			default:
				goto done
			}
		}
	done:
		if g := s.gmAt(k); g != nil && g.from < k && g.to > k && g.m.Entries[0].Kind != gazetteer.KindPlace && g.m.Entries[0].Kind != gazetteer.KindBrand &&
			(!s.orgWord(g.from-1) || s.tok(g.from).Flags&text.SentStart != 0) {
			k = end - 1
			// The gazetteer's name reads its legal form: "Chemical New York
			// Corp"; but "Long-Term Credit Bank of Japan Ltd" is longer.
			continue
		}
		from := s.nameStart(k, s.capsSentence(k))
		if from == k && !(s.cls(k)&lex.Legal == 0) {
			// "Deere and Co": a name the gazetteer knows, joined to its
			// legal form by "and" or "&".
			j := k - 1
			for j > 0 && s.lang == "en" && (s.low(j) == "and" || s.isPunct(j, '&')) {
				j--
			}
			if g := s.gmAt(j); j < k-1 && g != nil && g.to == j+1 && !g.done && g.m.Entries[0].Kind == gazetteer.KindCompany && g.m.Form&gazetteer.FormLegalSuffix == 0 {
				g.to, g.nameTo = end, end
				for x := g.from; x < end; x++ {
					s.gmAtTok[x] = s.gmAtTok[g.from]
				}
			}
			k = end - 1
			continue
		}
		if g := s.gmAt(from); g != nil && g.from == from && g.to >= k && g.m.Entries[0].Kind != gazetteer.KindPlace && g.m.Entries[0].Kind != gazetteer.KindBrand {
			// The gazetteer knows the name; it reads the suffix itself. A
			// brand's name with a legal form is a company's: "Salomon Inc".
			k = end - 1
			continue
		}
		s.markDone(from, end)
		s.addOrg(from, end, orgCompany)
		k = end - 1
	}
}

// nameStart walks back from token k over the words of an organisation's
// name: capitalised words, "and"/"&"/"of" between them, hyphenated and
// apostrophe parts. It stops at a descriptor ("der Glücksspielkonzern"),
// at a name the gazetteer or a pattern already took, and after six
// words, or three in a headline.
func (s *state) nameStart(k int, caps bool) int {
	limit := 6
	if caps {
		limit = 3
	}
	from := k
	words := 0
	for j := k - 1; j >= 0 && words < limit; j-- {
		t := s.tok(j)
		if s.owner[j] != 0 || s.tok(j+1).Flags&(text.SentStart|text.ParaBefore) != 0 {
			break
		}
		if g := s.gmAt(j); g != nil && g.m.Entries[0].Kind != gazetteer.KindPlace && g.m.Entries[0].Kind != gazetteer.KindBrand && g.to <= k && g.to != k {
			// A company's name before more words of a name and a legal
			// form names another company, its unit: "Occidental Chemical
			// Corp", "Immigon Portfolio Abbau AG".
			if g.to == from && words > 0 && words < limit && isOrgEntry(g.m.Entries[0]) && g.m.Form&(gazetteer.FormGenitive|gazetteer.FormCompound|gazetteer.FormLegalSuffix) == 0 && !s.capsSentence(j) {
				from = g.from
			}
			break
		}
		switch {
		case t.Kind == text.Word && (s.orgWord(j)):
			if s.isDescriptor(j) && s.lang == "de" {
				return from
			}
			from = j
			words++
			continue
		case t.Kind == text.Punct && t.Flags&text.Glued != 0 && (s.isPunct(j, '-') || s.isPunct(j, '\'') || s.isPunct(j, '.') || s.isPunct(j, '&') || s.isPunct(j, '/')) && j > 0 && s.tok(j-1).Kind == text.Word:
			continue
		case words == 0 && s.isPunct(j, ',') && t.Flags&text.Glued != 0 && s.cls(k)&lex.Legal != 0:
			continue // "National Amusements, Inc"
		case s.isPunct(j, '&') || nameJoiners[s.low(j)] && words > 0 && s.orgWord(j-1) && (s.low(j) != "of" || s.cls(j-1)&lex.OrgHead != 0):
			continue // "Bank of Nova Scotia", not "Richard Adkerson of Arthur Andersen and Co"
		case words == 0 && (s.low(j) == "and" || s.low(j) == "und") && (s.low(k) == "co" || s.low(k) == "company" || s.low(k) == "cie") && s.orgWord(j-1) &&
			!(s.lang == "de" && (s.isPunct(j-2, ',') || s.cls(j-2)&lex.Conj != 0)):
			// "Pesch and Co", but "Gold, Kupfer und Co" ends a list.
			continue // "Pesch and Co"
		case (s.low(j) == "und" || s.low(j) == "and") && words > 0 && s.isPunct(j-1, '-') && s.tok(j-1).Flags&text.Glued != 0 && s.capWord(j-2):
			continue // "Bundes- und Industriebeteiligungen GmbH"
		case t.Kind == text.Word && j == from-2 && s.isPunct(j+1, '\'') && s.low(from-1) == "s":
			continue
		}
		break
	}
	// Trailing joiners at the start are not part of the name.
	for from < k && s.tok(from).Kind == text.Punct {
		from++
	}
	return from
}

// nameJoiners join the words of a company's name: "and", "of", and their
// counterparts in the names of foreign companies ("Doktas Dokumculuk
// Ticaret ve Sanayi A.S.", "Banco Bilbao y Vizcaya").
var nameJoiners = map[string]bool{
	"and": true, "und": true, "of": true, "dei": true, "di": true, "de": true, "ve": true, "y": true,
	"et": true, "e": true, "en": true, "och": true, "og": true, "del": true, "della": true,
}

// dottedLegal reports whether a dot after token k belongs to a legal
// form: "Inc.", "Co.", the initials of "S.p.A." and "N.V.", but not
// "AG." at the end of a sentence.
func (s *state) dottedLegal(k int) bool {
	t := s.tok(k)
	if t.Kind == text.Word && t.End-t.Start == 1 {
		return true
	}
	switch s.low(k) {
	case "inc", "corp", "co", "ltd", "cos", "bhd", "hf", "bros", "inh", "mbh":
		return true
	}
	return false
}

// orgWord reports whether token j can be a word of an organisation's
// name.
func (s *state) orgWord(j int) bool {
	t := s.tok(j)
	if t.Kind != text.Word {
		return t.Kind == text.Number && s.tok(j+1).Flags&text.Glued != 0
	}
	if t.Flags&(text.Upper|text.AllUpper) == 0 {
		// "s" of "Pond's".
		return s.low(j) == "s" && s.isPunct(j-1, '\'')
	}
	c := s.cls(j)
	return c&(lex.Stop|lex.Det|lex.Month|lex.Weekday|lex.Say|lex.Pronoun) == 0 || c&lex.OrgHead != 0
}

// publicHeads make an organisation public rather than a company.
var publicHeads = map[string]orgKind{
	"ministry": orgPublic, "ministerium": orgPublic, "commission": orgPublic, "kommission": orgPublic,
	"zentralbank": orgPublic, "nationalbank": orgPublic, "court": orgPublic, "gericht": orgPublic,
	"behörde": orgPublic, "authority": orgPublic, "administration": orgPublic, "amt": orgPublic,
	"office": orgPublic, "parliament": orgPublic, "parlament": orgPublic, "council": orgPublic,
	"rat": orgPublic, "partei": orgPublic, "party": orgPublic, "union": orgPublic, "bund": orgPublic,
	"verband": orgPublic, "association": orgPublic, "institute": orgPublic, "institut": orgPublic,
	"university": orgPublic, "universität": orgPublic, "fund": orgPublic, "fonds": orgPublic,
	"agency": orgMedia, "agentur": orgMedia,
}

// headOrgs finds organisations by the word that ends their names: "Arista
// Records", "Wiener Stadtwerke Holding", "MTB Privatstiftung", "Ministry of
// Finance", "International Petroleum Investment Company" (the last head of
// a run of name words), "Supreme Court of the State of New York". A known
// company before a generic head ("Nordea Group") is that company.
func (s *state) headOrgs() {
	n := len(s.d.Toks)
	for h := 0; h < n; h++ {
		if s.cls(h)&lex.OrgHead == 0 || !s.capWord(h) || !s.free(h, h+1) || s.capsSentence(h) {
			continue
		}
		// The run of name words goes on to the last head in it:
		// "International Petroleum Investment Company".
		for j := h + 1; j < n && j <= h+4 && s.orgRunWord(j); j++ {
			if s.cls(j)&lex.OrgHead != 0 && s.free(j, j+1) {
				h = j
			}
		}
		end := s.ofTail(h + 1)
		from := h
		for j := h - 1; j >= 0 && h-j <= 5; j-- {
			t := s.tok(j)
			if s.owner[j] != 0 || s.tok(j+1).Flags&(text.SentStart|text.ParaBefore) != 0 {
				break
			}
			if g := s.gmAt(j); g != nil && g.m.Entries[0].Kind == gazetteer.KindPlace && g.m.Form&gazetteer.FormGenitive != 0 {
				break // "Italiens Banken"
			}
			if t.Kind == text.Word && (s.orgWord(j) || s.numberInName(j)) && !s.isDescriptor(j) {
				from = j
				continue
			}
			if t.Kind == text.Punct && t.Flags&text.Glued != 0 && s.isPunct(j, '-') && s.tok(j+1).Flags&text.Glued != 0 {
				if s.isDescriptor(j - 1) {
					break // "Konzern-Tochter X"
				}
				continue
			}
			if s.low(j) == "and" && from < h && s.orgWord(j-1) {
				continue
			}
			break
		}
		for from < h && (s.tok(from).Kind == text.Punct || s.low(from) == "s" && s.isPunct(from-1, '\'')) {
			from++ // "World Bank's International Development Association"
		}
		if from == h && end == h+1 {
			continue
		}
		if s.lang == "de" && from == h-1 && end == h+1 && kindHeads[s.low(h)] && s.adjectiveOnly(from) {
			continue // "Österreichische Banken", "Geschlossene Fonds": kinds, not names
		}
		if g := s.gmAt(h); g != nil && g.m.Entries[0].Kind != gazetteer.KindPlace && !(g.to == h+1 && end > h+1 && g.from >= from) {
			continue // the gazetteer knows it: "Deutsche Bank"
		}
		// A known company with a generic head is the company: "Nordea
		// Group", "Wendel Gruppe".
		if g := s.gmAt(from); g != nil && g.from == from && g.nameTo == h && end == h+1 && genericHeads[s.low(h)] &&
			g.m.Form&(gazetteer.FormGenitive|gazetteer.FormCompound|gazetteer.FormLegalSuffix) == 0 && isOrgEntry(g.m.Entries[0]) {
			s.extendMatch(g, h+1)
			continue
		}
		if !s.hyphenHeadOK(from, h) {
			continue
		}
		kind := orgCompany
		if k, ok := publicHeads[s.low(h)]; ok {
			kind = k
		}
		for j := from; j < h; j++ {
			switch s.low(j) {
			case "central", "zentral", "national", "federal", "reserve", "state", "government", "bundes":
				kind = orgPublic // "Central Bank", "Federal Reserve Bank"
			}
		}
		s.markDone(from, end)
		s.addOrg(from, end, kind)
		h = end - 1
	}
}

// genericHeads are heads that add nothing to a company's name.
var genericHeads = map[string]bool{
	"group": true, "gruppe": true, "holding": true, "holdings": true, "konzern": true, "corporation": true,
	"company": true,
}

// orgRunWord reports whether token j continues a run of name words after
// an organisation's head.
func (s *state) orgRunWord(j int) bool {
	t := s.tok(j)
	if t.Kind != text.Word || t.Flags&(text.ParaBefore|text.SentStart) != 0 || !s.capWord(j) || !s.orgWord(j) {
		return false
	}
	if s.cls(j)&(lex.Title|lex.Say|lex.Weekday|lex.Month|lex.Legal) != 0 || s.isDescriptor(j) {
		return false
	}
	if g := s.gmAt(j); g != nil && g.from == j && g.m.Entries[0].Kind == gazetteer.KindPlace {
		return false
	}
	return true
}

// ofTail returns the end of an organisation's name whose head ends before
// token i, read on over "of", "for" and "of the" and the name words after
// them: "Bank of Japan", "Supreme Court of the State of New York".
func (s *state) ofTail(i int) int {
	end := i
	for {
		w := s.low(end)
		if w == "für" && s.lang == "de" && !s.purposeName(i-1, end) {
			return end
		}
		if w != "of" && w != "for" && w != "für" {
			return end
		}
		e := end + 1
		if s.low(e) == "the" {
			e++
		}
		if !s.ofWord(e) {
			return end
		}
		start := e
		and := "and"
		if w == "für" {
			and = "und"
		}
		for e < len(s.d.Toks) && e < start+4 && (s.ofWord(e) || s.low(e) == and && s.ofWord(e+1)) {
			e++
		}
		end = e
	}
}

// purposeName reports whether the German name whose head is token h goes
// on after "für" at token f: the head is an institution's ("Institut für
// Virologie", "Hochschule für Technik Rapperswil"), not part of a name the
// gazetteer knows ("EU-Kommission für Reformen"), and the words after
// "für" are not the first half of a suspended compound ("Institut für
// Wärme- und Kältetechnik", which is cut short).
func (s *state) purposeName(h, f int) bool {
	if g := s.gmAt(h); g != nil {
		return false
	}
	w := s.low(h)
	ok := false
	for _, suf := range []string{"institut", "hochschule", "universität", "ministerium", "kommission", "behörde",
		"amt", "agentur", "verband", "verein", "stiftung", "fonds", "zentrum", "akademie", "anstalt", "rat"} {
		if strings.HasSuffix(w, suf) {
			ok = true
			break
		}
	}
	if !ok {
		return false
	}
	for k := f + 1; k < f+5 && k < len(s.d.Toks); k++ {
		if s.isPunct(k, '-') && s.cls(k+1)&lex.Conj != 0 {
			return false
		}
	}
	return true
}

// ofWord reports whether token i can be a word of a name after "of":
// capitalised, not an article, month or verb of saying ("New" of "New
// York" is).
func (s *state) ofWord(i int) bool {
	return s.capWord(i) && s.tok(i).Flags&text.ParaBefore == 0 && s.cls(i)&(lex.Det|lex.Month|lex.Weekday|lex.Say|lex.Pronoun) == 0
}

// numberInName reports whether token j is a capitalised number word in
// the middle of a sentence, which begins a name: "One Equity Partners".
func (s *state) numberInName(j int) bool {
	t := s.tok(j)
	return t.Kind == text.Word && t.Flags&text.Upper != 0 && t.Flags&text.SentStart == 0 && s.cls(j)&lex.Number != 0 &&
		!s.isPunct(j-1, ':') && s.cls(j+1)&lex.Unit == 0
}

// extendMatch makes gazetteer match g end at token to, a word of the
// name the dictionary left out: "Nordea Group".
func (s *state) extendMatch(g *gmatch, to int) {
	gi := s.gmAtTok[g.from]
	for k := g.to; k < to; k++ {
		if s.gmAtTok[k] != 0 && s.gmAtTok[k] != gi {
			if o := s.gmAt(k); o != nil {
				o.done = true
			}
		}
		s.gmAtTok[k] = gi
	}
	g.to, g.nameTo = to, to
	g.extended = true
}

// compoundHeads end German compounds that name organisations when a
// capitalised adjective stands before them: "die Europäische
// Reiseversicherung", "die Erste Bank".
var compoundHeads = []string{"versicherung", "bank", "werke", "stiftung", "zeitung", "agentur",
	"kasse", "holding", "verlag", "partei", "gesellschaft", "gruppe", "post", "bahn"}

// adjectiveOrgs finds German names of an adjective and a compound noun:
// adjectives are written small unless they begin a name, so "Europäische
// Reiseversicherung" in mid-sentence is one.
func (s *state) adjectiveOrgs() {
	if s.lang != "de" {
		return
	}
	for k := 1; k+1 < len(s.d.Toks); k++ {
		t := s.tok(k)
		if !s.capWord(k) || t.Flags&(text.SentStart|text.AllUpper) != 0 || !s.free(k, k+2) || !s.capWord(k+1) {
			continue
		}
		if s.cls(k-1)&lex.Det == 0 || !adjectiveForm(s.low(k)) {
			continue
		}
		h := s.low(k + 1)
		ok := false
		for _, suf := range compoundHeads {
			if strings.HasSuffix(h, suf) || strings.HasSuffix(h, suf+"s") {
				ok = true
				break
			}
		}
		if !ok {
			continue
		}
		if g := s.gmAt(k); g != nil && g.from == k && g.m.Entries[0].Kind != gazetteer.KindPlace {
			continue
		}
		s.markDone(k, k+2)
		s.addOrg(k, k+2, orgCompany)
	}
}

// kindHeads are heads that an adjective before them makes a kind of
// organisation rather than a name: "britische Banken", "Geschlossene
// Fonds".
var kindHeads = map[string]bool{"banken": true, "bank": true, "fonds": true, "gruppe": true, "konzerne": true,
	"versicherungen": true, "unternehmen": true, "gesellschaft": true}

// adjectiveOnly reports whether the German word at token k is an
// adjective that does not begin a name: a nationality ("Österreichische"),
// an adjective in -isch, or any adjective that begins the sentence
// ("Geschlossene").
func (s *state) adjectiveOnly(k int) bool {
	if g := s.gmAt(k); g != nil {
		return false
	}
	w := s.low(k)
	switch {
	case s.cls(k)&lex.Nationality != 0:
		return true
	case strings.HasSuffix(w, "ische") || strings.HasSuffix(w, "ischen") || strings.HasSuffix(w, "ischer"):
		return true
	}
	return s.tok(k).Flags&text.SentStart != 0 && adjectiveForm(w) && s.tok(k).Flags&text.AllUpper == 0
}

// adjectiveForm reports whether a German word has an adjective's ending.
func adjectiveForm(w string) bool {
	for _, e := range []string{"ische", "ischen", "ischer", "sche", "schen", "er", "e", "en"} {
		if len(w) > len(e)+3 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// acronyms reads an acronym in brackets after a name: "Fiat Chrysler
// Automobiles (FCA)" makes FCA an alias; after a person it names a party
// ("Alexander Dobrindt (CSU)"); after a German compound for an
// institution it names that institution ("Bundeswettbewerbsbehörde
// (BWB)").
func (s *state) acronyms() {
	d := s.d
	for i := 1; i+2 < len(d.Toks); i++ {
		if !s.isPunct(i, '(') || !s.isPunct(i+2, ')') || d.Toks[i+1].Kind != text.Word || !s.free(i+1, i+2) {
			continue
		}
		a := i + 1
		t := d.Toks[a]
		w := d.Text[t.Start:t.End]
		if len(w) < 2 || len(w) > 8 || !s.capWord(a) {
			continue
		}
		caps := t.Flags&text.AllUpper != 0
		prev := s.ownerOf(i - 1)
		switch {
		case prev >= 0 && s.ents[prev].typ == events.EntityOrg:
			s.addAlias(prev, strings.ToLower(w))
			s.mention(a, a+1, prev, false)
		case prev >= 0 && s.ents[prev].typ == events.EntityPerson && caps:
			s.addOrg(a, a+1, orgPublic)
		case prev < 0 && s.institution(i-1):
			o := s.addOrg(i-1, i, orgPublic)
			if o >= 0 {
				s.addAlias(o, strings.ToLower(w))
				s.mention(a, a+1, o, false)
			}
		}
	}
}

// institutionSuffixes end German compounds that name a public body when
// an acronym or the compound itself makes them a name.
var institutionSuffixes = []string{"behörde", "fonds", "ministerium", "gericht", "gerichtshof",
	"amt", "agentur", "anstalt", "kommission", "institut", "verband", "kammer", "stiftung",
	"aufsicht", "bank", "kasse"}

// institution reports whether token k is a capitalised German compound
// naming an institution: "Verkehrssicherheitsbehörde".
func (s *state) institution(k int) bool {
	if !s.capWord(k) || s.lang != "de" {
		return false
	}
	w := s.low(k)
	for _, suf := range institutionSuffixes {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// institutions finds German public bodies whose names are compounds:
// ministries ("Arbeitsministerium", "US-Justizministerium"), courts of a
// place ("Oberlandesgericht Düsseldorf") or of one kind
// ("Kartellgericht"), federal authorities ("Bundeswettbewerbsbehörde").
func (s *state) institutions() {
	if s.lang != "de" {
		return
	}
	for k := range s.d.Toks {
		if !s.capWord(k) || !s.free(k, k+1) {
			continue
		}
		if g := s.gmAt(k); g != nil && isOrgEntry(g.m.Entries[0]) {
			continue // the gazetteer knows it
		}
		w := s.low(k)
		switch {
		case strings.HasSuffix(w, "ministerium") && len(w) > len("ministerium"),
			strings.HasSuffix(w, "ministeriums") && len(w) > len("ministeriums"),
			(w == "botschaft" || w == "konsulat" || w == "generalkonsulat") && s.isPunct(k-1, '-') && s.tok(k).Flags&text.Glued != 0:
			from := k
			for from >= 2 && s.isPunct(from-1, '-') && s.tok(from).Flags&text.Glued != 0 && s.tok(from-1).Flags&text.Glued != 0 && s.capWord(from-2) {
				from -= 2
			}
			if !s.free(from, k+1) {
				from = k
			}
			s.institution1(from, k+1, strings.TrimSuffix(w, "s"))
		case courtOfPlace(w) || placeBody(w) || courtWord(w) || courtAcronym(s.d.Tok(k)):
			// "Oberlandesgericht Düsseldorf", "Staatsanwaltschaft Wien",
			// "OLG Wien", "das Wiener Handelsgericht", "die Tiroler
			// Landesregierung": a court or public body of a place.
			from := k
			if k > 0 && s.capWord(k-1) && s.free(k-1, k) && s.tok(k-1).Flags&text.SentStart == 0 && s.placeAdjective(k-1) {
				from = k - 1
			}
			if g := s.gmAt(k + 1); g != nil && g.from == k+1 && g.m.Entries[0].Kind == gazetteer.KindPlace && s.tok(k+1).Flags&text.NewlineBefore == 0 {
				g.done = true
				s.addOrg(from, g.nameTo, orgPublic)
			} else if s.low(k+1) == "für" && s.capWord(k+2) && s.cls(k+2)&lex.Det == 0 && !courtAcronym(s.d.Tok(k)) {
				// "Landesgericht für Zivilrechtssachen (in Graz)".
				s.addOrg(from, k+3, orgPublic)
			} else if from < k {
				s.addOrg(from, k+1, orgPublic)
			} else if soleCourt(w) {
				s.institution1(k, k+1, strings.TrimSuffix(strings.TrimSuffix(w, "es"), "s"))
			}
		case soleCourt(w) || strings.HasPrefix(w, "bundes") && (strings.HasSuffix(w, "behörde") || strings.HasSuffix(w, "amt") || strings.HasSuffix(w, "anstalt") || strings.HasSuffix(w, "agentur")) && len(w) > 12:
			s.institution1(k, k+1, strings.TrimSuffix(strings.TrimSuffix(w, "es"), "s"))
		}
	}
}

// institution1 adds the public body named by tokens from..to-1 under the
// key of its base form k ("kartellgericht" for "Kartellgerichts",
// "justizministerium" for "US-Justizministerium"), its text without a
// genitive ending.
func (s *state) institution1(from, to int, k string) {
	if !s.free(from, to) {
		return
	}
	o := s.orgEndingWith(k)
	if o < 0 {
		o = s.keyEnt("I:"+k, ent{typ: events.EntityOrg, org: orgPublic})
	}
	if !s.mention(from, to, o, false) {
		return
	}
	s.markDone(from, to)
	t := s.span(from, to)
	last := s.low(to - 1)
	if strings.HasSuffix(last, "s") && !strings.HasSuffix(k, "s") {
		t = t[:len(t)-1]
		if strings.HasSuffix(last, "es") && !strings.HasSuffix(k, "e") {
			t = t[:len(t)-1]
		}
	}
	s.setText(o, t)
	s.ents[o].evidence += 2
}

// orgEndingWith returns an organisation whose name ends in the compound
// k ("US-Justizministerium" for "justizministerium"), or -1.
func (s *state) orgEndingWith(k string) int {
	for i := range s.ents {
		e := &s.ents[i]
		if e.typ != events.EntityOrg || e.dropped {
			continue
		}
		t := strings.ToLower(e.text)
		if t == k || strings.HasSuffix(t, "-"+k) || strings.HasSuffix(t, " "+k) {
			return i
		}
	}
	return -1
}

// courtWord reports whether a German compound names a court: it ends in
// "gericht" or "gerichtshof" ("Straflandesgericht", "Handelsgerichts").
func courtWord(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "s"), "e")
	return len(w) > len("gericht")+3 && (strings.HasSuffix(w, "gericht") || strings.HasSuffix(w, "gerichtshof"))
}

// courtAcronym reports whether t abbreviates an Austrian or German court
// that a place's name follows: "OLG Wien", "LG Linz".
func courtAcronym(t string) bool {
	switch t {
	case "OLG", "LG", "HG", "BG", "LGZ", "ASG", "VG", "LSG", "OVG":
		return true
	}
	return false
}

// placeBody reports whether w names a public body of a place: "die
// Staatsanwaltschaft Wien", "die Tiroler Landesregierung".
func placeBody(w string) bool {
	switch w {
	case "staatsanwaltschaft", "oberstaatsanwaltschaft", "landesregierung", "landtag", "magistrat",
		"finanzamt", "arbeiterkammer", "wirtschaftskammer", "landespolizeidirektion", "bezirkshauptmannschaft",
		"stadtregierung", "stadtverwaltung", "landesverwaltung":
		return true
	}
	return false
}

func courtOfPlace(w string) bool {
	switch w {
	case "oberlandesgericht", "landesgericht", "landgericht", "amtsgericht", "verwaltungsgericht",
		"bezirksgericht", "handelsgericht", "arbeitsgericht", "finanzgericht", "sozialgericht",
		"oberlandesgerichts", "landgerichts", "amtsgerichts", "landesgerichts":
		return true
	}
	return false
}

func soleCourt(w string) bool {
	switch w {
	case "kartellgericht", "kartellgerichts", "verfassungsgerichtshof", "verwaltungsgerichtshof",
		"bundesgerichtshof", "bundesverfassungsgericht", "bundesfinanzhof", "bundesarbeitsgericht",
		"bundessozialgericht", "bundesverwaltungsgericht", "oberster gerichtshof", "kartellamt",
		"bundeskartellamt", "finanzmarktaufsicht":
		return true
	}
	return false
}

// compoundOrgs finds organisations as heads of hyphenated compounds whose
// tails belong to organisations: "AUA-Mutter", "Bank-Austria-Mutter",
// "Toll-Collect-Konsortium", "MPS-Aktien".
func (s *state) compoundOrgs() {
	d := s.d
	for t := 2; t < len(d.Toks); t++ {
		if !s.isPunct(t-1, '-') || d.Toks[t].Flags&text.Glued == 0 || d.Toks[t-1].Flags&text.Glued == 0 || !orgTails[s.low(t)] {
			continue
		}
		x := t - 2
		if personTails[s.low(t)] && s.tok(x).Flags&text.AllUpper == 0 {
			continue // "ÖAMTC-Experte", but "Oldtimer-Experte" is an expert on them
		}
		if !s.capWord(x) || s.cls(x)&(lex.ContentDE|lex.Finance|lex.CompanyRef|lex.OrgDesc|lex.Stop|lex.Nationality|lex.GivenName|lex.Honorific|lex.Legal|lex.Stock|lex.PlaceNoun) != 0 {
			continue
		}
		from := x
		for from >= 2 && s.isPunct(from-1, '-') && d.Toks[from].Flags&text.Glued != 0 && d.Toks[from-1].Flags&text.Glued != 0 && s.capWord(from-2) && !formerPrefix(s.low(from-2)) {
			from -= 2
		}
		if !s.free(from, x+1) {
			continue
		}
		if g := s.gmAt(x); g != nil && !g.done {
			continue
		}
		if p := s.personBySurname(s.low(x), x); p >= 0 {
			continue // "Murdoch-Familie" is the family of a person
		}
		if from == x && !s.standsAlone(x) {
			continue // "Billig-Tochter": a prefix, not a name
		}
		if o := s.byAlias(normKey(s.span(from, x+1))); o >= 0 {
			s.mention(from, x+1, o, false)
			continue
		}
		s.addOrg(from, x+1, orgCompany)
	}
}

// personTails end compounds that name a person of an organisation, or
// one who knows about a thing: only an acronym before them is an
// organisation's name.
var personTails = map[string]bool{"experte": true, "expertin": true, "analyst": true, "analystin": true}

// formerPrefix reports whether w is a prefix of a title or a name that
// is not part of it: "Ex-Flughafen-Chef", "Vize-Chef".
func formerPrefix(w string) bool {
	switch w {
	case "ex", "vize", "co", "ko", "alt", "interims", "noch", "neo", "former", "vice", "acting":
		return true
	}
	return false
}

// standsAlone reports whether the word of token x is a name by its shape
// (capitals: "AUA", "MPS") or because the text uses it alone elsewhere,
// capitalised in the middle of a sentence.
func (s *state) standsAlone(x int) bool {
	t := s.tok(x)
	if t.Flags&text.AllUpper != 0 && t.End-t.Start >= 2 {
		return true
	}
	if s.alone == nil {
		s.alone = map[string]int{}
		for k := range s.d.Toks {
			if s.capWord(k) && s.d.Toks[k].Flags&(text.SentStart|text.Glued) == 0 && !s.isPunct(k+1, '-') {
				s.alone[s.low(k)]++
			}
		}
	}
	n := s.alone[s.low(x)]
	if s.capWord(x) && s.d.Toks[x].Flags&(text.SentStart|text.Glued) == 0 && !s.isPunct(x+1, '-') {
		n-- // x itself
	}
	return n > 0
}

// hyphenHeadOK rejects a name that is a one-word prefix hyphened to its
// head ("Billigflug-Airlines") unless the prefix is a name by itself.
func (s *state) hyphenHeadOK(from, h int) bool {
	if from == h-2 && s.isPunct(h-1, '-') && s.tok(h).Flags&text.Glued != 0 {
		// A foundation bears a family's name: "Turnauer-Stiftung".
		return s.standsAlone(from) || foundationHead(s.low(h)) && s.cls(from) == 0
	}
	return true
}

func foundationHead(w string) bool {
	return w == "stiftung" || w == "privatstiftung" || w == "foundation"
}

// appositionOrgs finds organisations named after a descriptor: "der
// Glücksspielkonzern Novomatic", "tire producer Nokian Tyres", "das
// Magazin Focus", "die britische Zeitung The Guardian".
func (s *state) appositionOrgs() {
	n := len(s.d.Toks)
	for k := 0; k+1 < n; k++ {
		if !s.isDescriptor(k) || s.capsSentence(k) {
			continue
		}
		if s.lang == "de" && bareGeneric[s.low(k)] && !s.hyphenTail(k) {
			continue // "der Konzern Verstößen", but "die RBI-Tochter Polbank"
		}
		if g := s.gmAt(k); g != nil && g.from <= k && g.to > k+1 && g.m.Entries[0].Kind != gazetteer.KindPlace && !s.knownOrg(s.span(k+1, g.to)) {
			// The descriptor is a word of a known name: "PKO Bank Polski",
			// "Landesbank Baden-Württemberg"; but "die Nachrichtenagentur
			// Reuters" names Reuters.
			continue
		}
		a := k + 1
		if s.low(a) == "the" && s.capWord(a) && s.nameWord(a+1) {
			a++
		}
		if !s.nameWord(a) || !s.free(a, a+1) {
			continue
		}
		end := a
		for end < n && end < a+4 && (s.apposWord(end) || end > a && s.isPunct(end, '&') && s.apposWord(end+1)) {
			if end > a && s.legalToken(end-1) {
				break // "Kemira Oyj HEL : KRA1V"
			}
			end++
			for s.isPunct(end, '-') && s.tok(end).Flags&text.Glued != 0 && s.tok(end+1).Flags&text.Glued != 0 && s.capWord(end+1) {
				end += 2
			}
		}
		from := k + 1
		if !s.free(from, end) || end == a {
			continue
		}
		// A name the gazetteer knows whole is the gazetteer's ("der
		// Musikdienst Spotify"); one it knows in part is not ("die
		// Zeitung Hürriyet Daily News").
		if g := s.gmAt(a); g != nil && !g.done && g.from == a && g.to >= end {
			continue
		}
		s.markDone(from, end)
		kind := orgCompany
		if s.cls(k)&lex.Media != 0 || mediaDescriptor(s.low(k)) {
			kind = orgMedia
		}
		if o := s.byAlias(normKey(stripLegal(s.span(a, end)))); o >= 0 {
			s.mention(from, end, o, false)
			continue
		}
		s.addOrg(from, end, kind)
		k = end - 1
	}
}

// apposWord reports whether token i can be a word of a name after a
// descriptor.
func (s *state) apposWord(i int) bool {
	if !s.nameWord(i) || s.owner[i] != 0 {
		return false
	}
	if g := s.gmAt(i); g != nil && !g.done && g.m.Entries[0].Kind == gazetteer.KindPlace && g.from == i {
		return false
	}
	c := s.cls(i)
	return c&(lex.ContentDE|lex.Finance|lex.OrgDesc|lex.CompanyRef|lex.Unit|lex.Nationality) == 0
}

// bareGeneric are descriptors too general to introduce a name alone in
// German: "den Wolfsburger Konzern Verstößen" is no company "Verstößen".
var bareGeneric = map[string]bool{
	"konzern": true, "konzerns": true, "unternehmen": true, "unternehmens": true, "gruppe": true,
	"bank": true, "firma": true, "tochter": true, "mutter": true, "haus": true, "institut": true,
	"gesellschaft": true, "hersteller": true, "anbieter": true, "sender": true, "kette": true,
	"investor": true, "marke": true, "dienst": true,
}

func mediaDescriptor(w string) bool {
	for _, suf := range []string{"zeitung", "blatt", "magazin", "agentur", "sender", "newspaper", "magazine", "agency"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// newspapers finds newspapers named by a place and a newspaper's word
// (lex.NewsHead):
// "the Houston Post", "the Los Angeles Herald Examiner", "Kieler
// Nachrichten" (a place's adjective in German).
func (s *state) newspapers() {
	n := len(s.d.Toks)
	for k := 0; k < n; k++ {
		if !s.capWord(k) || s.capsSentence(k) || !s.free(k, k+1) || !s.newspaperHeadNear(k+1) {
			continue
		}
		a := k
		var from int
		if g := s.gmAt(k); g != nil && g.from == k && g.m.Entries[0].Kind == gazetteer.KindPlace && g.m.Form&(gazetteer.FormGenitive|gazetteer.FormCompound) == 0 {
			from = g.nameTo
		} else if s.lang == "de" && s.placeAdjective(k) {
			from = k + 1 // "Kieler", "Stuttgarter"
		} else {
			continue
		}
		end := -1
		for j := from; j < n && j < from+4 && s.capWord(j) && s.tok(j).Flags&text.ParaBefore == 0; j++ {
			if s.cls(j)&lex.NewsHead != 0 {
				end = j + 1
			}
			for s.isPunct(j+1, '-') && s.tok(j+1).Flags&text.Glued != 0 && s.tok(j+2).Flags&text.Glued != 0 && s.capWord(j+2) {
				j += 2
				if s.cls(j)&lex.NewsHead != 0 {
					end = j + 1
				}
			}
		}
		if end < 0 || !s.free(a, end) {
			continue
		}
		// "Wiener Zeitung" is the gazetteer's; a name it does not know
		// whole is not: "Houston Post".
		if g := s.gmAt(a); g != nil && g.from == a && g.to >= end && g.m.Entries[0].Kind != gazetteer.KindPlace {
			continue
		}
		s.markDone(a, end)
		s.addOrg(a, end, orgMedia)
		k = end - 1
	}
}

// ampersandOrgs finds firms named by two names and "&": "Graf &
// Pitkowitz", "Drexel & Co".
func (s *state) ampersandOrgs() {
	n := len(s.d.Toks)
	for k := 1; k+1 < n; k++ {
		if !s.isPunct(k, '&') || s.tok(k).Flags&text.Glued != 0 || s.tok(k+1).Flags&text.Glued != 0 || s.capsSentence(k) {
			continue
		}
		if !s.firmWord(k-1) || !s.firmWord(k+1) || !s.free(k-1, k+2) {
			continue
		}
		from, to := k-1, k+2
		if s.firmWord(from-1) && s.tok(from-1).Flags&text.SentStart == 0 && s.free(from-1, from) {
			from--
		}
		// A firm is named after a preposition or an article ("von Graf &
		// Pitkowitz"); titles join words with "&" too ("Vegan &
		// Verschmust").
		if s.tok(from).Flags&text.SentStart != 0 || s.cls(from-1)&(lex.Prep|lex.Det) == 0 && !s.isDescriptor(from-1) {
			continue
		}
		s.addOrg(from, to, orgCompany)
		k = to
	}
}

// firmWord reports whether token i can be a surname in a firm's name:
// capitalised, not a word of the lexicon, not a known name.
func (s *state) firmWord(i int) bool {
	t := s.tok(i)
	return t.Kind == text.Word && s.capWord(i) && t.Flags&(text.AllUpper|text.HasDigit) == 0 && s.cls(i)&^lex.OrgHead == 0 &&
		s.gmAt(i) == nil && t.End-t.Start >= 3 && !(s.lang == "de" && (nounSuffix(s.low(i)) || adjectiveSuffix(s.low(i))))
}

// adjectiveSuffix reports whether a German word ends like an adjective:
// "anspruchslos", "preisgekrönt".
func adjectiveSuffix(w string) bool {
	for _, suf := range []string{"ig", "isch", "lich", "los", "bar", "haft", "voll", "sam", "t", "en"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// dealObjects finds the company a deal is about after the words that
// name the deal: "acquire Veridian Robotics", "since buying Altair
// Engineering", "durch die Akquisition von Afripack".
func (s *state) dealObjects() {
	n := len(s.d.Toks)
	for k := 0; k+1 < n; k++ {
		if !s.capWord(k+1) && !s.capWord(k+2) {
			continue // the object is capitalised; most words are followed by none
		}
		if t := &s.d.Toks[k]; t.Kind != text.Word || t.End-t.Start < 3 {
			continue
		}
		a := s.dealTrigger(k)
		if a < 0 || !s.capWord(a) || !s.free(a, a+1) || s.capsSentence(a) || s.cls(a)&lex.GivenName != 0 {
			continue
		}
		end := a
		for end < n && end < a+4 && s.dealWord(end) {
			end++
		}
		if end == a || s.capWord(end) && s.tok(end).Flags&text.Glued == 0 {
			continue // a longer name this does not read whole
		}
		if s.lang == "de" && (nounSuffix(s.low(end-1)) || s.tok(end-1).Flags&text.AllUpper == 0 && pluralEnding(s.low(end-1))) {
			continue // "Kauf von Immobilien", "Übernahme von Flüchtlingen"
		}
		s.markDone(a, end)
		s.addOrg(a, end, orgCompany)
		k = end - 1
	}
}

// dealTrigger returns the token after the words at k that name a deal,
// where its object's name starts, or -1.
func (s *state) dealTrigger(k int) int {
	switch s.low(k) {
	case "acquire", "acquires", "acquired", "acquiring", "buy", "buys", "buying", "bought", "purchase",
		"purchased", "purchasing":
		return k + 1
	case "acquisition", "takeover":
		if s.low(k+1) == "of" {
			return k + 2
		}
	case "merger", "merge":
		if s.low(k+1) == "with" {
			return k + 2
		}
	case "stake":
		if s.low(k+1) == "in" {
			return k + 2
		}
	case "übernahme", "akquisition", "kauf", "erwerb", "verkauf":
		if s.low(k+1) == "von" {
			return k + 2
		}
	case "fusion":
		if s.low(k+1) == "mit" {
			return k + 2
		}
	case "einstieg":
		if s.low(k+1) == "bei" {
			return k + 2
		}
	}
	return -1
}

// dealWord reports whether token i can be a word of a company's name that
// a deal names.
func (s *state) dealWord(i int) bool {
	t := s.tok(i)
	if t.Kind != text.Word || !s.capWord(i) || !s.free(i, i+1) || t.Flags&text.ParaBefore != 0 {
		return false
	}
	if s.gmAt(i) != nil {
		return false
	}
	c := s.cls(i)
	return c&^(lex.OrgHead) == 0 || unitWords[s.low(i)]
}

// pluralEnding reports whether a German word ends like a plural noun
// after "von": "Flüchtlingen", "Asylwerbern", "Ärzte".
func pluralEnding(w string) bool {
	for _, suf := range []string{"en", "ern", "eln", "te", "ze", "de"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// nounSuffix reports whether a German word ends like a common noun:
// "Immobilien", "Beteiligungen", "Gesellschaft".
func nounSuffix(w string) bool {
	for _, suf := range []string{"ung", "ungen", "heit", "keit", "schaft", "tion", "tionen", "ität", "ismus", "ien", "anteile", "aktien", "nisse"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// newspaperHeadNear reports whether a newspaper's word is among the
// four tokens from i, which most places are not followed by.
func (s *state) newspaperHeadNear(i int) bool {
	for j := i; j < i+5 && j < len(s.classes); j++ {
		if s.classes[j]&lex.NewsHead != 0 {
			return true
		}
	}
	return false
}

// placeAdjective reports whether token k is the adjective of a place the
// gazetteer knows: "Kieler" (Kiel), "Bremer" (Bremen), "Zürcher".
func (s *state) placeAdjective(k int) bool {
	w := s.d.Tok(k)
	if !strings.HasSuffix(w, "er") || s.cls(k) != 0 || s.isPunct(k+1, '-') || s.tok(k).Flags&text.SentStart != 0 {
		return false
	}
	stem := w[:len(w)-2]
	for _, p := range []string{stem, stem + "en", stem + "e", stem + "a", strings.TrimSuffix(stem, "n") + "en"} {
		if len(p) >= 3 && s.knownPlace(p) {
			return true
		}
	}
	return false
}

// newspaperAlias lets the last word of a newspaper's name (token k)
// stand for it later: "the Chronicle" for the Houston Chronicle.
func (s *state) newspaperAlias(o, k int) {
	if s.cls(k)&lex.NewsHead != 0 && s.tok(k).End-s.tok(k).Start >= 4 {
		s.addAlias(o, s.low(k))
	}
}
