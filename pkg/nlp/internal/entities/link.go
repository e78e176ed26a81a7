package entities

import (
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/text"
)

// subject finds the company a figure at byte offset start belongs to:
// the company or segment named nearest before it in its sentence, else
// the first after it, else the one the text last named or referred to,
// else the article's main company. A segment stays the subject while the
// text refers to its company only as "der Konzern" in the same paragraph.
func (r *Result) subject(d *text.Doc, start int) (subject, segment string) {
	if len(d.Toks) == 0 {
		return r.mainKey(), ""
	}
	tok := d.TokenAt(start)
	if tok >= len(d.Toks) {
		tok = len(d.Toks) - 1
	}
	se := d.Sents[d.SentenceOf(tok)]
	// Mentions are in text order: find the last one before the figure.
	idx := -1
	for i, m := range r.Mentions {
		if m.From >= tok {
			break
		}
		if r.Entities[m.Entity].Company {
			idx = i
		}
	}
	if idx >= 0 && r.Mentions[idx].From >= se.From {
		return r.resolve(d, idx)
	}
	for _, m := range r.Mentions {
		if m.From > tok && m.From < se.To && r.Entities[m.Entity].Company {
			e := &r.Entities[m.Entity]
			if e.Segment {
				return r.parentKey(e), e.Text
			}
			return e.Key(), ""
		}
	}
	if idx >= 0 {
		return r.resolve(d, idx)
	}
	return r.mainKey(), ""
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

func (r *Result) mainKey() string {
	if r.Main < 0 {
		return ""
	}
	return r.Entities[r.Main].Key()
}
