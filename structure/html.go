package structure

import (
	"strings"

	htmldate "github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/marsad/marsad"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// extracted is what the HTML path takes from a page before building the
// analysed text.
type extracted struct {
	Title    string
	Body     []block
	Comments []group
	Meta     srcInfo // from the page's metadata
	Header   srcInfo // from furniture lines above the article
}

// parseHTML decodes the page, extracts title, body and metadata with
// go-trafilatura (tag stripping when it finds nothing), reads the comments
// from the page's comment markup, rebuilds the text and classifies it.
func parseHTML(raw []byte, opt Options) (string, marsad.Structure, []string, error) {
	src, warns := decode(raw, declaredCharset(raw, opt, true))
	var ex extracted
	if page, err := html.Parse(strings.NewReader(src)); err == nil {
		var w []string
		ex, w = extract(src, page)
		warns = append(warns, w...)
	} else {
		ex.Body = tokenBlocks(src)
		warns = append(warns, "HTML could not be parsed ("+err.Error()+"); tags stripped")
	}
	text, ls := buildText(ex)
	if len(ls) == 0 {
		return "", marsad.Structure{}, warns, marsad.Errorf(marsad.EINVALID, "no text in the HTML document")
	}
	st := classify(text, ls, ex.Title == "")
	s := srcInfo{Outlet: st.Source.Outlet, Dateline: st.Source.Dateline, Author: st.Source.Author, Published: st.Source.Published}
	s.merge(ex.Header)
	s.merge(ex.Meta)
	st.Source = s.source()
	return text, st, warns, nil
}

// extract runs trafilatura on its own parse of src (it edits the tree)
// and falls back to the blocks of the whole page.
func extract(src string, page *html.Node) (extracted, []string) {
	var ex extracted
	var warns []string
	res := runTrafilatura(src)
	if res != nil {
		ex.Body = blocks(res.ContentNode, nil, nil)
		ex.Title = strings.TrimSpace(res.Metadata.Title)
		ex.Meta = metaSource(res.Metadata)
	}
	if len(ex.Body) == 0 {
		warns = append(warns, "HTML extractor found no article; using all page text")
	}
	lead := ""
	if len(ex.Body) > 0 {
		lead = ex.Body[0].Text
	}
	roots := commentRoots(page, lead)
	ex.Comments = commentGroups(roots)
	if len(ex.Body) == 0 {
		ex.Body = fallbackBlocks(page, roots)
	}
	if ex.Title == "" {
		ex.Title = pageTitle(page)
	}
	ex.Title = fixTitle(ex.Title, ex.Body)
	ex.Body = dropDuplicates(ex)
	ex.Header = headerSource(page, roots, ex.Body)
	return ex, warns
}

// runTrafilatura extracts the article; nil when it fails or panics.
func runTrafilatura(src string) (res *trafilatura.ExtractResult) {
	defer func() {
		if recover() != nil {
			res = nil
		}
	}()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return nil
	}
	prune(doc)
	opts := trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		MaxTreeSize:     200000,
		HtmlDateOptions: &htmldate.Options{SkipExtensiveSearch: true, UseOriginalDate: true},
	}
	r, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil || r == nil || r.ContentNode == nil {
		return nil
	}
	return r
}

func metaSource(m trafilatura.Metadata) srcInfo {
	s := srcInfo{Outlet: strings.TrimSpace(m.Sitename), Author: cleanAuthor(m.Author)}
	if !m.Date.IsZero() && m.Date.Year() > 1900 {
		s.Published = m.Date.Format("2006-01-02")
	}
	return s
}

// cleanAuthor strips a byline keyword from a stated author ("كتب- محمد").
func cleanAuthor(a string) string {
	a = strings.TrimSpace(a)
	if si, ok := byline(a, words(a)); ok && si.Author != "" {
		return si.Author
	}
	return a
}

// headerSource reads the source lines of the page above the article's
// first paragraph (bylines, datelines, dates the extractor left out).
func headerSource(page *html.Node, roots []*html.Node, body []block) srcInfo {
	var s srcInfo
	if len(body) == 0 {
		return s
	}
	for i, bl := range fallbackBlocks(page, roots) {
		if bl.Text == body[0].Text || i > 60 {
			break
		}
		l := textLine(bl.Text)
		if navLine(l) {
			continue
		}
		if iso, ok := dateLine(bl.Text); ok {
			s.merge(srcInfo{Published: iso})
			continue
		}
		if k, si := sourceLine(l, false); k != "" {
			s.merge(si)
		}
	}
	return s
}

// prune removes the elements whose text never reaches the analysed text
// (scripts, styles, templates, hidden elements) before extraction; JSON-LD
// metadata stays for the extractor to read.
func prune(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && c.DataAtom != atom.Head && c.DataAtom != atom.Html && !isJSONLD(c) && (skipTags[c.DataAtom] || hasAttr(c, "hidden")) {
			n.RemoveChild(c)
		} else {
			prune(c)
		}
		c = next
	}
}

func isJSONLD(n *html.Node) bool {
	return n.DataAtom == atom.Script && strings.Contains(strings.ToLower(attr(n, "type")), "ld+json")
}
