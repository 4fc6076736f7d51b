package story

import "math"

// centroid is the sum of a story's member vectors. Comparing a document
// with it (rather than only with the member it matches best) keeps a story
// from drifting through a chain of pairwise look-alikes.
type centroid struct {
	sum   map[uint32]float64
	norm2 float64 // squared length of sum
	// first and last are the days of the story's earliest and latest
	// dated members, -1 while it has none.
	first, last int
}

func newCentroid() *centroid { return &centroid{sum: map[uint32]float64{}, first: -1, last: -1} }

// addDay widens the story's dated span to include day (-1: undated).
func (c *centroid) addDay(day int) {
	if day < 0 {
		return
	}
	if c.first < 0 || day < c.first {
		c.first = day
	}
	if day > c.last {
		c.last = day
	}
}

// near reports whether day is within window days of the story's span; an
// undated document or story is near any day.
func (c *centroid) near(day, window int) bool {
	return day < 0 || c.first < 0 || (day >= c.first-window && day <= c.last+window)
}

// cosine returns the cosine of v with the centroid.
func (c *centroid) cosine(v vector) float64 {
	if c == nil || c.norm2 == 0 {
		return 0
	}
	return c.dot(v) / math.Sqrt(c.norm2)
}

func (c *centroid) dot(v vector) float64 {
	var s float64
	for _, t := range v {
		s += c.sum[t.Term] * float64(t.Weight)
	}
	return s
}

// add adds a unit vector to the centroid.
func (c *centroid) add(v vector) {
	c.norm2 += 2*c.dot(v) + 1
	for _, t := range v {
		c.sum[t.Term] += float64(t.Weight)
	}
}

// merge adds the members of o.
func (c *centroid) merge(o *centroid) {
	c.addDay(o.first)
	c.addDay(o.last)
	for t, w := range o.sum {
		c.sum[t] += w
	}
	c.norm2 = 0
	for _, w := range c.sum {
		c.norm2 += w * w
	}
}
