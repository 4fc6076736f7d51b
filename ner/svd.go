package ner

import (
	"math"
	"math/rand/v2"
	"sort"
)

// sparse is a CSR matrix: row r holds cols[ptr[r]:ptr[r+1]], vals likewise.
type sparse struct {
	rows, cols int
	ptr        []int
	col        []int32
	val        []float64
}

// dense is a row-major matrix.
type dense struct {
	rows, cols int
	a          []float64
}

func newDense(r, c int) *dense       { return &dense{r, c, make([]float64, r*c)} }
func (d *dense) row(i int) []float64 { return d.a[i*d.cols : (i+1)*d.cols] }

// mul returns A·X.
func (s *sparse) mul(x *dense) *dense {
	y := newDense(s.rows, x.cols)
	for r := range s.rows {
		yr := y.row(r)
		for k := s.ptr[r]; k < s.ptr[r+1]; k++ {
			axpy(yr, s.val[k], x.row(int(s.col[k])))
		}
	}
	return y
}

// mulT returns Aᵀ·X.
func (s *sparse) mulT(x *dense) *dense {
	y := newDense(s.cols, x.cols)
	for r := range s.rows {
		xr := x.row(r)
		for k := s.ptr[r]; k < s.ptr[r+1]; k++ {
			axpy(y.row(int(s.col[k])), s.val[k], xr)
		}
	}
	return y
}

func axpy(y []float64, a float64, x []float64) {
	x = x[:len(y)]
	for i := range y {
		y[i] += a * x[i]
	}
}

// truncatedSVD returns the left singular vectors of A scaled by the square
// roots of the singular values, for the k largest, by randomized SVD
// (Halko, Martinsson & Tropp 2011) with two power iterations.
func truncatedSVD(a *sparse, k int, seed uint64) *dense {
	l := k + 16
	rng := rand.New(rand.NewPCG(seed, 0x737664))
	omega := newDense(a.cols, l)
	for i := range omega.a {
		omega.a[i] = rng.NormFloat64()
	}
	q := orthonormalize(a.mul(omega))
	for range 2 {
		z := orthonormalize(a.mulT(q))
		q = orthonormalize(a.mul(z))
	}
	bt := a.mulT(q) // Bᵀ = Aᵀ Q, cols × l
	vals, vecs := symEigen(gram(bt))
	return project(q, vals, vecs, k)
}

// project returns Q·U_B·Σ^½ for the top k eigenpairs (eigenvalues of B Bᵀ
// are the squared singular values).
func project(q *dense, vals []float64, vecs *dense, k int) *dense {
	order := make([]int, len(vals))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return vals[order[i]] > vals[order[j]] })
	out := newDense(q.rows, k)
	for j := range k {
		e := order[j]
		w := math.Pow(math.Max(vals[e], 0), 0.25)
		for r := range q.rows {
			qr, s := q.row(r), 0.0
			for i := range qr {
				s += qr[i] * vecs.a[i*vecs.cols+e]
			}
			out.a[r*k+j] = s * w
		}
	}
	return out
}

// gram returns XᵀX.
func gram(x *dense) *dense {
	g := newDense(x.cols, x.cols)
	for r := range x.rows {
		xr := x.row(r)
		for i, xi := range xr {
			if xi != 0 {
				axpy(g.row(i)[i:], xi, xr[i:])
			}
		}
	}
	for i := range g.rows {
		for j := range i {
			g.a[i*g.cols+j] = g.a[j*g.cols+i]
		}
	}
	return g
}
