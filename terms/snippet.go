package terms

import (
	"strings"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/analyze"
)

// Mark is how a snippet highlights a match.
type Mark struct{ Open, Close string }

// HTMLMark highlights with <mark> tags.
var HTMLMark = Mark{"<mark>", "</mark>"}

// snippetWords is the snippet window, in tokens.
const snippetWords = 32

// snippetScan is how much of a text Snippet reads, in bytes: the window is
// chosen from the start of long texts only, which keeps highlighting cheap.
const snippetScan = 16 << 10

// Snippet returns the window of text with the most matches of q's terms,
// each match wrapped in m, with "…" where the text is cut.
func Snippet(text string, q marsad.Query, m Mark) string {
	if len(text) > snippetScan {
		text = strings.ToValidUTF8(text[:snippetScan], "")
	}
	toks := analyze.Core(text)
	hit := matches(toks, q)
	start := bestWindow(hit, len(toks))
	end := min(start+snippetWords, len(toks))
	if end <= start {
		return ""
	}
	runes := []rune(text)
	var b strings.Builder
	if start > 0 {
		b.WriteString("… ")
	}
	pos := toks[start].Start
	for i := start; i < end; i++ {
		if !hit[i] {
			continue
		}
		b.WriteString(string(runes[pos:toks[i].Start]))
		b.WriteString(m.Open + string(runes[toks[i].Start:toks[i].End]) + m.Close)
		pos = toks[i].End
	}
	b.WriteString(string(runes[pos:toks[end-1].End]))
	if end < len(toks) {
		b.WriteString(" …")
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// matches marks the tokens that match a query term in any of its forms.
func matches(toks []marsad.Token, q marsad.Query) []bool {
	norms, stems, keys := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, c := range q.Clauses {
		for _, t := range c.Terms {
			norms[t.Norm] = true
			if t.Stem != "" && !IsStop(t.Norm) {
				stems[t.Stem] = true
			}
			if !IsStop(t.Norm) {
				for _, k := range t.Keys {
					keys[k] = true
				}
			}
		}
	}
	hit := make([]bool, len(toks))
	for i, t := range toks {
		hit[i] = Indexable(t) && (norms[IndexNorm(t)] || stems[t.Stem] || anyIn(keys, Keys(t)))
	}
	return hit
}

// bestWindow returns the start of the window with the most hits, moved
// back a little so the first hit has some context before it.
func bestWindow(hit []bool, n int) int {
	best, bestN, cur := 0, 0, 0
	for i := 0; i < n; i++ {
		if hit[i] {
			cur++
		}
		if i >= snippetWords && hit[i-snippetWords] {
			cur--
		}
		if cur > bestN {
			best, bestN = max(0, i-snippetWords+1), cur
		}
	}
	for best < n && bestN > 0 && !hit[best] {
		best++
	}
	return max(0, best-4)
}

func anyIn(set map[string]bool, ks []string) bool {
	for _, k := range ks {
		if set[k] {
			return true
		}
	}
	return false
}
