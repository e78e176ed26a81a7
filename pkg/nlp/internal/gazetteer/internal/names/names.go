// Package names holds the text rules that the gazetteer's generator and its
// matcher must agree on: what a token is, how a token is folded into a
// lookup key, and which tokens form legal-form suffixes ("Inc.", "AG",
// "S.p.A.", "AG & Co. KGaA").
package names

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one token of a text: Text[Start:End].
type Token struct {
	Start, End int
}

// NextToken returns the first token of s at or after byte offset i, and
// false when there is none. A token is a maximal run of letters, digits and
// combining marks, or one of the symbols '&' and '+' that company names
// keep as words of their own ("AT&T", "K+S").
func NextToken(s string, i int) (Token, bool) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if isASCIIWord(c) {
				return Token{i, wordEnd(s, i+1)}, true
			}
			if c == '&' || c == '+' {
				return Token{i, i + 1}, true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			return Token{i, wordEnd(s, i+n)}, true
		}
		i += n
	}
	return Token{}, false
}

// wordEnd returns the end of the word run that continues at i.
func wordEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !isASCIIWord(c) {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			return i
		}
		i += n
	}
	return i
}

func isASCIIWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Tokens splits s into its tokens' texts.
func Tokens(s string) []string {
	var out []string
	for t, ok := NextToken(s, 0); ok; t, ok = NextToken(s, t.End) {
		out = append(out, s[t.Start:t.End])
	}
	return out
}

// AppendKey appends the lookup key of the token tok to dst: lower case,
// Latin letters without diacritics ("Société" -> "societe", "Müller" ->
// "muller", "ß" -> "ss"). It does not allocate when dst has room.
func AppendKey(dst []byte, tok string) []byte {
	for i := 0; i < len(tok); {
		c := tok[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(tok[i:])
		i += n
		if unicode.Is(unicode.Mn, r) {
			continue // a combining accent folds away like a precomposed one
		}
		if f, ok := fold[r]; ok {
			dst = append(dst, f...)
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// Key returns the lookup key of a token (see AppendKey).
func Key(tok string) string {
	return string(AppendKey(nil, tok))
}

// fold maps the Latin letters with diacritics that company and place names
// use to their base letters.
var fold = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
		'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d",
		'þ': "th", 'Þ': "th", 'ı': "i", 'İ': "i"}
	groups := []struct {
		base  string
		forms string
	}{
		{"a", "àáâãäåāăąÀÁÂÃÄÅĀĂĄ"},
		{"c", "çćĉċčÇĆĈĊČ"},
		{"d", "ďĎ"},
		{"e", "èéêëēĕėęěÈÉÊËĒĔĖĘĚ"},
		{"g", "ĝğġģĜĞĠĢ"},
		{"h", "ĥħĤĦ"},
		{"i", "ìíîïĩīĭįÌÍÎÏĨĪĬĮ"},
		{"j", "ĵĴ"},
		{"k", "ķĶ"},
		{"l", "ĺļľŀĹĻĽĿ"},
		{"n", "ñńņňÑŃŅŇ"},
		{"o", "òóôõöōŏőÒÓÔÕÖŌŎŐ"},
		{"r", "ŕŗřŔŖŘ"},
		{"s", "śŝşšșŚŜŞŠȘ"},
		{"t", "ţťŧțŢŤŦȚ"},
		{"u", "ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ"},
		{"w", "ŵŴ"},
		{"y", "ýÿŷÝŸŶ"},
		{"z", "źżžŹŻŽ"},
	}
	for _, g := range groups {
		for _, r := range g.forms {
			m[r] = g.base
		}
	}
	return m
}()

// legalSuffixes lists legal forms as they are written after a company
// name, longest forms included; matching compares token keys, so "Inc.",
// "INC" and "inc" are one entry, and "S.p.A." is the tokens s, p, a.
var legalSuffixes = []string{
	"Inc", "Incorporated", "Corp", "Corporation", "Co", "Company", "Cos", "Companies",
	"Ltd", "Limited", "LLC", "L.L.C.", "LP", "L.P.", "LLP", "PLC", "Public Limited Company",
	"AG", "Aktiengesellschaft", "SE", "KGaA", "GmbH", "mbH", "KG", "OHG", "eG", "e.V.",
	"AG & Co. KGaA", "SE & Co. KGaA", "GmbH & Co. KG", "GmbH & Co. KGaA", "AG & Co. KG",
	"& Co", "& Co. KGaA", "& Co. KG", "& Cie", "Co Ltd", "Co Plc", "Corp Ltd",
	"N.V.", "NV", "B.V.", "BV", "S.A.", "SA", "S.p.A.", "SpA", "S.A.S.", "SAS",
	"S.r.l.", "Srl", "S.L.", "SL", "S.A.B. de C.V.", "SAB de CV", "S.C.A.", "SCA",
	"A/S", "AS", "ASA", "AB", "AB (publ)", "(publ)", "Oyj", "Oy", "Abp", "Oyj Abp", "hf",
	"K.K.", "KK", "Pte", "Pty", "Pty Ltd", "Pte Ltd", "Bhd", "Berhad", "Sdn Bhd", "Tbk",
	"PT", "PJSC", "OJSC", "JSC", "OAO", "PAO", "Ltda", "S/A", "N.A.",
}

// SuffixKeys returns the legal suffixes as sequences of token keys.
func SuffixKeys() [][]string {
	out := make([][]string, 0, len(legalSuffixes))
	for _, s := range legalSuffixes {
		var ks []string
		for _, t := range Tokens(s) {
			ks = append(ks, Key(t))
		}
		out = append(out, ks)
	}
	return out
}

// StripSuffix removes trailing legal-form suffixes and commas from a
// company name: "The Goldman Sachs Group, Inc." -> "The Goldman Sachs
// Group", "DEUTSCHE BANK AKTIENGESELLSCHAFT" -> "DEUTSCHE BANK". It never
// strips a name down to nothing.
func StripSuffix(name string) string {
	name = strings.TrimSpace(name)
	for {
		cut := trailingSuffix(name)
		if cut <= 0 {
			break
		}
		name = strings.TrimRight(name[:cut], " ,")
	}
	return name
}

// StripThe removes a leading article: "The Goldman Sachs Group" ->
// "Goldman Sachs Group".
func StripThe(name string) string {
	if len(name) > 4 && strings.EqualFold(name[:4], "the ") {
		return strings.TrimSpace(name[4:])
	}
	return name
}

// trailingSuffix returns the byte offset where a trailing legal suffix of
// name starts, or -1.
func trailingSuffix(name string) int {
	toks := tokenSpans(name)
	best := -1
	for _, suf := range suffixKeys {
		n := len(suf)
		if n >= len(toks) {
			continue
		}
		ok := true
		for j := 0; j < n; j++ {
			t := toks[len(toks)-n+j]
			if Key(name[t.Start:t.End]) != suf[j] {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		start := toks[len(toks)-n].Start
		// Keep an opening parenthesis and a separating comma with the suffix.
		for start > 0 && (name[start-1] == '(' || name[start-1] == ' ' || name[start-1] == ',') {
			start--
		}
		if best < 0 || start < best {
			best = start
		}
	}
	return best
}

var suffixKeys = SuffixKeys()

func tokenSpans(s string) []Token {
	var out []Token
	for t, ok := NextToken(s, 0); ok; t, ok = NextToken(s, t.End) {
		out = append(out, t)
	}
	return out
}
