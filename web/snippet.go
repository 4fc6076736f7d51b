package web

import (
	"html"
	"strings"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/terms"
)

// Private-use characters mark matches inside a snippet while it is plain
// text; the text's own are removed first.
const (
	markOpen  = "\uE000"
	markClose = "\uE001"
)

var stripMarks = strings.NewReplacer(markOpen, "", markClose, "")

// piece is a run of snippet text, a match of the query or not.
type piece struct {
	Text  string
	Match bool
}

// snippet returns the best window of text for q as pieces, which the
// templates render (escaped) without ever building HTML from text.
func snippet(text string, q marsad.Query) []piece {
	s := terms.Snippet(stripMarks.Replace(text), q, terms.Mark{Open: markOpen, Close: markClose})
	var out []piece
	for s != "" {
		before, rest, found := strings.Cut(s, markOpen)
		if before != "" {
			out = append(out, piece{Text: before})
		}
		if !found {
			break
		}
		match, after, _ := strings.Cut(rest, markClose)
		out = append(out, piece{Text: match, Match: true})
		s = after
	}
	return out
}

// snippetHTML renders pieces as HTML for the JSON API: text escaped,
// matches in <mark>.
func snippetHTML(ps []piece) string {
	var b strings.Builder
	for _, p := range ps {
		if p.Match {
			b.WriteString("<mark>" + html.EscapeString(p.Text) + "</mark>")
		} else {
			b.WriteString(html.EscapeString(p.Text))
		}
	}
	return b.String()
}
