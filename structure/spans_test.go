package structure

import (
	"fmt"
	"sort"
	"unicode/utf8"

	"github.com/marsad/marsad"
)

// checkStructure verifies the offset contract: every span is in range and
// non-empty, top-level spans (title, body, comments, boilerplate) do not
// overlap, surfaces are trimmed, comment fields equal the surfaces of their
// spans and lie inside their comment, and no visible character of text is
// left outside every span.
func checkStructure(text string, st marsad.Structure) error {
	rs := []rune(text)
	type sp struct {
		what       string
		start, end int
	}
	var all []sp
	if st.Title != nil {
		all = append(all, sp{"title", st.Title.Start, st.Title.End})
	}
	for _, b := range st.Body {
		all = append(all, sp{"body", b.Start, b.End})
	}
	for _, b := range st.Boilerplate {
		all = append(all, sp{"boilerplate " + b.Kind, b.Start, b.End})
	}
	for _, c := range st.Comments {
		all = append(all, sp{"comment", c.Start, c.End})
		if err := checkComment(rs, c); err != nil {
			return err
		}
	}
	for _, s := range all {
		if s.start < 0 || s.end > len(rs) || s.start >= s.end {
			return fmt.Errorf("%s span [%d,%d) out of range (len %d)", s.what, s.start, s.end, len(rs))
		}
		if isTrim(rs[s.start]) || isTrim(rs[s.end-1]) {
			return fmt.Errorf("%s span [%d,%d) not trimmed: %q", s.what, s.start, s.end, string(rs[s.start:s.end]))
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].start < all[j].start })
	covered := make([]bool, len(rs))
	for i, s := range all {
		if i > 0 && s.start < all[i-1].end {
			return fmt.Errorf("%s [%d,%d) overlaps %s [%d,%d)", s.what, s.start, s.end, all[i-1].what, all[i-1].start, all[i-1].end)
		}
		for j := s.start; j < s.end; j++ {
			covered[j] = true
		}
	}
	for i, r := range rs {
		if !covered[i] && !isTrim(r) {
			return fmt.Errorf("character %d %q is in no span: %q", i, r, string(rs[max(0, i-20):min(len(rs), i+20)]))
		}
	}
	return nil
}

// checkComment verifies a comment's fields against its spans.
func checkComment(rs []rune, c marsad.Comment) error {
	fields := []struct {
		what string
		s    *marsad.Span
		v    string
	}{{"author", c.AuthorSpan, c.Author}, {"title", c.TitleSpan, c.Title}, {"text", c.TextSpan, c.Text}}
	for _, f := range fields {
		if f.s == nil {
			if f.v != "" || f.what == "text" {
				return fmt.Errorf("comment %s %q has no span", f.what, f.v)
			}
			continue
		}
		if f.s.Start < c.Start || f.s.End > c.End || f.s.Start >= f.s.End {
			return fmt.Errorf("comment %s span [%d,%d) outside comment [%d,%d)", f.what, f.s.Start, f.s.End, c.Start, c.End)
		}
		if got := string(rs[f.s.Start:f.s.End]); got != f.v {
			return fmt.Errorf("comment %s %q but its span says %q", f.what, f.v, got)
		}
	}
	return nil
}

// validUTF8 reports whether the analysed text is valid UTF-8.
func validUTF8(s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("text is not valid UTF-8")
	}
	return nil
}
