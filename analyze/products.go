package analyze

import (
	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// typeProducts retypes as MISC a mention right after a word that names a
// model (مروحية من طراز بيف هوك, سيارة موديل كامري): a product, not the
// person or place the tagger read. A make (ماركة تويوتا) is a company and
// stays as it is.
func typeProducts(doc *marsad.Document) {
	owner := doc.TokenOwners()
	for i := 1; i < len(doc.Tokens); i++ {
		ei := owner[i]
		if ei < 0 || owner[i-1] >= 0 || doc.Entities[ei].Start != doc.Tokens[i].Start || !productWord(doc.Tokens[i-1].Text) {
			continue
		}
		doc.Entities[ei].Type = marsad.MISC
	}
}

func productWord(w string) bool {
	switch arabic.Search.String(w) {
	case "طراز", "الطراز", "طرازي", "موديل", "الموديل":
		return true
	}
	return false
}
