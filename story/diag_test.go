package story_test

import (
	"os"
	"sort"
	"testing"

	"github.com/marsad/marsad/story"
)

// TestStoryDiag lists the misclassified pairs with their scores. Run with
// MARSAD_SWEEP=1.
func TestStoryDiag(t *testing.T) {
	if os.Getenv("MARSAD_SWEEP") == "" {
		t.Skip("set MARSAD_SWEEP=1")
	}
	ps := readPairs(t)
	items := loadItems(t, ps, 6)
	idx := map[string]int{}
	for i, it := range items {
		idx[it.ID] = i
	}
	sc := story.NewScorer(items, story.Options{})
	as := story.Cluster(items, story.Options{})
	st := map[string]string{}
	for _, a := range as {
		st[a.ID] = a.Story
	}
	type row struct {
		n          int
		p          pair
		cos, e, sc float64
		same       bool
	}
	var rows []row
	for n, p := range ps {
		c, e, s, _ := sc.Score(idx[p.a], idx[p.b])
		rows = append(rows, row{n, p, c, e, s, st[p.a] == st[p.b]})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].sc < rows[j].sc })
	for _, r := range rows {
		t.Logf("#%d %-5s clustered=%-5v cos=%.2f ent=%.2f ents=%d/%d %s  %s", r.n, r.p.label, r.same, r.cos, r.e,
			len(items[idx[r.p.a]].Features.Entities), len(items[idx[r.p.b]].Features.Entities), short(r.p.a), short(r.p.b))
	}
}

func short(s string) string {
	if len(s) > 60 {
		return s[len(s)-60:]
	}
	return s
}
