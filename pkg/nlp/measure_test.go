package nlp

import (
	"fmt"
	"slices"
	"testing"

	"github.com/tickerwire/tickerwire/pkg/events"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/corpus"
)

// TestReutersEarnings measures the earnings tag against the "earn" topic
// of Reuters-21578 (training split): rules over words and figures, no
// training on the corpus. With -v it lists some of the misses.
func TestReutersEarnings(t *testing.T) {
	p, ok := corpus.Path("data/reuters21578/train.jsonl")
	if !ok {
		t.Skip("Reuters-21578 absent")
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var tp, fp, fn, shown int
	err = corpus.Each(p, func(a corpus.Article) error {
		r := x.Extract(Document{ID: a.ID, Lang: "en", Title: a.Title, Text: a.Text})
		got := slices.Contains(r.Tags, events.TagEarnings)
		want := slices.Contains(a.Categories, "earn")
		switch {
		case got && want:
			tp++
		case got:
			fp++
		case want:
			fn++
		}
		if got != want && testing.Verbose() && shown < 400 {
			shown++
			body := Document{Title: a.Title, Text: a.Text}.Body()
			fmt.Printf("%v want=%v %v %q\n", got, want, a.Categories, body[:min(len(body), 160)])
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
	if f1 < 0.95 {
		t.Errorf("F1 %.4f below 0.95", f1)
	}
}
