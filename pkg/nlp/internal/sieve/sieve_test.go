package sieve

import (
	"strings"
	"testing"
)

func TestMayLetsListedWordsThrough(t *testing.T) {
	words := strings.Fields("der die das umsatz gewinn quartalsumsatz a ü über € 2025 chief-executive")
	words = append(words, "", strings.Repeat("x", 300))
	m := map[string]bool{}
	for _, w := range words {
		m[w] = true
	}
	s := Of(m)
	for _, w := range words {
		t.Run(w, func(t *testing.T) {
			if !May(s, w) || !May(s, []byte(w)) {
				t.Errorf("May(%q) = false for a listed word", w)
			}
		})
	}
}

func TestMayRulesOutMostOtherWords(t *testing.T) {
	var s Sieve
	s.Add("umsatz")
	for _, w := range []string{"gewinn", "umsätze", "Umsatz", "umsat", "der", ""} {
		t.Run(w, func(t *testing.T) {
			if May(&s, w) {
				t.Errorf("May(%q) = true, want false", w)
			}
		})
	}
	// A list of some thousand words lets few others through.
	list := map[string]bool{}
	for i := range 2000 {
		list[word(i)] = true
	}
	s2 := Of(list)
	through := 0
	for i := 2000; i < 12000; i++ {
		if May(s2, word(i)) {
			through++
		}
	}
	if through > 1000 {
		t.Errorf("%d of 10000 unlisted words pass, want at most a tenth", through)
	}
}

func TestZeroSieveHoldsNothing(t *testing.T) {
	var s Sieve
	for _, w := range []string{"", "a", "der", "umsatz"} {
		if May(&s, w) {
			t.Errorf("May(%q) = true on an empty sieve", w)
		}
	}
}

// word makes the i-th word of a made-up vocabulary.
func word(i int) string {
	const letters = "abcdefghijklmnopqrstuvwxyzäöü"
	var b strings.Builder
	for n := i*7919 + 13; b.Len() < 3 || n > 0; n /= 29 {
		b.WriteString(string([]rune(letters)[n%29]))
	}
	return b.String()
}
