package structure

import (
	"fmt"
	"strings"

	"github.com/marsad/marsad"
)

// norm collapses white space for matching.
func norm(s string) string { return strings.Join(strings.Fields(s), " ") }

// surface returns text[s:e] in code points.
type surfacer struct{ rs []rune }

func (s surfacer) get(a, b int) string {
	if a < 0 || b > len(s.rs) || a > b {
		return ""
	}
	return string(s.rs[a:b])
}

func (r *Report) score(d *DocReport, text string, st marsad.Structure, exp Expected) {
	sf := surfacer{[]rune(text)}
	var body []string
	for _, b := range st.Body {
		body = append(body, sf.get(b.Start, b.End))
	}
	r.Body.add(matchTexts(d, "body", body, exp.Body))
	title := ""
	if st.Title != nil {
		title = sf.get(st.Title.Start, st.Title.End)
	}
	ok := norm(title) == norm(exp.Title)
	r.Title.add(ok)
	if !ok {
		d.Errors = append(d.Errors, fmt.Sprintf("title: got %q want %q", title, exp.Title))
	}
	r.scoreComments(d, st.Comments, exp.Comments)
	if exp.Boilerplate != nil {
		var got, want []string
		for _, b := range st.Boilerplate {
			got = append(got, b.Kind+": "+sf.get(b.Start, b.End))
		}
		for _, b := range exp.Boilerplate {
			want = append(want, b.Kind+": "+b.Text)
		}
		r.Boilerplate.add(matchTexts(d, "boilerplate", got, want))
	}
	if exp.Source != nil {
		r.scoreSource(d, st.Source, *exp.Source)
	}
}

// matchTexts matches got against want as multisets of normalised strings
// and notes the misses.
func matchTexts(d *DocReport, what string, got, want []string) Counts {
	left := map[string]int{}
	for _, w := range want {
		left[norm(w)]++
	}
	c := Counts{Pred: len(got), Gold: len(want)}
	for _, g := range got {
		if k := norm(g); left[k] > 0 {
			left[k]--
			c.Match++
		} else {
			d.Errors = append(d.Errors, fmt.Sprintf("%s: extra %q", what, g))
		}
	}
	for _, w := range want {
		if k := norm(w); left[k] > 0 {
			left[k]--
			d.Errors = append(d.Errors, fmt.Sprintf("%s: missing %q", what, w))
		}
	}
	return c
}

func (r *Report) scoreComments(d *DocReport, got []marsad.Comment, want []ExpectedComment) {
	used := make([]bool, len(want))
	r.Comments.Pred += len(got)
	r.Comments.Gold += len(want)
	for _, g := range got {
		j := findComment(g, want, used)
		if j < 0 {
			d.Errors = append(d.Errors, fmt.Sprintf("comment: extra %q by %q", g.Text, g.Author))
			continue
		}
		used[j] = true
		r.Comments.Match++
		w := want[j]
		r.Author.add(note(d, "comment author", g.Author, w.Author))
		r.CTitle.add(note(d, "comment title", g.Title, w.Title))
		r.Replies.add(note(d, "comment replies", intStr(g.Replies), intStr(w.Replies)))
	}
	for j, w := range want {
		if !used[j] {
			d.Errors = append(d.Errors, fmt.Sprintf("comment: missing %q by %q", w.Text, w.Author))
		}
	}
}

// findComment finds the unused expected comment with the same text,
// preferring one by the same author.
func findComment(g marsad.Comment, want []ExpectedComment, used []bool) int {
	best := -1
	for j, w := range want {
		if used[j] || norm(w.Text) != norm(g.Text) {
			continue
		}
		if norm(w.Author) == norm(g.Author) {
			return j
		}
		if best < 0 {
			best = j
		}
	}
	return best
}

func (r *Report) scoreSource(d *DocReport, got, want marsad.Source) {
	pairs := [][3]string{
		{"outlet", got.Outlet, want.Outlet}, {"dateline", got.Dateline, want.Dateline},
		{"author", got.Author, want.Author}, {"published", got.Published, want.Published},
	}
	for _, p := range pairs {
		if p[1] != "" || p[2] != "" {
			r.Source.add(note(d, "source "+p[0], p[1], p[2]))
		}
	}
}

// note compares got with want and records a mismatch.
func note(d *DocReport, what, got, want string) bool {
	if norm(got) == norm(want) {
		return true
	}
	d.Errors = append(d.Errors, fmt.Sprintf("%s: got %q want %q", what, got, want))
	return false
}

func intStr(p *int) string {
	if p == nil {
		return ""
	}
	return fmt.Sprint(*p)
}
