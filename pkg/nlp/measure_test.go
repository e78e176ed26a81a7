package nlp

import (
	"fmt"
	"slices"
	"testing"

	"github.com/tickerwire/tickerwire/pkg/events"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/corpus"
)

// TestReutersEarnings measures the earnings tag against the "earn" topic
// of Reuters-21578 (training split), and the m_and_a tag against "acq":
// rules over words and figures, no training on the corpus. With -v it
// lists some of the earnings misses.
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
	var acq [3]int // m_and_a against "acq": true positives, false positives, false negatives
	err = corpus.Each(p, func(a corpus.Article) error {
		r := x.Extract(Document{ID: a.ID, Lang: "en", Title: a.Title, Text: a.Text})
		switch gotDeal, wantDeal := slices.Contains(r.Tags, events.TagMandA), slices.Contains(a.Categories, "acq"); {
		case gotDeal && wantDeal:
			acq[0]++
		case gotDeal:
			acq[1]++
		case wantDeal:
			acq[2]++
		}
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
	ap := float64(acq[0]) / float64(acq[0]+acq[1])
	ar := float64(acq[0]) / float64(acq[0]+acq[2])
	af := 2 * ap * ar / (ap + ar)
	t.Logf("m_and_a vs acq: tp=%d fp=%d fn=%d P=%.4f R=%.4f F1=%.4f", acq[0], acq[1], acq[2], ap, ar, af)
	if af < 0.85 {
		t.Errorf("m_and_a F1 %.4f below 0.85", af)
	}
	if f1 < 0.95 {
		t.Errorf("F1 %.4f below 0.95", f1)
	}
}

// TestNonFinancialFalsePositives measures what the extractor finds in
// German news outside the business section (10kGNAD's other categories):
// companies with tickers there are mostly right (Facebook in a culture
// story), but tags should be rare. With -v it logs the counts.
func TestNonFinancialFalsePositives(t *testing.T) {
	p, ok := corpus.Path("data/de-news/10kgnad_test.jsonl")
	if !ok {
		t.Skip("10kGNAD absent")
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var docs, tickers, tagged int
	tags := map[events.Tag]int{}
	err = corpus.Each(p, func(a corpus.Article) error {
		if a.Category == "Wirtschaft" {
			return nil
		}
		docs++
		r := x.Extract(Document{ID: a.ID, Lang: "de", Text: a.Text})
		for _, e := range r.Entities {
			if e.Ticker != "" {
				tickers++
			}
		}
		if len(r.Tags) > 0 {
			tagged++
		}
		for _, tg := range r.Tags {
			tags[tg]++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d documents: %d companies with a ticker, %d documents tagged %v", docs, tickers, tagged, tags)
	if rate := float64(tagged) / float64(docs); rate > 0.03 {
		t.Errorf("%.1f%% of non-business documents tagged, want at most 3%%", 100*rate)
	}
}
