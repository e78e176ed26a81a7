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

// dateline reports whether token i lies in the dateline that opens a
// sentence: "Wien/Berlin – Die ...", "HELSINKI ( AFX ) -", "ST.
// PETERSBURG , Oct 14".
func (s *state) dateline(i int) bool {
	si := s.d.SentenceOf(i)
	if si >= len(s.d.Sents) {
		return false
	}
	from, to := s.datelineSpan(s.d.Sents[si].From)
	return i >= from && i < to
}

// datelineSpan returns the tokens of the place words of a dateline that
// starts at token a, or a, a.
func (s *state) datelineSpan(a int) (int, int) {
	n := len(s.d.Toks)
	k := a
	words := 0
	for k < n && words < 5 {
		if g := s.gmAt(k); words > 0 && g != nil && g.from == k && g.m.Entries[0].Kind == gazetteer.KindMedia {
			// "HELSINKI AFX -": the agency ends the place.
			if s.isDash(g.to) {
				return a, k
			}
			break
		}
		switch {
		case s.capWord(k) && s.cls(k)&(lex.Det|lex.Say|lex.Pronoun|lex.Stop|lex.Prep|lex.ContentEN|lex.ContentDE|lex.Finance|lex.FuncEN|lex.FuncDE) == 0:
			k++
			words++
		case s.isPunct(k, '/') && words > 0 || s.isPunct(k, '.') && words > 0 && s.tok(k).Flags&text.Glued != 0:
			k++
		case (s.low(k) == "am" || s.low(k) == "an" || s.low(k) == "im") && words > 0 && s.capWord(k+1):
			k++
		default:
			goto end
		}
	}
end:
	if words == 0 || k >= n {
		return a, a
	}
	switch {
	case s.isDash(k) && s.capWord(k+1) && s.tok(k+1).Flags&text.Glued == 0:
		// A headline in capitals has dashes too: "TIN PACT EXTENSION
		// LIKELY - ITC DELEGATES" is no dateline, "HELSINKI -" is.
		if s.tok(a).Flags&text.AllUpper != 0 && !s.placeAt(a) {
			return a, a
		}
		return a, k
	case s.isPunct(k, '(') && s.tok(a).Flags&text.AllUpper != 0:
		return a, k
	case s.isPunct(k, ',') && s.cls(k+1)&lex.Month != 0 && s.tok(a).Flags&text.AllUpper != 0:
		return a, k
	case s.isPunct(k, ',') && s.tok(a).Flags&text.AllUpper != 0 && s.placeAt(k+1):
		// "JACKSON, MISS., May 20": a city, its state, the date.
		if g := s.gmAt(k + 1); s.isPunct(g.to, ',') && s.cls(g.to+1)&lex.Month != 0 {
			return a, g.to
		}
	}
	return a, a
}

// places finds places that no list holds or that need their context:
// datelines, "im Bezirk Deutschlandsberg", "the city of Vsevolozhsk",
// "Leningrad Region", "Westbalkan", "in Gumpoldskirchen".
func (s *state) places() {
	d := s.d
	for _, se := range d.Sents {
		from, to := s.datelineSpan(se.From)
		for k := from; k < to; {
			if !s.capWord(k) {
				k++
				continue
			}
			e := k + 1
			for e < to && (s.capWord(e) || s.isPunct(e, '.') && s.capWord(e+1) || (s.low(e) == "am" || s.low(e) == "an") && s.capWord(e+1)) {
				e++
			}
			s.addPlace(k, e)
			k = e
		}
	}
	n := len(d.Toks)
	for k := 0; k < n; k++ {
		if !s.free(k, k+1) || s.capsSentence(k) {
			continue
		}
		w := s.low(k)
		switch {
		case s.cls(k)&lex.PlaceNoun != 0 && s.capWord(k+1):
			a := k + 1
			if s.low(a) == "of" {
				a++
			}
			if e := s.placeName(a); e > a {
				s.addPlace(a, e)
			}
		case s.cls(k)&lex.LocHead != 0 && s.capWord(k) && k > 0 && s.nameWord(k-1) && s.free(k-1, k):
			a := k - 1
			if a > 0 && s.nameWord(a-1) && s.free(a-1, a) {
				a--
			}
			if s.cls(a)&lex.LocPrep == 0 {
				s.addPlace(a, k+1)
			}
		case w == "airport" && k > 0 && s.nameWord(k-1) && s.free(k-1, k):
			s.addPlace(k-1, k+1)
		case s.capWord(k) && s.lang == "de" && compassPrefix(w) != "":
			if s.knownPlace(d.Tok(k)[len(compassPrefix(w)):]) {
				s.addPlace(k, k+1)
			}
		case s.capWord(k) && s.cls(k-1)&lex.LocPrep != 0 && !s.capWord(k-1) && !s.capWord(k+1) && s.cls(k) == 0 && d.Toks[k].Flags&text.HasDigit == 0 &&
			s.personBySurname(w, k) < 0 && s.byAlias(w) < 0 && !s.firstWordOf(w):
			if s.lang == "de" && placeSuffix(w) || s.lang == "en" && d.Toks[k].Flags&text.AllUpper == 0 {
				s.addPlace(k, k+1)
			}
		}
	}
}

// placeName returns the end of a place name of one or two words at a.
func (s *state) placeName(a int) int {
	e := a
	for e < a+2 && s.nameWord(e) && s.free(e, e+1) && s.cls(e)&(lex.OrgDesc|lex.ContentDE|lex.Finance) == 0 {
		e++
	}
	return e
}

// addPlace makes tokens a..b-1 a place: the gazetteer's when it knows the
// name, a new one otherwise.
func (s *state) addPlace(a, b int) {
	if !s.free(a, b) {
		return
	}
	if g := s.gmAt(a); g != nil && g.from == a && (g.to == b || g.to == b+1 && s.isPunct(b, '.')) && !g.done {
		b = g.to
		e := g.m.Entries[0]
		if e.Kind == gazetteer.KindPlace {
			l := s.entryEnt(e, events.EntityLoc)
			if s.mention(a, b, l, false) {
				g.done = true
				s.setText(l, s.nameText(g))
			}
			return
		}
	}
	t := s.span(a, b)
	l := s.keyEnt(prefixedKey("L:", t), ent{typ: events.EntityLoc})
	if s.mention(a, b, l, false) {
		s.markDone(a, b)
		s.setText(l, t)
	}
}

// compassPrefix returns the compass word that begins a German place
// compound ("West" of "Westbalkan"), or "".
func compassPrefix(w string) string {
	switch {
	case w == "":
		return ""
	case w[0] != 's' && w[0] != 'w' && w[0] != 'o' && w[0] != 'n' && w[0] != 'm' && w[0] != 'z':
		return ""
	}
	for _, p := range []string{"südost", "südwest", "nordost", "nordwest", "west", "ost", "nord", "süd", "mittel", "zentral"} {
		if len(w) > len(p)+3 && strings.HasPrefix(w, p) {
			return p
		}
	}
	return ""
}

// knownPlace reports whether rest, the tail of a compass compound
// ("balkan"), is a place the gazetteer knows.
func (s *state) knownPlace(rest string) bool {
	r, n := utf8.DecodeRuneInString(rest)
	name := string(unicode.ToUpper(r)) + rest[n:]
	var buf [2]gazetteer.Match
	for _, m := range s.x.gaz.Find(name, buf[:0]) {
		if m.Start == 0 && m.End == len(name) && m.Entries[0].Kind == gazetteer.KindPlace {
			return true
		}
	}
	return false
}

// knownOrg reports whether the gazetteer knows name whole as an
// organisation's.
func (s *state) knownOrg(name string) bool {
	var buf [2]gazetteer.Match
	for _, m := range s.x.gaz.Find(name, buf[:0]) {
		if m.Start == 0 && m.End == len(name) && isOrgEntry(m.Entries[0]) {
			return true
		}
	}
	return false
}

// placeSuffix reports whether a German word ends like a place name:
// "Gumpoldskirchen", "Deutschlandsberg", "Wolfsburg".
func placeSuffix(w string) bool {
	for _, suf := range []string{"kirchen", "berg", "burg", "dorf", "hausen", "heim", "stadt", "furt",
		"brück", "bach", "felden", "ingen", "hofen", "stein", "thal", "hagen", "münster", "brunn"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// placeAt reports whether a place the gazetteer knows starts at token i.
func (s *state) placeAt(i int) bool {
	g := s.gmAt(i)
	return g != nil && g.from == i && g.m.Entries[0].Kind == gazetteer.KindPlace
}

// firstWordOf reports whether the lower-case word w is the first word of
// an organisation's longer name ("Dixons" of "Dixons Group PLC").
func (s *state) firstWordOf(w string) bool {
	o, ok := s.first[w]
	if !ok && strings.HasSuffix(w, "s") {
		o, ok = s.first[w[:len(w)-1]]
	}
	return ok && !s.ents[o].dropped
}
