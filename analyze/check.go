package analyze

import (
	"fmt"

	marsad "github.com/marsad/marsad"
)

// TB is the part of testing.TB that CheckOffsets needs.
type TB interface {
	Helper()
	Fatalf(format string, args ...any)
}

// CheckOffsets fails tb unless every item of doc has offsets inside
// doc.Text whose surface is the item's text: tokens, sentences, body and
// title spans, comments, boilerplate, entities and quotes. Tests of every
// package that produces a Document use it.
func CheckOffsets(tb TB, doc *marsad.Document) {
	tb.Helper()
	if err := Offsets(doc); err != nil {
		tb.Fatalf("%v", err)
	}
}

// Offsets returns the first offset-contract violation in doc, or nil.
func Offsets(doc *marsad.Document) error {
	runes := []rune(doc.Text)
	span := func(what string, i, s, e int, text *string) error {
		if s < 0 || e < s || e > len(runes) {
			return fmt.Errorf("%s %d: offsets [%d,%d) out of range (len %d)", what, i, s, e, len(runes))
		}
		if text != nil && string(runes[s:e]) != *text {
			return fmt.Errorf("%s %d: text[%d:%d] = %+q, item says %+q", what, i, s, e, string(runes[s:e]), *text)
		}
		return nil
	}
	var errs []error
	prev := 0
	for i, t := range doc.Tokens {
		if t.Start < prev || t.End == t.Start {
			return fmt.Errorf("token %d [%d,%d) overlaps or is empty", i, t.Start, t.End)
		}
		errs = append(errs, span("token", i, t.Start, t.End, &t.Text))
		prev = t.End
	}
	for i, s := range doc.Sentences {
		errs = append(errs, span("sentence", i, s.Start, s.End, nil))
	}
	for i, s := range doc.Body {
		errs = append(errs, span("body", i, s.Start, s.End, nil))
	}
	if doc.Title != nil {
		errs = append(errs, span("title", 0, doc.Title.Start, doc.Title.End, nil))
	}
	for i, c := range doc.Comments {
		errs = append(errs, span("comment", i, c.Start, c.End, nil))
		for _, p := range []struct {
			s    *marsad.Span
			text *string
		}{{c.AuthorSpan, &c.Author}, {c.TitleSpan, &c.Title}, {c.TextSpan, &c.Text}} {
			if p.s != nil {
				errs = append(errs, span("comment part", i, p.s.Start, p.s.End, p.text))
			}
		}
	}
	for i, b := range doc.Boilerplate {
		errs = append(errs, span("boilerplate", i, b.Start, b.End, nil))
	}
	for i, e := range doc.Entities {
		errs = append(errs, span("entity", i, e.Start, e.End, &e.Text))
	}
	for i, q := range doc.Quotes {
		errs = append(errs, span("quote", i, q.Start, q.End, &q.Text))
		errs = append(errs, span("quote speaker", i, q.Speaker.Start, q.Speaker.End, &q.Speaker.Text))
		if q.Via != nil {
			errs = append(errs, span("quote via", i, q.Via.Start, q.Via.End, &q.Via.Text))
		}
	}
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
