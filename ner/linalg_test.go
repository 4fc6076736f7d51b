package ner

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestSymEigen(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	x := newDense(20, 6)
	for i := range x.a {
		x.a[i] = rng.NormFloat64()
	}
	a := gram(x) // symmetric positive semi-definite
	vals, vecs := symEigen(a)
	n := a.rows
	for e := range n { // A v = λ v
		for i := range n {
			s := 0.0
			for k := range n {
				s += a.a[i*n+k] * vecs.a[k*n+e]
			}
			if d := s - vals[e]*vecs.a[i*n+e]; math.Abs(d) > 1e-8 {
				t.Fatalf("eigenpair %d row %d off by %g", e, i, d)
			}
		}
	}
}

func TestOrthonormalize(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	x := newDense(50, 8)
	for i := range x.a {
		x.a[i] = rng.NormFloat64()
	}
	g := gram(orthonormalize(x))
	for i := range 8 {
		for j := range 8 {
			want := 0.0
			if i == j {
				want = 1
			}
			if d := g.a[i*8+j] - want; math.Abs(d) > 1e-9 {
				t.Fatalf("QᵀQ[%d][%d] = %g", i, j, g.a[i*8+j])
			}
		}
	}
}

func TestTruncatedSVD(t *testing.T) {
	// A = u vᵀ (rank one, σ = |u||v| = 5): the first column of the result
	// is ±u/|u|·√σ.
	a := &sparse{rows: 3, cols: 4, ptr: []int{0, 4, 8, 12}}
	u, v := []float64{3, 0, 4}, []float64{1, 0, 0, 0}
	for r := range 3 {
		for c := range 4 {
			a.col, a.val = append(a.col, int32(c)), append(a.val, u[r]*v[c]/5)
		}
	}
	// rows scaled by 1/5: A = (u/5) vᵀ, σ = 1
	got := truncatedSVD(a, 1, 7)
	for r := range 3 {
		if d := math.Abs(got.a[r]) - u[r]/5; math.Abs(d) > 1e-6 {
			t.Errorf("row %d: %g, want ±%g", r, got.a[r], u[r]/5)
		}
	}
}
