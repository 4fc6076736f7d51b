// Package terms turns documents and queries into the terms the search
// index holds, with one analysis for both: a word is indexed and searched
// by its normalized form (Norm: no diacritics, one alef, ي for final ى,
// ه for ة, hamza seats folded), its light stem, and its name key (spelling
// and transliteration variants folded), so what a user types matches
// however an outlet spelled it.
package terms
