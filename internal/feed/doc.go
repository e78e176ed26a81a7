// Package feed fetches, parses and maps news feeds: the feeds file
// (LoadSources), polite HTTP fetching with conditional GET, per-host limits,
// timeouts and a body cap (Fetcher), charset-tolerant RSS/Atom/JSON Feed
// parsing (Parse), the mapping of a feed item to an events.RawArticle
// (Article), and plain-text extraction from feed HTML and article pages
// (HTMLText, MainText).
//
// It keeps no state between calls other than the Fetcher's per-host
// limits; what has been seen and which validators a feed last sent are the
// caller's business (see internal/ingest).
package feed
