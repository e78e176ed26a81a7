package feed

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestHTMLText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "  Umsatz   steigt  ", "Umsatz steigt"},
		{"plain paragraphs", "Erster Absatz.\n\n  Zweiter   Absatz.\n", "Erster Absatz.\nZweiter Absatz."},
		{"entities", "AT&amp;T &ndash; 5&nbsp;% &#8364; &euro;", "AT&T – 5 % € €"},
		{"inline tags", "Die <b>Nordwerk</b> <i>AG</i>steigt", "Die Nordwerk AGsteigt"},
		{"paragraphs", "<p>Eins.</p><p>Zwei.</p>", "Eins.\nZwei."},
		{"br", "Zeile 1<br>Zeile 2<br/>", "Zeile 1\nZeile 2"},
		{"list", "<ul><li>a</li><li>b</li></ul>", "a\nb"},
		{"script and style", "<style>p{}</style>Text<script>alert(1)</script> bleibt", "Text bleibt"},
		{"comment", "a<!-- hidden -->b", "ab"},
		{"less-than in text", "revenue <10% of 2023 & more", "revenue <10% of 2023 & more"},
		{"unclosed", "<p>offen <b>fett", "offen fett"},
		{"only markup", "<p> </p><br>", ""},
		{"image", `<img src="x.png" alt="logo">Text`, "Text"},
		{"nested blocks", "<div><div>a</div>b<div>c</div></div>", "a\nb\nc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HTMLText(tt.in); got != tt.want {
				t.Fatalf("HTMLText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestMainText(t *testing.T) {
	tests := []struct {
		page        string
		contentType string
	}{
		{page: "article", contentType: "text/html; charset=utf-8"},
		{page: "latin1-divs", contentType: "text/html"},
		{page: "latin1-divs", contentType: ""},
	}
	for _, tt := range tests {
		t.Run(tt.page+"/"+tt.contentType, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("testdata", "pages", tt.page+".html"))
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join("testdata", "pages", tt.page+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			got, err := MainText(body, tt.contentType)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Fatalf("MainText =\n%s\n\nwant\n%s", got, want)
			}
		})
	}
}

func TestMainTextErrors(t *testing.T) {
	tests := []struct {
		name, body, contentType string
		want                    error
	}{
		{"pdf", "%PDF-1.4", "application/pdf", ErrNotHTML},
		{"json", `{"a":1}`, "application/json", ErrNotHTML},
		{"sniffed binary", "\x00\x01\x02", "", ErrNotHTML},
		{"no paragraphs", "<html><body><nav><p>Menü</p></nav><div>Nur ein Div</div></body></html>", "text/html", ErrNoText},
		{"empty", "", "text/html", ErrNoText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := MainText([]byte(tt.body), tt.contentType)
			if !errors.Is(err, tt.want) {
				t.Fatalf("MainText = %q, %v; want %v", got, err, tt.want)
			}
		})
	}
}

// TestMainTextPrefersDenseBlock checks that a small <article> (a teaser
// card) does not win over the block that holds the story.
func TestMainTextPrefersDenseBlock(t *testing.T) {
	page := `<html><body>
<div class="cards"><article><p>Andere Meldung.</p></article></div>
<div class="story"><p>Erster langer Absatz der eigentlichen Meldung über den Quartalsbericht.</p><p>Zweiter Absatz mit Zahlen.</p></div>
</body></html>`
	got, err := MainText([]byte(page), "text/html")
	if err != nil {
		t.Fatal(err)
	}
	want := "Erster langer Absatz der eigentlichen Meldung über den Quartalsbericht.\nZweiter Absatz mit Zahlen."
	if got != want {
		t.Fatalf("MainText = %q, want %q", got, want)
	}
}

// FuzzMainText checks that the extractor never panics and returns valid
// UTF-8 without blank lines or untrimmed ones.
func FuzzMainText(f *testing.F) {
	for _, page := range []string{"article.html", "latin1-divs.html"} {
		b, err := os.ReadFile(filepath.Join("testdata", "pages", page))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("<article><p>a<p>b</article><p>c"))
	f.Add([]byte("<table><tr><td><p>x</td></tr></table><svg><p>y</p></svg>"))
	f.Fuzz(func(t *testing.T, body []byte) {
		text, err := MainText(body, "text/html")
		if err != nil {
			if !errors.Is(err, ErrNoText) {
				t.Fatalf("MainText error %v", err)
			}
			return
		}
		if text == "" || !utf8.ValidString(text) {
			t.Fatalf("MainText = %q", text)
		}
		for l := range strings.Lines(text) {
			l = strings.TrimSuffix(l, "\n")
			if l == "" || strings.TrimSpace(l) != l {
				t.Fatalf("line %q in %q", l, text)
			}
		}
	})
}

// BenchmarkMainText measures extraction from the article fixture and from
// a synthetic 1 MB page (throughput in MB/s).
func BenchmarkMainText(b *testing.B) {
	small, err := os.ReadFile(filepath.Join("testdata", "pages", "article.html"))
	if err != nil {
		b.Fatal(err)
	}
	var large strings.Builder
	large.WriteString("<html><body><nav><ul><li><a href=/>Start</a></li></ul></nav><article>")
	for i := 0; large.Len() < 1<<20; i++ {
		large.WriteString("<h2>Abschnitt</h2><p>Der Umsatz stieg im Quartal um 12&nbsp;Prozent auf 4,2 Milliarden Euro, das operative Ergebnis auf 610 Millionen Euro.</p>")
		large.WriteString(`<div class="share"><a href="#">Teilen</a></div><p>Analysten hatten mit <b>weniger</b> gerechnet; die Aktie stieg.</p>`)
	}
	large.WriteString("</article><footer><p>Impressum</p></footer></body></html>")
	for _, d := range []struct {
		name string
		body []byte
	}{{"article", small}, {"1MB", []byte(large.String())}} {
		b.Run(d.name, func(b *testing.B) {
			b.SetBytes(int64(len(d.body)))
			for b.Loop() {
				if _, err := MainText(d.body, "text/html; charset=utf-8"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestMainTextPrefersArticleToMain checks that the story's <article> wins
// over the <main> around it, which also holds other stories' teasers.
func TestMainTextPrefersArticleToMain(t *testing.T) {
	page := `<html><body><main>
<article><h1>Titel</h1><p>Der erste Absatz der Meldung über das Quartal.</p><p>Der zweite Absatz.</p></article>
<section class="more"><h2>Mehr zum Thema</h2><p>Eine andere Meldung, kurz angerissen.</p></section>
</main></body></html>`
	got, err := MainText([]byte(page), "text/html")
	if err != nil {
		t.Fatal(err)
	}
	want := "Titel\nDer erste Absatz der Meldung über das Quartal.\nDer zweite Absatz."
	if got != want {
		t.Fatalf("MainText = %q, want %q", got, want)
	}
}
