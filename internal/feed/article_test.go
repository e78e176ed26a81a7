package feed

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"

	"github.com/tickerwire/tickerwire/pkg/events"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenArticle is what the golden files hold for each item: the encoded
// article with a zero FetchedAt, and whether the worker would fetch the
// page.
type goldenArticle struct {
	// Article is the value ingest would write to news.raw.
	Article json.RawMessage `json:"article"`
	Teaser  bool            `json:"teaser"`
}

func TestArticleGolden(t *testing.T) {
	sources := map[string]Source{
		"rss2.xml":      {Name: "beispiel-finanzen", URL: "https://finanzen.example.com/rss.xml"},
		"atom.xml":      {Name: "example-markets", URL: "https://markets.example.org/atom.xml"},
		"jsonfeed.json": {Name: "example-wire", URL: "https://wire.example.net/feed.json"},
	}
	for file, src := range sources {
		t.Run(file, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("testdata", "golden", file))
			if err != nil {
				t.Fatal(err)
			}
			f, err := Parse(body, "")
			if err != nil {
				t.Fatal(err)
			}
			got := []goldenArticle{}
			for _, it := range f.Items {
				a, teaser, err := Article(src, f, it, time.Now())
				if errors.Is(err, ErrNoContent) {
					continue
				}
				if err != nil {
					t.Fatal(err)
				}
				a.FetchedAt = time.Time{}
				msg, err := events.Encode(a)
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, goldenArticle{Article: msg.Value, Teaser: teaser})
			}
			out, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, '\n')
			golden := filepath.Join("testdata", "golden", strings.TrimSuffix(file, filepath.Ext(file))+".golden.json")
			if *update {
				if err := os.WriteFile(golden, out, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(out, want) {
				t.Fatalf("articles differ from %s (run go test -update and review the diff):\n%s", golden, out)
			}
		})
	}
}

func TestArticleNoContent(t *testing.T) {
	f := &gofeed.Feed{FeedType: "rss"}
	_, _, err := Article(Source{Name: "s", URL: "https://s.example/rss"}, f, &gofeed.Item{Description: " <p> </p> ", Link: "https://s.example/a"}, time.Now())
	if !errors.Is(err, ErrNoContent) {
		t.Fatalf("Article error = %v, want ErrNoContent", err)
	}
}

func TestArticleIDs(t *testing.T) {
	src := Source{Name: "s", URL: "https://s.example/rss"}
	f := &gofeed.Feed{FeedType: "rss", Link: "https://s.example/"}
	id := func(it *gofeed.Item) string {
		a, _, err := Article(src, f, it, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		return a.ID
	}
	byLink := id(&gofeed.Item{Title: "A", Link: "https://s.example/a?utm_source=x"})
	if byLink != id(&gofeed.Item{Title: "A (updated)", Link: "https://S.example/a", GUID: "other"}) {
		t.Error("the same link under another title and GUID gave another id")
	}
	if byLink != id(&gofeed.Item{Title: "A", Link: "/a"}) {
		t.Error("a relative link resolved against the site gave another id")
	}
	if byLink != id(&gofeed.Item{Title: "A", GUID: "https://s.example/a"}) {
		t.Error("a permalink GUID gave another id than the link")
	}
	byGUID := id(&gofeed.Item{Title: "B", GUID: "b-1"})
	if byGUID != id(&gofeed.Item{Title: "B changed", GUID: "b-1"}) {
		t.Error("an item without link changed id with its title")
	}
	c1 := id(&gofeed.Item{Title: "C", Description: "one"})
	c2 := id(&gofeed.Item{Title: "C", Description: "two"})
	if c1 == c2 || c1 != id(&gofeed.Item{Title: "C", Description: "one"}) {
		t.Error("items without link and GUID do not get stable, distinct ids")
	}
}

func TestIsTeaser(t *testing.T) {
	long := strings.Repeat("Der Umsatz stieg deutlich. ", 30)
	tests := []struct {
		name       string
		text       string
		hasContent bool
		want       bool
	}{
		{"short description", "Nordwerk steigert den Umsatz.", false, true},
		{"empty", "", false, true},
		{"long description", long, false, false},
		{"short full content", "Kurz und vollständig.", true, false},
		{"ellipsis", long + "Mehr dazu …", true, true},
		{"three dots", long + "and more...", true, true},
		{"bracketed ellipsis", long + " […]", true, true},
		{"bracketed dots", long + " [...]", true, true},
		{"read more", long + " Read more »", true, true},
		{"weiterlesen", long + "\nWeiterlesen", false, true},
		{"continue reading", long + " Continue reading →", true, true},
		{"ends with a sentence", long + " Das Ende.", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsTeaser(tt.text, tt.hasContent); got != tt.want {
				t.Fatalf("IsTeaser(%.40q, %v) = %v, want %v", tt.text, tt.hasContent, got, tt.want)
			}
		})
	}
}

func TestLanguage(t *testing.T) {
	tests := map[string]string{"de-DE": "de", "en_US": "en", "EN": "en", "": "", "deutsch": "", "x": "", "zh-cn": "zh"}
	for in, want := range tests {
		t.Run(in, func(t *testing.T) {
			if got := language(&gofeed.Feed{Language: in}, &gofeed.Item{}); got != want {
				t.Fatalf("language(%q) = %q, want %q", in, got, want)
			}
		})
	}
}

var hexID = regexp.MustCompile(`^[0-9a-f]{32}$`)

// FuzzArticle feeds arbitrary documents through Parse and Article and
// checks the invariants of every article: a well-formed id, clean
// one-line UTF-8 title, valid UTF-8 text, an http(s) URL or none, and an
// encodable record.
func FuzzArticle(f *testing.F) {
	for _, file := range []string{"golden/rss2.xml", "golden/atom.xml", "golden/jsonfeed.json", "latin1.xml", "latin1-undeclared.xml"} {
		b, err := os.ReadFile(filepath.Join("testdata", file))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`<rss><channel><item><title>&lt;b&gt;x</title><link>javascript:alert(1)</link><guid>/rel</guid></item></channel></rss>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"id":"1","content_text":"a\n\nb"}]}`))
	src := Source{Name: "fuzz", URL: "https://fuzz.example/feed"}
	now := time.Date(2024, 8, 2, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, body []byte) {
		feed, err := Parse(body, "")
		if err != nil {
			if !errors.Is(err, ErrNotFeed) && !errors.Is(err, ErrMalformed) {
				t.Fatalf("Parse error %v is neither ErrNotFeed nor ErrMalformed", err)
			}
			return
		}
		for _, it := range feed.Items {
			a, _, err := Article(src, feed, it, now)
			if errors.Is(err, ErrNoContent) {
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			if !hexID.MatchString(a.ID) {
				t.Fatalf("id %q", a.ID)
			}
			if !utf8.ValidString(a.Title) || strings.Contains(a.Title, "\n") || !utf8.ValidString(a.Text) {
				t.Fatalf("title %q / text %q", a.Title, a.Text)
			}
			if a.Title == "" && a.Text == "" {
				t.Fatal("article without title and text")
			}
			if a.URL != "" {
				if _, err := events.CanonicalURL(a.URL); err != nil {
					t.Fatalf("url %q: %v", a.URL, err)
				}
			}
			if _, err := events.Encode(a); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// BenchmarkParseAndMap measures Parse plus Article per item on the RSS
// fixture and, when ../shared is present, on two large real feeds.
func BenchmarkParseAndMap(b *testing.B) {
	shared := filepath.Join(moduleRoot(b), "..", "shared", "data", "feeds")
	docs := []struct{ name, path string }{
		{"fixture", filepath.Join("testdata", "golden", "rss2.xml")},
		{"guardian", filepath.Join(shared, "rss-parser__guardian.rss")},
		{"golem-latin1", filepath.Join(shared, "v2__encoding_ISO-8859-1.xml")},
	}
	for _, d := range docs {
		b.Run(d.name, func(b *testing.B) {
			body, err := os.ReadFile(d.path)
			if err != nil {
				b.Skip(err)
			}
			src := Source{Name: "bench", URL: "https://bench.example/feed"}
			now := time.Now()
			items := 0
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				f, err := Parse(body, "")
				if err != nil {
					b.Fatal(err)
				}
				for _, it := range f.Items {
					if _, _, err := Article(src, f, it, now); err == nil {
						items++
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(items), "ns/item")
		})
	}
}
