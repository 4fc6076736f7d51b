package web

import (
	"net/http"

	marsad "github.com/marsad/marsad"
)

type documentPage struct {
	head
	D           *marsad.StoredDocument
	TitleSegs   []segment
	Paragraphs  [][]segment
	Quotes      []marsad.Quote
	Attribution *marsad.Attribution
	Comments    []commentView
	Linked      []marsad.Linked
}

type commentView struct {
	marsad.Comment
	Segs []segment
}

// uiDocument shows an article: its text with entities highlighted by
// type, its quotes, its chain of attribution, and its comments apart.
func (s *Server) uiDocument(w http.ResponseWriter, r *http.Request) {
	d, err := s.store.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	doc := d.Doc
	if doc == nil {
		doc = &marsad.Document{}
	}
	h := newHighlighter(doc)
	p := documentPage{head: head{Title: firstNonEmpty(d.Title, d.ID)}, D: d, Quotes: bodyQuotes(doc),
		Attribution: attributionOf(d), Linked: doc.Linked}
	if doc.Title != nil {
		p.TitleSegs = h.segments(*doc.Title)
	}
	for _, sp := range bodySpans(doc) {
		p.Paragraphs = append(p.Paragraphs, h.segments(sp))
	}
	for _, c := range doc.Comments {
		cv := commentView{Comment: c}
		if c.TextSpan != nil {
			cv.Segs = h.segments(*c.TextSpan)
		}
		p.Comments = append(p.Comments, cv)
	}
	s.render(w, r, "document", http.StatusOK, p)
}

// bodySpans are the article's paragraphs: the body the structure stage
// found, else the text before the first comment.
func bodySpans(doc *marsad.Document) []marsad.Span {
	if len(doc.Body) > 0 {
		return doc.Body
	}
	end := len([]rune(doc.Text))
	if len(doc.Comments) > 0 {
		end = doc.Comments[0].Start
	}
	start := 0
	if doc.Title != nil && doc.Title.Start == 0 {
		start = doc.Title.End
	}
	return []marsad.Span{{Start: start, End: end}}
}

// bodyQuotes are the quotes of the article, not of its comments.
func bodyQuotes(doc *marsad.Document) []marsad.Quote {
	var out []marsad.Quote
	for _, q := range doc.Quotes {
		if q.Section != marsad.SectionComment {
			out = append(out, q)
		}
	}
	return out
}

// attributionOf is the document's attribution with its outlet filled in
// from the stored metadata when the text names none; nil when empty.
func attributionOf(d *marsad.StoredDocument) *marsad.Attribution {
	if d.Doc == nil || d.Doc.Attribution == nil {
		return nil
	}
	a := *d.Doc.Attribution
	if len(a.Cites) == 0 && len(a.Direct) == 0 {
		return nil
	}
	a.Outlet = firstNonEmpty(d.Outlet, a.Outlet, "المصدر")
	return &a
}
