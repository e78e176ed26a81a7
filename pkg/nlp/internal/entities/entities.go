// Package entities finds the organisations, people, places and products a
// German or English news article names, links them to listed companies
// and their tickers, gives people their roles, and says which company
// each figure belongs to.
//
// Names come from three sources: the gazetteer (listed companies, their
// segments and brands, media, public bodies, places; exchanges and
// indexes are read so that nothing else takes them), patterns that
// introduce names no list holds (legal suffixes, heads such as "Bank" or
// "Stiftung", role titles, appositions such as "der Glücksspielkonzern
// Novomatic", newspapers of a place, firms of two names, the objects of
// deals, a company's units and models, datelines), and later mentions of
// names already found (surnames, first words, acronyms, a newspaper's
// last word). A gazetteer name that is also a common word (Apple, Shell,
// Spar) is taken only with evidence from its context; a name several
// entries share (APA, Telekom) goes to the one of the article's country
// or language.
package entities

import (
	"sync"

	"github.com/tickerwire/tickerwire/pkg/events"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/gazetteer"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/lex"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/text"
)

// Extractor finds entities. It is safe for concurrent use.
type Extractor struct {
	gaz  *gazetteer.Gazetteer
	pool sync.Pool
}

// New returns an Extractor that uses g for dictionary matches.
func New(g *gazetteer.Gazetteer) *Extractor {
	x := &Extractor{gaz: g}
	x.pool.New = func() any { return new(state) }
	return x
}

// Mention is a stretch of text that names (or refers back to) an entity.
type Mention struct {
	// From and To are token indexes, To exclusive.
	From, To int
	// Entity indexes Result.Entities.
	Entity int
	// Ref marks a reference back ("der Konzern", "the company") rather
	// than a name.
	Ref bool
	// Relative marks a name that stands for another company: the "VW" of
	// "der VW-Rivale", the "Apple" of "von Apple" after another company.
	Relative bool
}

// Entity is an entity with what linking needs beyond its record.
type Entity struct {
	events.Entity
	// Company: an organisation that can report figures (not a ministry,
	// court, newspaper or party).
	Company bool
	// Segment: a part of a company (AWS, Ford of Europe); Parent is the
	// company's key.
	Segment bool
	Parent  string
	// Public: a ministry, court, agency, party or institute, or a
	// newspaper: an organisation whose figures are no company's.
	Public bool
}

// Key is what a figure's subject or a person's org names the entity by:
// its ticker, else its canonical name, else its text.
func (e *Entity) Key() string {
	switch {
	case e.Ticker != "":
		return e.Ticker
	case e.Canonical != "":
		return e.Canonical
	}
	return e.Text
}

// Result is what Extract found. Mentions are in text order.
type Result struct {
	Entities []Entity
	Mentions []Mention
	// Main indexes the article's main company in Entities, or -1.
	Main int
}

// Extract finds the entities of the tokenised document d, whose language
// is lang ("de" or "en"). The result does not keep d.
func (x *Extractor) Extract(d *text.Doc, lang string) Result {
	var r Result
	x.ExtractTo(&r, d, lang)
	return r
}

// ExtractTo is Extract into r, reusing r's slices: a caller that keeps r
// for its next document spares the allocations.
func (x *Extractor) ExtractTo(r *Result, d *text.Doc, lang string) {
	s := x.pool.Get().(*state)
	defer x.pool.Put(s)
	s.reset(x, d, lang)
	s.run()
	s.result(r)
}

// Subject returns the subject (ticker or canonical name) and segment of a
// figure found at byte offsets start:end of d, the document r was
// extracted from.
func (r *Result) Subject(d *text.Doc, start int) (subject, segment string) {
	return r.subject(d, start)
}

// classes returns the word classes of token i.
func (s *state) cls(i int) lex.Class {
	if i < 0 || i >= len(s.classes) {
		return 0
	}
	return s.classes[i]
}
