package entities

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/tickerwire/tickerwire/pkg/events"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/gazetteer"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/lex"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/text"
)

// orgKind says what an organisation is, which decides whether it can be
// the subject of figures.
type orgKind uint8

const (
	orgCompany orgKind = iota + 1
	orgSegment
	orgMedia  // newspapers, agencies, broadcasters
	orgPublic // ministries, courts, agencies, parties, central banks
)

// ent is an entity under construction.
type ent struct {
	typ       events.EntityType
	entry     *gazetteer.Entry
	org       orgKind
	text      string // fullest mention so far
	canonical string
	ticker    string
	parent    string // a segment's or product's company key
	role      events.Role
	roleRank  int
	roleOrg   int // entity index of the organisation a role belongs to, or -1
	first     int // first token
	mentions  int
	evidence  int  // context evidence for an ambiguous name
	pending   bool // ambiguous: dropped unless evidence reaches 2
	dropped   bool
	surname   string // PERSON: lower-case last name
}

// state is the scratch space of one extraction.
type state struct {
	x       *Extractor
	d       *text.Doc
	lang    string
	classes []lex.Class
	owner   []int32 // per token: 1 + index of the mention that claims it, or 0
	caps    []bool  // per sentence: written in capitals (a wire headline)
	capsTok []bool  // per token: its sentence is written in capitals
	matches []gazetteer.Match
	gms     []gmatch
	ents    []ent
	ments   []Mention
	byEntry map[*gazetteer.Entry]int
	byKey   map[string]int
	gmAtTok []int32 // per token: 1 + index of the gazetteer match over it, or 0
	desc    []int8  // per token: 1 a descriptor noun, -1 not, 0 not yet known
	// punct holds per token the first byte of a punctuation token, 0 for
	// others: isPunct, which most passes ask of most tokens, reads one
	// byte instead of the token and the text.
	punct []byte
	// capWords marks per token a word that starts with a capital, for
	// capWord as punct is for isPunct.
	capWords []bool
	// seen is the union of the classes of the text's words, and puncts
	// the set of its punctuation bytes: a pass whose trigger word or
	// character the text lacks is skipped without walking its tokens.
	seen   lex.Class
	puncts byteSet
	// mayTitle reports that some word may start a title (titleWord):
	// without one titleAt finds none.
	mayTitle bool
	// mayLegal reports that some word is a legal form or ends in one
	// (legalToken): without one legalOrgs finds nothing.
	mayLegal bool
	links    []roleLink
	// order and newIdx are result's buffers: the entities that survive,
	// and each entity's index among them.
	order, newIdx []int
	// bySurname lists the people of each lower-case surname.
	bySurname map[string][]int
	// alias maps folded names and acronyms to organisations; first maps
	// the first word of an organisation's longer name to it.
	alias, first map[string]int
	// alone counts the capitalised words that stand alone in mid-sentence,
	// made on first use.
	alone map[string]int
	main  int
	// country is the country the article is about, as its unambiguous
	// names of places and organisations say ("AT" for an article datelined
	// Wien that names the ÖVP), or "".
	country string
	// market is the entity that claims the names of exchanges and
	// indexes, which are no entities of their own; -1 until one is named.
	market int
}

// gmatch is a gazetteer match in token indexes.
type gmatch struct {
	m        *gazetteer.Match
	from, to int // the mention with legal suffix and genitive
	nameTo   int // the name alone
	tailFrom int // a compound's tail, or -1
	tailTo   int
	done     bool
	extended bool // the mention runs past the dictionary's name ("Nordea Group")
}

func (s *state) reset(x *Extractor, d *text.Doc, lang string) {
	s.x, s.d, s.lang = x, d, lang
	s.classes = s.classes[:0]
	s.owner = s.owner[:0]
	s.caps = s.caps[:0]
	s.capsTok = s.capsTok[:0]
	s.matches = s.matches[:0]
	s.gms = s.gms[:0]
	s.ents = s.ents[:0]
	s.ments = s.ments[:0]
	s.gmAtTok = s.gmAtTok[:0]
	s.desc = s.desc[:0]
	s.punct = s.punct[:0]
	s.capWords = s.capWords[:0]
	s.links = s.links[:0]
	if s.byEntry == nil {
		s.byEntry = map[*gazetteer.Entry]int{}
		s.byKey = map[string]int{}
		s.bySurname = map[string][]int{}
		s.alias = map[string]int{}
		s.first = map[string]int{}
	}
	clear(s.alias)
	clear(s.first)
	s.alone = nil
	clear(s.byEntry)
	clear(s.byKey)
	clear(s.bySurname)
	s.main = -1
	s.market = -1
	s.seen = 0
	s.puncts = byteSet{}
	s.mayTitle, s.mayLegal = false, false
	for i := range d.Toks {
		var c lex.Class
		var p byte
		cw := false
		switch t := &d.Toks[i]; t.Kind {
		case text.Word:
			c = lex.Of(d.Lower(i))
			cw = t.Flags&(text.Upper|text.AllUpper) != 0
			s.seen |= c
		case text.Punct:
			p = d.Text[t.Start]
			s.puncts.add(p)
		}
		s.classes = append(s.classes, c)
		s.punct = append(s.punct, p)
		s.capWords = append(s.capWords, cw)
		s.owner = append(s.owner, 0)
		s.gmAtTok = append(s.gmAtTok, 0)
		s.desc = append(s.desc, 0)
		// titleWord and gmbhWord read the class and capital just added.
		if d.Toks[i].Kind == text.Word {
			s.mayTitle = s.mayTitle || s.titleWord(i)
			s.mayLegal = s.mayLegal || c&lex.Legal != 0 || s.gmbhWord(i)
		}
	}
	for _, se := range d.Sents {
		words, upper := 0, 0
		for i := se.From; i < se.To; i++ {
			if d.Toks[i].Kind == text.Word {
				words++
				if d.Toks[i].Flags&text.AllUpper != 0 {
					upper++
				}
			}
		}
		c := words >= 2 && upper*10 >= words*8
		s.caps = append(s.caps, c)
		for i := se.From; i < se.To; i++ {
			s.capsTok = append(s.capsTok, c)
		}
	}
	s.matches = x.gaz.Find(d.Text, s.matches)
	for i := range s.matches {
		m := &s.matches[i]
		g := gmatch{m: m, tailFrom: -1}
		g.from = d.TokenAt(m.Start)
		g.to = d.TokenAt(m.End-1) + 1
		g.nameTo = d.TokenAt(m.NameEnd-1) + 1
		if m.Form&gazetteer.FormCompound != 0 && m.TailEnd > m.TailStart {
			g.tailFrom = d.TokenAt(m.TailStart)
			g.tailTo = d.TokenAt(m.TailEnd-1) + 1
		}
		if g.from < g.to && g.to <= len(d.Toks) {
			s.gms = append(s.gms, g)
			for k := g.from; k < g.to; k++ {
				s.gmAtTok[k] = int32(len(s.gms))
			}
		}
	}
	s.country = s.docCountry()
}

// byteSet is a set of bytes.
type byteSet [4]uint64

func (b *byteSet) add(c byte)      { b[c>>6] |= 1 << (c & 63) }
func (b *byteSet) has(c byte) bool { return b[c>>6]&(1<<(c&63)) != 0 }

// docCountry returns the country most of the article's unambiguous
// dictionary names belong to, when at least two do and no other country
// has as many.
func (s *state) docCountry() string {
	var counts [8]struct {
		c string
		n int
	}
	used := 0
	for i := range s.gms {
		m := s.gms[i].m
		if m.Ambiguous || m.Form&gazetteer.FormTicker != 0 {
			continue
		}
		e := m.Entries[0]
		if e.Country == "" || e.Kind == gazetteer.KindMarket || len(e.Country) != 2 {
			continue
		}
		k := 0
		for k < used && counts[k].c != e.Country {
			k++
		}
		if k == used {
			if used == len(counts) {
				continue
			}
			counts[k].c = e.Country
			used++
		}
		counts[k].n++
	}
	best, second := -1, 0
	for k := 0; k < used; k++ {
		switch {
		case best < 0 || counts[k].n > counts[best].n:
			if best >= 0 {
				second = counts[best].n
			}
			best = k
		case counts[k].n > second:
			second = counts[k].n
		}
	}
	if best < 0 || counts[best].n < 2 || counts[best].n == second {
		return ""
	}
	return counts[best].c
}

// gmAt returns the gazetteer match over token k, or nil.
func (s *state) gmAt(k int) *gmatch {
	if k < 0 || k >= len(s.gmAtTok) || s.gmAtTok[k] == 0 {
		return nil
	}
	return &s.gms[s.gmAtTok[k]-1]
}

func (s *state) run() {
	// The passes that need a bracket, an ampersand, a hyphen or a word of
	// one class are skipped in texts without one: most texts lack some,
	// and a short text most.
	if s.puncts.has('(') || s.puncts.has('<') {
		s.brackets()
	}
	if s.puncts.has('(') {
		s.initialNames()
	}
	if s.mayTitle {
		s.rolePersons()
	}
	if s.mayLegal {
		s.legalOrgs()
	}
	if s.seen&lex.OrgHead != 0 {
		s.headOrgs()
	}
	s.adjectiveOrgs()
	s.brandLists()
	s.namePersons()
	// In English only a word of these classes is a descriptor.
	if s.lang != "en" || s.seen&(lex.OrgDesc|lex.Media) != 0 {
		s.appositionOrgs()
	}
	if s.seen&lex.NewsHead != 0 {
		s.newspapers()
	}
	if s.puncts.has('&') {
		s.ampersandOrgs()
	}
	if s.seen&lex.ProductNoun != 0 {
		s.makerProducts()
	}
	s.gazetteerNames()
	s.dealObjects()
	s.analystNames()
	s.institutions()
	if s.puncts.has('(') {
		s.acronyms()
	}
	if s.puncts.has('-') {
		s.compoundOrgs()
	}
	s.places()
	// Outside German, whose compounds are product nouns too, only a word
	// of the class is a product noun.
	if s.lang == "de" || s.seen&lex.ProductNoun != 0 {
		s.products()
	}
	s.models()
	s.productAliases()
	// Aliases come from the names found so far: without any, no word is
	// one.
	if len(s.bySurname) > 0 || len(s.alias) > 0 || len(s.first) > 0 {
		s.aliases()
	}
	s.mergePersons()
	s.resolveAmbiguous()
	s.units()
	s.references()
	s.copulaRoles()
	s.finishPersons()
	// A phrase gives its role to a person: a text that names none is
	// spared the look at every word.
	if s.anyPerson() {
		s.phraseRoles()
	}
	s.finishProducts()
	s.mergeTails()
}

// anyPerson reports whether some entity is a person.
func (s *state) anyPerson() bool {
	for i := range s.ents {
		if s.ents[i].typ == events.EntityPerson {
			return true
		}
	}
	return false
}

// free reports whether tokens from..to-1 are unclaimed.
func (s *state) free(from, to int) bool {
	if from < 0 || to > len(s.owner) || from >= to {
		return false
	}
	for i := from; i < to; i++ {
		if s.owner[i] != 0 {
			return false
		}
	}
	return true
}

// mention claims tokens from..to-1 for entity e.
func (s *state) mention(from, to, e int, ref bool) bool {
	if !s.free(from, to) {
		return false
	}
	s.ments = append(s.ments, Mention{From: from, To: to, Entity: e, Ref: ref})
	for i := from; i < to; i++ {
		s.owner[i] = int32(len(s.ments))
	}
	en := &s.ents[e]
	if !ref {
		en.mentions++
		if from < en.first {
			en.first = from
		}
	}
	return true
}

// ownerOf returns the entity that claims token i, or -1.
func (s *state) ownerOf(i int) int {
	if i < 0 || i >= len(s.owner) || s.owner[i] == 0 {
		return -1
	}
	return s.ments[s.owner[i]-1].Entity
}

// newEnt adds an entity and returns its index.
func (s *state) newEnt(e ent) int {
	e.first = len(s.d.Toks)
	e.roleOrg = -1
	s.ents = append(s.ents, e)
	return len(s.ents) - 1
}

// entryEnt returns the entity of a gazetteer entry, adding it if new.
// Entries of one ticker, or brands of one name, are one entity.
func (s *state) entryEnt(en *gazetteer.Entry, typ events.EntityType) int {
	if i, ok := s.byEntry[en]; ok {
		return i
	}
	var alt string
	switch {
	case en.Kind == gazetteer.KindBrand:
		alt = prefixedKey("R:", en.Canonical)
	case en.Ticker != "":
		alt = "T:" + en.Ticker
	}
	if alt != "" {
		if i, ok := s.byKey[alt]; ok {
			s.byEntry[en] = i
			if e := &s.ents[i]; e.entry == nil && en.Kind == gazetteer.KindBrand {
				// A pattern found the brand first: it has its company.
				e.entry, e.parent = en, en.Parent
			}
			return i
		}
		defer func() { s.byKey[alt] = s.byEntry[en] }()
	}
	e := ent{typ: typ, entry: en, canonical: en.Canonical, ticker: en.Ticker}
	switch en.Kind {
	case gazetteer.KindSegment:
		e.org, e.parent = orgSegment, en.Parent
	case gazetteer.KindBrand:
		e.parent = en.Parent
	case gazetteer.KindCompany, gazetteer.KindMedia, gazetteer.KindPublic:
		e.org = orgKindOf(en)
	}
	i := s.newEnt(e)
	s.byEntry[en] = i
	return i
}

// keyEnt returns the entity with key k, adding e under it if new.
func (s *state) keyEnt(k string, e ent) int {
	if i, ok := s.byKey[k]; ok {
		return i
	}
	i := s.newEnt(e)
	s.byKey[k] = i
	return i
}

// setText makes t the entity's text when it is fuller than what it has.
func (s *state) setText(e int, t string) {
	en := &s.ents[e]
	switch {
	case en.text == "":
		en.text = t
	case inflection(t, en.text):
		// A German inflected form gives way to the base form:
		// "Eurogruppen" (of "Eurogruppen-Chef") to "Eurogruppe".
		en.text = t
	case inflection(en.text, t):
	case len(t) > len(en.text) || len(t) == len(en.text) && capitals(en.text) && !capitals(t):
		en.text = t
	}
}

// inflection reports whether b is a German inflected form of a: the same
// words, some with an ending added ("Deutschen Bank" of "Deutsche
// Bank", "Eurogruppen" of "Eurogruppe").
func inflection(a, b string) bool {
	if len(b) <= len(a) || len(b) > len(a)+6 {
		return false
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) {
		return false
	}
	changed := false
	for i := range wa {
		if wa[i] == wb[i] {
			continue
		}
		switch strings.TrimPrefix(wb[i], wa[i]) {
		case "n", "s", "en", "es":
			changed = true
		default:
			return false
		}
	}
	return changed
}

// capitals reports whether t has letters and none in lower case: a
// headline's "DEERE" gives way to "Deere".
func capitals(t string) bool {
	upper, lower := false, false
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c >= utf8.RuneSelf:
			return strings.ToUpper(t) == t && strings.ToLower(t) != t
		case 'a' <= c && c <= 'z':
			lower = true
		case 'A' <= c && c <= 'Z':
			upper = true
		}
	}
	return upper && !lower
}

// span returns the text of tokens from..to-1.
func (s *state) span(from, to int) string { return s.d.Span(from, to) }

// low returns token i in lower case.
func (s *state) low(i int) string {
	if i < 0 || i >= len(s.d.Toks) {
		return ""
	}
	return s.d.LowerString(i)
}

// tok returns the token i, or an empty token when i is out of range.
func (s *state) tok(i int) text.Token {
	if i < 0 || i >= len(s.d.Toks) {
		return text.Token{}
	}
	return s.d.Toks[i]
}

// isPunct reports whether token i is the punctuation character c, which
// is not 0.
func (s *state) isPunct(i int, c byte) bool {
	return i >= 0 && i < len(s.punct) && s.punct[i] == c
}

// capWord reports whether token i is a word that starts with a capital.
func (s *state) capWord(i int) bool {
	return i >= 0 && i < len(s.capWords) && s.capWords[i]
}

// nameWord reports whether token i can be part of a name: a capitalised
// word that is not a function word, month or weekday.
func (s *state) nameWord(i int) bool {
	if !s.capWord(i) {
		return false
	}
	c := s.cls(i)
	if c&(lex.Stop|lex.Month|lex.Weekday|lex.Det|lex.Say) != 0 {
		// Capitals in a headline or a table make every word look like one.
		return false
	}
	return !s.exchangeCode(i)
}

// exchangeCode reports whether token i names a stock exchange before a
// ticker: the "STO" of "STO : SKF B".
func (s *state) exchangeCode(i int) bool {
	return s.isPunct(i+1, ':') && s.d.Toks[i].Flags&text.AllUpper != 0 && gazetteer.IsExchange(s.d.Tok(i))
}

// capsSentence reports whether token i lies in a sentence in capitals.
func (s *state) capsSentence(i int) bool {
	return i >= 0 && i < len(s.capsTok) && s.capsTok[i]
}

// sameSentence reports whether tokens i and j lie in one sentence.
func (s *state) sameSentence(i, j int) bool {
	return s.d.SentenceOf(i) == s.d.SentenceOf(j)
}

// result builds the output into r, reusing its slices: entities that
// survived, in order of first mention, and the mentions renumbered.
func (s *state) result(r *Result) {
	order := s.order[:0]
	for i := range s.ents {
		e := &s.ents[i]
		if !e.dropped && e.mentions > 0 && e.text != "" {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return s.ents[a].first - s.ents[b].first })
	newIdx := s.newIdx[:0]
	for range s.ents {
		newIdx = append(newIdx, -1)
	}
	s.order, s.newIdx = order, newIdx
	s.appositionTexts()
	r.Entities, r.Mentions, r.Main = r.Entities[:0], r.Mentions[:0], -1
	for _, i := range order {
		newIdx[i] = len(r.Entities)
		r.Entities = append(r.Entities, s.output(i))
	}
	for _, m := range s.ments {
		if j := newIdx[m.Entity]; j >= 0 {
			m.Entity = j
			r.Mentions = append(r.Mentions, m)
		}
	}
	slices.SortStableFunc(r.Mentions, func(a, b Mention) int { return a.From - b.From })
	if s.main >= 0 {
		r.Main = newIdx[s.main]
	}
}

// mergeTails merges a public body into one whose name ends in its name:
// "Justizministerium" and "US-Justizministerium" in one article are one
// ministry.
func (s *state) mergeTails() {
	for i := range s.ents {
		a := &s.ents[i]
		if a.typ != events.EntityOrg || a.dropped || a.org != orgPublic {
			continue
		}
		t := strings.ToLower(a.text)
		for j := range s.ents {
			b := &s.ents[j]
			if j == i || b.typ != events.EntityOrg || b.dropped || b.org != orgPublic {
				continue
			}
			if strings.HasSuffix(strings.ToLower(b.text), "-"+t) {
				a.dropped = true
				for k := range s.ments {
					if s.ments[k].Entity == i {
						s.ments[k].Entity = j
					}
				}
				if a.first < b.first {
					b.first = a.first
				}
				break
			}
		}
	}
}

// appositionTexts gives an entity named twice in a row ("der
// US-Umweltbehörde EPA": a description, then the name) the second
// mention's text when the first one's was chosen.
func (s *state) appositionTexts() {
	for i := 0; i+1 < len(s.ments); i++ {
		a, b := s.ments[i], s.ments[i+1]
		if a.Entity != b.Entity || a.To != b.From || a.Ref || b.Ref {
			continue
		}
		e := &s.ents[a.Entity]
		if e.text == s.span(a.From, a.To) {
			e.text = s.span(b.From, b.To)
		}
	}
}

// output makes the record of entity i.
func (s *state) output(i int) Entity {
	e := &s.ents[i]
	out := Entity{Entity: events.Entity{Text: e.text, Type: e.typ}}
	switch e.typ {
	case events.EntityOrg:
		out.Canonical = e.canonical
		if out.Canonical == "" {
			out.Canonical = e.text
		}
		out.Ticker = e.ticker
		out.Company = e.org == orgCompany || e.org == orgSegment
		out.Segment = e.org == orgSegment
		out.Public = e.org == orgPublic || e.org == orgMedia
		out.Parent = e.parent
	case events.EntityPerson:
		out.Role = e.role
		if out.Role == "" {
			out.Role = events.RoleOther
		}
		if e.roleOrg >= 0 && !s.ents[e.roleOrg].dropped {
			out.Org = s.key(e.roleOrg)
		}
	case events.EntityProduct:
		out.Org = e.parent
	}
	return out
}

// key returns the ticker, canonical name or text of entity i.
func (s *state) key(i int) string {
	e := &s.ents[i]
	switch {
	case e.ticker != "":
		return e.ticker
	case e.canonical != "":
		return e.canonical
	}
	return e.text
}

// normKey folds a name for keys: lower case, inner white space single.
func normKey(t string) string {
	var buf [64]byte
	return string(appendKey(buf[:0], t))
}

// prefixedKey returns prefix followed by normKey(t), in one allocation.
func prefixedKey(prefix, t string) string {
	var buf [64]byte
	return string(appendKey(append(buf[:0], prefix...), t))
}

// appendKey appends normKey(t) to dst. Names are mostly ASCII, which it
// folds in one pass without allocating; a look-up with string(dst) of a
// buffer on the stack then allocates nothing.
func appendKey(dst []byte, t string) []byte {
	for i := 0; i < len(t); i++ {
		if t[i] >= utf8.RuneSelf {
			return append(dst, strings.Join(strings.Fields(strings.ToLower(t)), " ")...)
		}
	}
	start, space := len(dst), false
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			// The ASCII white space of strings.Fields.
			space = true
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space && len(dst) > start {
			dst = append(dst, ' ')
		}
		space = false
		dst = append(dst, c)
	}
	return dst
}
