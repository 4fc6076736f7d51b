package story

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/dedup"
)

// Options tune clustering. Zero fields take their value from Defaults.
type Options struct {
	// WindowDays is how far apart two dated reports of one story may be.
	WindowDays int
	// Threshold is the score a document needs to join a story: the cosine
	// of its TF-IDF vector with a member's plus EntityWeight times their
	// entity overlap.
	Threshold    float64
	EntityWeight float64
	// UndatedPenalty raises the threshold when either document is undated.
	UndatedPenalty float64
	// DayPenalty is taken off the score for each day between two dated
	// documents: reports of one event cluster in time, while look-alike
	// reports of recurring events (weather, markets, fixtures) are days apart.
	DayPenalty float64
	// NearDuplicate is the MinHash similarity above which a document is a
	// near-duplicate of another.
	NearDuplicate float64
	// Merge joins two stories when a new document clears the threshold
	// with members of both (single-link clustering); otherwise the
	// document only joins the story of its best match.
	Merge bool
	// CentroidThreshold is the cosine a document needs with the centroid
	// of the story it joins (the sum of its members' vectors).
	CentroidThreshold float64
}

// Defaults, tuned on the development half of testdata/stories.
var Defaults = Options{WindowDays: 3, Threshold: 0.25, EntityWeight: 0.15, UndatedPenalty: 0.1, NearDuplicate: 0.6, DayPenalty: 0.03, CentroidThreshold: 0.25}

func (o Options) withDefaults() Options {
	d := Defaults
	o.WindowDays = cmp.Or(o.WindowDays, d.WindowDays)
	o.Threshold = cmp.Or(o.Threshold, d.Threshold)
	o.NearDuplicate = cmp.Or(o.NearDuplicate, d.NearDuplicate)
	o.EntityWeight = cmp.Or(o.EntityWeight, d.EntityWeight)
	o.UndatedPenalty = cmp.Or(o.UndatedPenalty, d.UndatedPenalty)
	o.CentroidThreshold = cmp.Or(o.CentroidThreshold, d.CentroidThreshold)
	o.DayPenalty = cmp.Or(o.DayPenalty, d.DayPenalty)
	return o
}

// Cluster assigns a story to every item that has none, in the order given
// (publication order), and returns the assignments that change: new
// items, and with Merge, items of stories merged into another.
func Cluster(items []marsad.ClusterItem, opts Options) []marsad.Assignment {
	c := newClusterer(items, opts.withDefaults())
	for i := range items {
		if items[i].Story != "" {
			c.place(i, items[i].Story)
		}
	}
	near := make([]string, len(items))
	for i := range items {
		if items[i].Story == "" {
			var story string
			story, near[i] = c.decide(i)
			c.place(i, story)
		}
	}
	var out []marsad.Assignment
	for i, it := range items {
		if s := c.find(c.story[i]); s != it.Story {
			out = append(out, marsad.Assignment{ID: it.ID, Story: s, NearOf: firstNonEmpty(near[i], it.NearOf)})
		}
	}
	return out
}

// decide returns the story item i joins and the item it near-duplicates.
// A near-duplicate joins its original's story when it is within the time
// window (a republication weeks later starts a story of its own). With
// Merge, the stories of all its other matches join that story.
func (c *clusterer) decide(i int) (story, near string) {
	if j := c.nearDuplicate(i); j >= 0 {
		near = c.items[j].ID
		if s := c.find(c.story[j]); c.centroids[s].near(c.day[i], c.opts.WindowDays) {
			return s, near
		}
	}
	matches := c.matches(i)
	story = c.bestStory(i, matches)
	if story == "" {
		return NewID(c.items[i].ID), near
	}
	for _, j := range matches {
		if c.opts.Merge && c.centroidScore(i, c.find(c.story[j])) >= c.opts.CentroidThreshold {
			c.union(story, c.story[j])
		}
	}
	return story, near
}

// bestStory returns the story of matches whose centroid is closest to
// item i, if it clears CentroidThreshold and the story's dated reports
// are within the window of item i, else "".
func (c *clusterer) bestStory(i int, matches []int) string {
	best, bestScore := "", c.opts.CentroidThreshold
	for _, j := range matches {
		s := c.find(c.story[j])
		if !c.centroids[s].near(c.day[i], c.opts.WindowDays) {
			continue
		}
		if sc := c.centroidScore(i, s); sc >= bestScore && s != best {
			best, bestScore = s, sc
		}
	}
	return best
}

func (c *clusterer) centroidScore(i int, story string) float64 {
	return c.centroids[story].cosine(c.vec[i])
}

// NewID is the id of a story founded by the document with the given ID.
func NewID(docID string) string {
	h := sha256.Sum256([]byte(docID))
	return "s" + hex.EncodeToString(h[:6])
}

// nearDuplicate returns the placed item most similar to i by MinHash, if
// it clears the near-duplicate threshold, else -1.
func (c *clusterer) nearDuplicate(i int) int {
	best, bestSim := -1, c.opts.NearDuplicate
	sig := c.items[i].Features.MinHash
	for _, j := range c.lsh.Candidates(sig) {
		if s := dedup.Similarity(sig, c.items[j].Features.MinHash); s >= bestSim {
			best, bestSim = j, s
		}
	}
	return best
}

func (c *clusterer) threshold(i, j int) float64 {
	t := c.opts.Threshold
	if c.day[i] < 0 || c.day[j] < 0 {
		t += c.opts.UndatedPenalty
	}
	return t
}
