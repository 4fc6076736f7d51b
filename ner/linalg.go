package ner

import "math"

// orthonormalize returns an orthonormal basis of the columns of x by
// Cholesky QR, done twice for accuracy. Columns that are numerically
// dependent come out as zero.
func orthonormalize(x *dense) *dense {
	for range 2 {
		r := cholesky(gram(x))
		x = solveUpper(x, r)
	}
	return x
}

// cholesky returns upper-triangular R with RᵀR = G; pivots that vanish are
// set to zero.
func cholesky(g *dense) *dense {
	n := g.rows
	r := newDense(n, n)
	for j := range n {
		s := g.a[j*n+j]
		for k := range j {
			s -= r.a[k*n+j] * r.a[k*n+j]
		}
		if s <= 1e-12*math.Max(g.a[j*n+j], 1e-300) {
			continue
		}
		d := math.Sqrt(s)
		r.a[j*n+j] = d
		for i := j + 1; i < n; i++ {
			t := g.a[j*n+i]
			for k := range j {
				t -= r.a[k*n+j] * r.a[k*n+i]
			}
			r.a[j*n+i] = t / d
		}
	}
	return r
}

// solveUpper returns X·R⁻¹ row by row (zero pivots give zero columns).
func solveUpper(x, r *dense) *dense {
	n := r.rows
	y := newDense(x.rows, n)
	for i := range x.rows {
		xr, yr := x.row(i), y.row(i)
		for j := range n {
			if r.a[j*n+j] == 0 {
				continue
			}
			s := xr[j]
			for k := range j {
				s -= yr[k] * r.a[k*n+j]
			}
			yr[j] = s / r.a[j*n+j]
		}
	}
	return y
}

// symEigen diagonalizes a symmetric matrix by cyclic Jacobi rotations and
// returns its eigenvalues and eigenvectors (as columns).
func symEigen(a *dense) ([]float64, *dense) {
	n := a.rows
	m := &dense{n, n, append([]float64(nil), a.a...)}
	v := newDense(n, n)
	for i := range n {
		v.a[i*n+i] = 1
	}
	for range 50 {
		if offDiagonal(m) < 1e-20 {
			break
		}
		for p := range n {
			for q := p + 1; q < n; q++ {
				rotate(m, v, p, q)
			}
		}
	}
	vals := make([]float64, n)
	for i := range n {
		vals[i] = m.a[i*n+i]
	}
	return vals, v
}

func offDiagonal(m *dense) float64 {
	s, d := 0.0, 0.0
	for i := range m.rows {
		for j := range m.cols {
			if i != j {
				s += m.a[i*m.cols+j] * m.a[i*m.cols+j]
			} else {
				d += m.a[i*m.cols+j] * m.a[i*m.cols+j]
			}
		}
	}
	return s / math.Max(d, 1e-300)
}

// rotate zeroes m[p][q] with a Jacobi rotation, accumulating it in v.
func rotate(m, v *dense, p, q int) {
	n := m.rows
	apq := m.a[p*n+q]
	if math.Abs(apq) < 1e-300 {
		return
	}
	theta := (m.a[q*n+q] - m.a[p*n+p]) / (2 * apq)
	t := math.Copysign(1, theta) / (math.Abs(theta) + math.Sqrt(theta*theta+1))
	c := 1 / math.Sqrt(t*t+1)
	s := t * c
	for k := range n {
		mkp, mkq := m.a[k*n+p], m.a[k*n+q]
		m.a[k*n+p], m.a[k*n+q] = c*mkp-s*mkq, s*mkp+c*mkq
	}
	for k := range n {
		mpk, mqk := m.a[p*n+k], m.a[q*n+k]
		m.a[p*n+k], m.a[q*n+k] = c*mpk-s*mqk, s*mpk+c*mqk
	}
	for k := range n {
		vkp, vkq := v.a[k*n+p], v.a[k*n+q]
		v.a[k*n+p], v.a[k*n+q] = c*vkp-s*vkq, s*vkp+c*vkq
	}
}
