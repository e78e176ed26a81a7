// Package figures finds money amounts and percentages in German and
// English financial text and says what each one measures: metric, period,
// basis (reported, estimated, planned), whether it is a change, and
// whether the text hedges it.
//
// It works in one pass over the bytes of the text (a tokenizer with
// immutable word tables, no regular expressions), then looks at the words
// around each figure, within a bounded reach, so that the work stays
// linear in the length of the text however many figures it holds.
// Periods come from the words near a figure and from the document: a
// headline or table header scopes the rows below it, a period the text
// dated once keeps its year, and the results a report leaves undated take
// the period of the report. Quarters and halves the text leaves without a
// year take the year of the reporting period it is about: the year of
// the quarters it dates, of the outlook it gives ("Für 2025 rechnet ..."),
// or of the year whose results it reports; the notes of a wire table date
// a year-end table. A text of single sentences (pre-tokenised corpora)
// carries nothing from one sentence to the next. Subject and segment are
// left to the caller, which links figures to the companies named near
// their offsets.
package figures

import (
	"math"

	"github.com/tickerwire/tickerwire/pkg/events"
)

// Figure is a figure with its byte offsets in the text it was found in:
// text[Start:End] == Text. SentenceStart and SentenceEnd are the byte
// offsets of the sentence the figure was attributed from, for linking it
// to the company named there.
type Figure struct {
	events.Figure
	Start         int `json:"-"`
	End           int `json:"-"`
	SentenceStart int `json:"-"`
	SentenceEnd   int `json:"-"`
}

// Extract returns the figures of text, in order of mention. lang is "de"
// or "en"; any other value is read as English, where German number
// formats are still recognised when they cannot be English ("30,5
// Milliarden"). A range ("zwischen 8 und 9 Milliarden Euro") gives one
// figure per bound, sharing the range's text. Extract is safe for
// concurrent use.
func Extract(text, lang string) []Figure {
	var s Scratch
	return s.Extract(text, lang)
}

// Scratch is the working memory of an extraction, kept for the next one:
// a caller that keeps a Scratch (one per goroutine) allocates little more
// than the figures it gets once the buffers have grown to its texts. The
// zero value is ready to use; a Scratch must not be used concurrently.
type Scratch struct {
	d doc
}

// Extract is the package's Extract with the buffers of s.
func (s *Scratch) Extract(text, lang string) []Figure {
	d := &s.d
	*d = doc{text: text, de: lang == "de", lk: theLexicon,
		toks: d.toks[:0], cls: d.cls[:0], figs: d.figs[:0], sents: d.sents[:0], sentIdx: d.sentIdx[:0], own: d.own[:0], exprBuf: d.exprBuf[:0], compBuf: d.compBuf[:0]}
	return d.extract()
}

// extract runs the stages over the text of d. Each stage is linear in the
// length of the text: the rules read the words within reach of a figure,
// and find other figures by the position of their numbers.
func (d *doc) extract() []Figure {
	text := d.text
	d.toks, d.cls = tokenize(d.toks, d.cls, text, d.lk)
	if !d.de {
		// English "plant" is a factory, not German "(er) plant".
		for i := range d.toks {
			if d.toks[i].lx == d.lk.plantDE {
				d.toks[i].lx = d.lk.plantEN
			}
		}
	}
	d.segment()
	d.scan()
	if len(d.figs) == 0 {
		return []Figure{}
	}
	d.indexSentences()
	d.resolve()
	d.attribute()
	n := 0
	for k := range d.figs {
		if !d.figs[k].drop {
			n++
		}
	}
	out := make([]Figure, 0, n)
	for k := range d.figs {
		f := &d.figs[k]
		if f.drop || math.IsInf(f.val, 0) || math.IsNaN(f.val) {
			continue
		}
		start, end := int(d.toks[f.a].s), int(d.toks[f.b-1].e)
		// A figure may run over a line break ("24\nmln stg" in wrapped
		// wire text): its sentence span covers both sides.
		sa, _ := d.sentBounds(f.a)
		_, sb := d.sentBounds(f.b - 1)
		out = append(out, Figure{
			Figure: events.Figure{
				Text:     text[start:end],
				Kind:     f.kind,
				Value:    roundSignificant(f.val),
				Currency: f.cur,
				Unit:     f.unit,
				Metric:   f.metric,
				Change:   f.change,
				Period:   f.period,
				Basis:    f.basis,
				Approx:   f.approx,
			},
			Start:         start,
			End:           end,
			SentenceStart: int(d.toks[sa].s),
			SentenceEnd:   int(d.toks[sb-1].e),
		})
	}
	return out
}

// roundSignificant rounds v to ten significant digits, which removes the
// binary noise of scaling ("65.4 million" is 65400000, not
// 65400000.00000001) and keeps every digit a text can give.
func roundSignificant(v float64) float64 {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	p := math.Pow(10, 9-math.Floor(math.Log10(math.Abs(v))))
	if r := math.Round(v*p) / p; !math.IsInf(r, 0) && !math.IsNaN(r) {
		return r
	}
	return v
}
