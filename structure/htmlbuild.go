package structure

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// builder writes the analysed text and records each line's offsets.
type builder struct {
	sb    strings.Builder
	runes int
	ls    []line
}

// add appends one line; sep is written before it unless it is the first.
func (b *builder) add(t string, sep string, h hint, item int) {
	t = strings.TrimFunc(t, isTrim)
	if t == "" {
		return
	}
	if b.sb.Len() > 0 {
		b.sb.WriteString(sep)
		b.runes += utf8.RuneCountInString(sep)
	}
	n := utf8.RuneCountInString(t)
	l := line{Start: b.runes, End: b.runes + n, A: b.sb.Len(), Text: t, Hint: h, Item: item, BlankBefore: sep != "\n"}
	l.analyze()
	b.sb.WriteString(t)
	l.B = b.sb.Len()
	b.runes += n
	b.ls = append(b.ls, l)
}

// buildText lays out the title, a blank line, the body paragraphs
// separated by blank lines, then the comments: one comment's lines
// separated by newlines, comments by blank lines.
func buildText(ex extracted) (string, []line) {
	var b builder
	b.add(ex.Title, "", hintTitle, 0)
	for _, bl := range ex.Body {
		b.add(bl.Text, "\n\n", hintNone, 0)
	}
	for i, g := range ex.Comments {
		item := -1
		if g.Item {
			item = i + 1
		}
		for j, bl := range g.Blocks {
			sep := "\n"
			if j == 0 {
				sep = "\n\n"
			}
			b.add(bl.Text, sep, bl.Hint, item)
		}
	}
	return b.sb.String(), b.ls
}

// dropDuplicates removes body blocks that repeat the title, an earlier
// block (extractors sometimes emit a passage twice) or a comment line.
func dropDuplicates(ex extracted) []block {
	seen := map[string]bool{norm(ex.Title): true}
	for _, g := range ex.Comments {
		for _, bl := range g.Blocks {
			if utf8.RuneCountInString(bl.Text) > 40 {
				seen[norm(bl.Text)] = true
			}
		}
	}
	var out []block
	for _, bl := range ex.Body {
		k := norm(bl.Text)
		if seen[k] {
			continue
		}
		if utf8.RuneCountInString(k) > 20 {
			seen[k] = true
		}
		out = append(out, bl)
	}
	return out
}

// fixTitle cuts a title that swallowed the article (an unclosed <h1>)
// back to the text before the first paragraph.
func fixTitle(title string, body []block) string {
	if len(body) == 0 || title == body[0].Text {
		return title
	}
	if i := strings.Index(title, body[0].Text); i > 0 {
		return strings.TrimSpace(title[:i])
	}
	return title
}

// fallbackBlocks renders the page body without the comment roots.
func fallbackBlocks(page *html.Node, roots []*html.Node) []block {
	skip := map[*html.Node]bool{}
	for _, r := range roots {
		skip[r] = true
	}
	return blocks(page, nil, func(n *html.Node) bool { return skip[n] })
}

// pageTitle is the first <h1>, else og:title, else <title>.
func pageTitle(page *html.Node) string {
	if h := find(page, func(n *html.Node) bool { return n.DataAtom == atom.H1 }); h != nil {
		if t := textOf(h); t != "" {
			return t
		}
	}
	if m := find(page, func(n *html.Node) bool { return n.DataAtom == atom.Meta && attr(n, "property") == "og:title" }); m != nil {
		if t := strings.Join(strings.Fields(attr(m, "content")), " "); t != "" {
			return t
		}
	}
	if t := find(page, func(n *html.Node) bool { return n.DataAtom == atom.Title }); t != nil {
		return strings.Join(strings.Fields(textOfRaw(t)), " ")
	}
	return ""
}

// textOfRaw concatenates the text nodes under n (for <title>, which the
// block walker would skip inside <head>).
func textOfRaw(n *html.Node) string {
	var sb strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			sb.WriteString(c.Data)
		}
	}
	return sb.String()
}
