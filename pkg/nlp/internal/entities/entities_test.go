package entities

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/tickerwire/tickerwire/pkg/events"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/gazetteer"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/lex"
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
		if e.Type == events.EntityProduct && e.Org != "" {
			s += " /" + e.Org
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
		{"agency of an Austrian article", "de", "Wien – Die OMV und die Erste Group verloren, wie die APA meldete.",
			[]string{"ORG APA", "ORG OMV OMV"}, []string{"ORG APA APA"}},
		{"inflected German name", "de", "Die Analysten der Deutschen Bank senkten das Kursziel.",
			[]string{"ORG Deutschen Bank DBK"}, nil},
		{"generic head of a known company", "en", "Sampo Group said its profit rose, and Nordea Group followed.",
			[]string{"ORG Nordea Group NDA-FI"}, []string{"ORG Nordea NDA-FI"}},
		{"model after a company is a product", "de", "Die Airline bestellt Maschinen vom Typ Boeing 787 und Airbus A350.",
			[]string{"PRODUCT Boeing 787", "PRODUCT Airbus A350"}, []string{"ORG Boeing BA"}},
		{"business after a company is a unit", "en", "Sales at Volvo Trucks were strong, Volvo said.",
			[]string{"ORG Volvo Trucks", "ORG Volvo VOLV-B"}, nil},
		{"longest name with several heads", "en", "The stake is held by International Petroleum Investment Company of Abu Dhabi.",
			[]string{"ORG International Petroleum Investment Company"}, []string{"ORG Investment Company"}},
		{"of-chain with an article", "en", "He filed the claim with the Supreme Court of the State of New York on Monday.",
			[]string{"ORG Supreme Court of the State of New York"}, nil},
		{"unit before a legal form", "en", "Acme Holdings's Occidental Resins Corp said it sold the plant.",
			[]string{"ORG Occidental Resins Corp"}, []string{"ORG Resins Corp"}},
		{"newspaper of a place", "en", "The paper competes with the Denver Post and the Miami Herald.",
			[]string{"ORG Denver Post", "ORG Miami Herald"}, []string{"ORG Post"}},
		{"firm of two names", "de", "Die Anwälte von Huber & Pichler prüfen den Fall.",
			[]string{"ORG Huber & Pichler"}, nil},
		{"title words are no firm", "de", "Sein neues Buch heißt Fröhlich & Gelassen.",
			nil, []string{"ORG Fröhlich & Gelassen"}},
		{"deal object", "en", "Siemens agreed to acquire Polaris Automation for $1 billion.",
			[]string{"ORG Polaris Automation"}, nil},
		{"chief of a public body", "de", "Eurogruppen-Chef Paul Berger sprach mit der EU-Kommission.",
			[]string{"PERSON Paul Berger OTHER/Eurogruppe", "ORG Eurogruppen"}, nil},
		{"genitive of a person", "de", "Nach dem Abgang Rudolf Steiners berichtete Rudolf Steiner selbst.",
			[]string{"PERSON Rudolf Steiner"}, []string{"PERSON Rudolf Steiners"}},
		{"initial before names", "en", "T. Boone Pickens, the oilman, said prices will rise.",
			[]string{"PERSON T. Boone Pickens"}, nil},
		{"leader of a unit", "en", "The unit, headed by Cedrik Amberg, will grow.",
			[]string{"PERSON Cedrik Amberg"}, nil},
		{"dateline with a state", "en", "ACME CORP <ACME> DIVIDEND\n\nJACKSON, MISS., May 20\nQtly div 10 cts vs 10 cts prior",
			[]string{"LOC JACKSON", "LOC MISS."}, nil},
		{"headline in capitals is no dateline", "en", "TIN PACT EXTENSION LIKELY - ITC DELEGATES\n\nDelegates said so.",
			nil, []string{"LOC TIN PACT EXTENSION LIKELY"}},
		{"places joined by hyphens", "en", "It runs the direct Rome-Milan-Los Angeles service.",
			[]string{"LOC Rome", "LOC Milan", "LOC Los Angeles"}, nil},
		{"exchange and index are no entities", "de", "Der DAX fiel, an der Wall Street stieg der Dow Jones.",
			nil, []string{"ORG DAX", "ORG Wall Street", "ORG Dow Jones"}},
		{"newspaper in capitals", "de", "Kemler war für Fragen des STANDARD nicht zu erreichen.",
			[]string{"ORG STANDARD"}, nil},
		{"descriptor inside a known name", "de", "Analystin Eva Roth von der Landesbank Baden-Württemberg sieht Luft nach oben.",
			[]string{"ORG Landesbank Baden-Württemberg"}, []string{"ORG Baden-Württemberg"}},
		{"wire code of a foreign listing", "en", "Commerzbank AG <CBKG.F> said it will buy the printer maker.",
			[]string{"ORG Commerzbank AG CBK"}, nil},
		{"former name with its old ticker", "en", "Allied Signal Inc <ALD> said it sold the unit.",
			[]string{"ORG Allied Signal Inc HON"}, nil},
		{"court of a place's adjective", "de", "Der Fall liegt beim Grazer Handelsgericht, die Staatsanwaltschaft Linz ermittelt.",
			[]string{"ORG Grazer Handelsgericht", "ORG Staatsanwaltschaft Linz"}, []string{"ORG Handelsgericht"}},
		{"institution for a purpose", "de", "Forscher der Hochschule für Angewandte Physik Bregenz widersprechen.",
			[]string{"ORG Hochschule für Angewandte Physik Bregenz"}, nil},
		{"association after its descriptor", "de", "Laut dem Branchenverband KFV sinken die Zahlen.",
			[]string{"ORG KFV"}, nil},
		{"union as an adjective", "de", "Die neuen EU-Abgaben belasten die Banken.",
			nil, []string{"ORG EU"}},
		{"exchange before a ticker", "en", "Peab AB ( STO : PEAB B ) bought a rental firm.",
			nil, []string{"ORG STO"}},
		{"adjective before a plural head", "de", "Österreichische Banken leiden unter der Abgabe.",
			nil, []string{"ORG Österreichische Banken"}},
		{"colloquial und Co ends a list", "de", "Die Preise für Gold, Zinn und Co stiegen.",
			nil, []string{"ORG Zinn und Co"}},
		{"given name that is a month", "de", "Die Aktie fiel. Jan Wendt, Analyst bei der Commerzbank, senkte das Kursziel.",
			[]string{"PERSON Jan Wendt ANALYST/CBK"}, nil},
		{"hyphenated given name", "en", "\"Demand is back,\" said Park Min-jun, an analyst at Samsung Securities.",
			[]string{"PERSON Park Min-jun ANALYST/016360"}, nil},
		{"surname particle", "en", "\"It is cheap,\" said Pieter van Dijk, an analyst at ING.",
			[]string{"PERSON Pieter van Dijk ANALYST/INGA"}, nil},
		{"title after a copula", "de", "Das sagt Maria Huber. Huber ist Chefökonomin der Erste Group.",
			[]string{"PERSON Maria Huber ANALYST/EBS"}, nil},
		{"analyst by a price target", "de", "Kenji Sato von Nomura hob sein Kursziel auf 20 Euro an.",
			[]string{"PERSON Kenji Sato ANALYST/8604"}, nil},
		{"chairman of a management board", "en", "Klaus Berg, management board chairman of Acme Stahl AG, said jobs would go.",
			[]string{"PERSON Klaus Berg CEO/Acme Stahl AG"}, nil},
		{"name by its acronym's initials", "de", "Er war Sprecher der Meinl European Land (MEL) und der Bank.",
			[]string{"ORG Meinl European Land"}, nil},
		{"an acronym of a concept is no organisation", "de", "Der Konzern setzt auf Künstliche Intelligenz (KI) in der Cloud.",
			nil, []string{"ORG Künstliche Intelligenz"}},
		{"companies listed after a known one", "de", "Portale wie Airbnb, Roomly oder Staynest geraten unter Druck.",
			[]string{"ORG Roomly", "ORG Staynest", "ORG Airbnb ABNB"}, nil},
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

func TestProducts(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want, not        []string
	}{
		{"curated brands with their company", "de", "Adidas verkauft Schuhe wie Samba und Gazelle besser als erwartet.",
			[]string{"PRODUCT Samba /ADS", "PRODUCT Gazelle /ADS"}, nil},
		{"curated common word without its company", "de", "Die Gazelle floh vor dem Löwen in die Savanne.",
			nil, []string{"PRODUCT Gazelle"}},
		{"names listed after a kind of product", "en", "Brightwell Foods sells beverages such as Quenchy and Fizzo Max across Asia.",
			[]string{"PRODUCT Quenchy", "PRODUCT Fizzo Max"}, nil},
		{"German plural before names", "de", "Zum Wachstum trugen die Spiele Sternenpfad und Moosritter Saga bei, teilte Nintendo mit.",
			[]string{"PRODUCT Sternenpfad /7974", "PRODUCT Moosritter Saga /7974"}, nil},
		{"model after a maker", "en", "Orders for the Airbus A321neo and the Boeing 787-10 rose.",
			[]string{"PRODUCT Airbus A321neo /AIR", "PRODUCT Boeing 787-10 /BA"}, []string{"PRODUCT Boeing 787 "}},
		{"brand with its model number", "en", "Sales of the iPhone 17 Pro beat estimates, Apple said.",
			[]string{"PRODUCT iPhone 17 Pro /AAPL"}, nil},
		{"designation before a product word", "en", "Micron began shipping HBM4 chips to customers in March.",
			[]string{"PRODUCT HBM4 /MU"}, nil},
		{"drug by the stem of its name", "en", "Novo Nordisk said its drug velosiran cut cholesterol in a trial.",
			[]string{"PRODUCT velosiran /NOVO-B"}, nil},
		{"product word before a name", "de", "Der Konzern bringt den Laufschuh Cloudraser Evo auf den Markt.",
			[]string{"PRODUCT Cloudraser Evo"}, nil},
		{"periods and ratings are no models", "en", "Net profit rose in Q3 and H1, and Moody's kept its Baa3 rating on the new G7 bond.",
			nil, []string{"PRODUCT"}},
		{"brand with a legal form is a company", "en", "Salomon Inc said its profit rose sharply.",
			[]string{"ORG Salomon Inc"}, []string{"PRODUCT Salomon"}},
		{"maker's name before a product's", "en", "Olvi is launching a new long drink Olvi Sitrus in Finland.",
			[]string{"PRODUCT Olvi Sitrus /OLVAS", "ORG Olvi OLVAS"}, nil},
		{"new model of a brand", "de", "BMW baut den neuen iX3 in Debrecen.",
			[]string{"PRODUCT iX3 /BMW"}, nil},
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

// TestNormKey checks the fast fold of ASCII names against the general one.
func TestNormKey(t *testing.T) {
	for _, n := range []string{"", " ", "Deutsche Bank", "  Deutsche\t\tBank AG ", "AT&T\nInc.", "Nestlé  S.A.", "Öl\u00a0AG", "a  b"} {
		want := strings.Join(strings.Fields(strings.ToLower(n)), " ")
		if got := normKey(n); got != want {
			t.Errorf("normKey(%q) = %q, want %q", n, got, want)
		}
		if got := prefixedKey("R:", n); got != "R:"+want {
			t.Errorf("prefixedKey(R:, %q) = %q, want %q", n, got, "R:"+want)
		}
	}
}

// TestStripLegal checks stripLegal and capitals against their plain
// definitions.
func TestStripLegal(t *testing.T) {
	plain := func(t string) string {
		f := strings.Fields(t)
		for len(f) > 1 {
			w := strings.ToLower(strings.Trim(f[len(f)-1], ".,"))
			if lex.OfString(w)&lex.Legal == 0 && w != "&" {
				break
			}
			f = f[:len(f)-1]
		}
		return strings.Join(f, " ")
	}
	for _, n := range []string{"", "AG", " Zielpunkt GmbH ", "Zielpunkt\u00a0GmbH", "Smith & Co. Inc.", "Procter & Gamble Co", "Nestlé S.A.", "Ölwerke  AG", "Siemens"} {
		if got, want := normKey(stripLegal(n)), normKey(plain(n)); got != want {
			t.Errorf("stripLegal(%q) folds to %q, want %q", n, got, want)
		}
		if got, want := capitals(n), strings.ToUpper(n) == n && strings.ToLower(n) != n; got != want {
			t.Errorf("capitals(%q) = %v, want %v", n, got, want)
		}
	}
}
