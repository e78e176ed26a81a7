package entities

import (
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/text"
)

// subject finds the company a figure at byte offset start belongs to:
// the company or segment named (or referred to, "der Konzern") nearest
// before it in its sentence, else one named just after it, else the one
// the text named last, provided that is the article's main company or was
// named in the two sentences before. A sentence about a ministry or an
// institute and no company gives its figures no subject. A segment stays
// the subject while the text refers to its company only as "der Konzern"
// in the same paragraph.
func (r *Result) subject(d *text.Doc, start int) (subject, segment string) {
	if len(d.Toks) == 0 {
		return "", ""
	}
	tok := d.TokenAt(start)
	if tok >= len(d.Toks) {
		tok = len(d.Toks) - 1
	}
	si := d.SentenceOf(tok)
	se := d.Sents[si]
	// Mentions are in text order: find the last one before the figure,
	// passing over names of other companies, and over a company after a
	// preposition ("von Apple") when another one comes before it in the
	// sentence: "Spotify hat kurz vor dem Start des Angebots von Apple
	// 526 Millionen Dollar eingesammelt".
	idx, first := -1, -1
	for i, m := range r.Mentions {
		if m.From >= tok {
			break
		}
		if !r.Entities[m.Entity].Company || m.Relative {
			continue
		}
		if first < 0 && m.From >= se.From {
			first = i
		}
		idx = i
	}
	// The company that speaks in the sentence ("..., Nokia said") is the
	// subject of its figures.
	for i, m := range r.Mentions {
		if m.From >= se.From && m.From < se.To && r.Entities[m.Entity].Company && !m.Relative && !m.Ref && m.To < se.To && says(d, m.To) {
			return r.resolve(d, i)
		}
	}
	if idx >= 0 && r.Mentions[idx].From >= se.From {
		if first != idx && afterPreposition(d, r.Mentions[idx].From) {
			idx = first
		}
		return r.resolve(d, idx)
	}
	public := false
	for _, m := range r.Mentions {
		if m.From < se.From || m.From >= se.To {
			continue
		}
		e := &r.Entities[m.Entity]
		if e.Public {
			public = true
		}
		if m.From > tok && m.From <= tok+8 && e.Company && !m.Relative && !afterPreposition(d, m.From) {
			if e.Segment {
				return r.parentKey(e), e.Text
			}
			return e.Key(), ""
		}
	}
	if public {
		return "", ""
	}
	// Before any company is named (a headline, a teaser), or after one
	// named once, the article's main company is the subject when the text
	// names it more often.
	if r.Main >= 0 && (idx < 0 && si <= 2 || idx >= 0 && r.mentions(r.Main) >= 2*r.mentions(r.Mentions[idx].Entity)) {
		return r.Entities[r.Main].Key(), ""
	}
	if idx < 0 {
		return "", ""
	}
	m := r.Mentions[idx]
	ms := d.SentenceOf(m.From)
	if m.Entity != r.Main && si-ms > 2 {
		return "", ""
	}
	// The company the last sentence naming one was about: its first
	// company not after a preposition.
	for i, p := range r.Mentions {
		if p.From >= d.Sents[ms].From && p.From <= m.From && r.Entities[p.Entity].Company && !p.Relative && !afterPreposition(d, p.From) {
			return r.resolve(d, i)
		}
	}
	return r.resolve(d, idx)
}

// mentions counts the names (not references) of entity e.
func (r *Result) mentions(e int) int {
	n := 0
	for _, m := range r.Mentions {
		if m.Entity == e && !m.Ref {
			n++
		}
	}
	return n
}

// afterPreposition reports whether the word before token i is a
// preposition that makes a company the object rather than the subject:
// "von Apple", "from Nokia".
func afterPreposition(d *text.Doc, i int) bool {
	k := i - 1
	for k > 0 && (d.Toks[k].Kind == text.Word && isArticle(d.LowerString(k)) || d.Toks[k].Flags&text.Quote != 0) {
		k--
	}
	if k < 0 || d.Toks[k].Kind != text.Word {
		return false
	}
	switch d.LowerString(k) {
	case "von", "vom", "mit", "gegen", "für", "als", "of", "from", "with", "against", "for", "than", "by":
		return true
	}
	return false
}

// says reports whether token i is a verb of saying: "said", "teilte".
func says(d *text.Doc, i int) bool {
	switch d.LowerString(i) {
	case "said", "says", "sagte", "sagt", "teilte", "erklärte", "reported", "announced", "meldete", "berichtete":
		return true
	}
	return false
}

func isArticle(w string) bool {
	switch w {
	case "der", "die", "das", "den", "dem", "des", "the":
		return true
	}
	return false
}

// resolve returns the subject given by mention idx, looking back past
// references to a segment's company within the paragraph.
func (r *Result) resolve(d *text.Doc, idx int) (string, string) {
	m := r.Mentions[idx]
	e := &r.Entities[m.Entity]
	if e.Segment {
		return r.parentKey(e), e.Text
	}
	if !m.Ref {
		return e.Key(), ""
	}
	// A reference: is the company's segment the topic of the paragraph?
	for j := idx - 1; j >= 0; j-- {
		p := r.Mentions[j]
		if paragraphBetween(d, p.From, m.From) {
			break
		}
		pe := &r.Entities[p.Entity]
		if !pe.Company {
			continue
		}
		if pe.Segment && r.parentKey(pe) == e.Key() {
			return e.Key(), pe.Text
		}
		if !p.Ref {
			break
		}
	}
	return e.Key(), ""
}

// paragraphBetween reports whether a line break separates tokens a and b.
func paragraphBetween(d *text.Doc, a, b int) bool {
	for k := a + 1; k <= b && k < len(d.Toks); k++ {
		if d.Toks[k].Flags&text.NewlineBefore != 0 {
			return true
		}
	}
	return false
}

// parentKey returns the key of a segment's company.
func (r *Result) parentKey(seg *Entity) string {
	if seg.Parent != "" {
		return seg.Parent
	}
	return seg.Key()
}
