package gazetteer

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

var (
	loadOnce sync.Once
	loaded   *Gazetteer
	loadErr  error
)

func load(tb testing.TB) *Gazetteer {
	tb.Helper()
	loadOnce.Do(func() { loaded, loadErr = Load() })
	if loadErr != nil {
		tb.Fatal(loadErr)
	}
	return loaded
}

// want describes one expected match: the mention text[Start:End], the
// first candidate's ticker (or canonical name when it has none) and the
// form flags that must be set.
type want struct {
	mention string
	entity  string
	form    Form
	tail    string
	amb     bool
}

func TestFind(t *testing.T) {
	g := load(t)
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"plain and genitive", "Amazon wächst. Amazons Chef spricht.", []want{
			{"Amazon", "AMZN", 0, "", false}, {"Amazons", "AMZN", FormGenitive, "", false}}},
		{"compound", "Die Amazon-Aktie fiel, des Amazon-Konzerns, VW-Konzern", []want{
			{"Amazon", "AMZN", FormCompound, "Aktie", false}, {"Amazon", "AMZN", FormCompound, "Konzerns", false},
			{"VW", "VOW3", FormCompound, "Konzern", false}}},
		{"suspended hyphen", "Amazon- und Google-Aktien", []want{
			{"Amazon", "AMZN", FormCompound, "", false}, {"Google", "GOOGL", FormCompound, "Aktien", false}}},
		{"apostrophe genitive", "Siemens' Umsatz und Nokia's results", []want{
			{"Siemens'", "SIE", FormGenitive, "", false}, {"Nokia's", "NOKIA", FormGenitive, "", false}}},
		{"legal suffixes", "Siemens AG, Nokia Oyj, Amazon.com, Inc. and Henkel AG & Co. KGaA", []want{
			{"Siemens AG", "SIE", FormLegalSuffix, "", false}, {"Nokia Oyj", "NOKIA", FormLegalSuffix, "", false},
			{"Amazon.com, Inc.", "AMZN", FormLegalSuffix, "", false}, {"Henkel AG & Co. KGaA", "HEN3", FormLegalSuffix, "", false}}},
		{"all caps", "DILLARD DEPARTMENT STORES INC <DDS> 4TH QTR NET", []want{
			{"DILLARD DEPARTMENT STORES INC", "DDS", FormAllCaps | FormLegalSuffix, "", false}, {"DDS", "DDS", FormTicker, "", false}}},
		{"ticker contexts", "Ford Motor Co <F> and (NYSE: F), NASDAQ:AMZN, Xetra: SIE", []want{
			{"Ford Motor Co", "F", FormLegalSuffix, "", false}, {"F", "F", FormTicker, "", false},
			{"F", "F", FormTicker, "", false}, {"AMZN", "AMZN", FormTicker, "", false}, {"SIE", "SIE", FormTicker, "", false}}},
		{"exchange picks the listing", "(NYSE: NOK)", []want{{"NOK", "NOKIA", FormTicker, "", false}}},
		{"bare tickers are not names", "F and C rose; IT costs", nil},
		{"longest match", "Deutsche Bank and Nokia Siemens Networks", []want{
			{"Deutsche Bank", "DBK", 0, "", false}, {"Nokia Siemens Networks", "Nokia Siemens Networks", 0, "", false}}},
		{"lower case is not a name", "an apple a day, a target", nil},
		{"ambiguous names", "Apple und Shell", []want{{"Apple", "AAPL", 0, "", true}, {"Shell", "SHEL", 0, "", true}}},
		{"suffix clears ambiguity", "Target Corp. said", []want{{"Target Corp.", "TGT", FormLegalSuffix, "", false}}},
		{"case variants", "Unicredit, UNICREDIT, adidas and Adidas", []want{
			{"Unicredit", "UCG", 0, "", false}, {"UNICREDIT", "UCG", FormAllCaps, "", false},
			{"adidas", "ADS", 0, "", false}, {"Adidas", "ADS", 0, "", false}}},
		{"places", "In Kalifornien, Deutschlands Süden und Wien", []want{
			{"Kalifornien", "California", 0, "", false}, {"Deutschlands", "Germany", FormGenitive, "", false},
			{"Wien", "Vienna", 0, "", false}}},
		{"utf-8 boundaries", "Über Zürich nach Düsseldorf—München", []want{
			{"Zürich", "Zurich", 0, "", false}, {"Düsseldorf", "Düsseldorf", 0, "", false}, {"München", "Munich", 0, "", false}}},
		{"after hyphen", "Ex-Siemens-Chef", []want{{"Siemens", "SIE", FormAfterHyphen | FormCompound, "Chef", false}}},
		{"sentence boundary breaks a name", "bei der Deutsche. Bank", nil},
		{"segments and brands", "AWS und Instagram", []want{{"AWS", "Amazon Web Services, Inc.", 0, "", false}, {"Instagram", "Instagram", 0, "", false}}},
		{"inflected German names", "der Deutschen Bank und des Neuen Volksblatts", []want{
			{"Deutschen Bank", "DBK", 0, "", false}, {"Neuen Volksblatts", "Neues Volksblatt", FormGenitive, "", false}}},
		{"exact spelling", "dem STANDARD zufolge, nach Standard-Verfahren", []want{{"STANDARD", "Der Standard", 0, "", false}}},
		{"abbreviations need their dot", "Princeton, La., and La Stampa", []want{
			{"Princeton", "Princeton", 0, "", false}, {"La.", "Louisiana (abbr.)", 0, "", false}, {"La Stampa", "La Stampa", 0, "", false}}},
		{"markets and media", "Der DAX fiel, meldete die APA", []want{{"DAX", "DAX", FormAllCaps, "", false}, {"APA", "APA", 0, "", false}}},
		{"small-letter names past the prefilter", "eBay, freenet and thyssenkrupp", []want{
			{"eBay", "EBAY", 0, "", false}, {"freenet", "FNTN", 0, "", false}, {"thyssenkrupp", "TKA", 0, "", false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := g.Find(tt.text, nil)
			if len(got) != len(tt.want) {
				t.Fatalf("Find(%q) = %d matches %s, want %d", tt.text, len(got), describe(tt.text, got), len(tt.want))
			}
			for i, w := range tt.want {
				m := got[i]
				if s := tt.text[m.Start:m.End]; s != w.mention {
					t.Errorf("match %d: mention %q, want %q", i, s, w.mention)
				}
				e := m.Entries[0]
				if id := cmpID(e); id != w.entity {
					t.Errorf("match %d (%q): entity %q, want %q", i, tt.text[m.Start:m.End], id, w.entity)
				}
				if m.Form != w.form {
					t.Errorf("match %d (%q): form %v, want %v", i, tt.text[m.Start:m.End], m.Form, w.form)
				}
				if s := tt.text[m.TailStart:m.TailEnd]; s != w.tail {
					t.Errorf("match %d (%q): tail %q, want %q", i, tt.text[m.Start:m.End], s, w.tail)
				}
				if m.Ambiguous != w.amb {
					t.Errorf("match %d (%q): ambiguous %v, want %v", i, tt.text[m.Start:m.End], m.Ambiguous, w.amb)
				}
			}
		})
	}
}

func cmpID(e *Entry) string {
	if e.Ticker != "" {
		return e.Ticker
	}
	return e.Canonical
}

func describe(text string, ms []Match) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, text[m.Start:m.End]+"="+cmpID(m.Entries[0])+"/"+m.Form.String())
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func TestFormerNames(t *testing.T) {
	g := load(t)
	tests := []struct {
		text, entity string
		former       bool
	}{
		{"Allied Signal Inc said", "HON", true},
		{"Honeywell said", "HON", false},
		{"Woolworth Holdings Plc said", "KGF", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ms := g.Find(tt.text, nil)
			if len(ms) == 0 {
				t.Fatalf("Find(%q) found nothing", tt.text)
			}
			if id := cmpID(ms[0].Entries[0]); id != tt.entity || ms[0].Former != tt.former {
				t.Errorf("Find(%q) = %s former %v, want %s former %v", tt.text, id, ms[0].Former, tt.entity, tt.former)
			}
		})
	}
	// Merck & Co. (MSD) is a company of its own, not a listing of Merck
	// KGaA.
	ms := g.Find("MSD und Merck KGaA", nil)
	if len(ms) != 2 || ms[0].Entries[0].Country != "US" || ms[1].Entries[0].Country != "DE" {
		t.Errorf("Merck: got %s, want the US and the German company", describe("MSD und Merck KGaA", ms))
	}
}

func TestNameEnd(t *testing.T) {
	g := load(t)
	text := "Siemens AG's Umsatz"
	ms := g.Find(text, nil)
	if len(ms) != 1 || text[ms[0].Start:ms[0].NameEnd] != "Siemens" {
		t.Fatalf("Find(%q) = %s, want Siemens with name end after Siemens", text, describe(text, ms))
	}
}

func TestKinds(t *testing.T) {
	g := load(t)
	for _, tc := range []struct {
		text string
		kind Kind
	}{
		{"Handelsblatt", KindMedia}, {"Bundeskartellamt", KindPublic}, {"Wall Street", KindMarket},
		{"Siemens", KindCompany}, {"AWS", KindSegment}, {"Instagram", KindBrand}, {"Wien", KindPlace},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := g.Find(tc.text, nil)
			if len(ms) != 1 || !hasKind(ms[0].Entries, tc.kind) {
				t.Fatalf("Find(%q) = %s, want a %v", tc.text, describe(tc.text, ms), tc.kind)
			}
		})
	}
}

func hasKind(es []*Entry, k Kind) bool {
	for _, e := range es {
		if e.Kind == k {
			return true
		}
	}
	return false
}

func TestByTicker(t *testing.T) {
	g := load(t)
	for _, tc := range []struct{ ticker, canonical string }{
		{"AMZN", "Amazon.com, Inc."}, {"brk-b", "Berkshire Hathaway Inc."}, {"BRK.B", "Berkshire Hathaway Inc."},
		{"NOK", "Nokia Oyj"}, {"VOW3", "Volkswagen AG"}, {"VOW", "Volkswagen AG"}, {"7203", "Toyota Motor Corporation"},
	} {
		t.Run(tc.ticker, func(t *testing.T) {
			e := g.ByTicker(tc.ticker)
			if e == nil || e.Canonical != tc.canonical {
				t.Fatalf("ByTicker(%q) = %+v, want %q", tc.ticker, e, tc.canonical)
			}
		})
	}
	if e := g.ByTicker("NO-SUCH-TICKER"); e != nil {
		t.Errorf("ByTicker(unknown) = %+v, want nil", e)
	}
}

func TestEntriesWellFormed(t *testing.T) {
	g := load(t)
	if n := len(g.Entries()); n < 8000 {
		t.Fatalf("%d entries, want at least 8000", n)
	}
	for _, e := range g.Entries() {
		if e.Canonical == "" {
			t.Errorf("entry without canonical name: %+v", e)
		}
		if (e.Kind == KindSegment || e.Kind == KindBrand) && e.Parent == "" {
			t.Errorf("%s %q has no parent", e.Kind, e.Canonical)
		}
		if e.Ticker != "" && strings.ToUpper(e.Ticker) != e.Ticker {
			t.Errorf("%q: ticker %q is not upper case", e.Canonical, e.Ticker)
		}
	}
}

// sampleText reads news text from the shared data folder beside the module
// root, or skips.
func sampleText(tb testing.TB) string {
	tb.Helper()
	var b strings.Builder
	for _, f := range []string{"de-news/10kgnad_test.jsonl", "reuters21578/train.jsonl"} {
		raw, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "..", "shared", "data", f))
		if err != nil {
			tb.Skipf("shared data not available: %v", err)
		}
		b.Write(raw[:min(len(raw), 4<<20)])
	}
	return b.String()
}

func TestFindInvariantsOnNews(t *testing.T) {
	g := load(t)
	text := sampleText(t)
	checkInvariants(t, text, g.Find(text, nil))
}

func checkInvariants(t *testing.T, text string, ms []Match) {
	t.Helper()
	prev := 0
	for _, m := range ms {
		if m.Start < prev || m.Start >= m.End || m.End > len(text) || m.NameEnd < m.Start || m.NameEnd > m.End {
			t.Fatalf("bad span %+v (previous end %d, text length %d)", m, prev, len(text))
		}
		for _, off := range []int{m.Start, m.End, m.NameEnd, m.TailStart, m.TailEnd} {
			if off < 0 || off > len(text) || splitsRune(text, off) {
				t.Fatalf("offset %d of %+v is not on a rune boundary", off, m)
			}
		}
		if len(m.Entries) == 0 {
			t.Fatalf("match %q without entries", text[m.Start:m.End])
		}
		prev = m.End
	}
}

// splitsRune reports whether off falls inside a valid multi-byte rune.
func splitsRune(text string, off int) bool {
	for j := off - 1; j >= 0 && j >= off-3; j-- {
		if utf8.RuneStart(text[j]) {
			_, size := utf8.DecodeRuneInString(text[j:])
			return j+size > off
		}
	}
	return false
}

func FuzzFind(f *testing.F) {
	g := load(f)
	for _, s := range []string{"Amazon-Aktie", "Siemens AG's", "<F>", "(NYSE: F)", "Über Zürich", "AT & T", "Nokia's", "Amazon.com, Inc.", "\xff\xfeDeutsche Bank", "Henkel AG & Co. KGaA"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariants(t, text, g.Find(text, nil))
	})
}

func BenchmarkFind(b *testing.B) {
	g := load(b)
	text := sampleText(b)
	dst := make([]Match, 0, 1<<16)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		dst = g.Find(text, dst[:0])
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
