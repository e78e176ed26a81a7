package entities

import (
	"sort"
	"strings"

	"github.com/tickerwire/tickerwire/pkg/events"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/lex"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/text"
)

// personCand is a person found from a pattern, before it becomes an
// entity.
type personCand struct {
	from, to int
	titled   bool
	role     lex.RoleWord
	title    int // the title's first token
	titleEnd int
	headFrom int // a compound title's head ("Henkel" of "Henkel-Chef"), or -1
	headTo   int
	hintFrom int // where the title names its organisation ("of Ford Europe"), or -1
	hintTo   int
	public   bool // the title's compound names a public body: "Ministeriumssprecherin"
}

// roleLink is a person's title waiting for its organisation.
type roleLink struct {
	person int
	personCand
}

// titleWord reports whether the word i may start a title: a word of the
// class, or a long one that may end in a compound title's tail.
func (s *state) titleWord(i int) bool {
	t := &s.d.Toks[i]
	return s.cls(i)&lex.Title != 0 || t.End-t.Start >= 6 && lex.MaybeCompoundTitle(s.low(i))
}

// titleAt finds a title of a person's role that starts at token i. It
// returns the token after it, the role, and for a hyphenated compound
// ("Henkel-Chef") the head's tokens.
func (s *state) titleAt(i int) (end int, rw lex.RoleWord, headFrom, headTo int, public, ok bool) {
	d := s.d
	if s.tok(i).Kind != text.Word || !s.titleWord(i) {
		return 0, rw, 0, 0, false, false
	}
	w := s.low(i)
	headFrom, headTo = -1, -1
	if lex.StartsTitle(w) {
		// The words are joined in a buffer on the stack, and looked up
		// without a string of their own.
		var buf [64]byte
		b := append(buf[:0], w...)
		best := 0
		var bestRole lex.RoleWord
		for j := i + 1; j < i+5 && j < len(d.Toks) && d.Toks[j].Kind == text.Word; j++ {
			b = append(append(b, ' '), d.Lower(j)...)
			if r, ok := lex.Role(string(b)); ok {
				best, bestRole = j+1, r
			}
		}
		if best > 0 {
			return best, bestRole, headFrom, headTo, false, true
		}
	}
	r, head, ok := lex.CompoundRole(w)
	if !ok && len(w) > 5 && strings.HasSuffix(w, "s") {
		// A German genitive: "des Staatssekretärs", "des Medienmoguls".
		r, head, ok = lex.CompoundRole(w[:len(w)-1])
	}
	if !ok {
		return 0, rw, 0, 0, false, false
	}
	// A lower-case title in German is not a noun: "chef" does not occur,
	// but English titles are lower case ("chairman").
	if s.lang == "de" && !s.capWord(i) {
		return 0, rw, 0, 0, false, false
	}
	// "Ministeriumssprecherin", "Regierungssprecher": a public body's.
	public = publicHead(head)
	if public {
		rw.Corporate = false
	}
	// A hyphenated compound: the head is the words glued before the hyphen.
	if s.tok(i).Flags&text.Glued != 0 && s.isPunct(i-1, '-') && s.tok(i-1).Flags&text.Glued != 0 {
		headTo = i - 1
		headFrom = headTo - 1
		for headFrom > 0 && s.tok(headFrom).Flags&text.Glued != 0 && s.isPunct(headFrom-1, '-') && s.tok(headFrom-1).Flags&text.Glued != 0 {
			headFrom -= 2
		}
		if headFrom < 0 || s.tok(headFrom).Kind != text.Word {
			headFrom, headTo = -1, -1
		}
	}
	return i + 1, r, headFrom, headTo, public, true
}

// publicHead reports whether the head of a compound title names a public
// body: "ministeriums" of "Ministeriumssprecherin".
func publicHead(h string) bool {
	for _, w := range []string{"ministerium", "regierung", "kanzleramt", "gericht", "partei",
		"polizei", "behörde", "stadt", "rathaus", "kommission", "ministry", "government"} {
		if strings.HasPrefix(h, w) || strings.HasSuffix(strings.TrimSuffix(h, "s"), w) {
			return true
		}
	}
	return false
}

// nameAt returns the end of a person's name that starts at token i: up to
// four capitalised words, hyphenated parts ("Karl-Heinz"), initials
// ("W.") and particles ("van", "de"). It returns i when there is none.
func (s *state) nameAt(i int) int {
	k, words := i, 0
	for words < 4 && k < len(s.d.Toks) {
		switch {
		case words >= 1 && s.initialAt(k) && s.nameToken(k+2):
			k += 2 // "Mark A. Brand"
		case s.nameToken(k):
			k++
			words++
			// Hyphenated names: "Karl-Heinz", "Müller-Lüdenscheidt",
			// "Lee Jae-won".
			for s.isPunct(k, '-') && s.tok(k).Flags&text.Glued != 0 && s.tok(k+1).Flags&text.Glued != 0 && (s.nameToken(k+1) || words >= 2 && s.namePart(k+1)) {
				k += 2
			}
			// An initial: "George W. Bush".
			if t := s.tok(k - 1); t.End-t.Start == 1 && s.isPunct(k, '.') && s.tok(k).Flags&text.Glued != 0 {
				k++
			}
			// A German genitive ends the name: "Walter Meischbergers
			// Anwalt".
			if s.lang == "de" && words >= 2 && strings.HasSuffix(s.low(k-1), "s") && s.capWord(k) {
				return k
			}
		// Particles follow a given name: "Ursula von der Leyen", but
		// "Manfred Wolf von der GPA" is Manfred Wolf of the GPA.
		case words == 1 && s.particle(k) && !s.capWord(k) && s.nameToken(k+1) && s.tok(k+1).Flags&text.AllUpper == 0:
			k++
		case words == 1 && s.particle(k) && s.particle(k+1) && !s.capWord(k) && s.nameToken(k+2) && s.tok(k+2).Flags&text.AllUpper == 0:
			k += 2
		default:
			return i + (k - i) - s.trailingParticle(i, k)
		}
	}
	return k
}

// particle reports whether token k is a particle of a surname: "van",
// "von", "de", "di". "der", "den" and "dei" are articles unless another
// particle comes first ("van den", "von der").
func (s *state) particle(k int) bool {
	if s.cls(k)&lex.NameParticle == 0 {
		return false
	}
	switch s.low(k) {
	case "der", "den", "dei", "la", "le":
		return s.cls(k-1)&lex.NameParticle != 0 && !s.capWord(k-1)
	}
	return true
}

func (s *state) trailingParticle(i, k int) int {
	if k > i && s.cls(k-1)&lex.NameParticle != 0 && !s.capWord(k-1) {
		return 1
	}
	return 0
}

// nameToken reports whether token i can be a word of a person's name.
func (s *state) nameToken(i int) bool {
	c := s.cls(i)
	if c&lex.GivenName != 0 && c&lex.Month != 0 && s.capWord(i) && s.tok(i).Flags&text.AllUpper == 0 &&
		s.capWord(i+1) && s.cls(i+1)&(lex.Month|lex.Stop|lex.Det) == 0 && s.tok(i+1).Kind == text.Word {
		return true // "Jan Seidler", not "Jan. 5"
	}
	if !s.nameWord(i) {
		return false
	}
	if c&lex.GivenName != 0 {
		return true
	}
	if s.lang == "de" && s.tok(i).End-s.tok(i).Start >= 9 && nounSuffix(s.low(i)) {
		return false // "Unterstützung"
	}
	const notName = lex.Finance | lex.ContentDE | lex.OrgDesc | lex.Media | lex.Nationality |
		lex.Unit | lex.LocHead | lex.Honorific | lex.Legal | lex.OrgHead | lex.CompanyRef |
		lex.Stock | lex.Number | lex.Pronoun | lex.FuncDE | lex.FuncEN
	if c&notName != 0 {
		return false
	}
	w := s.low(i)
	if _, ok := lex.Role(w); ok {
		return false
	}
	// "Exanwalt", "Vizekanzler": a title with a prefix.
	for _, p := range []string{"ex", "vize"} {
		if len(w) > len(p)+4 && strings.HasPrefix(w, p) {
			if _, ok := lex.Role(w[len(p):]); ok {
				return false
			}
		}
	}
	return s.tok(i).Flags&text.HasDigit == 0
}

// validName checks a candidate name from..to-1: not a place or company
// the gazetteer knows (unless it starts with a given name), not in a
// headline, and of two words or more unless the single word stands
// alone.
func (s *state) validName(from, to int, titled bool) bool {
	if to <= from || !s.free(from, to) || s.capsSentence(from) {
		return false
	}
	if g := s.gmAt(from); g != nil && !g.done && (g.from == from && g.to >= to || g.from < from) {
		return false // a company's or a place's name: "Thomas Cook", "San Francisco"
	}
	if s.cls(from)&lex.GivenName == 0 {
		last := to
		if titled && to-from >= 2 {
			// After a title a known word later in the name is a surname:
			// "der Sänger Robbie Williams".
			last = from + 1
		}
		for k := from; k < last; k++ {
			if g := s.gmAt(k); g != nil && !g.done {
				return false
			}
		}
	}
	if to-from == 1 {
		// A lone word is a name only when nothing capitalised follows it
		// and it is not a German noun of the lexicon.
		if s.capWord(to) || s.tok(from).Flags&text.AllUpper != 0 {
			return false
		}
	}
	return true
}

// rolePersons finds people named with a title: "Finanzchef Brian
// Olsavsky", "Kenneth Whipple, chairman of Ford Europe", "der
// Vorsitzende der Geschäftsführung von Wien Energie, Thomas Irschik".
func (s *state) rolePersons() {
	var cands []personCand
	for i := 0; i < len(s.d.Toks); i++ {
		end, rw, hf, ht, public, ok := s.titleAt(i)
		if !ok {
			continue
		}
		c := personCand{titled: true, role: rw, title: i, titleEnd: end, headFrom: hf, headTo: ht, hintFrom: -1, public: public}
		c.hintFrom, c.hintTo = s.orgHint(end)
		// Title, then the name: "CEO Andy Jassy".
		if n := s.nameAt(end); n > end && s.validName(end, n, true) {
			c.from, c.to = end, n
			cands = append(cands, c)
			i = n - 1
			continue
		}
		// Name, comma, title: "Kenneth Whipple, chairman of Ford Europe",
		// "Melvin Sims, USDA general sales manager, said".
		k := i - 1
		if s.cls(k)&lex.Det != 0 {
			k--
		}
		for j := k; j > i-6 && j > 0 && !s.isPunct(j, ',') && s.lang == "en"; j-- {
			t := s.tok(j)
			if t.Kind != text.Word || t.Flags&text.SentStart != 0 {
				break
			}
			if !s.capWord(j) || t.Flags&text.AllUpper != 0 {
				if s.isPunct(j-1, ',') {
					k = j - 1
				}
				continue
			}
			break
		}
		if s.isPunct(k, ',') {
			if from := s.nameBefore(k); from >= 0 && k-from >= 2 && s.validName(from, k, true) {
				c.from, c.to = from, k
				cands = append(cands, c)
				continue
			}
		}
		// Title, its organisation, comma, name: "der Vorsitzende der
		// Geschäftsführung von Wien Energie, Thomas Irschik,".
		for j := end; j < end+10 && j < len(s.d.Toks); j++ {
			t := s.tok(j)
			if t.Kind != text.Punct || s.isPunct(j, '-') && t.Flags&text.Glued != 0 || s.isPunct(j, '(') || s.isPunct(j, ')') {
				continue
			}
			if s.isPunct(j, ',') {
				if n := s.nameAt(j + 1); n-(j+1) >= 2 && s.validName(j+1, n, true) && (s.isPunct(n, ',') || s.isPunct(n, '.') || s.cls(n)&lex.Say != 0) {
					c.from, c.to = j+1, n
					if c.hintFrom < 0 {
						c.hintFrom, c.hintTo = end, j
					}
					cands = append(cands, c)
				}
			}
			break
		}
	}
	s.addPersons(cands)
}

// nameBefore returns the start of a name of two or more words that ends
// just before token k, or -1.
func (s *state) nameBefore(k int) int {
	best := -1
	// Walk back over the words a name may hold ("Joost de Vries", "Lee
	// Jae-won") and take the earliest start whose name ends at k.
	for from := k - 1; from >= 0 && from >= k-6; from-- {
		switch {
		case s.nameToken(from):
			if n := s.nameAt(from); n == k && k-from >= 2 {
				best = from
			}
			continue
		case s.particle(from) && !s.capWord(from) && (s.cls(from-1)&lex.GivenName != 0 || foreignParticle(s.low(from))),
			s.isPunct(from, '-') && s.tok(from).Flags&text.Glued != 0, s.namePart(from):
			continue
		}
		break
	}
	return best
}

// namePart reports whether token i is the small-letter second part of a
// hyphenated given name: the "won" of "Jae-won".
func (s *state) namePart(i int) bool {
	t, h := s.tok(i), s.tok(i-2)
	return t.Kind == text.Word && t.Flags&(text.Upper|text.AllUpper|text.HasDigit) == 0 && t.Flags&text.Glued != 0 &&
		s.isPunct(i-1, '-') && s.tok(i-1).Flags&text.Glued != 0 && s.capWord(i-2) && h.End-h.Start <= 4 &&
		t.End-t.Start >= 2 && t.End-t.Start <= 5 && !s.isPunct(i+1, '-') && !s.capWord(i+1) && s.cls(i)&(lex.FuncEN|lex.FuncDE) == 0
}

// foreignParticle reports whether w is a particle of Dutch, French,
// Spanish or Portuguese surnames, which follows any given name: "Joost
// de Vries".
func foreignParticle(w string) bool {
	switch w {
	case "de", "van", "da", "dos", "das", "du", "le", "la", "ter", "ten":
		return true
	}
	return false
}

// orgHint returns the tokens after a title that name its organisation:
// "of Ford Europe", "der Pfeiffer HandelsgmbH", "bei Siemens", up to the
// next punctuation.
func (s *state) orgHint(i int) (from, to int) {
	if s.cls(i)&lex.Prep == 0 && s.cls(i)&lex.Det == 0 {
		return -1, -1
	}
	j := i + 1
	for j < len(s.d.Toks) && j < i+7 && s.tok(j).Kind != text.Punct || s.isPunct(j, '-') && j < i+7 {
		j++
	}
	// An acronym in brackets names the organisation too: "der
	// Privatangestellten-Gewerkschaft (GPA-djp)".
	if s.isPunct(j, '(') {
		k := j + 1
		for k < len(s.d.Toks) && k < j+5 && !s.isPunct(k, ')') {
			k++
		}
		if s.isPunct(k, ')') {
			j = k
		}
	}
	return i + 1, j
}

// namePersons finds people by their given names ("Tim Moran", "Whitney
// Houston") and by honorifics ("Herr Müller", "Mr Smith").
func (s *state) namePersons() {
	var cands []personCand
	for i := 0; i < len(s.d.Toks); i++ {
		if t := &s.d.Toks[i]; t.Kind != text.Word || t.Flags&(text.Upper|text.AllUpper) == 0 && t.End-t.Start > 3 {
			continue // every pattern starts with a capitalised word, "by" or "von"
		}
		c := s.cls(i)
		switch {
		case c&lex.GivenName != 0 && s.capWord(i) && s.tok(i).Flags&text.AllUpper == 0:
			// Two words at least: "Merkel-Berater" is no full name.
			if n := s.nameAt(i); n-i >= 2 && strings.ContainsAny(s.span(i, n), " \n") && s.validName(i, n, false) {
				// A given name the gazetteer reads as a company ("Leonardo"
				// of Leonardo DiCaprio) is the person's.
				s.markDone(i, n)
				cands = append(cands, personCand{from: i, to: n, headFrom: -1, hintFrom: -1})
				i = n - 1
			}
		case c == 0 && s.tok(i+1).End-s.tok(i+1).Start == 1 && s.capWord(i) && s.initialAt(i+1) && s.nameToken(i+3) && !s.capsSentence(i):
			// A middle initial makes a name: "Carlin Q. Williams".
			if n := s.nameAt(i); n-i >= 3 && s.validName(i, n, true) {
				s.markDone(i, n)
				cands = append(cands, personCand{from: i, to: n, headFrom: -1, hintFrom: -1})
				i = n - 1
			}
		case s.d.Toks[i].End-s.d.Toks[i].Start == 1 && s.initialAt(i) && s.nameToken(i+2) && s.nameToken(i+3) && !s.capsSentence(i) && (i == 0 || !s.initialAt(i-2)):
			// An initial before a given name: "T. Boone Pickens".
			if n := s.nameAt(i + 2); n-(i+2) >= 2 && s.validName(i+2, n, true) {
				s.markDone(i, n)
				cands = append(cands, personCand{from: i, to: n, headFrom: -1, hintFrom: -1})
				i = n - 1
			}
		case s.ledBy(i) && s.nameToken(i+1) && s.nameToken(i+2):
			// "headed by Cedrik Neike", "geleitet von Anna Berger": a
			// manager of the company named before.
			if n := s.nameAt(i + 1); n-(i+1) >= 2 && s.validName(i+1, n, true) {
				s.markDone(i+1, n)
				cands = append(cands, personCand{from: i + 1, to: n, titled: true, title: i, titleEnd: i + 1,
					role: lex.RoleWord{Role: events.RoleOther, Corporate: true}, headFrom: -1, hintFrom: -1})
				i = n - 1
			}
		case c&lex.Honorific != 0 && s.capWord(i):
			j := i + 1
			if s.isPunct(j, '.') {
				j++
			}
			if n := s.nameAt(j); n > j && s.free(j, n) {
				cands = append(cands, personCand{from: j, to: n, headFrom: -1, hintFrom: -1})
				i = n - 1
			}
		}
	}
	s.addPersons(cands)
}

// ledBy reports whether token i ends a phrase that a leader's name
// follows: "headed by", "led by", "geleitet von", "angeführt von".
func (s *state) ledBy(i int) bool {
	switch s.low(i) {
	case "by":
		switch s.low(i - 1) {
		case "headed", "led", "run", "chaired", "managed", "founded":
			return true
		}
	case "von":
		switch s.low(i - 1) {
		case "geleitet", "angeführt", "geführt", "gegründet":
			return true
		}
	}
	return false
}

// initialAt reports whether tokens i, i+1 are an initial: "Q.".
func (s *state) initialAt(i int) bool {
	t := s.tok(i)
	return t.Kind == text.Word && t.End-t.Start == 1 && t.Flags&text.Upper != 0 && s.isPunct(i+1, '.') && s.tok(i+1).Flags&text.Glued != 0
}

// addPersons turns candidates into people: names of several words first,
// so a lone surname joins the person it belongs to.
func (s *state) addPersons(cands []personCand) {
	sort.SliceStable(cands, func(a, b int) bool {
		la, lb := cands[a].to-cands[a].from, cands[b].to-cands[b].from
		if (la > 1) != (lb > 1) {
			return la > 1
		}
		return cands[a].from < cands[b].from
	})
	for _, c := range cands {
		if !s.free(c.from, c.to) {
			continue
		}
		p := s.person(c.from, c.to)
		if p < 0 || !s.mention(c.from, c.to, p, false) {
			continue
		}
		s.setText(p, s.span(c.from, c.to))
		if c.titled {
			s.links = append(s.links, roleLink{person: p, personCand: c})
		}
	}
}

// person returns the person named by tokens from..to-1: a known person
// when it is a lone surname, otherwise the person of that full name.
func (s *state) person(from, to int) int {
	last := to - 1
	surname := s.low(last)
	if to-from == 1 {
		if p := s.personBySurname(surname, from); p >= 0 {
			return p
		}
	}
	k := prefixedKey("P:", s.span(from, to))
	if p, ok := s.byKey[k]; ok {
		return p
	}
	p := s.keyEnt(k, ent{typ: events.EntityPerson, surname: surname})
	s.bySurname[surname] = append(s.bySurname[surname], p)
	return p
}

// personBySurname returns the person of that surname first named last
// before token at (or, if none is, any of them), or -1.
func (s *state) personBySurname(surname string, at int) int {
	best, bestPos := -1, -1
	for _, i := range s.bySurname[surname] {
		e := &s.ents[i]
		pos := e.first
		if best < 0 || pos < at && pos > bestPos {
			best, bestPos = i, pos
		}
	}
	return best
}

// finishPersons gives every titled person the organisation of the title
// and settles the role: "Chef" is the chief executive of a company, a
// president is one only of a company.
func (s *state) finishPersons() {
	for _, l := range s.links {
		org := -1
		if l.headFrom >= 0 {
			org = s.orgIn(l.headFrom, l.headTo)
		}
		if org < 0 && l.hintFrom >= 0 {
			org = s.orgIn(l.hintFrom, l.hintTo)
			if org < 0 && s.refersToCompany(l.hintFrom, l.hintTo) {
				org = s.namedLike(l.hintFrom, l.hintTo, l.title)
			}
		}
		if org < 0 {
			// "Konecranes President and CEO Pekka Lundmark", "the
			// company 's President Kim Gran".
			b := l.title - 1
			if s.low(b) == "s" && s.isPunct(b-1, '\'') {
				b -= 2
			}
			if e := s.ownerOf(b); e >= 0 && s.ents[e].typ == events.EntityOrg {
				org = e
			} else if s.cls(b)&lex.CompanyRef != 0 && s.cls(b-1)&lex.Det != 0 {
				org = s.salientCompany(b)
			}
		}
		if org < 0 && l.to <= l.title {
			// "Melvin Sims, USDA general sales manager": the organisation
			// between the name and the title.
			for j := l.title - 1; j >= l.to; j-- {
				if e := s.ownerOf(j); e >= 0 && s.ents[e].typ == events.EntityOrg && !s.ments[s.owner[j]-1].Ref {
					org = e
					break
				}
			}
		}
		explicit := org >= 0
		if org < 0 && l.public {
			org = s.publicNear(l.title)
		}
		// "Chef der staatlichen Wirtschaftsförderungsgesellschaft": the
		// title names an organisation the text does not otherwise name,
		// which is not the article's company.
		named := l.hintFrom >= 0 && s.cls(l.hintFrom-1)&lex.Det != 0 && s.capWord(l.hintTo-1)
		if org < 0 && l.role.Corporate && !named {
			org = s.titleCompany(l.title)
		}
		role := l.role.Role
		w := s.low(l.title)
		chief := strings.HasSuffix(w, "chef") || strings.HasSuffix(w, "chefin") || w == "boss"
		switch {
		case role == events.RoleOther && explicit && s.ents[org].org == orgCompany && chief:
			role = events.RoleCEO
		case chief && explicit && s.ents[org].org == orgPublic:
			// "Eurogruppen-Chef", "Chef des DIW": the head of a public body.
			role = events.RoleOther
		case chief && l.headFrom >= 0 && deputyPrefix(s.low(l.headFrom)):
			// "Vize-Chef": a deputy.
			role = events.RoleOther
		case role == events.RoleOther && explicit && economist(w) && (s.ents[org].org == orgCompany || s.ents[org].org == orgSegment):
			// A bank's or a research firm's economist is its analyst:
			// "BA-Chefökonom", "chief economist at Commerzbank".
			role = events.RoleAnalyst
		case (w == "president" || w == "präsident") && !(explicit && (s.ents[org].org == orgCompany || s.ents[org].org == orgMedia || s.ents[org].org == orgSegment)):
			role = events.RoleOther
			if !explicit {
				org = -1
			}
		}
		p := &s.ents[l.person]
		rank := 1
		if role != events.RoleOther {
			rank = 2
		}
		if rank > p.roleRank {
			p.role, p.roleRank = role, rank
			if org >= 0 && (l.role.Corporate || explicit) {
				p.roleOrg = org
			}
		}
	}
}

// copulaRoles reads the titles a sentence gives a person it has named
// before: "Butterfill ist Chefökonom des Finanzdienstleisters ETF
// Securities", "Lustig war zeitweise Unternehmenssprecher der MEL und
// Aufsichtsratsvorsitzender der Meinl Success AG", "Smith is chief
// executive of Acme".
func (s *state) copulaRoles() {
	for _, m := range s.ments {
		if m.Ref || s.ents[m.Entity].typ != events.EntityPerson || !copula(s.low(m.To)) {
			continue
		}
		end := s.d.Sents[s.d.SentenceOf(m.From)].To
		for j := m.To + 1; j < end && j < m.To+16; j++ {
			if o := s.ownerOf(j); o >= 0 && s.ents[o].typ == events.EntityPerson {
				break // another person's title
			}
			if j > m.To+3 && s.cls(j-1)&lex.Conj == 0 {
				continue // a title right after the verb, or after "und"
			}
			te, rw, hf, ht, public, ok := s.titleAt(j)
			if !ok {
				continue
			}
			c := personCand{from: m.From, to: m.To, titled: true, role: rw, title: j, titleEnd: te, headFrom: hf, headTo: ht, public: public}
			c.hintFrom, c.hintTo = s.orgHint(te)
			s.links = append(s.links, roleLink{person: m.Entity, personCand: c})
			j = te - 1
		}
	}
}

// analystNames finds analysts the text names without a title, by the
// firm after their name and what the sentence says they did to a share's
// target or rating: "Kazuya Mori von Mizuho hob sein Kursziel an", "Anna
// Berg of Jefferies raised her price target".
func (s *state) analystNames() {
	var cands []personCand
	for k := 2; k+1 < len(s.d.Toks); k++ {
		// Most words are followed by no mention, and the words below are
		// prepositions: both tests are cheaper than reading the token.
		if s.owner[k+1] == 0 || s.cls(k)&lex.Prep == 0 {
			continue
		}
		if t := &s.d.Toks[k]; t.Kind != text.Word || t.End-t.Start > 4 || t.End-t.Start < 2 {
			continue
		}
		switch s.low(k) {
		case "von", "of", "at", "bei", "from":
		default:
			continue
		}
		o := s.ownerOf(k + 1)
		if o < 0 || s.ents[o].typ != events.EntityOrg || s.ents[o].org != orgCompany || !s.analystCue(k) {
			continue
		}
		hintTo := k + 2
		for hintTo < len(s.d.Toks) && s.ownerOf(hintTo) == o {
			hintTo++
		}
		c := personCand{titled: true, role: lex.RoleWord{Role: events.RoleAnalyst, Corporate: true}, title: k, titleEnd: k + 1,
			headFrom: -1, hintFrom: k + 1, hintTo: hintTo}
		if p := s.ownerOf(k - 1); p >= 0 {
			if m := &s.ments[s.owner[k-1]-1]; s.ents[p].typ == events.EntityPerson && m.To == k && !m.Ref {
				c.from, c.to = m.From, m.To
				s.links = append(s.links, roleLink{person: p, personCand: c})
			}
			continue
		}
		if from := s.nameBefore(k); from >= 0 && s.validName(from, k, true) {
			c.from, c.to = from, k
			cands = append(cands, c)
		}
	}
	s.addPersons(cands)
}

// analystCue reports whether the sentence of token k speaks of a price
// target or a rating, which analysts give.
func (s *state) analystCue(k int) bool {
	se := s.d.Sents[s.d.SentenceOf(k)]
	for j := se.From; j < se.To; j++ {
		w := s.low(j)
		switch {
		case strings.HasPrefix(w, "kursziel"), strings.HasPrefix(w, "einstufung"), strings.HasPrefix(w, "anlageempfehlung"),
			strings.HasPrefix(w, "hochgestuft"), strings.HasPrefix(w, "abgestuft"), strings.HasPrefix(w, "kaufempfehlung"):
			return true
		}
		switch w {
		case "target", "rating", "ratings", "upgraded", "downgraded", "overweight", "underweight", "outperform",
			"underperform", "empfehlung", "empfiehlt":
			return true
		}
	}
	return false
}

// copula reports whether w joins a person to a title: "ist", "war", "is".
func copula(w string) bool {
	switch w {
	case "ist", "war", "wird", "wurde", "bleibt", "is", "was", "becomes", "became", "remains":
		return true
	}
	return false
}

// economist reports whether a title names an economist or strategist:
// "Chefökonom", "BA-Volkswirt", "chief economist".
func economist(w string) bool {
	for _, suf := range []string{"ökonom", "ökonomin", "volkswirt", "volkswirtin", "economist", "strategist", "stratege", "strategin"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// spitzePhrases give the role of the person a sentence is about: "an der
// Spitze des Aufsichtsrats stehen".
var spitzePhrases = []struct {
	words []string
	role  events.Role
}{
	{[]string{"spitze", "des", "aufsichtsrats"}, events.RoleChair},
	{[]string{"spitze", "des", "aufsichtsrates"}, events.RoleChair},
	{[]string{"vorsitz", "im", "aufsichtsrat"}, events.RoleChair},
	{[]string{"vorsitz", "des", "aufsichtsrats"}, events.RoleChair},
	{[]string{"spitze", "des", "vorstands"}, events.RoleCEO},
	{[]string{"spitze", "des", "konzerns"}, events.RoleCEO},
	{[]string{"spitze", "des", "unternehmens"}, events.RoleCEO},
	{[]string{"chairman", "of", "the", "board"}, events.RoleChair},
}

// phraseRoles gives the first person of a sentence without a role of a
// company the role a phrase of the sentence names.
func (s *state) phraseRoles() {
	d := s.d
	for _, se := range d.Sents {
		for k := se.From; k < se.To; k++ {
			switch s.low(k) {
			case "spitze", "vorsitz", "chairman":
			default:
				continue
			}
			for _, p := range spitzePhrases {
				if k+len(p.words) > se.To {
					continue
				}
				ok := true
				for j, w := range p.words {
					if s.low(k+j) != w {
						ok = false
						break
					}
				}
				if !ok {
					continue
				}
				for j := se.From; j < se.To; j++ {
					if o := s.ownerOf(j); o >= 0 && s.ents[o].typ == events.EntityPerson {
						if e := &s.ents[o]; e.roleRank < 2 {
							e.role, e.roleRank = p.role, 2
							e.roleOrg = s.companyNear(k)
						}
						break
					}
				}
			}
		}
	}
}

// publicNear returns the public body named nearest before token i in its
// sentence, or -1.
func (s *state) publicNear(i int) int {
	se := s.d.Sents[s.d.SentenceOf(i)]
	for k := i - 1; k >= se.From; k-- {
		if o := s.ownerOf(k); o >= 0 && s.ents[o].typ == events.EntityOrg && s.ents[o].org == orgPublic {
			return o
		}
	}
	return -1
}

// orgIn returns the first organisation mentioned in tokens from..to-1, or
// -1.
func (s *state) orgIn(from, to int) int {
	for k := from; k < to; k++ {
		if s.owner[k] != 0 && s.ments[s.owner[k]-1].Ref {
			continue
		}
		if e := s.ownerOf(k); e >= 0 && s.ents[e].typ == events.EntityOrg && !s.ents[e].dropped {
			return e
		}
	}
	return -1
}

// namedLike returns the company a reference ("of the bank") stands for:
// the last one before token at whose name holds the reference's noun
// ("Herstatt Bank"), else the salient company.
func (s *state) namedLike(from, to, at int) int {
	for k := from; k < to; k++ {
		if s.cls(k)&lex.CompanyRef == 0 {
			continue
		}
		noun := s.low(k)
		for j := at - 1; j >= 0; j-- {
			if o := s.ownerOf(j); o >= 0 && s.ents[o].typ == events.EntityOrg && strings.Contains(strings.ToLower(s.ents[o].text), noun) {
				return o
			}
		}
	}
	return s.salientCompany(at)
}

// refersToCompany reports whether tokens from..to-1 refer back to a
// company: "des Unternehmens", "the company".
func (s *state) refersToCompany(from, to int) bool {
	for k := from; k < to; k++ {
		if s.cls(k)&lex.CompanyRef != 0 {
			return true
		}
	}
	return false
}

// mergePersons joins the people a text names twice in different forms:
// a genitive ("Rudolf Kemlers") and the name, a surname alone in
// apposition and the full name ("Sardana" and ", Rakesh Sardana,").
func (s *state) mergePersons() {
	for a := range s.ents {
		pa := &s.ents[a]
		if pa.typ != events.EntityPerson || pa.dropped || !strings.HasSuffix(pa.text, "s") {
			continue
		}
		k := normKey(strings.TrimSuffix(pa.text, "s"))
		var kb [64]byte
		for b := range s.ents {
			pb := &s.ents[b]
			if b != a && pb.typ == events.EntityPerson && !pb.dropped && string(appendKey(kb[:0], pb.text)) == k {
				s.mergeInto(a, b)
				break
			}
		}
	}
	for i := range s.ments {
		m := &s.ments[i]
		e := &s.ents[m.Entity]
		if e.typ != events.EntityPerson || m.To-m.From != 1 || m.Ref || strings.Contains(e.text, " ") {
			continue
		}
		k := m.From - 1
		if !s.capWord(k) || !s.free(k, k+1) || s.cls(k)&^lex.GivenName != 0 || s.tok(k).Flags&(text.SentStart|text.AllUpper) != 0 ||
			!(s.isPunct(k-1, ',') || s.isPunct(k-1, '(')) || s.gmAt(k) != nil {
			continue
		}
		// ", Rakesh Sardana,": a given name no list holds before a
		// surname the text uses alone.
		if !(s.isPunct(m.To, ',') || s.isPunct(m.To, ')')) {
			continue
		}
		m.From = k
		s.owner[k] = int32(i + 1)
		if k < e.first {
			e.first = k
		}
		s.setText(m.Entity, s.span(k, m.To))
	}
}

// mergeInto makes the mentions of entity a mentions of entity b.
func (s *state) mergeInto(a, b int) {
	pa, pb := &s.ents[a], &s.ents[b]
	for i := range s.ments {
		if s.ments[i].Entity == a {
			s.ments[i].Entity = b
		}
	}
	pb.mentions += pa.mentions
	if pa.first < pb.first {
		pb.first = pa.first
	}
	if pa.roleRank > pb.roleRank {
		pb.role, pb.roleRank, pb.roleOrg = pa.role, pa.roleRank, pa.roleOrg
	}
	for i := range s.links {
		if s.links[i].person == a {
			s.links[i].person = b
		}
	}
	pa.dropped = true
}

// titleCompany returns the company a title without one belongs to: the
// company named before it in its sentence, else the article's main
// company, else one named after it ("Vorstandschef Carsten Spohr kündigte
// an, den Anteil an ITA Airways aufzustocken" speaks for the main
// company, not ITA Airways).
func (s *state) titleCompany(i int) int {
	se := s.d.Sents[s.d.SentenceOf(i)]
	for k := i - 1; k >= se.From; k-- {
		if o := s.ownerOf(k); o >= 0 && s.isCompany(o) {
			return o
		}
	}
	if s.main >= 0 && !s.ents[s.main].dropped {
		return s.main
	}
	return s.companyNear(i)
}

// deputyPrefix reports whether w makes a title a deputy's: "Vize-Chef",
// "Co-Chef".
func deputyPrefix(w string) bool {
	switch w {
	case "vize", "co", "ko", "interims", "stellvertretender", "vice", "deputy":
		return true
	}
	return false
}
