package analyze

import (
	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/structure"
)

// SectionBoilerplate marks tokens in page furniture (related links, share
// prompts, copyright lines); later stages skip them.
const SectionBoilerplate = "boilerplate"

// applyStructure copies the structure stage's result into doc.
func applyStructure(doc *marsad.Document, st marsad.Structure) {
	doc.Title = st.Title
	if st.Body != nil {
		doc.Body = st.Body
	}
	if st.Comments != nil {
		doc.Comments = st.Comments
	}
	if st.Boilerplate != nil {
		doc.Boilerplate = st.Boilerplate
	}
	doc.Source = st.Source
}

// parseStructure runs the structure stage on raw input.
func (a *Analyzer) parseStructure(name string, raw []byte) (*marsad.Document, error) {
	text, st, warnings, err := structure.Parse(raw, structure.Options{
		FileName: name, ContentType: a.opts.ContentType, MaxBytes: a.opts.MaxBytes,
	})
	if err != nil {
		return nil, err
	}
	doc := newDocument(name)
	doc.Text = text
	doc.Warnings = append(doc.Warnings, warnings...)
	applyStructure(doc, st)
	return doc, nil
}

// assignSections sets each token's Section from the document's structure:
// title, body, comment or boilerplate. Text outside every span (blank
// lines, or a document whose structure is unknown) counts as body.
func assignSections(doc *marsad.Document) {
	spans := sectionSpans(doc)
	j := 0
	for i := range doc.Tokens {
		t := &doc.Tokens[i]
		for j < len(spans) && spans[j].End <= t.Start {
			j++
		}
		t.Section = marsad.SectionBody
		if j < len(spans) && spans[j].Start <= t.Start {
			t.Section = spans[j].section
		}
	}
}

type sectionSpan struct {
	marsad.Span
	section string
}

// sectionSpans lists the non-body spans in text order.
func sectionSpans(doc *marsad.Document) []sectionSpan {
	var out []sectionSpan
	if doc.Title != nil {
		out = append(out, sectionSpan{*doc.Title, marsad.SectionTitle})
	}
	for _, c := range doc.Comments {
		out = append(out, sectionSpan{marsad.Span{Start: c.Start, End: c.End}, marsad.SectionComment})
	}
	for _, b := range doc.Boilerplate {
		out = append(out, sectionSpan{marsad.Span{Start: b.Start, End: b.End}, SectionBoilerplate})
	}
	sortSpans(out)
	return out
}

func sortSpans(s []sectionSpan) {
	for i := 1; i < len(s); i++ {
		for k := i; k > 0 && s[k].Start < s[k-1].Start; k-- {
			s[k], s[k-1] = s[k-1], s[k]
		}
	}
}
