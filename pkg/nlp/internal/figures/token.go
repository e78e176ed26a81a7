package figures

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	kWord  uint8 = iota + 1 // letters (any script), no digits
	kNum                    // digits with inner '.' or ',' separators
	kPunct                  // one punctuation or symbol rune
)

// Whitespace before a token, as token.ws records it.
const (
	wsSpace uint8 = 1 << iota // whitespace before the token
	wsLine                    // a line break before the token
)

// token is one word, number or punctuation rune of the text. Whitespace is
// not a token: ws records what preceded the token, so that adjacency
// ("EUR131m", "US-Dollar") and line structure (wire tables) stay visible.
// A token takes 12 bytes, as a text has about one for every five bytes.
type token struct {
	s, e int32
	lx   int16 // index+1 into lexicon for a word with an entry, else 0
	kind uint8
	ws   uint8
}

// sp reports whether whitespace precedes the token.
func (t *token) sp() bool { return t.ws&wsSpace != 0 }

// nl reports whether a line break precedes the token.
func (t *token) nl() bool { return t.ws&wsLine != 0 }

// tokenize splits text into tokens in one pass, appending them to toks
// and the word classes of each token to cls. When toks and cls have too
// little room, it allocates them once, sized from the text length.
func tokenize(toks []token, cls []uint16, text string, lk *lexicon) ([]token, []uint16) {
	if n := len(text)/5 + 8; cap(toks) < n {
		toks = make([]token, 0, n)
		cls = make([]uint16, 0, n)
	}
	var ws uint8
	var low [maxKey]byte
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			ws |= wsSpace
			i++
			continue
		case c == '\n':
			ws |= wsSpace | wsLine
			i++
			continue
		case c >= '0' && c <= '9':
			j := scanNumber(text, i)
			toks = append(toks, token{s: int32(i), e: int32(j), kind: kNum, ws: ws})
			cls = append(cls, 0)
			i = j
		case c == 'x' && len(text)-i >= 5 && text[i+1:i+5] == "20ac" && (i+5 == len(text) || !wordByte(text, i+5) && !isDigit(text[i+5])):
			// "x20ac" is how some wire text spells the euro sign.
			k := lk.index(text[i:i+5], &low)
			toks = append(toks, token{s: int32(i), e: int32(i + 5), kind: kWord, ws: ws, lx: k.lx})
			cls = append(cls, k.class)
			i += 5
		case c < 0x80:
			if isASCIILetter(c) {
				// Most words are ASCII in small letters, which are their
				// own lexicon key: only the others are lower-cased.
				fold := c <= 'Z'
				j := i + 1
				for j < len(text) {
					if c := text[j]; c < 0x80 {
						if !isASCIILetter(c) {
							break
						}
						fold = fold || c <= 'Z'
						j++
					} else if wordByte(text, j) {
						fold = true
						j += wordLen(text, j)
					} else {
						break
					}
				}
				var k key
				if fold {
					k = lk.index(text[i:j], &low)
				} else {
					k = lk.indexLower(text[i:j])
				}
				toks = append(toks, token{s: int32(i), e: int32(j), kind: kWord, ws: ws, lx: k.lx})
				cls = append(cls, k.class)
				i = j
			} else {
				toks = append(toks, token{s: int32(i), e: int32(i + 1), kind: kPunct, ws: ws})
				cls = append(cls, 0)
				i++
			}
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsLetter(r):
				j := i + n
				for j < len(text) && wordByte(text, j) {
					j += wordLen(text, j)
				}
				k := lk.index(text[i:j], &low)
				toks = append(toks, token{s: int32(i), e: int32(j), kind: kWord, ws: ws, lx: k.lx})
				cls = append(cls, k.class)
				i = j
			case unicode.IsSpace(r):
				ws |= wsSpace
				if r == '\u2028' || r == '\u2029' || r == '\u0085' {
					ws |= wsLine
				}
				i += n
				continue
			default:
				toks = append(toks, token{s: int32(i), e: int32(i + n), kind: kPunct, ws: ws})
				cls = append(cls, 0)
				i += n
			}
		}
		ws = 0
	}
	return toks, cls
}

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// wordByte reports whether the rune at text[j] continues a word.
func wordByte(text string, j int) bool {
	c := text[j]
	if c < 0x80 {
		return isASCIILetter(c)
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsLetter(r)
}

func wordLen(text string, j int) int {
	if text[j] < 0x80 {
		return 1
	}
	_, n := utf8.DecodeRuneInString(text[j:])
	return n
}

// scanNumber returns the end of the number starting at i: digits with
// inner '.' or ',' each followed by a digit. Pre-tokenised text splits a
// decimal as "1 .2"; a single space before a '.' that is followed by a
// digit is taken as part of the number when the number has no separator
// yet.
func scanNumber(text string, i int) int {
	j := i
	sep := false
	for j < len(text) {
		c := text[j]
		if c >= '0' && c <= '9' {
			j++
			continue
		}
		if (c == '.' || c == ',') && j+1 < len(text) && isDigit(text[j+1]) {
			sep = true
			j++
			continue
		}
		if !sep && c == ' ' && j+2 < len(text) && text[j+1] == '.' && isDigit(text[j+2]) {
			j += 2
			sep = true
			continue
		}
		if c == ' ' && j+5 <= len(text) && text[j+1] == ',' && isDigit(text[j+2]) && isDigit(text[j+3]) && isDigit(text[j+4]) &&
			(j+5 == len(text) || !isDigit(text[j+5])) {
			// "EUR995 ,000" in pre-tokenised text: a thousands group.
			j += 2
			sep = true
			continue
		}
		break
	}
	return j
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
