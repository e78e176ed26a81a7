package main

import (
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tickerwire/tickerwire/pkg/nlp/internal/gazetteer/internal/names"
)

// Name flags written before a name in gazetteer.tsv.
const (
	flagAmbiguous  = "?" // the name is also a common word
	flagNeedSuffix = "!" // match only with a legal suffix ("Target Corp")
	flagExact      = "=" // match only as spelled, letter case included ("STANDARD")
	flagFormer     = "^" // a former name of the company ("Allied Signal" of Honeywell)
	flags          = flagAmbiguous + flagNeedSuffix + flagExact + flagFormer
)

// readWords reads a word list: one word a line, '#' starts a comment.
func readWords(pkg fs.FS, file string) (map[string]bool, error) {
	raw, err := fs.ReadFile(pkg, file)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", file, err)
	}
	m := map[string]bool{}
	for _, line := range strings.Split(string(raw), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		for _, w := range strings.Fields(line) {
			m[names.Key(w)] = true
		}
	}
	return m, nil
}

var (
	parens     = regexp.MustCompile(`\s*\([^)]*\)`)
	secMarks   = regexp.MustCompile(`\s*[/\\](DE|NEW|MD|ADR|CAN|NV|PA|TX|OH|MN|FL|VA|NY|NJ|IL|WA|MA|CT|GA|CO|UT|WI|OK|LA|MI|AL|IN|KS|MO|NC|SC|TN|AZ|NE|IA|KY|OR|CA|BC|ON|UK|NC|ME|NH|VT|RI|DC|HI|AK|ID|MT|WY|ND|SD|NM|NV|AR|MS|WV|DEL|PR|GU)[/\\]?`)
	stockNotes = regexp.MustCompile(`(?i)\s+((NA|INH|VNA)\s+)?O\.N\.$|\s+VNA$`)
	spaces     = regexp.MustCompile(`\s+`)
)

// cleanName removes what the lists add to a company's name: share classes
// in parentheses, the SEC's state marks ("/DE/", "/ADR"), the exchange's
// share-type notes ("NA O.N."), and a trailing "/The".
func cleanName(n string) string {
	n = parens.ReplaceAllString(n, "")
	n = secMarks.ReplaceAllString(n, "")
	n = stockNotes.ReplaceAllString(n, "")
	if rest, ok := strings.CutSuffix(n, "/The"); ok {
		n = "The " + rest
	}
	n = strings.TrimRight(n, "/\\ ")
	return strings.TrimSpace(spaces.ReplaceAllString(n, " "))
}

// caseWords gives upper-case list words their usual spelling.
var caseWords = map[string]string{
	"INC": "Inc.", "INC.": "Inc.", "CORP": "Corp.", "CORP.": "Corp.", "CO": "Co.", "CO.": "Co.",
	"LTD": "Ltd.", "LTD.": "Ltd.", "PLC": "plc", "LLC": "LLC", "LP": "L.P.", "L.P.": "L.P.",
	"AG": "AG", "SE": "SE", "SA": "S.A.", "NV": "N.V.", "N.V.": "N.V.", "KGAA": "KGaA",
	"GMBH": "GmbH", "HLDG": "Holding", "HLDGS": "Holdings", "GRP": "Group", "&": "&",
	"OF": "of", "AND": "and", "THE": "the", "FOR": "for", "DE": "de", "LA": "la", "DER": "der",
	"DES": "des", "DI": "di", "DU": "du", "VON": "von", "IN": "in", "ON": "on", "AT": "at",
	"US": "US", "USA": "USA", "UK": "UK",
}

// shortWords are three-letter or shorter words that an upper-case name
// spells as words, not as initials.
var shortWords = map[string]bool{
	"ONE": true, "NEW": true, "BIG": true, "OIL": true, "GAS": true, "SUN": true, "AIR": true,
	"SEA": true, "BAY": true, "RED": true, "CAR": true, "BIO": true, "NET": true, "WEB": true,
	"ART": true, "BOX": true, "TOP": true, "KEY": true, "SKY": true, "TEN": true, "TWO": true,
	"ALL": true, "GO": true, "MY": true, "ARK": true, "ACE": true, "AGE": true, "CAP": true,
	"BEE": true, "FOX": true, "ICE": true, "JET": true, "LAB": true, "MAX": true, "PRO": true,
	"SUB": true, "TEC": true, "ZOO": true, "EYE": true, "ORE": true, "FUN": true, "AIM": true,
}

// fixCase spells an upper-case list name in proper case ("MICROSOFT CORP"
// -> "Microsoft Corp."); a name with lower-case letters stays as it is.
func fixCase(n string) string {
	if strings.ToUpper(n) != n {
		return n
	}
	words := strings.Fields(n)
	for i, w := range words {
		if c, ok := caseWords[w]; ok && (i > 0 || c[0] < 'a' || c[0] > 'z') {
			words[i] = c
			continue
		}
		words[i] = fixWord(w)
	}
	return strings.Join(words, " ")
}

func fixWord(w string) string {
	letters := 0
	vowels := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if strings.ContainsRune("AEIOUYÄÖÜ", r) {
				vowels++
			}
		}
		if unicode.IsDigit(r) || r == '&' || r == '.' {
			return w // initials, numbers: "AT&T", "U.S.", "3M"
		}
	}
	if letters <= 3 && !shortWords[w] || vowels == 0 {
		return w
	}
	var b strings.Builder
	start := true
	for _, r := range w {
		if start {
			b.WriteRune(r)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = r == '-' || r == '/'
	}
	return b.String()
}

// genericTails are trailing words that a company's short name drops
// ("Alibaba Group Holding" -> "Alibaba"; "Nomura Holdings" -> "Nomura").
var genericTails = map[string]bool{
	"holdings": true, "holding": true, "hldg": true, "hldgs": true, "group": true, "grp": true, "gruppe": true,
}

// finishNames turns an entity's list and curated names into its surface
// forms: legal suffixes stripped, short forms without "Group"/"Holding"
// added, and flags set for names that are common words.
func (b *builder) finishNames(e *entity) {
	var cands []string
	var forced []string
	for _, n := range append(e.names, e.canonical) {
		if n != "" && strings.ContainsRune(flags, rune(n[0])) {
			forced = append(forced, n)
			continue
		}
		if e.kind == "P" {
			cands = append(cands, n)
			continue
		}
		base := strings.TrimRight(names.StripSuffix(n), " ,&")
		if base != n && len(names.Tokens(base)) == 1 && b.places[nameKey(base)] {
			// "Salzburg AG" is not "Salzburg": the bare city name stays the
			// city's unless the suffix follows.
			forced = append(forced, flagNeedSuffix+base)
			continue
		}
		if short := names.StripThe(base); short != base && e.kind != "M" {
			// Companies drop their article ("The Goldman Sachs Group"):
			// match either. Newspapers keep theirs ("The Independent",
			// "The Information"); a short form of theirs is written out.
			cands = append(cands, base)
			base = short
		}
		cands = append(cands, base)
		toks := names.Tokens(base)
		for len(toks) > 1 && genericTails[names.Key(toks[len(toks)-1])] {
			toks = toks[:len(toks)-1]
			short := strings.TrimRight(base[:lastIndexToken(base, toks)], " ,&-")
			if len(toks) == 1 && (b.words[names.Key(toks[0])] || utf8.RuneCountInString(toks[0]) <= 3) {
				break
			}
			cands = append(cands, short)
		}
	}
	seen := map[string]bool{}
	forcedKeys := map[string]bool{} // a flag written by hand covers every spelling
	var out []string
	for _, f := range forced {
		if !seen[f[1:]] {
			seen[f[1:]] = true
			forcedKeys[nameKey(f[1:])] = true
			out = append(out, f)
		}
	}
	for _, n := range cands {
		if seen[n] || !nameable(n) || forcedKeys[nameKey(n)] {
			continue
		}
		seen[n] = true
		toks := names.Tokens(n)
		switch {
		case len(toks) != 1 || initialism(n):
		case b.words[names.Key(toks[0])]:
			if e.curated || e.prominence >= promMidIndex || e.kind == "P" {
				n = flagAmbiguous + n
			} else {
				n = flagNeedSuffix + n
			}
		case !e.curated && e.prominence < promMidIndex && e.kind == "C":
			// A small company's one-word name is too often a person's or
			// a word ("Rafael Holdings", "Williams Companies"): it counts
			// only with its legal suffix.
			n = flagNeedSuffix + n
		}
		out = append(out, n)
	}
	for _, n := range out {
		flag := ""
		if n != "" && strings.ContainsRune(flags, rune(n[0])) {
			flag, n = n[:1], n[1:]
		}
		for _, inf := range inflected(n) {
			if !seen[inf] {
				seen[inf] = true
				out = append(out, flag+inf)
			}
		}
	}
	e.names = out
}

// adjectives are German adjectives that begin names ("Neue Zürcher
// Zeitung", "Erste Group"), in their base form; adjectives in -sche
// ("Deutsche", "Europäische") need no listing.
var adjectives = map[string]bool{
	"neue": true, "kleine": true, "große": true, "grosse": true, "erste": true, "allgemeine": true,
	"freie": true, "oberste": true, "vereinigte": true, "vereinte": true, "internationale": true,
	"nationale": true, "zentrale": true, "staatliche": true, "städtische": true, "rote": true,
	"grüne": true, "junge": true, "alte": true, "hohe": true, "gemeinsame": true, "westliche": true,
	"östliche": true, "südliche": true, "nördliche": true, "evangelische": true, "katholische": true,
}

// inflected returns the forms a German name takes after an article:
// when its words before the last are adjectives, the weak forms after
// "der", "den" and "des" ("Deutsche Bank" -> "Deutschen Bank", "Neues
// Volksblatt" -> "Neuen Volksblatt" and "Neue Volksblatt", "Oberster
// Gerichtshof" -> "Obersten Gerichtshof" and "Oberste Gerichtshof"); when
// a noun begins a name that a preposition or genitive continues, its
// genitive ("Verband der Automobilindustrie" -> "Verbands der
// Automobilindustrie", "Verein für Konsumenteninformation" -> "Vereins
// für Konsumenteninformation").
func inflected(n string) []string {
	words := strings.Split(n, " ")
	if len(words) < 2 || strings.ToUpper(n) == n {
		return nil
	}
	var out []string
	weak := slices.Clone(words)
	changed := false
	for i, w := range words[:len(words)-1] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			continue
		}
		l := strings.ToLower(w)
		base := ""
		switch {
		case strings.HasSuffix(l, "sche") && len(l) > 5 || adjectives[l]:
			base = w
		case strings.HasSuffix(l, "sches") || adjectives[strings.TrimSuffix(l, "s")] && strings.HasSuffix(l, "es"):
			base = w[:len(w)-1]
		case strings.HasSuffix(l, "ischer") || adjectives[strings.TrimSuffix(l, "r")] && strings.HasSuffix(l, "er"):
			base = w[:len(w)-1]
		default:
			continue
		}
		words[i] = base + "n"
		weak[i] = base
		changed = true
	}
	if changed {
		out = append(out, strings.Join(words, " "))
		if w := strings.Join(weak, " "); w != n {
			out = append(out, w)
		}
		return out
	}
	if len(words) >= 3 && genitiveJoiners[words[1]] {
		w := words[0]
		r, _ := utf8.DecodeRuneInString(w)
		if l := strings.ToLower(w); unicode.IsUpper(r) && !feminine(l) && !strings.ContainsAny(l[len(l)-1:], "sexz") {
			rest := strings.Join(words[1:], " ")
			out = append(out, w+"s "+rest)
			if strings.ContainsAny(l[len(l)-1:], "dtbgfk") {
				out = append(out, w+"es "+rest) // "Verbandes", "Bundesamtes"
			}
		}
	}
	return out
}

// feminine reports whether a German noun ends like a feminine one, whose
// genitive takes no ending: "Gewerkschaft", "Bundesagentur".
func feminine(l string) bool {
	for _, suf := range []string{"ung", "schaft", "heit", "keit", "ur", "anstalt", "ion", "tät", "ei", "kammer", "vereinigung"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// genitiveJoiners continue a German name after its first noun:
// "Verband der Automobilindustrie", "Verein für Konsumenteninformation".
var genitiveJoiners = map[string]bool{"der": true, "für": true, "des": true, "zur": true, "zum": true}

// lastIndexToken returns the byte offset in s where the token after toks
// (a prefix of s's tokens) starts, or len(s).
func lastIndexToken(s string, toks []string) int {
	i := 0
	for _, t := range toks {
		j := strings.Index(s[i:], t)
		if j < 0 {
			return len(s)
		}
		i += j + len(t)
	}
	return i
}

// nameable reports whether n can be matched as a name: it has a letter
// and is more than one character long.
func nameable(n string) bool {
	if utf8.RuneCountInString(n) < 2 {
		return false
	}
	return strings.IndexFunc(n, unicode.IsLetter) >= 0
}

// initialism reports whether n is written as initials: three capitals or
// fewer ("SAP", "HP"), which the matcher takes only in capitals, so the
// common word ("sap") cannot be meant.
func initialism(n string) bool {
	return utf8.RuneCountInString(n) <= 3 && strings.ToUpper(n) == n
}
