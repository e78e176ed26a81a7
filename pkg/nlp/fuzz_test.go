package nlp

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks Extract on any input: it does not panic, figure
// offsets point at the figure's text in the body, and every entity's text
// occurs in the body.
func FuzzExtract(f *testing.F) {
	inputs, _ := filepath.Glob("testdata/*.input.json")
	for _, in := range inputs {
		d := readDoc(f, in)
		f.Add(d.Title, d.Text, d.Lang)
	}
	f.Add("", "Wien – Die Amazon-Aktie (AMZN) fiel um 7 %. <F> Ford Motor Co said.", "")
	f.Add("X", "\xff\xfe Shr 1.16 dlrs vs 1.15 dlrs\nNet 32.4 mln vs", "en")
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, title, text, lang string) {
		doc := Document{Title: title, Text: text, Lang: lang}
		body := doc.Body()
		r := x.Extract(doc)
		for _, fg := range r.Figures {
			if fg.Start < 0 || fg.End > len(body) || fg.Start > fg.End {
				t.Fatalf("figure %q offsets %d:%d outside body of %d bytes", fg.Text, fg.Start, fg.End, len(body))
			}
			if body[fg.Start:fg.End] != fg.Text {
				t.Fatalf("figure text %q, body has %q", fg.Text, body[fg.Start:fg.End])
			}
		}
		for _, e := range r.Entities {
			if e.Text == "" || !strings.Contains(body, e.Text) {
				t.Fatalf("entity %q not in body", e.Text)
			}
			if utf8.ValidString(body) && !utf8.ValidString(e.Text) {
				t.Fatalf("entity %q splits a character", e.Text)
			}
		}
		if r.Entities == nil || r.Figures == nil || r.Tags == nil {
			t.Fatalf("nil list in %+v", r)
		}
	})
}
