package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestCommittedOutputIsCurrent checks that gazetteer.tsv is what the
// generator makes from the company lists and the curated files.
func TestCommittedOutputIsCurrent(t *testing.T) {
	src := filepath.Join("..", "..", "..", "..", "..", "..", "shared", "data", "companies")
	if _, err := os.Stat(src); err != nil {
		t.Skipf("company lists not available: %v", err)
	}
	got, err := generate(os.DirFS(src), os.DirFS(".."))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", outputFile))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("gazetteer.tsv is out of date: run go generate ./pkg/nlp/internal/gazetteer")
	}
}

func TestFixCase(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"MICROSOFT CORP", "Microsoft Corp."},
		{"JPMORGAN CHASE & CO", "Jpmorgan Chase & Co."},
		{"AT&T INC", "AT&T Inc."},
		{"BANK OF AMERICA CORP", "Bank of America Corp."},
		{"KNORR-BREMSE AG", "Knorr-Bremse AG"},
		{"Apple Inc.", "Apple Inc."},
	} {
		if got := fixCase(tc.in); got != tc.want {
			t.Errorf("fixCase(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCleanName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"TOYOTA MOTOR CORP/", "TOYOTA MOTOR CORP"},
		{"COMERICA INC /NEW/", "COMERICA INC"},
		{"Alphabet Inc. (Class A)", "Alphabet Inc."},
		{"LUFTHANSA AG VNA O.N.", "LUFTHANSA AG"},
		{"Sage Group PLC/The", "The Sage Group PLC"},
	} {
		if got := cleanName(tc.in); got != tc.want {
			t.Errorf("cleanName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestInflected(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Deutsche Bank", []string{"Deutschen Bank"}},
		{"Neues Volksblatt", []string{"Neuen Volksblatt", "Neue Volksblatt"}},
		{"Oberster Gerichtshof", []string{"Obersten Gerichtshof", "Oberste Gerichtshof"}},
		{"Frankfurter Allgemeine Zeitung", []string{"Frankfurter Allgemeinen Zeitung"}},
		{"Europäische Zentralbank", []string{"Europäischen Zentralbank"}},
		{"Verband der Automobilindustrie", []string{"Verbands der Automobilindustrie", "Verbandes der Automobilindustrie"}},
		{"Verein für Konsumenteninformation", []string{"Vereins für Konsumenteninformation"}},
		{"Gewerkschaft der Privatangestellten", nil},
		{"Wiener Städtische", nil},
		{"DEUTSCHE BANK", nil},
		{"Siemens", nil},
	} {
		if got := inflected(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("inflected(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
