// Package nlp turns the text of a financial news article, German or
// English, into the entities it names, the figures it gives and the tags
// that say what it reports. It is pure: no I/O, no logging, no global
// mutable state; its word lists and gazetteers are embedded.
//
// One tokenisation of the article is shared by language detection,
// entity extraction, figure attribution and tagging.
package nlp

import (
	"fmt"
	"strings"
	"sync"

	"github.com/tickerwire/tickerwire/pkg/events"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/entities"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/figures"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/gazetteer"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/lang"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/tags"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/text"
)

// Document is one article to enrich. Lang is "de" or "en" when known;
// when empty, Extract detects it.
type Document struct {
	ID    string `json:"id"`
	Lang  string `json:"lang,omitempty"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// Body is the text Extract reads: the title, a blank line, the text.
// Figure offsets are byte offsets into it.
func (d Document) Body() string {
	if d.Title == "" {
		return d.Text
	}
	return d.Title + "\n\n" + d.Text
}

// Figure is a figure with where it was found: Body()[Start:End] is Text.
type Figure = figures.Figure

// Result is what Extract found in a document, in the shape of the
// enrichment format.
type Result struct {
	ID       string          `json:"id"`
	Lang     string          `json:"lang"`
	Entities []events.Entity `json:"entities"`
	Figures  []Figure        `json:"figures"`
	Tags     []events.Tag    `json:"tags"`
}

// Languages of Result.Lang.
const (
	LangGerman  = lang.German
	LangEnglish = lang.English
	// LangOther is any other language: such a document passes through
	// without entities, figures or tags.
	LangOther = lang.Other
)

// Extractor extracts entities, figures and tags. It is safe for
// concurrent use.
type Extractor struct {
	ents *entities.Extractor
	work sync.Pool
}

// work is the per-call scratch space of Extract.
type work struct {
	doc      text.Doc
	ents     entities.Result
	figs     figures.Scratch
	tagger   tags.Tagger
	counts   []int
	analysts []int
}

// New returns an Extractor with its embedded data loaded. Loading takes
// some milliseconds; create one Extractor and share it.
func New() (*Extractor, error) {
	g, err := gazetteer.Load()
	if err != nil {
		return nil, fmt.Errorf("nlp: load gazetteer: %w", err)
	}
	x := &Extractor{ents: entities.New(g)}
	x.work.New = func() any { return new(work) }
	return x, nil
}

// Extract enriches one document. Figures belong to the company the text
// attributes them to (Subject, with Segment for a business segment).
func (x *Extractor) Extract(doc Document) Result {
	w := x.work.Get().(*work)
	defer x.work.Put(w)
	body := doc.Body()
	w.doc.Reset(body)
	lg := normLang(doc.Lang)
	if lg == "" {
		lg = lang.Detect(&w.doc)
	}
	res := Result{ID: doc.ID, Lang: lg, Entities: []events.Entity{}, Figures: []Figure{}, Tags: []events.Tag{}}
	if lg == LangOther {
		return res
	}
	ents := &w.ents
	x.ents.ExtractTo(ents, &w.doc, lg)
	if len(ents.Entities) > 0 {
		res.Entities = make([]events.Entity, 0, len(ents.Entities))
	}
	for _, e := range ents.Entities {
		res.Entities = append(res.Entities, e.Entity)
	}
	res.Figures = w.figs.Extract(body, lg)
	if res.Figures == nil {
		res.Figures = []Figure{}
	}
	for i := range res.Figures {
		f := &res.Figures[i]
		if f.Subject == "" {
			f.Subject, f.Segment = ents.Subject(&w.doc, f.Start)
		}
	}
	w.counts = companiesPerSentence(w.counts, &w.doc, ents)
	w.analysts = analystsPerSentence(w.analysts, &w.doc, ents)
	titleEnd := 0
	if doc.Title != "" {
		titleEnd = len(doc.Title)
	}
	in := tags.Input{Doc: &w.doc, TitleEnd: titleEnd, Figures: res.Figures, Companies: w.counts, Analysts: w.analysts, Lang: lg,
		Anonymous: len(ents.Entities) == 0}
	if t := w.tagger.Tag(in); t != nil {
		res.Tags = t
	}
	return res
}

// normLang maps a declared language ("de", "DE", "de-AT", "en-US") to
// LangGerman, LangEnglish or LangOther; "" when none is declared.
func normLang(l string) string {
	l = strings.ToLower(strings.TrimSpace(l))
	if l == "" {
		return ""
	}
	if i := strings.IndexAny(l, "-_"); i > 0 {
		l = l[:i]
	}
	switch l {
	case "de", "en":
		return l
	}
	return LangOther
}

// companiesPerSentence counts the companies each sentence names, and the
// people who hold a company's office.
func companiesPerSentence(dst []int, d *text.Doc, r *entities.Result) []int {
	dst = dst[:0]
	for range d.Sents {
		dst = append(dst, 0)
	}
	for _, m := range r.Mentions {
		if m.Ref || !r.Entities[m.Entity].Company && !corporateRole(&r.Entities[m.Entity]) {
			continue
		}
		if si := d.SentenceOf(m.From); si < len(dst) {
			dst[si]++
		}
	}
	return dst
}

// analystsPerSentence counts the mentions of analysts in each sentence.
func analystsPerSentence(dst []int, d *text.Doc, r *entities.Result) []int {
	dst = dst[:0]
	for range d.Sents {
		dst = append(dst, 0)
	}
	for _, m := range r.Mentions {
		if e := &r.Entities[m.Entity]; e.Type != events.EntityPerson || e.Role != events.RoleAnalyst {
			continue
		}
		if si := d.SentenceOf(m.From); si < len(dst) {
			dst[si]++
		}
	}
	return dst
}

// corporateRole reports whether e is a person with a company's office:
// "Finanzchefin Maria Ferraro kündigte Investitionen an" speaks for her
// company.
func corporateRole(e *entities.Entity) bool {
	if e.Type != events.EntityPerson || e.Org == "" {
		return false
	}
	switch e.Role {
	case events.RoleCEO, events.RoleCFO, events.RoleCOO, events.RoleCTO, events.RoleChair:
		return true
	}
	return false
}
