package web

import (
	"sort"
	"strings"
	"unicode"

	marsad "github.com/marsad/marsad"
)

// segment is a run of document text: plain, or an entity mention with its
// type and linked id. Templates render segments as escaped text, so
// highlighting never builds HTML out of document text.
type segment struct {
	Text string
	Type string // PER, ORG, LOC, MISC; "" for plain text
	ID   string // the linked entity, "" when unlinked
}

// highlighter cuts spans of a document's text into segments.
type highlighter struct {
	runes []rune
	ents  []marsad.Entity // by Start
}

func newHighlighter(doc *marsad.Document) *highlighter {
	ents := append([]marsad.Entity(nil), doc.Entities...)
	sort.SliceStable(ents, func(i, j int) bool { return ents[i].Start < ents[j].Start })
	return &highlighter{runes: []rune(doc.Text), ents: ents}
}

// segments returns span's text as segments. Mentions that overlap an
// earlier one or cross the span's edges stay plain text.
func (h *highlighter) segments(span marsad.Span) []segment {
	start, end := clamp(span.Start, 0, len(h.runes)), clamp(span.End, 0, len(h.runes))
	var out []segment
	pos := start
	i := sort.Search(len(h.ents), func(i int) bool { return h.ents[i].Start >= start })
	for ; i < len(h.ents) && h.ents[i].Start < end; i++ {
		e := h.ents[i]
		if e.Start < pos || e.End > end || e.End <= e.Start {
			continue
		}
		if e.Start > pos {
			out = append(out, segment{Text: string(h.runes[pos:e.Start])})
		}
		out = append(out, segment{Text: string(h.runes[e.Start:e.End]), Type: e.Type, ID: e.ID})
		pos = e.End
	}
	if pos < end {
		out = append(out, segment{Text: string(h.runes[pos:end])})
	}
	return trimSegments(out)
}

// trimSegments drops the white space around a run of segments (the
// blank lines between a title and a paragraph, say).
func trimSegments(segs []segment) []segment {
	if len(segs) > 0 && segs[0].Type == "" {
		segs[0].Text = strings.TrimLeftFunc(segs[0].Text, unicode.IsSpace)
	}
	if n := len(segs); n > 0 && segs[n-1].Type == "" {
		segs[n-1].Text = strings.TrimRightFunc(segs[n-1].Text, unicode.IsSpace)
	}
	return segs
}

func clamp(n, lo, hi int) int { return max(lo, min(n, hi)) }
