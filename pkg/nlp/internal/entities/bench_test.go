package entities

import (
	"testing"

	"github.com/tickerwire/tickerwire/pkg/nlp/internal/corpus"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/text"
)

// BenchmarkExtract measures entity extraction alone (tokenising and the
// gazetteer included) on English wire news and German news.
func BenchmarkExtract(b *testing.B) {
	for _, c := range []struct{ name, path, lang string }{
		{"en-reuters", "data/reuters21578/train.jsonl", "en"},
		{"de-10kgnad", "data/de-news/10kgnad_test.jsonl", "de"},
	} {
		b.Run(c.name, func(b *testing.B) {
			p, ok := corpus.Path(c.path)
			if !ok {
				b.Skipf("%s absent", c.path)
			}
			var bodies []string
			var n int64
			err := corpus.Each(p, func(a corpus.Article) error {
				if len(bodies) == 500 {
					return corpus.ErrStop
				}
				s := a.Text
				if a.Title != "" {
					s = a.Title + "\n\n" + a.Text
				}
				bodies = append(bodies, s)
				n += int64(len(s))
				return nil
			})
			if err != nil && err != corpus.ErrStop {
				b.Fatal(err)
			}
			x := extractor(nil)
			var d text.Doc
			b.SetBytes(n)
			b.ReportAllocs()
			for b.Loop() {
				for _, s := range bodies {
					d.Reset(s)
					x.Extract(&d, c.lang)
				}
			}
		})
	}
}
