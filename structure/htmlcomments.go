package structure

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var (
	reCommentish = regexp.MustCompile(`(?i)comment|disqus|تعليق`)
	reTokenSplit = regexp.MustCompile(`[-_\s]+|([a-z])([A-Z])`)
)

// partWords name the parts of a comment, not the comment itself.
var partWords = map[string]bool{
	"author": true, "name": true, "user": true, "username": true, "avatar": true, "text": true, "body": true, "content": true,
	"message": true, "msg": true, "title": true, "subject": true, "meta": true, "date": true, "time": true, "count": true,
	"counter": true, "number": true, "num": true, "actions": true, "action": true, "like": true, "likes": true, "vote": true,
	"votes": true, "footer": true, "header": true, "form": true, "respond": true, "button": true, "btn": true, "link": true,
	"info": true, "list": true, "area": true, "section": true, "container": true, "wrapper": true, "wrap": true, "box": false,
	"comments": true, "commentlist": true, "reply": false, "replies": true, "policy": true, "rules": true, "login": true,
	"icon": true, "img": true, "image": true, "share": true, "report": true, "more": true, "load": true, "pagination": true,
	"textarea": true, "input": true, "field": true, "label": true, "no": true, "closed": true, "heading": true, "head": true,
}

// classTokens splits class and id into lower-case words.
func classTokens(n *html.Node) []string {
	s := attr(n, "class") + " " + attr(n, "id")
	s = reTokenSplit.ReplaceAllString(s, "$1 $2")
	return strings.Fields(strings.ToLower(s))
}

func commentish(n *html.Node) bool {
	return n.Type == html.ElementNode && reCommentish.MatchString(attr(n, "class")+" "+attr(n, "id"))
}

// isCommentItem reports an element that is one comment: comment-ish,
// and none of its class words names a part or a list.
func isCommentItem(n *html.Node) bool {
	if !commentish(n) {
		return false
	}
	for _, t := range classTokens(n) {
		if partWords[t] {
			return false
		}
	}
	return true
}

// commentRoots returns the outermost comment-ish elements of the page
// that hold text and do not hold the article (an <article>, an <h1>, or
// its opening paragraph lead, when known); comment-ish wrappers of the
// article are searched inside.
func commentRoots(doc *html.Node, lead string) []*html.Node {
	var roots []*html.Node
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil && depth < maxDepth; c = c.NextSibling {
			if c.Type != html.ElementNode || skipTags[c.DataAtom] {
				continue
			}
			if commentish(c) && find(c, isArticleRoot) == nil {
				t := textOf(c)
				if lead == "" || !strings.Contains(t, lead) {
					if strings.TrimSpace(t) != "" {
						roots = append(roots, c)
					}
					continue
				}
			}
			walk(c, depth+1) // not comment markup, or it wraps the article
		}
	}
	walk(doc, 0)
	return roots
}

func isArticleRoot(n *html.Node) bool { return n.DataAtom == atom.Article || n.DataAtom == atom.H1 }

// commentItems returns the comments under root: comment items by class,
// else the list items of its lists.
func commentItems(root *html.Node) []*html.Node {
	var items []*html.Node
	walkElems(root, func(n *html.Node) {
		if n != root && isCommentItem(n) {
			items = append(items, n)
		}
	})
	if len(items) > 0 {
		return items
	}
	walkElems(root, func(n *html.Node) {
		if n.DataAtom == atom.Li && n.Parent != nil && (n.Parent.DataAtom == atom.Ul || n.Parent.DataAtom == atom.Ol) {
			items = append(items, n)
		}
	})
	return items
}

func walkElems(n *html.Node, f func(*html.Node)) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			f(c)
			walkElems(c, f)
		}
	}
}

// roleWords map class words to comment parts, strongest first.
var roleWords = []struct {
	h     hint
	words string
}{
	{hintReplies, " replies count counter replycount "},
	{hintAuthor, " author name user username nick nickname commenter fn by "},
	{hintCTitle, " title subject headline "},
	{hintDate, " date time timestamp published ago "},
	{hintCText, " text body content message msg "},
	{hintCOther, " actions action like likes vote votes report share reply btn button avatar "},
}

// commentRole names the part of a comment an element holds, from its
// class and id words, then its tag, then its itemprop.
func commentRole(n *html.Node) (hint, bool) {
	toks := classTokens(n)
	for _, r := range roleWords {
		for _, t := range toks {
			if strings.Contains(r.words, " "+t+" ") {
				return r.h, true
			}
		}
	}
	switch n.DataAtom {
	case atom.Cite:
		return hintAuthor, true
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return hintCTitle, true
	case atom.Time:
		return hintDate, true
	case atom.P, atom.Blockquote:
		return hintCText, true
	}
	switch attr(n, "itemprop") {
	case "author", "name":
		return hintAuthor, true
	case "text", "commentText":
		return hintCText, true
	case "dateCreated", "datePublished":
		return hintDate, true
	}
	return hintNone, false
}

// group is the blocks of one comment item, or of a comment root whose
// items the markup does not mark (Items false).
type group struct {
	Blocks []block
	Item   bool
}

// commentGroups renders the comments of all roots.
func commentGroups(roots []*html.Node) []group {
	var out []group
	for _, r := range roots {
		out = append(out, commentBlocks(r)...)
	}
	return out
}

// commentBlocks renders each comment item as blocks with role hints;
// nested replies are rendered as their own items. Without items the
// root's blocks form one unstructured group.
func commentBlocks(root *html.Node) []group {
	items := commentItems(root)
	isItem := map[*html.Node]bool{}
	for _, it := range items {
		isItem[it] = true
	}
	var out []group
	for _, it := range items {
		cur := it
		bs := blocks(it, commentRole, func(n *html.Node) bool { return n != cur && isItem[n] })
		if len(bs) > 0 {
			out = append(out, group{Blocks: bs, Item: true})
		}
	}
	if len(out) == 0 {
		if bs := blocks(root, nil, nil); len(bs) > 0 {
			out = append(out, group{Blocks: bs})
		}
	}
	return out
}
