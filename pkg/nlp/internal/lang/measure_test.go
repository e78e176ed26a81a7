package lang

import (
	"errors"
	"strings"
	"testing"

	"github.com/tickerwire/tickerwire/pkg/nlp/internal/corpus"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/text"
)

// TestCorpusAccuracy measures Detect on the development corpora: German
// news and Wikipedia sentences, English wire news and financial
// sentences. It fails when accuracy drops below the floor.
func TestCorpusAccuracy(t *testing.T) {
	type source struct {
		name, path, want string
		sentences        bool
		floor            float64
	}
	sources := []source{
		{"10kGNAD articles", "data/de-news/10kgnad_test.jsonl", German, false, 0.99},
		{"GermEval sentences", "data/germeval2014/dev.jsonl", German, true, 0.95},
		{"Reuters-21578 articles", "data/reuters21578/train.jsonl", English, false, 0.99},
		{"CoNLL-2003 documents", "data/conll2003/dev.jsonl", English, true, 0.90},
		{"Financial PhraseBank sentences", "data/en-finance/financial_phrasebank.jsonl", English, false, 0.97},
	}
	var d text.Doc
	for _, s := range sources {
		t.Run(s.name, func(t *testing.T) {
			p, ok := corpus.Path(s.path)
			if !ok {
				t.Skipf("%s absent", s.path)
			}
			var n, right int
			check := func(txt string) {
				if strings.TrimSpace(txt) == "" {
					return
				}
				d.Reset(txt)
				n++
				if Detect(&d) == s.want {
					right++
				}
			}
			var err error
			if s.sentences {
				// Sentences with a document number are joined into their
				// document; the others are detected one by one.
				var b strings.Builder
				doc := -1
				err = corpus.Each(p, func(x corpus.Sentence) error {
					if x.Doc == 0 || x.Doc != doc {
						check(b.String())
						b.Reset()
						doc = x.Doc
					}
					b.WriteString(strings.Join(x.Tokens, " "))
					b.WriteString("\n")
					return nil
				})
				check(b.String())
			} else {
				err = corpus.Each(p, func(x corpus.Article) error {
					check(x.Title + "\n\n" + x.Text)
					return nil
				})
			}
			if err != nil && !errors.Is(err, corpus.ErrStop) {
				t.Fatal(err)
			}
			acc := float64(right) / float64(n)
			t.Logf("%s: %d/%d = %.4f", s.name, right, n, acc)
			if acc < s.floor {
				t.Errorf("accuracy %.4f below %.2f", acc, s.floor)
			}
		})
	}
}
