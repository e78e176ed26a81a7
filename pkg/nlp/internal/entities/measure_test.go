package entities

import (
	"strings"
	"testing"

	"github.com/tickerwire/tickerwire/pkg/events"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/corpus"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/gazetteer"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/text"
)

// nerSpan is an entity mention in corpus tokens.
type nerSpan struct {
	from, to int
	typ      string
}

// counts are per-type true positives, false positives and false
// negatives.
type counts map[string]*[3]int

func (c counts) add(typ string, i int) {
	if c[typ] == nil {
		c[typ] = new([3]int)
	}
	c[typ][i]++
}

func (c counts) f1(typ string) (p, r, f float64) {
	var tp, fp, fn int
	for t, v := range c {
		if typ == "" || t == typ {
			tp, fp, fn = tp+v[0], fp+v[1], fn+v[2]
		}
	}
	if tp > 0 {
		p = float64(tp) / float64(tp+fp)
		r = float64(tp) / float64(tp+fn)
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// goldSpans reads BIO tags into spans of PER, ORG and LOC; other types
// (MISC, OTH) and GermEval's derived and part tags are left out.
func goldSpans(tags []string) []nerSpan {
	var out []nerSpan
	for i := 0; i < len(tags); i++ {
		t := tags[i]
		if !strings.HasPrefix(t, "B-") {
			continue
		}
		typ := t[2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		if typ == "PER" || typ == "ORG" || typ == "LOC" {
			out = append(out, nerSpan{i, j, typ})
		}
		i = j - 1
	}
	return out
}

// TestCorpusNER measures entity mentions against GermEval 2014 (German)
// and CoNLL-2003 (English) dev splits: PERSON, ORG and LOC mentions
// mapped to PER, ORG and LOC, matched on exact token spans. A mention
// inside a corpus token (the "Henkel" of "Henkel-Aktie", which the corpora
// tag as a compound part) is not counted.
func TestCorpusNER(t *testing.T) {
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	x := New(g)
	for _, c := range []struct {
		name, path, lang string
		byDoc            bool
		floor            float64
	}{
		{"GermEval 2014 dev", "data/germeval2014/dev.jsonl", "de", false, 0.45},
		{"CoNLL-2003 dev", "data/conll2003/dev.jsonl", "en", true, 0.55},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, ok := corpus.Path(c.path)
			if !ok {
				t.Skipf("%s absent", c.path)
			}
			res := counts{}
			var sents []corpus.Sentence
			flush := func() {
				if len(sents) > 0 {
					measureDoc(x, c.lang, sents, res)
				}
				sents = sents[:0]
			}
			doc := -1
			err := corpus.Each(p, func(s corpus.Sentence) error {
				if !c.byDoc || s.Doc != doc {
					flush()
					doc = s.Doc
				}
				sents = append(sents, s)
				return nil
			})
			flush()
			if err != nil {
				t.Fatal(err)
			}
			for _, typ := range []string{"PER", "ORG", "LOC", ""} {
				p, r, f := res.f1(typ)
				name := typ
				if name == "" {
					name = "all"
				}
				t.Logf("%s %-4s P=%.3f R=%.3f F1=%.3f", c.name, name, p, r, f)
			}
			if _, _, f := res.f1(""); f < c.floor {
				t.Errorf("F1 %.3f below %.2f", f, c.floor)
			}
		})
	}
}

// measureDoc extracts the entities of sentences joined into one text and
// counts their mentions against the gold spans.
func measureDoc(x *Extractor, lang string, sents []corpus.Sentence, res counts) {
	var b strings.Builder
	type tokPos struct{ start, end, sent, idx int }
	var toks []tokPos
	for si, s := range sents {
		if si > 0 {
			b.WriteString("\n\n")
		}
		for i, w := range s.Tokens {
			if i > 0 {
				b.WriteByte(' ')
			}
			toks = append(toks, tokPos{b.Len(), b.Len() + len(w), si, i})
			b.WriteString(w)
		}
	}
	var d text.Doc
	d.Reset(b.String())
	r := x.Extract(&d, lang)
	// Corpus token of a byte offset.
	at := func(off int) int {
		lo, hi := 0, len(toks)
		for lo < hi {
			m := (lo + hi) / 2
			if toks[m].end <= off {
				lo = m + 1
			} else {
				hi = m
			}
		}
		return lo
	}
	pred := map[[3]int]string{}
	for _, m := range r.Mentions {
		if m.Ref {
			continue
		}
		var typ string
		switch r.Entities[m.Entity].Type {
		case events.EntityPerson:
			typ = "PER"
		case events.EntityOrg:
			typ = "ORG"
		case events.EntityLoc:
			typ = "LOC"
		default:
			continue
		}
		start, end := int(d.Toks[m.From].Start), int(d.Toks[m.To-1].End)
		a, z := at(start), at(end-1)
		if a >= len(toks) || z >= len(toks) || toks[a].start != start || toks[z].end != end || toks[a].sent != toks[z].sent {
			continue
		}
		pred[[3]int{toks[a].sent, toks[a].idx, toks[z].idx + 1}] = typ
	}
	for si, s := range sents {
		for _, gs := range goldSpans(s.NER) {
			k := [3]int{si, gs.from, gs.to}
			if p, ok := pred[k]; ok && p == gs.typ {
				res.add(gs.typ, 0)
				delete(pred, k)
			} else {
				res.add(gs.typ, 2)
			}
		}
	}
	for _, typ := range pred {
		res.add(typ, 1)
	}
}
