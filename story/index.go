package story

import (
	"sort"
	"time"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/dedup"
)

const (
	// probeTerms is how many of a document's heaviest terms find its
	// candidate stories.
	probeTerms = 12
	// maxPosting skips terms in more than this share of documents when
	// finding candidates; they are too common to point to one story.
	maxPosting = 0.05
)

// clusterer holds the placed items and the indexes that find candidates.
type clusterer struct {
	opts      Options
	items     []marsad.ClusterItem
	vec       []vector
	day       []int // days since 1970, -1 when undated
	story     []string
	lsh       *dedup.LSH
	postings  map[uint32][]int
	maxPost   int
	parent    map[string]string // merged stories (union-find)
	centroids map[string]*centroid
}

func newClusterer(items []marsad.ClusterItem, opts Options) *clusterer {
	df := docFreq(items)
	c := &clusterer{opts: opts, items: items, vec: make([]vector, len(items)), day: make([]int, len(items)),
		story: make([]string, len(items)), lsh: dedup.NewLSH(16), postings: map[uint32][]int{},
		maxPost: max(20, int(maxPosting*float64(len(items)))), parent: map[string]string{},
		centroids: map[string]*centroid{}}
	for i, it := range items {
		c.vec[i] = newVector(it.Features.Terms, df, len(items))
		c.day[i] = dayOf(it.Published)
	}
	return c
}

func dayOf(published string) int {
	if len(published) < 10 {
		return -1
	}
	t, err := time.Parse("2006-01-02", published[:10])
	if err != nil {
		return -1
	}
	return int(t.Unix() / 86400)
}

// place records item i in story and indexes it.
func (c *clusterer) place(i int, story string) {
	c.story[i] = story
	root := c.find(story)
	if c.centroids[root] == nil {
		c.centroids[root] = newCentroid()
	}
	c.centroids[root].add(c.vec[i])
	c.centroids[root].addDay(c.day[i])
	c.lsh.Add(i, c.items[i].Features.MinHash)
	for _, t := range c.vec[i].top(probeTerms) {
		c.postings[t] = append(c.postings[t], i)
	}
}

// matches returns the placed items in the window whose score with item i
// clears the threshold, best first.
func (c *clusterer) matches(i int) []int {
	type match struct {
		j     int
		score float64
	}
	var ms []match
	seen := map[int]bool{}
	for _, t := range c.vec[i].top(probeTerms) {
		p := c.postings[t]
		if len(p) > c.maxPost {
			continue
		}
		for _, j := range p {
			if seen[j] || !c.inWindow(i, j) {
				continue
			}
			seen[j] = true
			if s := c.score(i, j); s >= c.threshold(i, j) {
				ms = append(ms, match{j, s})
			}
		}
	}
	sort.Slice(ms, func(a, b int) bool {
		return ms[a].score > ms[b].score || (ms[a].score == ms[b].score && ms[a].j < ms[b].j)
	})
	out := make([]int, len(ms))
	for k, m := range ms {
		out[k] = m.j
	}
	return out
}

// find returns the story a story was merged into, or itself.
func (c *clusterer) find(s string) string {
	for {
		p, ok := c.parent[s]
		if !ok {
			return s
		}
		if gp, ok := c.parent[p]; ok {
			c.parent[s] = gp
		}
		s = p
	}
}

// union merges story b into story a.
func (c *clusterer) union(a, b string) {
	if ra, rb := c.find(a), c.find(b); ra != rb {
		c.parent[rb] = ra
		c.centroids[ra].merge(c.centroids[rb])
		delete(c.centroids, rb)
	}
}

func (c *clusterer) inWindow(i, j int) bool {
	if c.day[i] < 0 || c.day[j] < 0 {
		return true
	}
	d := c.day[i] - c.day[j]
	return d <= c.opts.WindowDays && -d <= c.opts.WindowDays
}

func (c *clusterer) score(i, j int) float64 {
	s := cosine(c.vec[i], c.vec[j]) + c.opts.EntityWeight*overlap(c.items[i].Features.Entities, c.items[j].Features.Entities)
	if c.day[i] >= 0 && c.day[j] >= 0 {
		s -= c.opts.DayPenalty * float64(abs(c.day[i]-c.day[j]))
	}
	return s
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
