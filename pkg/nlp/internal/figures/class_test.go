package figures

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestWordClasses checks that a token is in a class exactly when it is
// one of the class's words, however it is capitalised.
func TestWordClasses(t *testing.T) {
	for c, words := range wordClasses {
		list := strings.Fields(words)
		for _, w := range append(list, "plant", "revenue", "zuvorkommend", "Übernahme") {
			r, n := utf8.DecodeRuneInString(w)
			for _, form := range []string{w, string(unicode.ToUpper(r)) + w[n:], strings.ToUpper(w)} {
				var d doc
				d.text, d.lk = form, theLexicon
				d.toks, d.cls = tokenize(nil, nil, form, d.lk)
				if got, want := d.inClass(0, 1<<c), d.isWordAny(0, list...); got != want {
					t.Errorf("class %d, %q: inClass %v, isWordAny %v", c, form, got, want)
				}
			}
		}
	}
}
