package figures

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestScratchReuse runs texts of every size through one Scratch, in an
// order where each leaves buffers behind for the next, and checks that
// the figures are those of a fresh extraction.
func TestScratchReuse(t *testing.T) {
	texts := []struct{ name, text, lang string }{
		{"short de", "Der Umsatz stieg im zweiten Quartal um 10 Prozent auf 4,2 Milliarden Euro.", "de"},
		{"no figures", "Der Vorstand tagte am Montag in Wien.", "de"},
		{"empty", "", "en"},
		{"short en", "Net profit fell 3.5 pct to 120 mln dlrs in the first quarter, the company said.", "en"},
	}
	for _, f := range []struct{ file, lang string }{
		{"de-quartal.txt", "de"},
		{"en-wire.txt", "en"},
		{"en-finance.txt", "en"},
	} {
		b, err := os.ReadFile(filepath.Join("testdata", f.file))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, struct{ name, text, lang string }{f.file, string(b), f.lang})
	}
	// Long texts first and last, short ones between them.
	order := []int{4, 0, 5, 1, 2, 6, 3, 0, 4}
	var s Scratch
	for _, i := range order {
		c := texts[i]
		t.Run(c.name, func(t *testing.T) {
			got := s.Extract(c.text, c.lang)
			want := Extract(c.text, c.lang)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("reused scratch gives\n%+v\nfresh extraction gives\n%+v", got, want)
			}
		})
	}
}
