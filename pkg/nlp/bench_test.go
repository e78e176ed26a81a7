package nlp

import (
	"testing"

	"github.com/tickerwire/tickerwire/pkg/nlp/internal/corpus"
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
