package feed

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"regexp"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html/charset"
)

// Parse errors; see Kind.
var (
	// ErrNotFeed means the document is neither RSS, Atom nor JSON Feed
	// (an HTML error page, say).
	ErrNotFeed = errors.New("not an RSS, Atom or JSON feed")
	// ErrMalformed means the document looks like a feed but does not
	// parse.
	ErrMalformed = errors.New("malformed feed")
)

// fallbackCharset decodes documents that are not UTF-8 and name no usable
// charset. windows-1252 is a superset of the printable ISO-8859-1, the
// usual undeclared encoding of older European feeds.
const fallbackCharset = "windows-1252"

var (
	utf8BOM = []byte("\xef\xbb\xbf")
	// xmlDecl matches an XML declaration at the start of a document.
	xmlDecl = regexp.MustCompile(`^\s*<\?xml[^>]*\?>`)
	// declEncoding matches the encoding pseudo-attribute of a declaration.
	declEncoding = regexp.MustCompile(`\s+encoding\s*=\s*["']([^"']*)["']`)
)

// Parse parses an RSS, Atom or JSON feed. contentType is the response's
// Content-Type header, used for its charset when the document is not UTF-8
// and declares no encoding the decoder knows.
//
// Encodings are resolved before gofeed sees the document: a body that is
// valid UTF-8 is read as UTF-8 whatever its XML declaration claims
// (declarations that lie are common); any other body is decoded from its
// declared encoding, else the Content-Type charset, else windows-1252.
func Parse(body []byte, contentType string) (*gofeed.Feed, error) {
	doc := toUTF8(body, contentType)
	f, err := gofeed.NewParser().Parse(bytes.NewReader(doc))
	switch {
	case errors.Is(err, gofeed.ErrFeedTypeNotDetected):
		mt, _, _ := mime.ParseMediaType(contentType)
		if mt == "" {
			mt = "no content type"
		}
		return nil, fmt.Errorf("parse feed (%s): %w", mt, ErrNotFeed)
	case err != nil:
		return nil, fmt.Errorf("parse feed: %w: %w", ErrMalformed, err)
	}
	return f, nil
}

// toUTF8 returns the document as UTF-8 with the encoding removed from its
// XML declaration, so that the XML decoder does not convert it again.
func toUTF8(body []byte, contentType string) []byte {
	body = bytes.TrimPrefix(body, utf8BOM)
	decl := xmlDecl.Find(body)
	if !utf8.Valid(body) {
		label := ""
		if m := declEncoding.FindSubmatch(decl); m != nil {
			label = string(m[1])
		}
		enc, _ := charset.Lookup(label)
		if enc == nil {
			if _, params, err := mime.ParseMediaType(contentType); err == nil {
				enc, _ = charset.Lookup(params["charset"])
			}
		}
		if enc == nil {
			enc, _ = charset.Lookup(fallbackCharset)
		}
		// Decoders of the WHATWG encodings replace invalid sequences
		// instead of failing, so the error is always nil here.
		if out, err := enc.NewDecoder().Bytes(body); err == nil {
			body = out
		}
		decl = xmlDecl.Find(body)
	}
	if decl == nil || !declEncoding.Match(decl) {
		return body
	}
	fixed := declEncoding.ReplaceAll(decl, nil)
	out := make([]byte, 0, len(body))
	out = append(out, fixed...)
	return append(out, body[len(decl):]...)
}
