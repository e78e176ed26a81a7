package figures

// numInfo is a parsed digit string.
type numInfo struct {
	val    float64
	seps   bool // written with a '.' or ',' separator
	yearly bool // a plain four-digit number from 1900 to 2099, likely a year
	lead0  bool // starts with "0" followed by a separator ("0,45")
}

// parseDigits parses a number token such as "1.234,5", "1,234.5", "30,5",
// "5,506" or "1 .2" (pre-tokenised). de says whether German separators
// (',' decimal, '.' thousands) are the default; a separator that is not
// followed by exactly three digits is a decimal separator whatever the
// language, and when both '.' and ',' appear the last one is the decimal
// separator.
func parseDigits(s string, de bool) numInfo {
	var lastDot, lastComma, ndots, ncommas = -1, -1, 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.':
			lastDot, ndots = i, ndots+1
		case ',':
			lastComma, ncommas = i, ncommas+1
		}
	}
	dec := byte(0)
	switch {
	case ndots > 0 && ncommas > 0:
		if lastDot > lastComma {
			dec = '.'
		} else {
			dec = ','
		}
	case ndots+ncommas == 1:
		sep, pos := byte('.'), lastDot
		if ncommas == 1 {
			sep, pos = ',', lastComma
		}
		after := digitsAfter(s, pos)
		switch {
		case after != 3 || s[0] == '0' && (pos == 1 || pos == 2 && s[1] == ' '):
			dec = sep
		case de && sep == ',', !de && sep == '.':
			dec = sep
		}
	}
	// More than one of the same separator: thousands groups ("1.234.567").
	var intPart, frac float64
	var fracDiv float64 = 1
	inFrac := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if inFrac {
				frac = frac*10 + float64(c-'0')
				fracDiv *= 10
			} else {
				intPart = intPart*10 + float64(c-'0')
			}
		case c == dec:
			inFrac = true
		}
	}
	n := numInfo{val: intPart + frac/fracDiv, seps: ndots+ncommas > 0}
	n.lead0 = n.seps && s[0] == '0'
	n.yearly = !n.seps && len(s) == 4 && (s[:2] == "19" || s[:2] == "20")
	return n
}

// digitsAfter counts the digits after position pos in s.
func digitsAfter(s string, pos int) int {
	n := 0
	for i := pos + 1; i < len(s) && isDigit(s[i]); i++ {
		n++
	}
	return n
}
