package text

// abbreviations end with a dot that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true,
	"co": true, "corp": true, "inc": true, "ltd": true, "jr": true, "sr": true,
	"no": true, "nr": true, "bzw": true, "ca": true, "vgl": true, "mio": true,
	"mrd": true, "tsd": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"okt": true, "nov": true, "dec": true, "dez": true, "etc": true, "usw": true,
	"vs": true, "gen": true, "gov": true, "sen": true, "rep": true, "bros": true,
	"dipl": true, "ing": true, "mag": true, "hr": true, "fr": true, "abs": true,
	"ggf": true, "inkl": true, "exkl": true, "zzgl": true, "rd": true, "evtl": true,
	"min": true, "max": true, "mln": true, "bln": true, "dlrs": true, "approx": true,
	"est": true, "pct": true, "mt": true, "ft": true, "lt": true, "col": true,
	"u.s": true, "a.g": true, "z.b": true, "d.h": true, "u.a": true, "s.a": true,
	"mass": true, "calif": true, "conn": true, "del": true, "ill": true, "fla": true,
	"tex": true, "wash": true, "penn": true, "mich": true, "wis": true, "minn": true,
}

var months = map[string]bool{
	"januar": true, "jänner": true, "februar": true, "feber": true, "märz": true,
	"april": true, "mai": true, "juni": true, "juli": true, "august": true,
	"september": true, "oktober": true, "november": true, "dezember": true,
}

// split fills d.Sents from the tokens and sets SentStart.
func (d *Doc) split() {
	from := 0
	lineStart := 0
	for i := range d.Toks {
		t := &d.Toks[i]
		if i > from && t.Flags&(ParaBefore|NewlineBefore) != 0 {
			if t.Flags&ParaBefore != 0 || d.lineBreak(i, lineStart) {
				d.endSentence(from, i)
				from = i
			}
		}
		if t.Flags&NewlineBefore != 0 {
			lineStart = int(t.Start)
		}
		if i > from && d.endsBefore(i) {
			d.endSentence(from, i)
			from = i
		}
	}
	if from < len(d.Toks) {
		d.endSentence(from, len(d.Toks))
	}
}

// lineBreak reports whether the newline before token i, which ends the
// line that starts at byte lineStart, ends a sentence. Wire text wraps
// its lines at about 65 characters, so a newline alone does not. But
// headlines, datelines and table rows are short lines of their own
// (though a wire story's first line is short too, its dateline cut off:
// it ends in a lower-case word and holds no number, or leaves a bracket
// open), and a line that ends in a number before a capitalised word is a
// table row.
func (d *Doc) lineBreak(i, lineStart int) bool {
	prev := &d.Toks[i-1]
	next := &d.Toks[i]
	if int(prev.End)-lineStart < 40 {
		open, number := false, false
		for j := i - 1; j >= 0 && int(d.Toks[j].Start) >= lineStart; j-- {
			switch d.Toks[j].Kind {
			case Number:
				number = true
			case Punct:
				switch d.Text[d.Toks[j].Start] {
				case '<', '(':
					open = true
				case '>', ')':
					open = false
				}
			}
		}
		lowerEnd := prev.Kind == Word && prev.Flags&(Upper|AllUpper) == 0
		return !open && (!lowerEnd || number)
	}
	if next.Flags&(Upper|AllUpper) == 0 {
		return false
	}
	return prev.Kind == Number || prev.Kind == Punct && d.Text[prev.Start] != ','
}

func (d *Doc) endSentence(from, to int) {
	d.Toks[from].Flags |= SentStart
	d.Sents = append(d.Sents, Sentence{From: from, To: to})
}

// endsBefore reports whether a sentence ends just before token i.
func (d *Doc) endsBefore(i int) bool {
	t := &d.Toks[i]
	if t.Flags&Glued != 0 {
		return false
	}
	// Step back over closing quotes and brackets glued to the end mark.
	j := i - 1
	for j > 0 && d.Toks[j].Kind == Punct && d.Toks[j].Flags&Glued != 0 {
		c := d.Text[d.Toks[j].Start]
		if c == ')' || d.Toks[j].Flags&Quote != 0 {
			j--
			continue
		}
		break
	}
	p := &d.Toks[j]
	if p.Kind != Punct {
		return false
	}
	switch d.Text[p.Start] {
	case '!', '?':
		return !d.startsLower(i)
	case '.':
	default:
		return false
	}
	if j == 0 {
		return false
	}
	if d.startsLower(i) {
		return false
	}
	prev := &d.Toks[j-1]
	if p.Flags&Glued == 0 {
		// A spaced dot (" . ") ends a sentence in pre-tokenised text.
		return true
	}
	switch prev.Kind {
	case Word:
		w := string(d.Lower(j - 1))
		if abbreviations[w] {
			return false
		}
		if prev.End-prev.Start == 1 && prev.Flags&Upper != 0 {
			return false // an initial: "George W. Bush"
		}
	case Number:
		// German ordinals and dates: "am 21. April", "zum 30. Juni".
		if prev.End-prev.Start <= 2 && t.Kind == Word && months[string(d.Lower(i))] {
			return false
		}
	}
	return true
}

// startsLower reports whether token i begins with a lower-case letter.
func (d *Doc) startsLower(i int) bool {
	t := &d.Toks[i]
	return t.Kind == Word && t.Flags&Upper == 0 && t.Flags&AllUpper == 0 && t.Flags&HasDigit == 0
}
