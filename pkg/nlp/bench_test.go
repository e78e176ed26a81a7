package nlp

import (
	"testing"

	"github.com/tickerwire/tickerwire/pkg/nlp/internal/corpus"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/figures"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/lang"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/tags"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/text"
)

// benchDocs reads up to max documents of a development corpus.
func benchDocs(b *testing.B, rel, lang string, max int) ([]Document, int64) {
	b.Helper()
	p, ok := corpus.Path(rel)
	if !ok {
		b.Skipf("%s absent", rel)
	}
	var docs []Document
	var n int64
	err := corpus.Each(p, func(a corpus.Article) error {
		if len(docs) == max {
			return corpus.ErrStop
		}
		d := Document{ID: a.ID, Lang: lang, Title: a.Title, Text: a.Text}
		docs = append(docs, d)
		n += int64(len(d.Body()))
		return nil
	})
	if err != nil && err != corpus.ErrStop {
		b.Fatal(err)
	}
	return docs, n
}

// BenchmarkExtract measures the whole enrichment (language, entities,
// figures, tags) on German news (10kGNAD) and English wire news
// (Reuters-21578) and financial sentences (Financial PhraseBank); MB/s is
// per core.
func BenchmarkExtract(b *testing.B) {
	for _, c := range []struct {
		name, path, lang string
	}{
		{"de-10kgnad", "data/de-news/10kgnad_test.jsonl", "de"},
		{"en-reuters", "data/reuters21578/train.jsonl", "en"},
		{"en-phrasebank", "data/en-finance/financial_phrasebank.jsonl", "en"},
		{"detect-lang", "data/de-news/10kgnad_test.jsonl", ""},
	} {
		b.Run(c.name, func(b *testing.B) {
			docs, n := benchDocs(b, c.path, c.lang, 500)
			x, err := New()
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(n)
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					x.Extract(d)
				}
			}
		})
	}
}

// BenchmarkStages measures each stage of Extract alone on the same
// documents: tokenising, language detection, entities (the gazetteer
// included), figures and tags. MB/s is per core.
func BenchmarkStages(b *testing.B) {
	for _, c := range []struct {
		name, path, lang string
	}{
		{"de-10kgnad", "data/de-news/10kgnad_test.jsonl", "de"},
		{"en-reuters", "data/reuters21578/train.jsonl", "en"},
	} {
		docs, n := benchDocs(b, c.path, c.lang, 500)
		x, err := New()
		if err != nil {
			b.Fatal(err)
		}
		var d text.Doc
		b.Run(c.name+"/tokenize", func(b *testing.B) {
			b.SetBytes(n)
			for b.Loop() {
				for _, doc := range docs {
					d.Reset(doc.Body())
				}
			}
		})
		b.Run(c.name+"/language", func(b *testing.B) {
			b.SetBytes(n)
			for b.Loop() {
				for _, doc := range docs {
					d.Reset(doc.Body())
					lang.Detect(&d)
				}
			}
		})
		b.Run(c.name+"/entities", func(b *testing.B) {
			b.SetBytes(n)
			for b.Loop() {
				for _, doc := range docs {
					d.Reset(doc.Body())
					x.ents.Extract(&d, c.lang)
				}
			}
		})
		b.Run(c.name+"/figures", func(b *testing.B) {
			b.SetBytes(n)
			for b.Loop() {
				for _, doc := range docs {
					figures.Extract(doc.Body(), c.lang)
				}
			}
		})
		b.Run(c.name+"/tags", func(b *testing.B) {
			type prepared struct {
				doc text.Doc
				in  tags.Input
			}
			ps := make([]prepared, len(docs))
			for i, doc := range docs {
				p := &ps[i]
				p.doc.Reset(doc.Body())
				r := x.Extract(doc)
				p.in = tags.Input{Doc: &p.doc, TitleEnd: len(doc.Title), Figures: r.Figures, Lang: c.lang}
			}
			var tg tags.Tagger
			b.SetBytes(n)
			b.ResetTimer()
			for b.Loop() {
				for i := range ps {
					tg.Tag(ps[i].in)
				}
			}
		})
	}
}
