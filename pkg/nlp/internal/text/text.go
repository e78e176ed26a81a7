// Package text splits German and English news text into tokens and
// sentences in one pass, keeping byte offsets into the original text and a
// lower-case form of every token for dictionary look-ups.
//
// A Doc is reusable: Reset tokenises a new text into the buffers of the
// previous one, so a worker that keeps its Doc allocates nothing per
// document once the buffers have grown.
package text

import (
	"unicode"
	"unicode/utf8"
)

// Kind is the kind of a token.
type Kind uint8

// Token kinds.
const (
	// Word is a run of letters and digits that holds at least one letter
	// ("Amazon", "Q2", "EUR131m", "U.S.").
	Word Kind = iota + 1
	// Number is a run of digits with inner separators ("30,5", "1.770").
	Number
	// Punct is a single character that is neither letter nor digit.
	Punct
)

// Flags describe a token's shape and surroundings.
type Flags uint16

// Token flags.
const (
	// Upper: the first letter is upper case.
	Upper Flags = 1 << iota
	// AllUpper: the token has letters and no lower-case letter.
	AllUpper
	// HasDigit: the token holds a digit.
	HasDigit
	// Glued: no white space separates the token from the previous one.
	Glued
	// NewlineBefore: the white space before the token holds a newline.
	NewlineBefore
	// ParaBefore: a blank line or an indented line starts at the token.
	ParaBefore
	// SentStart: the token starts a sentence.
	SentStart
	// Quote marks a Punct token that is a quotation mark.
	Quote
	// Dash marks a Punct token that is a hyphen or dash.
	Dash
)

// Token is one token of a Doc.
type Token struct {
	// Start and End are byte offsets into the Doc's text.
	Start, End int32
	// LStart and LEnd are byte offsets into the Doc's lower-case buffer.
	LStart, LEnd int32
	Kind         Kind
	Flags        Flags
}

// Is reports whether all of f are set.
func (t *Token) Is(f Flags) bool { return t.Flags&f == f }

// Sentence is a half-open range of token indexes.
type Sentence struct{ From, To int }

// Doc is a tokenised text.
type Doc struct {
	Text  string
	Toks  []Token
	Sents []Sentence
	lower []byte
	// lowerText is lower as a string, made on first use after Reset.
	lowerText string
	lowerDone bool
}

// Lower returns the lower-case form of token i. The slice is valid until
// the next Reset; index maps with string(d.Lower(i)) to avoid copies.
func (d *Doc) Lower(i int) []byte {
	t := &d.Toks[i]
	return d.lower[t.LStart:t.LEnd]
}

// LowerString returns the lower-case form of token i as a string. The
// first call after Reset copies the lower-case buffer once; later calls
// do not allocate.
func (d *Doc) LowerString(i int) string {
	if !d.lowerDone {
		d.lowerText = string(d.lower)
		d.lowerDone = true
	}
	t := &d.Toks[i]
	return d.lowerText[t.LStart:t.LEnd]
}

// Span returns the text of tokens from..to-1 as written.
func (d *Doc) Span(from, to int) string {
	return d.Text[d.Toks[from].Start:d.Toks[to-1].End]
}

// Tok returns the text of token i as written.
func (d *Doc) Tok(i int) string {
	t := &d.Toks[i]
	return d.Text[t.Start:t.End]
}

// SentenceOf returns the index of the sentence holding token i.
func (d *Doc) SentenceOf(i int) int {
	lo, hi := 0, len(d.Sents)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Sents[m].To <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// TokenAt returns the index of the first token that ends after byte
// offset off, or len(d.Toks).
func (d *Doc) TokenAt(off int) int {
	lo, hi := 0, len(d.Toks)
	for lo < hi {
		m := (lo + hi) / 2
		if int(d.Toks[m].End) <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Reset tokenises s into d, reusing d's buffers.
func (d *Doc) Reset(s string) {
	d.Text = s
	d.Toks = d.Toks[:0]
	d.Sents = d.Sents[:0]
	d.lower = d.lower[:0]
	d.lowerText, d.lowerDone = "", false
	d.tokenize()
	d.split()
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' || r == '\v'
	}
	return unicode.IsSpace(r)
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func (d *Doc) tokenize() {
	s := d.Text
	var pending Flags = ParaBefore
	i := 0
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if isSpace(r) {
			j := i
			nl := 0
			indented := false
			for j < len(s) {
				c, m := rune(s[j]), 1
				if c >= utf8.RuneSelf {
					c, m = utf8.DecodeRuneInString(s[j:])
				}
				if !isSpace(c) {
					break
				}
				if c == '\n' {
					nl++
					indented = false
				} else if nl > 0 && (c == ' ' || c == '\t') {
					indented = true
				}
				j += m
			}
			pending &^= Glued
			if nl > 0 {
				pending |= NewlineBefore
				if nl > 1 || indented {
					pending |= ParaBefore
				}
			}
			i = j
			continue
		}
		flags := pending
		pending = Glued
		if len(d.Toks) == 0 {
			flags &^= Glued
		}
		start := i
		if !isWordRune(r) {
			d.addPunct(start, start+n, r, flags)
			i += n
			continue
		}
		if r < utf8.RuneSelf {
			if end := d.addPlainWord(start, flags); end > start {
				i = end
				continue
			}
		}
		i = d.scanWord(start)
		d.addWord(start, i, flags)
	}
}

// addPlainWord adds the word that starts at start when it is a run of
// ASCII letters and digits, the common case, reading each byte once to
// find its end, lower it and count its letters. It returns the word's
// end, or start, adding nothing, for a word scanWord and addWord must
// read: one that goes on with a letter outside ASCII, a number with a
// decimal point or comma ("1.770,5"), or a dotted initial ("U.S.").
func (d *Doc) addPlainWord(start int, flags Flags) int {
	s := d.Text
	ls := len(d.lower)
	letters, lowers, digits := 0, 0, 0
	i := start
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || !asciiWord[c] {
			break
		}
		switch {
		case c >= 'a' && c <= 'z':
			letters++
			lowers++
		case c >= 'A' && c <= 'Z':
			letters++
			c += 'a' - 'A'
		default:
			digits++
		}
		d.lower = append(d.lower, c)
	}
	if i < len(s) {
		c := s[i]
		if c >= utf8.RuneSelf ||
			(c == '.' || c == ',') && isDigit(s[i-1]) && i+1 < len(s) && isDigit(s[i+1]) ||
			c == '.' && i-start == 1 && isLetterByte(s[start]) {
			d.lower = d.lower[:ls]
			return start
		}
	}
	if c := s[start]; c >= 'A' && c <= 'Z' {
		flags |= Upper
	}
	kind := Word
	if letters == 0 {
		kind = Number
	}
	if digits > 0 {
		flags |= HasDigit
	}
	if letters > 0 && lowers == 0 {
		flags |= AllUpper
	}
	d.Toks = append(d.Toks, Token{Start: int32(start), End: int32(i), LStart: int32(ls), LEnd: int32(len(d.lower)), Kind: kind, Flags: flags})
	return i
}

// scanWord returns the end of the word starting at start: letters and
// digits, digits joined by '.' or ',' ("1.770,5"), and dotted initials
// ("U.S.", "U.K.").
func (d *Doc) scanWord(start int) int {
	s := d.Text
	i := start
	runes := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf && asciiWord[c] {
			i++
			runes++
			continue
		}
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if r >= utf8.RuneSelf && isWordRune(r) {
			i += n
			runes++
			continue
		}
		if (r == '.' || r == ',') && i > start && isDigit(s[i-1]) && i+1 < len(s) && isDigit(s[i+1]) {
			i++
			continue
		}
		break
	}
	// Dotted initials: a single letter followed by ".X." sequences.
	if runes == 1 && i < len(s) && s[i] == '.' && isLetterByte(s[start]) {
		j := i
		for j+2 < len(s) && s[j] == '.' && isLetterByte(s[j+1]) && s[j+2] == '.' && (j+3 == len(s) || !isLetterByte(s[j+3])) {
			j += 2
		}
		if j > i {
			return j + 1
		}
	}
	return i
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

func (d *Doc) addPunct(start, end int, r rune, flags Flags) {
	switch r {
	case '"', '\'', '\u201c', '\u201d', '\u201e', '\u2018', '\u2019', '\u201a', '\u00ab', '\u00bb', '`', '\u2039', '\u203a':
		flags |= Quote
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
		flags |= Dash
	}
	ls := len(d.lower)
	d.lower = append(d.lower, d.Text[start:end]...)
	d.Toks = append(d.Toks, Token{Start: int32(start), End: int32(end), LStart: int32(ls), LEnd: int32(len(d.lower)), Kind: Punct, Flags: flags})
}

func (d *Doc) addWord(start, end int, flags Flags) {
	s := d.Text[start:end]
	if d.addASCIIWord(s, start, end, flags) {
		return
	}
	ls := len(d.lower)
	letters, uppers, lowers, digits := 0, 0, 0, 0
	first := true
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			letters++
			lowers++
			d.lower = append(d.lower, byte(r))
		case r >= 'A' && r <= 'Z':
			letters++
			uppers++
			if first {
				flags |= Upper
			}
			d.lower = append(d.lower, byte(r+'a'-'A'))
		case r >= '0' && r <= '9':
			digits++
			d.lower = append(d.lower, byte(r))
		case r < utf8.RuneSelf:
			d.lower = append(d.lower, byte(r))
		default:
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					uppers++
					if first {
						flags |= Upper
					}
				} else {
					lowers++
				}
				r = unicode.ToLower(r)
			}
			d.lower = utf8.AppendRune(d.lower, r)
		}
		if r != '.' && first {
			first = false
		}
	}
	kind := Word
	if letters == 0 {
		kind = Number
	}
	if digits > 0 {
		flags |= HasDigit
	}
	if letters > 0 && lowers == 0 {
		flags |= AllUpper
	}
	d.Toks = append(d.Toks, Token{Start: int32(start), End: int32(end), LStart: int32(ls), LEnd: int32(len(d.lower)), Kind: kind, Flags: flags})
}

// addASCIIWord adds a word of ASCII bytes that addPlainWord left, such as
// "1.770,5" or "U.S.", in one pass over its bytes; it reports false,
// adding nothing, for any other word.
func (d *Doc) addASCIIWord(s string, start, end int, flags Flags) bool {
	ls := len(d.lower)
	letters, lowers, digits := 0, 0, 0
	first := true // before the first byte that is not a dot
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			d.lower = d.lower[:ls]
			return false
		case c >= 'a' && c <= 'z':
			letters++
			lowers++
		case c >= 'A' && c <= 'Z':
			if first {
				flags |= Upper
			}
			letters++
			c += 'a' - 'A'
		case c >= '0' && c <= '9':
			digits++
		}
		if c != '.' {
			first = false
		}
		d.lower = append(d.lower, c)
	}
	kind := Word
	if letters == 0 {
		kind = Number
	}
	if digits > 0 {
		flags |= HasDigit
	}
	if letters > 0 && lowers == 0 {
		flags |= AllUpper
	}
	d.Toks = append(d.Toks, Token{Start: int32(start), End: int32(end), LStart: int32(ls), LEnd: int32(len(d.lower)), Kind: kind, Flags: flags})
	return true
}
