package entities

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/tickerwire/tickerwire/pkg/nlp/internal/gazetteer"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/text"
)

var (
	loadOnce sync.Once
	testX    *Extractor
)

// extractor returns an Extractor shared by the tests; t may be nil in
// benchmarks.
func extractor(t *testing.T) *Extractor {
	loadOnce.Do(func() {
		g, err := gazetteer.Load()
		if err != nil {
			panic(err)
		}
		testX = New(g)
	})
	return testX
}

// describe renders entities as "TYPE text [ticker] [role/org]" lines.
func describe(r Result) []string {
	var out []string
	for _, e := range r.Entities {
		s := fmt.Sprintf("%s %s", e.Type, e.Text)
		if e.Ticker != "" {
			s += " " + e.Ticker
		}
		if e.Role != "" {
			s += " " + string(e.Role) + "/" + e.Org
		}
		out = append(out, s)
	}
	return out
}

func TestEntities(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want, not        []string
	}{
		{"role title before name", "de", "Finanzchef Brian Olsavsky sagte, Amazon investiere weiter.",
			[]string{"PERSON Brian Olsavsky CFO/AMZN", "ORG Amazon AMZN"}, nil},
		{"company chief compound", "de", "Jetzt ist fix, dass Adidas-Chef Herbert Hainer geht.",
			[]string{"PERSON Herbert Hainer CEO/ADS"}, nil},
		{"name comma title of org", "en", "Kenneth Whipple, chairman of Ford Motor Co, said sales rose.",
			[]string{"PERSON Kenneth Whipple CHAIR/F"}, nil},
		{"legal suffix unknown company", "de", "Das Kartellgericht hat über die Pfeiffer HandelsgmbH eine Geldbuße verhängt.",
			[]string{"ORG Pfeiffer HandelsgmbH", "ORG Kartellgericht"}, nil},
		{"apposition", "de", "Der Glücksspielkonzern Novomatic steigt bei den Casinos Austria ein.",
			[]string{"ORG Novomatic"}, nil},
		{"dateline place", "de", "Einleitung. Gumpoldskirchen – Die Firma meldet Zahlen.",
			[]string{"LOC Gumpoldskirchen"}, nil},
		{"ambiguous word stays a word", "de", "Der Stürmer schoss den Ball ins Tor, die Post kam später.",
			nil, []string{"ORG Ball BALL", "ORG Post"}},
		{"ambiguous name with evidence", "de", "Apple verzichtet auf eine Gratisversion, wie Spotify mitteilte.",
			[]string{"ORG Apple AAPL"}, nil},
		{"other ticker means another company", "en", "CELANESE <CZ> COMPLETES SALE\n\nCelanese Corp. said it sold a unit.",
			nil, []string{"ORG Celanese Corp. CE"}},
		{"given name before company word", "de", "Regisseur Martin Scorsese und Leonardo DiCaprio drehen wieder.",
			[]string{"PERSON Leonardo DiCaprio OTHER/"}, []string{"ORG Leonardo LDO"}},
		{"minister is other", "de", "Verkehrsminister Alexander Dobrindt (CSU) plant die Maut.",
			[]string{"PERSON Alexander Dobrindt OTHER/", "ORG CSU"}, nil},
		{"surname joins person", "en", "Chief executive David Kendall said results improved. Kendall added more.",
			[]string{"PERSON David Kendall CEO/"}, []string{"PERSON Kendall"}},
	}
	x := extractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d text.Doc
			d.Reset(tt.text)
			got := describe(x.Extract(&d, tt.lang))
			for _, w := range tt.want {
				if !slices.ContainsFunc(got, func(g string) bool { return g == w || strings.HasPrefix(g, w+" ") }) {
					t.Errorf("missing %q in %q", w, got)
				}
			}
			for _, n := range tt.not {
				if slices.ContainsFunc(got, func(g string) bool { return g == n || strings.HasPrefix(g, n+" ") }) {
					t.Errorf("unexpected %q in %q", n, got)
				}
			}
		})
	}
}

func TestSubject(t *testing.T) {
	x := extractor(t)
	body := "Der Musikdienst Spotify hat kurz vor dem Start des Angebots von Apple 526 Millionen Dollar eingesammelt. " +
		"Auch bei der Cloudsparte AWS übertraf Amazon die Schätzungen. Die Erlöse legten um 19 Prozent zu."
	var d text.Doc
	d.Reset(body)
	r := x.Extract(&d, "de")
	tests := []struct {
		figure, subject, segment string
	}{
		{"526 Millionen Dollar", "SPOT", ""},
		{"19 Prozent", "AMZN", "AWS"},
	}
	for _, tt := range tests {
		t.Run(tt.figure, func(t *testing.T) {
			subject, segment := r.Subject(&d, strings.Index(body, tt.figure))
			if subject != tt.subject || segment != tt.segment {
				t.Errorf("subject %q segment %q, want %q %q", subject, segment, tt.subject, tt.segment)
			}
		})
	}
}
