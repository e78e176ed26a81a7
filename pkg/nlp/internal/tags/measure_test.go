package tags

import (
	"fmt"
	"slices"
	"testing"

	"github.com/tickerwire/tickerwire/pkg/events"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/corpus"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/text"
)

// TestReutersEarnings measures the earnings tag against the "earn" topic
// of Reuters-21578 (training split), from words alone: no figures and no
// training on the corpus.
func TestReutersEarnings(t *testing.T) {
	p, ok := corpus.Path("data/reuters21578/train.jsonl")
	if !ok {
		t.Skip("Reuters-21578 absent")
	}
	var (
		d          text.Doc
		tg         Tagger
		tp, fp, fn int
		shownFP    int
		shownFN    int
	)
	verbose := testing.Verbose()
	var why []string
	if verbose {
		tg.why = func(tag string, i int) {
			why = append(why, tag+": "+d.Span(d.Sents[i].From, d.Sents[i].To))
		}
	}
	err := corpus.Each(p, func(a corpus.Article) error {
		body := a.Title
		if a.Text != "" {
			body += "\n\n" + a.Text
		}
		d.Reset(body)
		why = why[:0]
		got := slices.Contains(tg.Tag(Input{Doc: &d, TitleEnd: len(a.Title)}), events.TagEarnings)
		want := slices.Contains(a.Categories, "earn")
		switch {
		case got && want:
			tp++
		case got:
			fp++
			if verbose && shownFP < 400 {
				shownFP++
				fmt.Printf("FP %v %q\n", a.Categories, clip(body))
				for _, w := range why {
					fmt.Printf("    %q\n", clip(w))
				}
			}
		case want:
			fn++
			if verbose && shownFN < 400 {
				shownFN++
				fmt.Printf("FN %q\n", clip(body))
				for _, w := range why {
					fmt.Printf("    %q\n", clip(w))
				}
				for _, se := range d.Sents[:min(4, len(d.Sents))] {
					fmt.Printf("    S %q\n", clip(d.Span(se.From, se.To)))
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	prec := float64(tp) / float64(tp+fp)
	rec := float64(tp) / float64(tp+fn)
	f1 := 2 * prec * rec / (prec + rec)
	t.Logf("earnings vs earn: tp=%d fp=%d fn=%d P=%.4f R=%.4f F1=%.4f", tp, fp, fn, prec, rec, f1)
	if f1 < 0.92 {
		t.Errorf("F1 %.4f below 0.92", f1)
	}
}

func clip(s string) string {
	if len(s) > 200 {
		return s[:200]
	}
	return s
}
