package quote

import marsad "github.com/marsad/marsad"

// sectionOf returns the part of the document token i lies in: the token's
// own Section when the pipeline set it, else from the structure spans
// (everything is body when the body is not known). ok is false for page
// furniture.
func (v *view) sectionOf(i int) (string, bool) {
	switch s := v.toks[i].Section; s {
	case marsad.SectionBody, marsad.SectionTitle, marsad.SectionComment:
		return s, true
	case "":
		return spanSection(v.doc, v.toks[i].Start)
	}
	return "", false
}

// spanSection finds rune pos among the comment, title and body spans.
func spanSection(doc *marsad.Document, pos int) (string, bool) {
	for _, c := range doc.Comments {
		if pos >= c.Start && pos < c.End {
			return marsad.SectionComment, true
		}
	}
	if t := doc.Title; t != nil && pos >= t.Start && pos < t.End {
		return marsad.SectionTitle, true
	}
	if len(doc.Body) == 0 {
		return marsad.SectionBody, true
	}
	for _, b := range doc.Body {
		if pos >= b.Start && pos < b.End {
			return marsad.SectionBody, true
		}
	}
	return "", false
}
