package structure

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipTags never reach the analysed text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true, atom.Math: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Head: true, atom.Select: true,
	atom.Option: true, atom.Textarea: true, atom.Input: true, atom.Button: true, atom.Audio: true, atom.Video: true,
}

// blockTags end a block of text.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Body: true, atom.Center: true,
	atom.Dd: true, atom.Details: true, atom.Dialog: true, atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true,
	atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true, atom.Hr: true, atom.Li: true, atom.Main: true, atom.Nav: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Ul: true, atom.Br: true, atom.Summary: true, atom.Caption: true, atom.Html: true, atom.Time: true, atom.Cite: true,
}

// maxDepth bounds the element nesting the walkers descend.
const maxDepth = 512

// block is one paragraph of text taken from markup, with the role its
// markup gives it.
type block struct {
	Text string
	Hint hint
}

// blocker collects blocks while walking a tree.
type blocker struct {
	out  []block
	cur  strings.Builder
	hint hint
	// split, when set, makes an element its own block and names its role.
	split func(n *html.Node) (hint, bool)
	// skip, when set, leaves out a subtree.
	skip func(n *html.Node) bool
}

// blocks renders the text of n as blocks: block-level elements and <br>
// end a block, white space collapses, scripts and styles are dropped.
func blocks(n *html.Node, split func(*html.Node) (hint, bool), skip func(*html.Node) bool) []block {
	b := &blocker{split: split, skip: skip}
	b.walk(n, 0)
	b.flush()
	return b.out
}

func (b *blocker) flush() {
	t := strings.Join(strings.Fields(b.cur.String()), " ")
	b.cur.Reset()
	if t != "" {
		b.out = append(b.out, block{Text: t, Hint: b.hint})
	}
}

func (b *blocker) walk(n *html.Node, depth int) {
	switch n.Type {
	case html.TextNode:
		b.cur.WriteString(n.Data)
		return
	case html.CommentNode, html.DoctypeNode:
		return
	}
	a := tagAtom(n)
	if depth > maxDepth || n.Type == html.ElementNode && (skipTags[a] || hasAttr(n, "hidden") || b.skip != nil && b.skip(n)) {
		return
	}
	h, own := hint(0), false
	if n.Type == html.ElementNode && b.split != nil {
		h, own = b.split(n)
	}
	blk := own || n.Type == html.ElementNode && (blockTags[a] || n.Data == "lb")
	if blk {
		b.flush()
	}
	saved := b.hint
	if own {
		b.hint = h
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.walk(c, depth+1)
	}
	if blk {
		b.flush()
	}
	b.hint = saved
}

// rawTextTags are the skipped elements that always have an end tag, so
// the tokenizer can track being inside one.
var rawTextTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true, atom.Math: true,
	atom.Iframe: true, atom.Object: true, atom.Canvas: true, atom.Textarea: true, atom.Select: true, atom.Audio: true, atom.Video: true,
}

// tokenBlocks strips the tags of src with the tokenizer, for pages the
// parser rejects (e.g. nesting too deep): text outside scripts and styles,
// a new block at each block-level tag.
func tokenBlocks(src string) []block {
	z := html.NewTokenizer(strings.NewReader(src))
	var out []block
	var cur strings.Builder
	skip := 0
	flush := func() {
		if t := strings.Join(strings.Fields(cur.String()), " "); t != "" {
			out = append(out, block{Text: t})
		}
		cur.Reset()
	}
	for {
		switch z.Next() {
		case html.ErrorToken:
			flush()
			return out
		case html.TextToken:
			if skip == 0 {
				cur.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			switch {
			case !rawTextTags[tok.DataAtom]:
			case tok.Type == html.StartTagToken:
				skip++
			case tok.Type == html.EndTagToken && skip > 0:
				skip--
			}
			if blockTags[tok.DataAtom] {
				flush()
			}
		}
	}
}

// tagAtom is n's tag; trafilatura creates elements without DataAtom.
func tagAtom(n *html.Node) atom.Atom {
	if n.DataAtom != 0 || n.Type != html.ElementNode {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

func hasAttr(n *html.Node, name string) bool {
	for _, a := range n.Attr {
		if a.Key == name {
			return true
		}
	}
	return false
}

func attr(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

// find returns the first element in n's subtree that ok accepts.
func find(n *html.Node, ok func(*html.Node) bool) *html.Node {
	if n.Type == html.ElementNode && ok(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, ok); f != nil {
			return f
		}
	}
	return nil
}

// textOf is the collapsed text of n.
func textOf(n *html.Node) string {
	var parts []string
	for _, b := range blocks(n, nil, nil) {
		parts = append(parts, b.Text)
	}
	return strings.Join(parts, " ")
}
