// Package arabic holds Arabic letters, spelling normalization with an offset
// map back to the original text, Buckwalter transliteration and a language
// (script) check.
//
// Normalization is a set of rules (Rules), each switchable, applied in one
// pass by Normalize, Rules.String or Rules.Append. Two rule sets are named:
//
//   - Orthographic: spelling variants that carry no meaning are folded
//     (diacritics, tatweel, alef forms, final ى, digits, presentation forms,
//     invisible controls). Stemmers read this form: ة and hamza seats are kept.
//   - Search: Orthographic plus ة→ه and ؤ→و, ئ→ي. For matching only.
//
// Every rule maps one input rune to zero or one output rune, except the
// presentation-form rule, which may expand a ligature (ﻻ → لا). Normalization
// is idempotent, always outputs valid UTF-8 (invalid bytes become U+FFFD) and
// returns the input string itself, without allocating, when it is already
// normal.
package arabic
