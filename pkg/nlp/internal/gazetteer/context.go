package gazetteer

import (
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/gazetteer/internal/names"
)

// suffixTrie matches legal suffixes by token keys.
type suffixTrie struct {
	edges map[string]uint8 // node byte + token key -> child
	final []bool
}

func newSuffixTrie() suffixTrie {
	s := suffixTrie{edges: map[string]uint8{}, final: []bool{false}}
	for _, keys := range names.SuffixKeys() {
		node := uint8(0)
		for _, k := range keys {
			e := string([]byte{node}) + k
			c, ok := s.edges[e]
			if !ok {
				c = uint8(len(s.final))
				s.final = append(s.final, false)
				s.edges[e] = c
			}
			node = c
		}
		s.final[node] = true
	}
	return s
}

// dotted lists suffix abbreviations that are written with a final dot,
// which then belongs to the suffix ("Inc.", "Corp.").
var dotted = map[string]bool{"inc": true, "corp": true, "co": true, "ltd": true, "cos": true, "bhd": true, "hf": true}

// lowerSuffixes may be written in small letters ("plc", "mbH").
var lowerSuffixes = map[string]bool{"plc": true, "mbh": true, "hf": true, "publ": true}

// match reads a legal suffix after a name that ends at i: a comma or
// space, then the suffix ("Siemens AG", "Amazon.com, Inc.", "Henkel AG &
// Co. KGaA"). It returns the end of the suffix. caps says the name was in
// capitals, where "AS" is a word rather than a legal form.
func (s *suffixTrie) match(text string, i int, caps bool) (int, bool) {
	j := i
	if j < len(text) && text[j] == ',' {
		j++
	}
	spaces := 0
	for j < len(text) && text[j] == ' ' && spaces < 2 {
		j++
		spaces++
	}
	if j < len(text) && text[j] == '(' {
		j++ // "(publ)"
	}
	if j == i || j >= len(text) {
		return 0, false
	}
	var kb [16]byte
	node := uint8(0)
	best, bestDotted, dots := -1, false, false
	pos := j
	for n := 0; n < 6; n++ {
		t, ok := names.NextToken(text, pos)
		if !ok {
			break
		}
		gap := text[pos:t.Start]
		if n == 0 && gap != "" || n > 0 && !suffixGap(gap) {
			break
		}
		tok := text[t.Start:t.End]
		if len(tok) > len(kb)-1 {
			break
		}
		key := names.AppendKey(append(kb[:0], node), tok)
		c, ok := s.edges[string(key)]
		if !ok {
			break
		}
		if n == 0 {
			first := tok[0]
			if !('A' <= first && first <= 'Z') && !lowerSuffixes[string(key[1:])] {
				break
			}
			if caps && string(key[1:]) == "as" {
				break
			}
		}
		for k := 0; k < len(gap); k++ {
			dots = dots || gap[k] == '.'
		}
		node = c
		pos = t.End
		if s.final[node] && !(pos < len(text) && text[pos] == '-') {
			best, bestDotted = pos, dotted[string(key[1:])] || dots
		}
	}
	if best < 0 {
		return 0, false
	}
	if best < len(text) && text[best] == '.' && bestDotted {
		best++
	}
	if j > i && text[j-1] == '(' {
		if best < len(text) && text[best] == ')' {
			best++
		} else {
			return 0, false
		}
	}
	return best, true
}

// suffixGap reports whether a gap may lie between two tokens of a legal
// suffix: nothing, a space or a dot with an optional space.
func suffixGap(gap string) bool {
	switch gap {
	case "", " ", ".", ". ", "/":
		return true
	}
	return false
}

// exchanges maps how texts name an exchange before a ticker ("NYSE: F")
// to the Exchange of entries.
var exchanges = map[string]string{
	"NYSE": "NYSE", "Nasdaq": "Nasdaq", "NASDAQ": "Nasdaq", "NasdaqGS": "Nasdaq", "NasdaqGM": "Nasdaq",
	"XETRA": "XETRA", "Xetra": "XETRA", "ETR": "XETRA", "FWB": "XETRA", "FRA": "XETRA",
	"LSE": "LSE", "LON": "LSE", "EPA": "Euronext Paris", "AMS": "Euronext Amsterdam",
	"EBR": "Euronext Brussels", "BIT": "Borsa Italiana", "BME": "BME", "HEL": "Nasdaq Helsinki",
	"OMXH": "Nasdaq Helsinki", "STO": "Nasdaq Stockholm", "CPH": "Nasdaq Copenhagen",
	"OSL": "Oslo Børs", "SIX": "SIX", "SWX": "SIX", "VTX": "SIX", "VIE": "Wiener Börse",
	"WBAG": "Wiener Börse", "TYO": "TSE", "TSE": "TSE", "HKEX": "HKEX", "HKG": "HKEX", "SEHK": "HKEX",
	"KRX": "KRX", "TPE": "TWSE", "TWSE": "TWSE", "NSE": "NSE", "BSE": "BSE", "ASX": "ASX",
	"TSX": "TSX", "SGX": "SGX", "OTC": "OTC", "OTCQX": "OTC", "OTCQB": "OTC", "OTCMKTS": "OTC",
	"AMEX": "NYSE", "CBOE": "CBOE",
}

// IsExchange reports whether code is how texts name a stock exchange
// before a ticker: "NYSE", "HEL", "STO" (of "STO: SKF B").
func IsExchange(code string) bool {
	_, ok := exchanges[code]
	return ok
}

// tickerAt matches a ticker context at token t: "<F>" (as wire services
// mark listed companies) or an exchange name and colon before a ticker
// ("(NYSE: F)", "NASDAQ:AMZN", "Xetra: SIE"), into m; it leaves m alone
// when there is none.
func (g *Gazetteer) tickerAt(text string, t names.Token, kb *[64]byte, m *Match) bool {
	if t.Start > 0 && text[t.Start-1] == '<' {
		end := t.Start
		for end < len(text) && end-t.Start < 12 && isTickerByte(text[end]) {
			end++
		}
		if end < len(text) && text[end] == '>' {
			if es := g.tickerEntries(text[t.Start:end], "", kb); es != nil {
				*m = Match{Start: t.Start, End: end, NameEnd: end, Entries: es, Form: FormTicker}
				return true
			}
		}
		return false
	}
	colon := t.End
	if colon < len(text) && text[colon] == ' ' {
		colon++
	}
	if colon >= len(text) || text[colon] != ':' || t.End-t.Start > 8 {
		return false
	}
	exch, ok := exchanges[text[t.Start:t.End]]
	if !ok {
		return false
	}
	start := colon + 1
	for start < len(text) && text[start] == ' ' {
		start++
	}
	end := start
	for end < len(text) && end-start < 12 && isTickerByte(text[end]) {
		end++
	}
	for end > start && (text[end-1] == '.' || text[end-1] == '-') {
		end--
	}
	if end == start || isWordAt(text, end) {
		return false
	}
	es := g.tickerEntries(text[start:end], exch, kb)
	if es == nil {
		return false
	}
	*m = Match{Start: start, End: end, NameEnd: end, Entries: es, Form: FormTicker}
	return true
}

// isTickerByte reports whether c can be part of a ticker as texts write
// it: capitals, digits and share-class separators.
func isTickerByte(c byte) bool {
	return 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '-' || c == '/'
}

// tickerEntries returns the entries listed under ticker, on exch when that
// names a listing of the ticker, or nil.
func (g *Gazetteer) tickerEntries(ticker, exch string, kb *[64]byte) []*Entry {
	if len(ticker)+len(exch)+1 > len(kb) {
		return nil
	}
	k := kb[:0]
	for i := 0; i < len(ticker); i++ {
		c := ticker[i]
		if c == '-' || c == '/' {
			c = '.'
		}
		k = append(k, c)
	}
	n := len(k)
	if exch != "" {
		k = append(append(k, '@'), exch...)
		if es := g.tickers[string(k)]; len(es) > 0 {
			return es
		}
	}
	if es := g.tickers[string(k[:n])]; len(es) > 0 {
		return es
	}
	return nil
}
