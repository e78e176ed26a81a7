package nlp

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tickerwire/tickerwire/pkg/events"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func newExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func readDoc(t testing.TB, path string) Document {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var d Document
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return d
}

// TestGolden runs Extract on the fixture articles in testdata and compares
// the records with the golden files; -update rewrites them.
func TestGolden(t *testing.T) {
	x := newExtractor(t)
	inputs, err := filepath.Glob("testdata/*.input.json")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".input.json")
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", " ")
			if err := enc.Encode(x.Extract(readDoc(t, in))); err != nil {
				t.Fatal(err)
			}
			got := buf.Bytes()
			golden := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the golden file; got:\n%s", name, got)
			}
		})
	}
}

// TestSeed checks the case every version must get right: a German article
// on Amazon's results and AI investment becomes an earnings event and a
// capex alert for AMZN, with AWS's figures as a segment's.
func TestSeed(t *testing.T) {
	x := newExtractor(t)
	r := x.Extract(readDoc(t, "testdata/seed-amazon-de.input.json"))
	find := func(typ events.EntityType, text string) *events.Entity {
		for i := range r.Entities {
			if r.Entities[i].Type == typ && r.Entities[i].Text == text {
				return &r.Entities[i]
			}
		}
		t.Errorf("no %s %q in %+v", typ, text, r.Entities)
		return &events.Entity{}
	}
	if e := find(events.EntityOrg, "Amazon"); e.Ticker != "AMZN" {
		t.Errorf("Amazon ticker %q, want AMZN", e.Ticker)
	}
	find(events.EntityOrg, "AWS")
	for _, p := range []struct {
		name string
		role events.Role
	}{{"Brian Olsavsky", events.RoleCFO}, {"Andy Jassy", events.RoleCEO}} {
		if e := find(events.EntityPerson, p.name); e.Role != p.role || e.Org != "AMZN" {
			t.Errorf("%s: role %s org %s, want %s AMZN", p.name, e.Role, e.Org, p.role)
		}
	}
	tests := []struct {
		text    string
		metric  events.Metric
		segment string
	}{
		{"30,5 Milliarden Dollar", events.MetricCapex, ""},
		{"sieben Prozent", events.MetricSharePrice, ""},
		{"zehn Prozent", events.MetricRevenue, ""},
		{"148,8 Milliarden Dollar", events.MetricRevenue, ""},
		{"14,7 Milliarden Dollar", events.MetricOperatingIncome, ""},
		{"19 Prozent", events.MetricRevenue, "AWS"},
		{"26,3 Milliarden Dollar", events.MetricRevenue, "AWS"},
		{"etwa 26 Milliarden Dollar", events.MetricRevenue, "AWS"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			i := slices.IndexFunc(r.Figures, func(f Figure) bool { return f.Text == tt.text })
			if i < 0 {
				t.Fatalf("no figure %q in %+v", tt.text, r.Figures)
			}
			f := r.Figures[i]
			if f.Subject != "AMZN" || f.Segment != tt.segment {
				t.Errorf("subject %q segment %q, want AMZN %q", f.Subject, f.Segment, tt.segment)
			}
			if f.Metric != tt.metric {
				t.Errorf("metric %s, want %s", f.Metric, tt.metric)
			}
		})
	}
	want := []events.Tag{events.TagEarnings, events.TagCapex, events.TagStockMove}
	if !slices.Equal(r.Tags, want) {
		t.Errorf("tags %v, want %v", r.Tags, want)
	}
}

func TestLanguage(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name string
		doc  Document
		want string
	}{
		{"declared", Document{Lang: "de-AT", Text: "The company said profit rose."}, LangGerman},
		{"detected german", Document{Text: "Der Konzern hat im ersten Quartal mehr verdient als erwartet."}, LangGerman},
		{"detected english", Document{Text: "The company said its quarterly profit rose on higher sales."}, LangEnglish},
		{"other declared", Document{Lang: "fr", Text: "Le groupe a annoncé une hausse."}, LangOther},
		{"other detected", Document{Text: "La empresa anunció que sus ventas crecieron en el primer trimestre."}, LangOther},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := x.Extract(tt.doc).Lang; got != tt.want {
				t.Errorf("Lang = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestOtherPassesThrough: a text in another language gets no entities,
// figures or tags, but empty lists (the format has no nulls).
func TestOtherPassesThrough(t *testing.T) {
	x := newExtractor(t)
	r := x.Extract(readDoc(t, "testdata/other-fr.input.json"))
	if r.Lang != LangOther || len(r.Entities)+len(r.Figures)+len(r.Tags) != 0 || r.Entities == nil || r.Figures == nil || r.Tags == nil {
		t.Errorf("got %+v", r)
	}
}

func TestBody(t *testing.T) {
	if got := (Document{Title: "T", Text: "x"}).Body(); got != "T\n\nx" {
		t.Errorf("Body = %q", got)
	}
	if got := (Document{Text: "x"}).Body(); got != "x" {
		t.Errorf("Body = %q", got)
	}
}
