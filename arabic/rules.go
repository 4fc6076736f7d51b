package arabic

import "strings"

// Rules is a set of normalization rules. The zero value changes nothing.
type Rules uint16

// The rules. Each can be switched on or off.
const (
	// StripDiacritics removes harakat, tanween, shadda, sukun, superscript
	// alef and Quranic marks.
	StripDiacritics Rules = 1 << iota
	// StripTatweel removes the kashida ـ.
	StripTatweel
	// FoldAlef maps أ إ آ ٱ to ا.
	FoldAlef
	// FoldAlefMaksura maps ى to ي. Egyptian outlets write final ى for ي
	// (الوطنى, فى); standard spelling puts ى only at the end of a word, so
	// folding it everywhere equals folding it where it is final.
	FoldAlefMaksura
	// FoldTehMarbuta maps ة to ه. For matching only.
	FoldTehMarbuta
	// FoldHamzaSeats maps ؤ to و and ئ to ي. For matching only.
	FoldHamzaSeats
	// FoldDigits maps Arabic-Indic and Persian digits to ASCII, and the
	// Arabic decimal separator, thousands separator and percent sign to . , %.
	FoldDigits
	// FoldPresentation replaces presentation forms (U+FB50–FDFF,
	// U+FE70–FEFF) by their compatibility decomposition (ﻻ → لا), and the
	// Persian letters ی ک by ي ك.
	FoldPresentation
	// RemoveControls removes zero-width and bidi control characters.
	RemoveControls
)

// Named rule sets.
const (
	// Orthographic folds spelling variants that carry no meaning.
	Orthographic = StripDiacritics | StripTatweel | FoldAlef | FoldAlefMaksura | FoldDigits | FoldPresentation | RemoveControls
	// Search is Orthographic plus the matching-only folds of ة and hamza seats.
	Search = Orthographic | FoldTehMarbuta | FoldHamzaSeats
)

var ruleNames = []struct {
	r    Rules
	name string
}{
	{StripDiacritics, "diacritics"}, {StripTatweel, "tatweel"}, {FoldAlef, "alef"},
	{FoldAlefMaksura, "alef-maksura"}, {FoldTehMarbuta, "teh-marbuta"}, {FoldHamzaSeats, "hamza-seats"},
	{FoldDigits, "digits"}, {FoldPresentation, "presentation"}, {RemoveControls, "controls"},
}

// String lists the rules by name, comma-separated.
func (r Rules) Names() string {
	var b strings.Builder
	for _, n := range ruleNames {
		if r&n.r != 0 {
			if b.Len() > 0 {
				b.WriteByte(',')
			}
			b.WriteString(n.name)
		}
	}
	return b.String()
}

// ParseRules parses a comma-separated list of rule names, or "search",
// "orthographic", "none".
func ParseRules(s string) (Rules, bool) {
	switch s {
	case "search", "all":
		return Search, true
	case "orthographic":
		return Orthographic, true
	case "none", "":
		return 0, true
	}
	var r Rules
	for _, part := range strings.Split(s, ",") {
		found := false
		for _, n := range ruleNames {
			if n.name == strings.TrimSpace(part) {
				r |= n.r
				found = true
			}
		}
		if !found {
			return 0, false
		}
	}
	return r, true
}
