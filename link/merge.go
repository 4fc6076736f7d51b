package link

import (
	"slices"
	"strings"

	marsad "github.com/marsad/marsad"
)

// cluster is one real-world entity: the mentions that name it.
type cluster struct {
	typ  string
	best int   // mention whose name is canonical
	ms   []int // mentions, in document order once sorted
	keys map[string]bool
}

// merge groups mentions into clusters. Longer names go first, so a short
// form finds the full name it abbreviates.
func merge(ms []mention) []*cluster {
	order := make([]int, len(ms))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return len(ms[b].words) - len(ms[a].words) })
	var cs []*cluster
	for _, i := range order {
		m := &ms[i]
		c := findCluster(cs, ms, i)
		if c == nil {
			c = &cluster{typ: m.typ, best: i, keys: map[string]bool{}}
			cs = append(cs, c)
		}
		c.ms = append(c.ms, i)
		c.keys[strings.Join(m.words, "_")] = true
	}
	for _, c := range cs {
		slices.Sort(c.ms)
	}
	slices.SortFunc(cs, func(a, b *cluster) int { return a.ms[0] - b.ms[0] })
	return cs
}

// findCluster returns the cluster mention i belongs to, or nil. An exact
// key wins; among partial matches the one mentioned nearest before wins.
func findCluster(cs []*cluster, ms []mention, i int) *cluster {
	m := &ms[i]
	key := strings.Join(m.words, "_")
	var best *cluster
	bestDist := -1
	for _, c := range cs {
		if c.typ != m.typ {
			continue
		}
		if c.keys[key] {
			return c
		}
		if !partOf(m.typ, m.words, ms[c.best].words) && !titledFirstName(m, ms[c.best].words) {
			continue
		}
		if d := distance(c, ms, i); best == nil || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// distance ranks a cluster by how near its mentions are to mention i,
// preferring mentions before i.
func distance(c *cluster, ms []mention, i int) int {
	d := 1 << 30
	for _, j := range c.ms {
		gap := ms[i].first - ms[j].first
		if gap < 0 {
			gap = -gap + 1<<20
		}
		d = min(d, gap)
	}
	return d
}

// partOf reports whether short names the entity whose full name is full.
// A person is named by the tail of the full name (حفتر, تشاووش أوغلو) or
// by its first and last words; an organization by its head (حكومة الوفاق
// for حكومة الوفاق الوطني).
func partOf(typ string, short, full []string) bool {
	if len(short) == 0 || len(short) > len(full) {
		return false
	}
	switch typ {
	case marsad.PER:
		tail := full[len(full)-len(short):]
		if wordsMatch(short, tail) {
			return true
		}
		if len(short) == 1 && len(full) > 1 && strings.TrimPrefix(short[0], "ال") == strings.TrimPrefix(full[len(full)-1], "ال") {
			return true // الحداد for كريم حداد: a surname with and without the article
		}
		return len(short) >= 2 && looseEq(short[0], full[0]) && looseEq(short[len(short)-1], full[len(full)-1])
	case marsad.ORG, marsad.MISC:
		return orgPart(short, full)
	}
	return len(short) == len(full) && wordsMatch(short, full)
}

func wordsMatch(a, b []string) bool {
	for k := range a {
		if !looseEq(a[k], b[k]) {
			return false
		}
	}
	return true
}

// orgPart: short is the head of full, or full with a final nationality
// adjective dropped (حكومة الوفاق الليبية ~ حكومة الوفاق الوطني).
func orgPart(short, full []string) bool {
	if slices.Equal(short, full[:len(short)]) {
		return true
	}
	n := len(short) - 1
	return n >= 2 && isNationality(short[n]) && slices.Equal(short[:n], full[:n]) && !isNationality(full[n])
}

// titledFirstName reports whether m is a title and a first name, the way
// princes, sheikhs and doctors are referred to (الأمير عبدالعزيز for
// عبدالعزيز بن سلمان).
func titledFirstName(m *mention, full []string) bool {
	return m.typ == marsad.PER && m.title != "" && len(m.words) == 1 && len(full) > 1 && looseEq(m.words[0], full[0])
}
