package feed

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"

	"github.com/tickerwire/tickerwire/pkg/events"
)

// ErrNoContent means an item has neither a title nor any text.
var ErrNoContent = errors.New("item has neither title nor text")

// Values of RawArticle.TextFrom.
const (
	TextFromFeed = "feed"
	TextFromPage = "page"
)

// TeaserMaxRunes is the length below which a description without full
// content counts as a teaser.
const TeaserMaxRunes = 500

// readMore are the link texts that end a teaser and point to the page for
// the rest, matched without regard to case; Article cuts them off.
var readMore = []string{"read more", "continue reading", "weiterlesen", "mehr lesen", "lesen sie mehr"}

// ellipses end a teaser that stops short of the article.
var ellipses = []string{"…", "..."}

// trailing are the characters that may follow a teaser's last word: white
// space and the arrows and brackets of "Read more »" or "[…]".
func trailing(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("»›→>)]:", r)
}

// Article maps a feed item to the article ingest publishes, with TextFrom
// TextFromFeed and FetchedAt set to fetchedAt. teaser reports whether the
// text is only a teaser of the linked page (see IsTeaser), so that the
// caller can fetch the page for the full text. It fails with ErrNoContent
// for an item with neither title nor text.
//
// The id is events.ArticleID of the item's link, else of its GUID; an item
// with neither gets a GUID-like hash of its title and text, so that it
// keeps one id from poll to poll.
func Article(src Source, f *gofeed.Feed, it *gofeed.Item, fetchedAt time.Time) (a events.RawArticle, teaser bool, err error) {
	title := oneLine(HTMLText(it.Title))
	content := HTMLText(it.Content)
	text := content
	if text == "" {
		text = HTMLText(it.Description)
	}
	text, cut := cutReadMore(text)
	if title == "" && text == "" {
		return events.RawArticle{}, false, ErrNoContent
	}
	link := itemLink(src, f, it)
	guid := strings.TrimSpace(it.GUID)
	idGUID := guid
	if link == "" && guid == "" {
		sum := sha256.Sum256([]byte(title + "\x1f" + text))
		idGUID = "content:" + hex.EncodeToString(sum[:16])
	}
	a = events.RawArticle{
		ID:        events.ArticleID(link, src.URL, idGUID),
		URL:       link,
		GUID:      guid,
		Source:    src.Name,
		FeedURL:   src.URL,
		Title:     title,
		Text:      text,
		TextFrom:  TextFromFeed,
		Lang:      language(f, it),
		FetchedAt: fetchedAt,
	}
	if t := it.PublishedParsed; t != nil {
		a.PublishedAt = utc(*t)
	} else if t := it.UpdatedParsed; t != nil {
		a.PublishedAt = utc(*t)
	}
	return a, link != "" && (cut || IsTeaser(text, content != "")), nil
}

// IsTeaser reports whether text, an item's plain text, is a teaser of the
// linked page rather than the article: it ends with an ellipsis or a "read
// more" link, or, when the feed carried no full content (hasContent false),
// it is shorter than TeaserMaxRunes.
func IsTeaser(text string, hasContent bool) bool {
	if _, cut := cutReadMore(text); cut {
		return true
	}
	end := strings.TrimRightFunc(text, trailing)
	for _, e := range ellipses {
		if strings.HasSuffix(end, e) {
			return true
		}
	}
	return !hasContent && utf8.RuneCountInString(text) < TeaserMaxRunes
}

// cutReadMore removes a trailing "read more" link text from text and
// reports whether it found one.
func cutReadMore(text string) (string, bool) {
	end := strings.TrimRightFunc(text, trailing)
	for _, m := range readMore {
		if n := len(end) - len(m); n >= 0 && strings.EqualFold(end[n:], m) {
			return strings.TrimRightFunc(end[:n], trailing), true
		}
	}
	return text, false
}

// itemLink returns the item's absolute http(s) link, resolved against the
// feed's site or URL, or "" when it has none. A GUID that is an absolute
// http(s) URL serves as the link when the item gives no other, as RSS
// permalinks do; a relative GUID is an opaque id, not a path.
func itemLink(src Source, f *gofeed.Feed, it *gofeed.Item) string {
	base, err := url.Parse(src.URL)
	if err != nil {
		return ""
	}
	if site, err := base.Parse(strings.TrimSpace(f.Link)); f.Link != "" && err == nil && site.IsAbs() {
		base = site
	}
	for _, c := range append([]string{it.Link}, it.Links...) {
		if c = strings.TrimSpace(c); c == "" {
			continue
		}
		if u, err := base.Parse(c); err == nil && isAbsHTTP(u) {
			return u.String()
		}
	}
	if u, err := url.Parse(strings.TrimSpace(it.GUID)); err == nil && isAbsHTTP(u) {
		return u.String()
	}
	return ""
}

func isAbsHTTP(u *url.URL) bool {
	return (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// language returns the primary subtag of the item's or else the feed's
// declared language, lower case: "de" for "de-DE", "en" for "en_US".
func language(f *gofeed.Feed, it *gofeed.Item) string {
	lang := ""
	if dc := it.DublinCoreExt; dc != nil && len(dc.Language) > 0 {
		lang = dc.Language[0]
	}
	if lang == "" {
		lang = f.Language
	}
	lang = strings.TrimSpace(lang)
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	lang = strings.ToLower(lang)
	if len(lang) < 2 || len(lang) > 3 || strings.IndexFunc(lang, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return ""
	}
	return lang
}

func oneLine(s string) string {
	return strings.ReplaceAll(s, "\n", " ")
}

func utc(t time.Time) *time.Time {
	t = t.UTC()
	return &t
}
