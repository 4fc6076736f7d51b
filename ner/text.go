package ner

import (
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/arabic/clitic"
	"github.com/marsad/marsad/arabic/root"
	"github.com/marsad/marsad/arabic/stem"
)

// The word analyses the features read, from the project's arabic packages.

// searchForm is the matching form: no diacritics or tatweel, alef forms
// folded, ى→ي, ة→ه, ؤ→و, ئ→ي, ASCII digits.
func searchForm(s string) string { return arabic.Search.String(s) }

// orthoForm is searchForm but keeps ة and the hamza seats ؤ ئ.
func orthoForm(s string) string { return arabic.Orthographic.String(s) }

// lightStem returns the light stem of an orthographic form, in search form.
func lightStem(s string) string { return stem.Light(s) }

// rootOf returns the root of an orthographic form.
func rootOf(s string) string { return root.Extract(s) }

// cliticBase strips proclitics (و ف ب ك ل ال ...) and enclitic pronouns
// from an orthographic form.
func cliticBase(s string) string { return clitic.Split(s).Base }
