package story

import marsad "github.com/marsad/marsad"

// Scorer scores pairs of items the way Cluster compares them, with term
// weights from the whole item set. It explains clustering decisions.
type Scorer struct{ c *clusterer }

// NewScorer prepares items for scoring.
func NewScorer(items []marsad.ClusterItem, opts Options) Scorer {
	return Scorer{newClusterer(items, opts.withDefaults())}
}

// Score returns the cosine, entity overlap and combined score of items i
// and j, and whether they fall within the time window.
func (s Scorer) Score(i, j int) (cos, entities, score float64, inWindow bool) {
	c := s.c
	cos = cosine(c.vec[i], c.vec[j])
	entities = overlap(c.items[i].Features.Entities, c.items[j].Features.Entities)
	return cos, entities, c.score(i, j), c.inWindow(i, j)
}
