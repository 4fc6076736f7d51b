package arabic

import "unicode/utf8"

// action says what a rule set does with one rune.
type action uint8

const (
	keep    action = iota
	drop           // remove the rune
	replace        // one rune in, one rune out
	expand         // one rune in, several out (presentation forms)
)

// fold decides what r becomes under the rules. For replace it returns the
// new rune.
func (rs Rules) fold(r rune) (action, rune) {
	if r < 0x80 {
		return keep, r
	}
	switch {
	case r == utf8.RuneError:
		return keep, r
	case r >= 0x0600 && r <= 0x06FF:
		return rs.foldArabic(r)
	case IsPresentationForm(r):
		if rs&RemoveControls != 0 && r == 0xFEFF {
			return drop, 0
		}
		if rs&FoldPresentation != 0 && presentation(r) != "" {
			return expand, 0
		}
	case IsControl(r):
		if rs&RemoveControls != 0 {
			return drop, 0
		}
	case IsDiacritic(r):
		if rs&StripDiacritics != 0 {
			return drop, 0
		}
	}
	return keep, r
}

func (rs Rules) foldArabic(r rune) (action, rune) {
	switch {
	case IsDiacritic(r):
		if rs&StripDiacritics != 0 {
			return drop, 0
		}
	case r == Tatweel:
		if rs&StripTatweel != 0 {
			return drop, 0
		}
	case r == AlefMadda || r == AlefHamzaAbove || r == AlefHamzaBelow || r == AlefWasla:
		if rs&FoldAlef != 0 {
			return replace, Alef
		}
	case r == AlefMaksura:
		if rs&FoldAlefMaksura != 0 {
			return replace, Yeh
		}
	case r == TehMarbuta:
		if rs&FoldTehMarbuta != 0 {
			return replace, Heh
		}
	case r == WawHamza:
		if rs&FoldHamzaSeats != 0 {
			return replace, Waw
		}
	case r == YehHamza:
		if rs&FoldHamzaSeats != 0 {
			return replace, Yeh
		}
	case r == FarsiYeh:
		if rs&FoldPresentation != 0 {
			return replace, Yeh
		}
	case r == KeheH:
		if rs&FoldPresentation != 0 {
			return replace, Kaf
		}
	case r == 0x061C:
		if rs&RemoveControls != 0 {
			return drop, 0
		}
	default:
		return rs.foldDigit(r)
	}
	return keep, r
}

func (rs Rules) foldDigit(r rune) (action, rune) {
	if rs&FoldDigits == 0 {
		return keep, r
	}
	if d, ok := Digit(r); ok {
		return replace, rune(d)
	}
	switch r {
	case 0x066B: // Arabic decimal separator
		return replace, '.'
	case 0x066C: // Arabic thousands separator
		return replace, ','
	case 0x066A: // Arabic percent sign
		return replace, '%'
	}
	return keep, r
}

// expansion returns the compatibility decomposition of a presentation form,
// with the rules applied to each resulting rune. Isolated harakat forms
// (U+FE70–FE7F) decompose to a space plus the mark; the space is dropped.
func (rs Rules) expansion(r rune, dst []rune) []rune {
	d := presentation(r)
	for i, x := range d {
		if i == 0 && x == ' ' && len(d) > 1 {
			continue
		}
		switch a, y := rs.fold(x); a {
		case keep:
			dst = append(dst, x)
		case replace:
			dst = append(dst, y)
		case expand:
			dst = append(dst, x) // not reached: NFKC output has no presentation forms
		}
	}
	return dst
}
