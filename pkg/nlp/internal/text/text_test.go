package text

import (
	"strings"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"german compound", "Die Amazon-Aktie gab nach.", []string{"Die", "Amazon", "-", "Aktie", "gab", "nach", "."}},
		{"decimal comma", "um 30,5 Milliarden", []string{"um", "30,5", "Milliarden"}},
		{"thousands", "1,770 billion yen", []string{"1,770", "billion", "yen"}},
		{"dotted initials", "the U.S. and U.K. markets", []string{"the", "U.S.", "and", "U.K.", "markets"}},
		{"initial at end", "Kenneth A. Smith", []string{"Kenneth", "A", ".", "Smith"}},
		{"umlauts", "Österreichs Märkte", []string{"Österreichs", "Märkte"}},
		{"possessive", "Nokia 's share", []string{"Nokia", "'", "s", "share"}},
		{"reuters ticker", "FORD <F> EUROPE", []string{"FORD", "<", "F", ">", "EUROPE"}},
		{"mixed", "EUR131m and Q2", []string{"EUR131m", "and", "Q2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d Doc
			d.Reset(tt.in)
			var got []string
			for i := range d.Toks {
				got = append(got, d.Tok(i))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("tokens = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestShapes(t *testing.T) {
	var d Doc
	d.Reset("Amazon AWS über 3G Ärger")
	want := []Flags{Upper, Upper | AllUpper, 0, HasDigit | AllUpper, Upper}
	for i, f := range want {
		mask := Upper | AllUpper | HasDigit
		if got := d.Toks[i].Flags & mask; got != f {
			t.Errorf("%s: flags %b, want %b", d.Tok(i), got, f)
		}
	}
	if got := string(d.Lower(4)); got != "ärger" {
		t.Errorf("lower = %q", got)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"simple", "Der Umsatz stieg. Die Aktie fiel.", []string{"Der Umsatz stieg.", "Die Aktie fiel."}},
		{"german date", "Er geht am 30. April. Dann kommt er.", []string{"Er geht am 30. April.", "Dann kommt er."}},
		{"abbreviation", "Es sind 5,7 Mrd. Pfund. Mehr nicht.", []string{"Es sind 5,7 Mrd. Pfund.", "Mehr nicht."}},
		{"corporate suffix", "Ford Motor Co. said it sold cars.", []string{"Ford Motor Co. said it sold cars."}},
		{"initials", "George W. Bush said so.", []string{"George W. Bush said so."}},
		{"quote", "„Wir wachsen.“ Das sagte er.", []string{"„Wir wachsen.“", "Das sagte er."}},
		{"pretokenised", "Profit doubled to EUR 197mn . In 2009 , sales fell .", []string{"Profit doubled to EUR 197mn .", "In 2009 , sales fell ."}},
		{"title", "FORD EARNINGS UP\n\nFord said", []string{"FORD EARNINGS UP", "Ford said"}},
		{"table rows", "Shr 1.16 dlrs vs 1.15 dlrs\nNet 32.4 mln vs 33.5 mln", []string{"Shr 1.16 dlrs vs 1.15 dlrs", "Net 32.4 mln vs 33.5 mln"}},
		{"wrapped line", "Showers continued throughout the week in the Bahia cocoa zone and\nbeyond it.", []string{"Showers continued throughout the week in the Bahia cocoa zone and\nbeyond it."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d Doc
			d.Reset(tt.in)
			var got []string
			for _, s := range d.Sents {
				got = append(got, d.Span(s.From, s.To))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("sentences = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTokenAt(t *testing.T) {
	var d Doc
	d.Reset("Amazon hat 30,5 Milliarden Dollar investiert.")
	off := strings.Index(d.Text, "30,5")
	i := d.TokenAt(off)
	if d.Tok(i) != "30,5" {
		t.Fatalf("TokenAt(%d) = %q", off, d.Tok(i))
	}
	if s := d.SentenceOf(i); s != 0 {
		t.Errorf("SentenceOf = %d", s)
	}
}

func FuzzReset(f *testing.F) {
	f.Add("Die Amazon-Aktie gab um 7 % nach. U.S. shares fell.")
	f.Add("„Wir\u00a0wachsen.“\n\n  Shr 1.16 dlrs")
	f.Fuzz(func(t *testing.T, s string) {
		var d Doc
		d.Reset(s)
		prev := int32(0)
		for i, tok := range d.Toks {
			if tok.Start < prev || tok.End <= tok.Start || int(tok.End) > len(s) {
				t.Fatalf("token %d bad span %d..%d", i, tok.Start, tok.End)
			}
			prev = tok.End
		}
		n := 0
		for _, se := range d.Sents {
			if se.From != n || se.To <= se.From {
				t.Fatalf("bad sentence %v after %d", se, n)
			}
			n = se.To
		}
		if n != len(d.Toks) {
			t.Fatalf("sentences cover %d of %d tokens", n, len(d.Toks))
		}
	})
}
