package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tickerwire/tickerwire/pkg/nlp/internal/gazetteer/internal/names"
)

// Form is a set of flags that say how a match was written.
type Form uint16

// Form flags.
const (
	// FormAllCaps: the name is written in capitals though it is not
	// spelled so ("DILLARD'S", "FORD MOTOR CO"), as in wire headlines.
	FormAllCaps Form = 1 << iota
	// FormLegalSuffix: a legal form follows the name ("Siemens AG",
	// "Nokia Oyj", "Ford Motor Co", "Amazon.com, Inc."); End includes it.
	FormLegalSuffix
	// FormGenitive: a genitive ending follows the name ("Amazons",
	// "Siemens'", "Nokia's"); End includes it, NameEnd does not.
	FormGenitive
	// FormCompound: the name is the head of a hyphenated compound
	// ("Amazon-Aktie", "Siemens-Chef", "VW-Konzerns"); TailStart:TailEnd
	// is the tail ("Aktie"), empty for a suspended hyphen ("Amazon- und
	// Google-Aktien").
	FormCompound
	// FormAfterHyphen: a hyphen joins the name to the word before it
	// ("Ex-Siemens-Chef", "Nicht-EU").
	FormAfterHyphen
	// FormTicker: a ticker in a ticker context ("<F>", "(NYSE: F)",
	// "NASDAQ:AMZN"); Start:End is the ticker itself.
	FormTicker
)

var formNames = []string{"all-caps", "legal-suffix", "genitive", "compound", "after-hyphen", "ticker"}

func (f Form) String() string {
	if f == 0 {
		return "plain"
	}
	var parts []string
	for i, n := range formNames {
		if f&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, "+")
}

// Match is one name found in a text. Offsets are byte offsets into the
// text given to Find, always on rune boundaries.
type Match struct {
	// Start:End is the mention as written: the name, a legal suffix and a
	// genitive ending ("Siemens AG's"), without a compound's hyphen and
	// tail.
	Start, End int
	// NameEnd ends the name itself, before a legal suffix or genitive
	// ending: text[Start:NameEnd] is "Siemens" in "Siemens AG's".
	NameEnd int
	// TailStart:TailEnd is a compound's tail ("Chef" in "Siemens-Chef")
	// when Form has FormCompound; both zero otherwise. The tail is scanned
	// for names too, so a later match may lie inside it.
	TailStart, TailEnd int
	// Entries are the candidates, most prominent first; never empty. The
	// slice is shared: do not modify it.
	Entries []*Entry
	// Form says how the name was written.
	Form Form
	// Ambiguous reports that the name as matched is also a common word in
	// German or English (Apple, Shell, Post, Essen): the caller should
	// confirm it from context. A legal suffix or a ticker context clears
	// it.
	Ambiguous bool
	// Former reports that the name is one the company had before it was
	// renamed ("Allied Signal" of Honeywell, "Thyssen" of thyssenkrupp):
	// an old text gives it the old ticker, which still names the
	// company.
	Former bool
}

// maxTokens bounds the tokens of one name; longer names are not matched
// beyond it.
const maxTokens = 16

// Find appends to dst the names found in text, leftmost-longest and
// non-overlapping (Start:End spans do not overlap), in text order, and
// returns the extended slice. Matches start and end on token boundaries.
// It allocates only to grow dst.
func (g *Gazetteer) Find(text string, dst []Match) []Match {
	var kb [64]byte
	// m is filled only on a match: most tokens start none, and a Match
	// returned by value would be copied for each of them.
	var m Match
	pos := 0
	for {
		t, ok := names.NextToken(text, pos)
		if !ok {
			return dst
		}
		if g.tickerAt(text, t, &kb, &m) || g.nameAt(text, t, &kb, &m) {
			dst = append(dst, m)
			pos = m.End
			continue
		}
		pos = t.End
	}
}

// candidate is a surface that ends at token index n-1 of a walk.
type candidate struct {
	surface  int32
	n        int  // tokens in the name
	genitive bool // the last token carries a genitive -s
}

// nameAt matches the longest name that starts at token t into m; it
// leaves m alone when none does.
func (g *Gazetteer) nameAt(text string, t names.Token, kb *[64]byte, m *Match) bool {
	// A word in small letters starts a name only if some name starts in
	// small letters like it: most words are ruled out here, without a
	// look-up.
	tok := text[t.Start:t.End]
	if b, lower := lowerBit(tok); lower && g.lowerStarts[b>>6]&(1<<(b&63)) == 0 {
		return false
	}
	var toks [maxTokens]names.Token
	var cands [maxTokens]candidate
	nc := 0
	node := uint32(0)
	cur := t
	for n := 0; n < maxTokens; n++ {
		toks[n] = cur
		tok := text[cur.Start:cur.End]
		if len(tok) > len(kb) {
			break
		}
		key := names.AppendKey(kb[:0], tok)
		if n == 0 && !g.mayStart(key) && !(len(key) > 2 && tok[len(tok)-1] == 's' && g.mayStart(key[:len(key)-1])) {
			break // no name starts with this word, nor with it as a genitive
		}
		if n > 0 && !g.mayFollow(node, key) && !(len(key) > 2 && tok[len(tok)-1] == 's' && g.mayFollow(node, key[:len(key)-1])) {
			break // no name goes on with this word, nor with it as a genitive
		}
		child, ok := g.child(node, key)
		if !ok {
			// A German genitive -s on the last token: "Amazons", "Chinas".
			if len(key) > 2 && tok[len(tok)-1] == 's' {
				if c, ok := g.child(node, key[:len(key)-1]); ok && g.nodes[c] >= 0 {
					cands[nc] = candidate{g.nodes[c], n + 1, true}
					nc++
				}
			}
			break
		}
		node = child
		if s := g.nodes[node]; s >= 0 {
			cands[nc] = candidate{s, n + 1, false}
			nc++
		}
		next, ok := names.NextToken(text, cur.End)
		if !ok || !walkGap(text[cur.End:next.Start]) {
			break
		}
		cur = next
	}
	for i := nc - 1; i >= 0; i-- {
		if a, ok := g.accept(text, toks[:cands[i].n], cands[i]); ok {
			*m = a
			return true
		}
	}
	return false
}

// mayStart reports whether a name may start with the token key: false
// means none does.
func (g *Gazetteer) mayStart(key []byte) bool {
	b := keyBit(key)
	return g.firsts[b>>6]&(1<<(b&63)) != 0
}

// mayFollow reports whether node may have an edge for the token key:
// false means it has none.
func (g *Gazetteer) mayFollow(node uint32, key []byte) bool {
	b := edgeBit(node, key)
	return g.follows[b>>6]&(1<<(b&63)) != 0
}

// child follows the edge for a token key from node.
func (g *Gazetteer) child(node uint32, key []byte) (uint32, bool) {
	id, ok := g.vocab[string(key)]
	if !ok {
		return 0, false
	}
	c, ok := g.edges[uint64(node)<<32|uint64(id)]
	return c, ok
}

// accept checks a candidate against the spellings of its surface and
// reads what follows it: legal suffix, genitive, compound.
func (g *Gazetteer) accept(text string, toks []names.Token, c candidate) (Match, bool) {
	s := &g.surfaces[c.surface]
	last := toks[len(toks)-1]
	nameEnd := last.End
	if c.genitive {
		nameEnd--
	}
	caps, ok, dot := false, false, false
	for i, v := range s.variants {
		if s.exact[i] && !spelledExactly(text, toks, nameEnd, v) {
			continue
		}
		vdot := strings.HasSuffix(v, ".")
		if vdot && len(toks) == 1 && !c.genitive && (last.End >= len(text) || text[last.End] != '.') {
			// An abbreviation ("Calif.", "La.") is one only with its dot.
			continue
		}
		if c, vok := spelledAs(text, toks, nameEnd, v); vok {
			ok, caps, dot = true, c, vdot
			break
		}
	}
	if !ok {
		return Match{}, false
	}
	caps = caps && s.mixed
	m := Match{Start: toks[0].Start, End: last.End, NameEnd: nameEnd, Ambiguous: s.ambiguous, Former: s.former}
	if dot && !c.genitive && m.End < len(text) && text[m.End] == '.' {
		// A name written with a final dot keeps it: "U.K.", "Wall St.".
		m.End++
		m.NameEnd++
	}
	if caps {
		m.Form |= FormAllCaps
	}
	if c.genitive {
		m.Form |= FormGenitive
	}
	if m.Start > 0 && text[m.Start-1] == '-' && m.Start > 1 && isWordByteBefore(text, m.Start-1) {
		m.Form |= FormAfterHyphen
	}
	if !c.genitive && s.company {
		if end, ok := g.suffixes.match(text, m.End, caps); ok {
			m.End = end
			m.Form |= FormLegalSuffix
			m.Ambiguous = false
		}
	}
	entries := s.bare
	if m.Form&FormLegalSuffix != 0 {
		entries = s.all
	}
	if len(entries) == 0 {
		return Match{}, false
	}
	m.Entries = entries
	if !c.genitive {
		if end, ok := genitiveAt(text, m.End); ok {
			m.End = end
			m.Form |= FormGenitive
			return m, true
		}
	}
	if m.End < len(text) && text[m.End] == '-' && m.Form&FormGenitive == 0 {
		m.Form |= FormCompound
		m.TailStart = m.End + 1
		m.TailEnd = compoundTailEnd(text, m.TailStart)
	}
	return m, true
}

// walkGap reports whether the text between two tokens can lie inside a
// name: up to three bytes of spaces, one line break, dots, hyphens,
// apostrophes or a slash.
func walkGap(gap string) bool {
	if len(gap) > 4 {
		return false
	}
	newlines := 0
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case ' ', '.', '-', '\'', '/', '\t':
		case '\n':
			newlines++
		case 0xe2, 0x80, 0x99: // U+2019 right single quotation mark
		case 0xc2, 0xa0: // U+00A0 no-break space
		default:
			return false
		}
	}
	return newlines <= 1
}

// Gap classes: how two tokens of a name are joined.
const (
	gapNone = iota
	gapSpace
	gapHyphen
	gapDot
	gapApostrophe
	gapSlash
	gapOther
)

func gapClass(gap string) int {
	if gap == "" {
		return gapNone
	}
	c := gapSpace
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case ' ', '\t', '\n', 0xc2, 0xa0:
		case '.':
			c = gapDot
		case '-':
			if c == gapSpace {
				c = gapHyphen
			}
		case '\'', 0xe2, 0x80, 0x99:
			c = gapApostrophe
		case '/':
			c = gapSlash
		default:
			return gapOther
		}
	}
	return c
}

// gapsAgree reports whether a text gap may stand for a name's gap: the
// same kind, a space for a hyphen and back ("Coca Cola"), a space for a
// dot ("A. O. Smith" for "A.O. Smith"), anything or nothing around "&"
// and "+" ("AT & T").
func gapsAgree(name, text int, symbol bool) bool {
	switch {
	case name == text:
		return true
	case symbol:
		return (name == gapNone || name == gapSpace) && (text == gapNone || text == gapSpace)
	case name == gapSpace || name == gapHyphen:
		return text == gapSpace || text == gapHyphen
	case name == gapDot:
		return text == gapSpace
	}
	return false
}

// spelledAs checks that the text tokens spell the name variant v: its
// letters' case (see tokenCase) and the gaps between its tokens. The last
// text token ends at nameEnd (before a genitive -s). It reports whether
// the text is in capitals.
func spelledAs(text string, toks []names.Token, nameEnd int, v string) (caps, ok bool) {
	vt, vok := names.NextToken(v, 0)
	allCaps := true
	for i, t := range toks {
		if !vok {
			return false, false
		}
		end := t.End
		if i == len(toks)-1 {
			end = nameEnd
		}
		tt := text[t.Start:end]
		nt := v[vt.Start:vt.End]
		if !tokenCase(tt, nt) {
			return false, false
		}
		allCaps = allCaps && !hasLower(tt)
		if i > 0 {
			symbol := isSymbol(tt) || isSymbol(text[toks[i-1].Start:toks[i-1].End])
			if !gapsAgree(gapClass(v[prevEnd(v, vt):vt.Start]), gapClass(text[toks[i-1].End:t.Start]), symbol) {
				return false, false
			}
		}
		if i < len(toks)-1 {
			vt, vok = names.NextToken(v, vt.End)
		}
	}
	return allCaps, true
}

// spelledExactly reports whether the text tokens are the tokens of the
// name variant v letter for letter.
func spelledExactly(text string, toks []names.Token, nameEnd int, v string) bool {
	vt, vok := names.NextToken(v, 0)
	for i, t := range toks {
		end := t.End
		if i == len(toks)-1 {
			end = nameEnd
		}
		if !vok || text[t.Start:end] != v[vt.Start:vt.End] {
			return false
		}
		vt, vok = names.NextToken(v, vt.End)
	}
	return !vok
}

// prevEnd returns the end of the token before the token that starts at
// t.Start in v.
func prevEnd(v string, t names.Token) int {
	i := t.Start
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(v[:i])
		if r == '&' || r == '+' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			return i
		}
		i -= n
	}
	return 0
}

func isSymbol(tok string) bool { return tok == "&" || tok == "+" }

// tokenCase reports whether text token tt may be a spelling of name token
// nt, which folds to the same key. A token in capitals matches any
// spelling. Otherwise the first letter must be a capital where the name
// has one (so "apple" is not "Apple"), and the other letters must be as in
// the name or all small ("Unicredit" for "UniCredit"). A name token in
// capitals of four letters or more, as upper-case lists write names, also
// matches its capitalised spelling ("Microsoft" for "MICROSOFT"); a shorter
// one is taken for initials and must be written in capitals ("SAP"). Text
// may drop a name's diacritics ("Nestle") but not add them ("Über" is not
// "Uber").
func tokenCase(tt, nt string) bool {
	if tt == nt {
		return true
	}
	if isASCII(nt) && !isASCII(tt) {
		return false // "Über" is not "Uber", though "Nestle" is "Nestlé"
	}
	tFirst, tRestLower, tRestUpper, _ := letterShape(tt)
	nFirst, _, nRestUpper, nLetters := letterShape(nt)
	if tFirst && tRestUpper {
		return true
	}
	if nFirst && !tFirst {
		return false
	}
	if nFirst && nRestUpper {
		return nLetters >= 4 && tRestLower
	}
	return tRestLower || tt[firstLetterEnd(tt):] == nt[firstLetterEnd(nt):]
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// letterShape describes the case of a token's letters: whether the first
// is a capital, whether the others are all small or all capitals, and
// how many letters there are.
func letterShape(s string) (firstUpper, restLower, restUpper bool, letters int) {
	restLower, restUpper = true, true
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if letters == 1 {
			firstUpper = unicode.IsUpper(r)
			continue
		}
		if unicode.IsUpper(r) {
			restLower = false
		} else if unicode.IsLower(r) {
			restUpper = false
		}
	}
	if letters == 0 {
		firstUpper = true
	}
	return firstUpper, restLower, restUpper, letters
}

func firstLetterEnd(s string) int {
	for i, r := range s {
		if unicode.IsLetter(r) {
			return i + utf8.RuneLen(r)
		}
	}
	return len(s)
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// isWordByteBefore reports whether a word character ends just before i.
func isWordByteBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isWordAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// genitiveAt reads a genitive ending at i: "'s" or "’s" ("Nokia's"), or a
// bare apostrophe after a name ending in s, x or z ("Siemens'").
func genitiveAt(text string, i int) (int, bool) {
	apos := 0
	switch {
	case strings.HasPrefix(text[i:], "'"):
		apos = 1
	case strings.HasPrefix(text[i:], "’"):
		apos = len("’")
	default:
		return 0, false
	}
	j := i + apos
	if j < len(text) && text[j] == 's' && !isWordAt(text, j+1) {
		return j + 1, true
	}
	if isWordAt(text, j) || i == 0 {
		return 0, false
	}
	switch text[i-1] {
	case 's', 'x', 'z', 'S', 'X', 'Z':
		return j, true
	}
	return 0, false
}

// compoundTailEnd returns the end of a compound's tail that starts at i:
// letters, digits and inner hyphens ("Konzern", "Web-Services-Chef").
func compoundTailEnd(text string, i int) int {
	end := i
	for j := i; j < len(text); {
		r, n := utf8.DecodeRuneInString(text[j:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			j += n
			end = j
		case r == '-' && isWordAt(text, j+1):
			j += n
		default:
			return end
		}
	}
	return end
}
