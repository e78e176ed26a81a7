package figures

import (
	"strconv"
	"strings"
	"testing"
)

// denseTexts are the patterns of texts made of figures or numbers only:
// what a broken feed or a hostile one may send. Each is repeated to the
// length a test asks for.
var denseTexts = []struct{ name, lang, unit string }{
	{"percent in one sentence", "en", "5 % "},
	{"percent clauses", "de", "12 Prozent, "},
	{"scaled amounts without currency", "de", "3 Milliarden "},
	{"table rows", "en", "Net 32.4 mln vs 33.5 mln\n"},
	{"runs of numbers", "en", "1-2-3-4-5-6-7-8-9-10-11-12-"},
	{"pesos", "en", "10 pesos "},
	{"wire comparisons", "en", "Net profit rose 5 pct to 10 mln dlrs from 9 mln in 1986, "},
	{"periods and plans", "de", "im Jahr 2015 will er 5 Mio. investieren und 2016 "},
	{"ranges", "en", "between 5 and 6 pct to 7 pct or "},
	{"counts", "en", "1.5 mln shares and 2 mln "},
	{"notes", "de", "6,31 (2014: 4,86) Millionen Euro und "},
}

// repeatTo repeats unit until the text is n bytes long.
func repeatTo(unit string, n int) string {
	return strings.Repeat(unit, n/len(unit)+1)[:n]
}

// work runs the extraction over text and returns how many tokens the
// rules read, how many tokens the text has and how many figures it gave.
func work(text, lang string) (reads, toks, figs int) {
	d := doc{text: text, de: lang == "de", lk: theLexicon}
	out := d.extract()
	return d.reads, len(d.toks), len(out)
}

// maxReadsPerToken bounds the work per token: the rules read the words
// within reach of a figure a few times over, so a text dense with figures
// costs a constant factor more than a plain one, never a factor that
// grows with its length.
const maxReadsPerToken = 3000

// TestWorkIsLinear checks that the work grows linearly with the text:
// four times the text reads at most about four times the tokens.
func TestWorkIsLinear(t *testing.T) {
	for _, c := range denseTexts {
		t.Run(c.name, func(t *testing.T) {
			r1, t1, _ := work(repeatTo(c.unit, 16<<10), c.lang)
			r4, t4, _ := work(repeatTo(c.unit, 64<<10), c.lang)
			if per := r4 / max(t4, 1); per > maxReadsPerToken {
				t.Errorf("%d reads per token, want at most %d", per, maxReadsPerToken)
			}
			if float64(r4) > 5*float64(r1) {
				t.Errorf("4x the text (%d tokens) took %d reads, 1x (%d tokens) %d: not linear", t4, r4, t1, r1)
			}
		})
	}
}

// TestMegabyteOfNumbers extracts a megabyte of numbers in every pattern
// at once and checks that the work stays within the linear bound and that
// the figures in it are still found.
func TestMegabyteOfNumbers(t *testing.T) {
	text := numbersText(1 << 20)
	reads, toks, figs := work(text, "en")
	if per := reads / max(toks, 1); per > maxReadsPerToken {
		t.Errorf("%d reads per token over %d tokens, want at most %d", per, toks, maxReadsPerToken)
	}
	if figs < toks/20 {
		t.Errorf("found %d figures in %d tokens of figures", figs, toks)
	}
}

// numbersText returns n bytes of the dense patterns one after the other,
// in blocks of 4 KB.
func numbersText(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		c := denseTexts[i%len(denseTexts)]
		b.WriteString(repeatTo(c.unit, 4<<10))
		b.WriteString(strconv.Itoa(i))
		b.WriteString(". ")
	}
	return b.String()[:n]
}
