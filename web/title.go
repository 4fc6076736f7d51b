package web

import (
	"strings"

	marsad "github.com/marsad/marsad"
)

// maxLedeTitle bounds a title made from a document's first words.
const maxLedeTitle = 90

// fillTitle gives an untitled document its first words as a title, for
// listings; its analysis and search index are unchanged.
func fillTitle(d *marsad.StoredDocument) {
	if d.Title != "" || d.Doc == nil {
		return
	}
	spans := bodySpans(d.Doc)
	r := []rune(d.Doc.Text)
	if len(spans) == 0 || spans[0].Start >= len(r) {
		return
	}
	text := strings.Join(strings.Fields(string(r[spans[0].Start:min(spans[0].End, len(r))])), " ")
	if words := []rune(text); len(words) > maxLedeTitle {
		cut := string(words[:maxLedeTitle])
		if i := strings.LastIndex(cut, " "); i > 0 {
			cut = cut[:i]
		}
		text = strings.TrimRight(cut, "،,.؛:") + "…"
	}
	d.Title = text
}
