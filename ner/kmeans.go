package ner

import (
	"math/rand/v2"
	"sync"
)

// kmeansTree clusters the rows of vecs (unit vectors, dim values each) by
// spherical k-means into branch groups, then each group again, levels deep,
// and returns each row's path: its group number at every level, in
// log2(branch) bits per level.
func kmeansTree(vecs []float32, dim, branch, levels int, seed uint64) []clusterPath {
	n := len(vecs) / dim
	idx := make([]int32, n)
	for i := range idx {
		idx[i] = int32(i)
	}
	t := &ktree{v: vecs, dim: dim, branch: branch, levels: levels, seed: seed,
		bits: uint8(bitsFor(branch)), out: make([]clusterPath, n)}
	t.run(idx, 0, 0)
	return t.out
}

func bitsFor(branch int) int {
	b := 0
	for 1<<b < branch {
		b++
	}
	return b
}

type ktree struct {
	v              []float32
	dim            int
	branch, levels int
	seed           uint64
	bits           uint8
	out            []clusterPath
}

func (t *ktree) row(i int32) []float32 { return t.v[int(i)*t.dim : int(i+1)*t.dim] }

// run clusters idx at the given level. The groups of the first level run
// in parallel; results do not depend on scheduling.
func (t *ktree) run(idx []int32, level int, path uint32) {
	if level == t.levels || len(idx) <= t.branch {
		for _, i := range idx {
			t.out[i] = clusterPath{bits: path, n: uint8(level) * t.bits}
		}
		return
	}
	groups := t.kmeans(idx, uint64(path)<<8|uint64(level))
	var wg sync.WaitGroup
	for g, sub := range groups {
		next := path<<t.bits | uint32(g)
		if level == 0 {
			wg.Go(func() { t.run(sub, level+1, next) })
		} else {
			t.run(sub, level+1, next)
		}
	}
	wg.Wait()
}

// kmeans splits idx into branch groups (some may be empty) by spherical
// k-means with k-means++ seeding.
func (t *ktree) kmeans(idx []int32, salt uint64) [][]int32 {
	rng := rand.New(rand.NewPCG(t.seed, salt))
	cent := t.seedCentroids(idx, rng)
	assign := make([]int, len(idx))
	for range 12 {
		changed := false
		for j, i := range idx {
			best := nearest(t.row(i), cent, t.dim)
			changed = changed || best != assign[j]
			assign[j] = best
		}
		if !changed {
			break
		}
		cent = t.centroids(idx, assign)
	}
	groups := make([][]int32, t.branch)
	for j, i := range idx {
		groups[assign[j]] = append(groups[assign[j]], i)
	}
	return groups
}

func nearest(x, cent []float32, dim int) int {
	best, bs := 0, float32(-2)
	for c := 0; c*dim < len(cent); c++ {
		if s := dot(x, cent[c*dim:(c+1)*dim]); s > bs {
			best, bs = c, s
		}
	}
	return best
}

// seedCentroids picks branch rows by k-means++ (cosine distance).
func (t *ktree) seedCentroids(idx []int32, rng *rand.Rand) []float32 {
	cent := make([]float32, 0, t.branch*t.dim)
	cent = append(cent, t.row(idx[rng.IntN(len(idx))])...)
	d := make([]float64, len(idx))
	for j := range d {
		d[j] = 4
	}
	for len(cent) < t.branch*t.dim {
		total, last := 0.0, cent[len(cent)-t.dim:]
		for j, i := range idx {
			d[j] = min(d[j], float64(1-dot(t.row(i), last)))
			total += d[j] * d[j]
		}
		r := rng.Float64() * total
		pick := len(idx) - 1
		for j := range idx {
			if r -= d[j] * d[j]; r <= 0 {
				pick = j
				break
			}
		}
		cent = append(cent, t.row(idx[pick])...)
	}
	return cent
}

func (t *ktree) centroids(idx []int32, assign []int) []float32 {
	cent := make([]float32, t.branch*t.dim)
	for j, i := range idx {
		c := cent[assign[j]*t.dim : (assign[j]+1)*t.dim]
		for d, x := range t.row(i) {
			c[d] += x
		}
	}
	for c := range t.branch {
		unit(cent[c*t.dim : (c+1)*t.dim])
	}
	return cent
}
