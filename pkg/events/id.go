package events

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
)

// hashID hashes its parts, separated by a byte no part contains, into a
// 32-character hex id. 128 bits keep collisions out of reach for any
// realistic number of articles.
func hashID(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0x1f})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// trackingParams are query parameters that identify a campaign, not a page.
var trackingParams = []string{"utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid"}

// CanonicalURL normalises an article URL so that the same page reached
// through different feeds or campaigns has one spelling: lower-case scheme
// and host, no default port, no fragment, no tracking parameters, the
// remaining query sorted. It fails on URLs that are not absolute http(s).
func CanonicalURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("canonical url: %w", err)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return "", fmt.Errorf("canonical url %q: not an absolute http(s) url", raw)
	}
	host := strings.ToLower(u.Hostname())
	if port := u.Port(); port != "" && !(u.Scheme == "http" && port == "80" || u.Scheme == "https" && port == "443") {
		host += ":" + port
	}
	u.Host = host
	u.Fragment, u.RawFragment = "", ""
	u.User = nil
	q := u.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if slices.ContainsFunc(trackingParams, func(p string) bool { return strings.HasPrefix(lk, p) }) {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode() // Encode sorts by key.
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String(), nil
}

// ArticleID is the id of an article: a hash of its canonical URL, or of
// the feed URL and the item's GUID when the item has no usable link. The
// URL wins because the same article appears in several feeds under
// different GUIDs.
func ArticleID(link, feedURL, guid string) string {
	if c, err := CanonicalURL(link); err == nil {
		return hashID("url", c)
	}
	return hashID("guid", feedURL, guid)
}

// EarningsEventID is the id of an earnings event: a hash of the company,
// the reporting period and the metric family, scoped to the article, so
// that re-enriching an article updates its event instead of adding one.
func EarningsEventID(company Company, period, articleID string) string {
	return hashID("earnings", company.Key(), period, articleID)
}

// CapexAlertID is the id of a capex alert: a hash of the company, the
// amount and the period, so that one announcement reported by several
// outlets raises one alert. A period without a year takes the year of
// publication, so that "H1" of different years never share an id; an
// alert without an amount, or without any year to go by, takes the
// article's id instead, so unrelated announcements never share one.
func CapexAlertID(company Company, amount *Figure, period string, article ArticleRef) string {
	if amount == nil {
		return hashID("capex", company.Key(), period, article.ID)
	}
	if !hasYear(period) {
		if article.PublishedAt == nil {
			return hashID("capex", company.Key(), period, article.ID)
		}
		period = strings.TrimSpace(period + " " + strconv.Itoa(article.PublishedAt.UTC().Year()))
	}
	value := strconv.FormatFloat(amount.Value, 'f', -1, 64)
	return hashID("capex", company.Key(), amount.Currency, value, period)
}

// hasYear reports whether a period names its year ("H1 2024", not "H1").
func hasYear(period string) bool {
	digits := 0
	for _, r := range period {
		if r >= '0' && r <= '9' {
			digits++
			if digits == 4 {
				return true
			}
		} else {
			digits = 0
		}
	}
	return false
}
