// Package lang tells German from English text, and both from other
// languages, by counting function words: articles, pronouns,
// prepositions and auxiliaries make up a third of running text in
// each of these languages and barely overlap between them.
package lang

import (
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/lex"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/text"
)

// Languages Detect returns.
const (
	German  = "de"
	English = "en"
	Other   = "other"
)

// maxWords bounds the words Detect reads: a few hundred decide any
// article.
const maxWords = 600

// Detect returns German, English or Other for the tokenised text d.
func Detect(d *text.Doc) string {
	var de, en, other, words, umlauts, cde, cen int
	for i := range d.Toks {
		t := &d.Toks[i]
		if t.Kind != text.Word {
			continue
		}
		words++
		if words > maxWords {
			break
		}
		w := d.Lower(i)
		c := lex.Of(w)
		if c&lex.FuncDE != 0 {
			de++
		}
		if c&lex.FuncEN != 0 {
			en++
		}
		if c&lex.FuncOther != 0 {
			other++
		}
		if c&lex.ContentDE != 0 {
			cde++
		}
		if c&lex.ContentEN != 0 {
			cen++
		}
		for j := 0; j+1 < len(w); j++ {
			// ä ö ü ß in UTF-8: 0xC3 followed by 0xA4, 0xB6, 0xBC, 0x9F.
			if w[j] == 0xC3 {
				switch w[j+1] {
				case 0xA4, 0xB6, 0xBC, 0x9F:
					umlauts++
				}
			}
		}
	}
	if words == 0 {
		return Other
	}
	// Umlauts are rare outside German (Finnish, Swedish and Turkish have
	// some): count them, and frequent business words, as half a function
	// word each. Wire tables ("Qtly div 25 cts vs 25 cts") have few
	// function words but many such words.
	deScore := 2*de + umlauts + cde
	enScore := 2*en + cen
	otherScore := 2 * other
	best := max(deScore, enScore, otherScore)
	// Text in another language still shares some words with German and
	// English ("in", "die", "also"); it must reach a tenth of its words.
	if best*10 < words*2 || best == otherScore {
		return Other
	}
	if deScore > enScore {
		return German
	}
	return English
}
