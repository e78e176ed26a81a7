package feed

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestParseCharsets(t *testing.T) {
	tests := []struct {
		name        string
		file        string
		body        string
		contentType string
		title       string
	}{
		{name: "ISO-8859-1 declared", file: "latin1.xml", title: "Müller & Söhne übertrifft Erwartungen"},
		{name: "ISO-8859-1 undeclared", file: "latin1-undeclared.xml", title: "Müller & Söhne übertrifft Erwartungen"},
		{name: "ISO-8859-1 from Content-Type", file: "latin1-undeclared.xml", contentType: "text/xml; charset=ISO-8859-1", title: "Müller & Söhne übertrifft Erwartungen"},
		{
			name:  "UTF-8 despite a latin-1 declaration",
			body:  `<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><item><title>Größer</title></item></channel></rss>`,
			title: "Größer",
		},
		{
			name:  "unknown encoding label",
			body:  `<?xml version="1.0" encoding="bogus"?><rss version="2.0"><channel><item><title>Café</title></item></channel></rss>`,
			title: "Café",
		},
		{
			name:  "byte order mark",
			body:  "\xef\xbb\xbf<?xml version='1.0' encoding='utf-8'?><rss version=\"2.0\"><channel><item><title>Zürich</title></item></channel></rss>",
			title: "Zürich",
		},
		{
			name:  "windows-1252 declared",
			body:  "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss version=\"2.0\"><channel><item><title>5 \x80 \x96 mehr</title></item></channel></rss>",
			title: "5 € – mehr",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := []byte(tt.body)
			if tt.file != "" {
				var err error
				if body, err = os.ReadFile(filepath.Join("testdata", tt.file)); err != nil {
					t.Fatal(err)
				}
			}
			f, err := Parse(body, tt.contentType)
			if err != nil {
				t.Fatal(err)
			}
			if len(f.Items) == 0 {
				t.Fatal("no items")
			}
			if got := HTMLText(f.Items[0].Title); got != tt.title {
				t.Fatalf("title = %q, want %q", got, tt.title)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, body, contentType string
		want                    error
		msg                     string
	}{
		{name: "html page", body: "<html><head><title>Document Moved</title></head><body>moved</body></html>", contentType: "text/html; charset=utf-8", want: ErrNotFeed, msg: "text/html"},
		{name: "empty", body: "", want: ErrNotFeed},
		{name: "truncated rss", body: `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>a`, want: ErrMalformed, msg: "EOF"},
		{name: "broken json", body: `{"version": "https://jsonfeed.org/version/1.1", "items": [`, want: ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.body), tt.contentType)
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("Parse error = %v, want %v containing %q", err, tt.want, tt.msg)
			}
		})
	}
}

// mojibake matches UTF-8 text decoded as latin-1 a second time: "Ã¼" for
// "ü".
var mojibake = regexp.MustCompile(`Ã[\x{80}-\x{BF}\x{152}\x{153}\x{160}\x{161}\x{178}\x{17D}\x{17E}\x{2C6}\x{2DC}\x{2013}-\x{2022}\x{2026}\x{2030}\x{2039}\x{203A}\x{20AC}\x{2122}]`)

// TestParseSharedFeeds parses the real-world feed documents under
// ../shared/data/feeds (see SOURCE.md there): every one must parse or fail
// with a named error, never panic; the ones known to be broken must fail,
// all others must parse and map to articles whose text is valid UTF-8
// without mojibake.
func TestParseSharedFeeds(t *testing.T) {
	dir := filepath.Join(moduleRoot(t), "..", "shared", "data", "feeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(files) == 0 {
		t.Skipf("no feed documents in %s", dir)
	}
	// Documents no parser can read: an HTML page and a feed truncated
	// after its channel header.
	broken := map[string]error{
		"rss-parser__unrecognized.rss":   ErrNotFeed,
		"feed-rs__rss_2.0_invalid_1.xml": ErrMalformed,
	}
	// Feeds whose declared encoding lies or is unknown, with the title
	// they really have.
	titles := map[string]string{
		"v2__windows-1252.xml":                  "Euro €",
		"v2__windows-1252-incorrect-prolog.xml": "Euro €",
		"v2__invalid-prolog.xml":                "테스트 피드",
	}
	now := time.Date(2024, 8, 2, 0, 0, 0, 0, time.UTC)
	for _, path := range files {
		name := filepath.Base(path)
		if strings.HasSuffix(name, ".md") {
			continue
		}
		t.Run(name, func(t *testing.T) {
			body, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f, err := Parse(body, "")
			if want, ok := broken[name]; ok {
				if !errors.Is(err, want) {
					t.Fatalf("Parse error = %v, want %v", err, want)
				}
				t.Logf("malformed, as expected: %v", err)
				return
			}
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if want, ok := titles[name]; ok && f.Title != want {
				t.Errorf("feed title = %q, want %q", f.Title, want)
			}
			src := Source{Name: "shared", URL: "https://feeds.example/" + name}
			for _, it := range f.Items {
				a, _, err := Article(src, f, it, now)
				if errors.Is(err, ErrNoContent) {
					continue
				}
				if err != nil {
					t.Fatal(err)
				}
				for field, s := range map[string]string{"title": a.Title, "text": a.Text} {
					if !utf8.ValidString(s) || mojibake.MatchString(s) {
						t.Errorf("item %s: %s is not clean UTF-8: %.80q", a.ID, field, mojibake.FindString(s))
					}
				}
			}
		})
	}
}

// moduleRoot returns the directory of go.mod above the test's directory.
func moduleRoot(t testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found")
		}
		dir = parent
	}
}
