package entities

import (
	"github.com/tickerwire/tickerwire/pkg/events"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/gazetteer"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/lex"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/text"
)

// products finds products named after a product noun (lex.ProductNoun:
// "unter dem Namen „Rufus“", "Sprachassistent „Alexa“", "der Hit-Single
// Hello"), in quotes or not.
func (s *state) products() {
	d := s.d
	n := len(d.Toks)
	for k := 0; k+1 < n; k++ {
		switch {
		case s.cls(k)&lex.ProductNoun != 0:
			a := k + 1
			quoted := false
			if d.Toks[a].Flags&text.Quote != 0 {
				a++
				quoted = true
			}
			e := a
			for e < n && e < a+3 && s.nameWord(e) && s.cls(e)&(lex.ContentDE|lex.Finance|lex.FuncDE) == 0 {
				e++
			}
			closing := e
			if quoted && (s.isPunct(e, ',') || s.isPunct(e, '.')) && d.Toks[e].Flags&text.Glued != 0 {
				closing++ // "Boone,"
			}
			if e == a || quoted && (closing >= n || d.Toks[closing].Flags&text.Quote == 0) {
				continue
			}
			s.addProduct(a, e)
		}
	}
}

// brandLists reads lists of brands after "Marken": "der Marken Chevrolet
// Traverse, GMC Acadia und Buick Enclave". It runs before the gazetteer,
// whose brand "Chevrolet" is only the first word of a model.
func (s *state) brandLists() {
	n := len(s.d.Toks)
	for k := 0; k+1 < n; k++ {
		if s.cls(k)&lex.BrandList == 0 || !s.capWord(k+1) {
			continue
		}
		a := k + 1
		for a < n {
			e := a
			for e < n && e < a+3 && s.nameWord(e) && s.free(e, e+1) {
				if g := s.gmAt(e); g != nil && g.from == e && g.m.Entries[0].Kind != gazetteer.KindBrand {
					break
				}
				e++
			}
			if e == a {
				break
			}
			s.markDone(a, e)
			s.addProduct(a, e)
			if s.isPunct(e, ',') || s.cls(e)&lex.Conj != 0 {
				a = e + 1
				continue
			}
			break
		}
		k = a
	}
}

// addProduct makes tokens a..b-1 a product, unless they name something
// else already.
func (s *state) addProduct(a, b int) {
	if !s.free(a, b) {
		return
	}
	if s.cls(a)&(lex.Det|lex.Prep|lex.Stop) != 0 {
		return
	}
	if g := s.gmAt(a); g != nil && !g.done {
		if g.from != a || g.nameTo != b || g.m.Entries[0].Kind != gazetteer.KindBrand {
			return
		}
		// The gazetteer's brand: "Jeep" has its company.
		p := s.entryEnt(g.m.Entries[0], events.EntityProduct)
		if s.mention(a, g.to, p, false) {
			g.done = true
			s.setText(p, s.nameText(g))
		}
		return
	}
	t := s.span(a, b)
	p := s.keyEnt("R:"+normKey(t), ent{typ: events.EntityProduct})
	if s.mention(a, b, p, false) {
		s.setText(p, t)
	}
}
