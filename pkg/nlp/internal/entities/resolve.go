package entities

import (
	"github.com/tickerwire/tickerwire/pkg/events"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/lex"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/text"
)

// aliases claims later mentions of names already found: a person's
// surname ("Olsavsky", "Dobrindts"), the first word or the acronym of an
// organisation ("Ultramar", "VIG").
func (s *state) aliases() {
	d := s.d
	for k := range d.Toks {
		if !s.capWord(k) || !s.free(k, k+1) {
			continue
		}
		w := s.low(k)
		if p := s.personBySurname(w, k); p >= 0 && s.cls(k)&lex.Stop == 0 {
			s.mention(k, k+1, p, false)
			continue
		}
		if len(w) > 3 && w[len(w)-1] == 's' {
			if p := s.personBySurname(w[:len(w)-1], k); p >= 0 {
				s.mention(k, k+1, p, false)
				continue
			}
		}
		if s.free(k, k+2) && s.capWord(k+1) {
			if o := s.byAlias(w + " " + s.low(k+1)); o >= 0 {
				s.mention(k, k+2, o, false)
				continue
			}
		}
		if o := s.byAlias(w); o >= 0 {
			s.mention(k, k+1, o, false)
			continue
		}
		if o, ok := s.first[w]; ok && !s.ents[o].dropped {
			s.mention(k, k+1, o, false)
			continue
		}
		if len(w) > 3 && w[len(w)-1] == 's' {
			if o := s.byAlias(w[:len(w)-1]); o >= 0 {
				s.mention(k, k+1, o, false)
			}
		}
	}
}

// resolveAmbiguous keeps an ambiguous name only with enough evidence from
// its mentions, or when other companies make it likely: a name that is
// also a common word needs two points, and the article's other companies
// give one. Brands need their company in the article.
func (s *state) resolveAmbiguous() {
	companies := 0
	for i := range s.ents {
		e := &s.ents[i]
		if e.typ == events.EntityOrg && !e.pending && e.org == orgCompany {
			companies++
		}
	}
	for i := range s.ents {
		e := &s.ents[i]
		if !e.pending {
			continue
		}
		switch e.typ {
		case events.EntityOrg:
			ev := e.evidence
			if companies > 0 {
				ev++
			}
			if ev < 2 {
				e.dropped = true
			}
		case events.EntityProduct:
			e.dropped = !s.hasCompany(e.parent)
		}
	}
}

// hasCompany reports whether the article names the company with key k.
func (s *state) hasCompany(k string) bool {
	if k == "" {
		return false
	}
	for i := range s.ents {
		e := &s.ents[i]
		if e.typ == events.EntityOrg && !e.dropped && e.mentions > 0 && (e.ticker == k || e.canonical == k || e.text == k || e.entry != nil && e.entry.Ticker == k) {
			return true
		}
	}
	return false
}

// refArticle reports whether an article comes before the noun k,
// perhaps with an adjective between ("die schwedische Firma"). It is
// asked only of the words of the class CompanyRef, not of every word.
func (s *state) refArticle(k int) bool {
	return s.cls(k-1)&lex.Det != 0 || s.cls(k-2)&lex.Det != 0 && s.tok(k-1).Kind == text.Word && !s.capWord(k-1) && s.cls(k-1)&(lex.Nationality) != 0
}

// references marks phrases that refer back to a company ("der Konzern",
// "das Unternehmen", "the company", "it") as references to the company
// last named, and picks the article's main company.
func (s *state) references() {
	s.main = s.pickMain()
	d := s.d
	last := -1
	lastPos := -1
	for k := range d.Toks {
		if o := s.ownerOf(k); o >= 0 {
			e := &s.ents[o]
			if e.dropped || e.typ != events.EntityOrg || e.org != orgCompany && e.org != orgSegment {
				continue
			}
			// "der VW-Rivale", "die Apple-Zulieferer": the tail names
			// another company, the one the text is about.
			if m := &s.ments[s.owner[k]-1]; m.From == k && s.isPunct(m.To, '-') && relativeTails[s.low(m.To+1)] {
				m.Relative = true
				if t := s.salientOther(o, k); t >= 0 {
					s.mention(m.To+1, m.To+2, t, true)
					last, lastPos = t, k
				}
				continue
			}
			last, lastPos = o, k
			continue
		}
		c := s.cls(k)
		ref := false
		switch {
		case c&lex.CompanyRef != 0 && s.refArticle(k) && d.Toks[k].Flags&text.Upper != 0 == (s.lang == "de"):
			ref = true
		case s.lang == "de" && s.cls(k-1)&lex.Det != 0 && s.isDescriptor(k) && !s.nameWord(k+1) && !mediaDescriptor(s.low(k)):
			// "der Onlinehändler", "der Autobauer": a descriptor without a
			// name refers back to the company.
			ref = true
		case c&lex.Pronoun != 0 && s.lang == "en" && (s.low(k) == "it" || s.low(k) == "its"):
			ref = lastPos >= 0 && d.SentenceOf(k)-d.SentenceOf(lastPos) <= 2
		}
		if !ref {
			continue
		}
		target := last
		if target >= 0 && s.ents[target].org == orgSegment {
			// "Auch bei der Cloudsparte AWS übertraf der Konzern ...": the
			// company, not the segment.
			if p := s.parentEnt(target); p >= 0 {
				target = p
			}
		}
		if target < 0 {
			target = s.main
		}
		if target >= 0 {
			s.mention(k, k+1, target, true)
		}
	}
}

// relativeTails end compounds that name a company by another: "der
// VW-Rivale" is not VW.
var relativeTails = map[string]bool{
	"rivale": true, "rivalen": true, "konkurrent": true, "konkurrenten": true, "zulieferer": true,
	"partner": true, "mutter": true, "tochter": true, "käufer": true, "kunde": true,
	"konkurrenz": true, "herausforderer": true,
}

// salientOther returns the company the text is about at token k other
// than entity o: the main company, else the one last named before.
func (s *state) salientOther(o, k int) int {
	if s.main >= 0 && s.main != o {
		return s.main
	}
	for j := k - 1; j >= 0; j-- {
		if e := s.ownerOf(j); e >= 0 && e != o && s.isCompany(e) {
			return e
		}
	}
	return -1
}

// armWords name a part of a company in an apposition: "<BP Oil Ltd>,
// the U.K. marketing and refining arm of British Petroleum Co Plc".
var armWords = map[string]bool{
	"arm": true, "unit": true, "subsidiary": true, "division": true, "affiliate": true,
	"tochter": true, "tochtergesellschaft": true, "sparte": true,
}

// units makes an organisation named as the arm, unit or subsidiary of a
// company a segment of that company.
func (s *state) units() {
	for _, m := range s.ments {
		e := &s.ents[m.Entity]
		if m.Ref || e.typ != events.EntityOrg || e.ticker != "" || e.org != orgCompany || !s.isPunct(m.To, ',') {
			continue
		}
		for k := m.To + 1; k < m.To+10 && k+2 < len(s.d.Toks); k++ {
			if s.tok(k).Kind == text.Punct && !s.isPunct(k, '-') {
				break
			}
			if !armWords[s.low(k)] {
				continue
			}
			switch s.low(k + 1) {
			case "of", "von", "der", "des":
			default:
				continue
			}
			p := s.ownerOf(k + 2)
			if p < 0 {
				p = s.ownerOf(k + 3)
			}
			if p >= 0 && p != m.Entity && s.isCompany(p) {
				e.org, e.parent = orgSegment, s.key(p)
			}
			break
		}
	}
}

// parentEnt returns the entity of a segment's company, or -1.
func (s *state) parentEnt(seg int) int {
	k := s.ents[seg].parent
	for i := range s.ents {
		e := &s.ents[i]
		if i != seg && e.typ == events.EntityOrg && !e.dropped && (e.ticker != "" && e.ticker == k || e.canonical == k) {
			return i
		}
	}
	return -1
}

// pickMain returns the company the article is most about: the most
// mentioned, a mention in the first sentence counting double.
func (s *state) pickMain() int {
	best, bestScore := -1, 0
	firstEnd := 0
	if len(s.d.Sents) > 0 {
		firstEnd = s.d.Sents[0].To
	}
	for i := range s.ents {
		e := &s.ents[i]
		if e.dropped || e.typ != events.EntityOrg || e.org != orgCompany || e.mentions == 0 {
			continue
		}
		score := 2 * e.mentions
		if e.first < firstEnd {
			score += 2
		}
		if score > bestScore || score == bestScore && best >= 0 && e.first < s.ents[best].first {
			best, bestScore = i, score
		}
	}
	return best
}

// salientCompany returns the company mentioned last before token i, or
// the main company.
func (s *state) salientCompany(i int) int {
	for k := i - 1; k >= 0; k-- {
		if o := s.ownerOf(k); o >= 0 {
			e := &s.ents[o]
			if !e.dropped && e.typ == events.EntityOrg && e.org == orgCompany {
				return o
			}
		}
	}
	return s.main
}

// companyNear returns the company named in the sentence of token i, the
// nearest before i first, else the salient company.
func (s *state) companyNear(i int) int {
	se := s.d.Sents[s.d.SentenceOf(i)]
	for k := i - 1; k >= se.From; k-- {
		if o := s.ownerOf(k); o >= 0 && s.isCompany(o) {
			return o
		}
	}
	for k := i + 1; k < se.To; k++ {
		if o := s.ownerOf(k); o >= 0 && s.isCompany(o) {
			return o
		}
	}
	return s.salientCompany(i)
}

func (s *state) isCompany(o int) bool {
	e := &s.ents[o]
	return !e.dropped && e.typ == events.EntityOrg && e.org == orgCompany
}

// finishProducts gives products without a known company the company of
// their sentence.
func (s *state) finishProducts() {
	for _, m := range s.ments {
		e := &s.ents[m.Entity]
		if e.typ != events.EntityProduct || e.parent != "" || e.dropped {
			continue
		}
		if o := s.companyNear(m.From); o >= 0 {
			e.parent = s.key(o)
		}
	}
}
