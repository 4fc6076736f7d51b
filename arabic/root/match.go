package root

// match matches stem s against template p (digits = radicals) and returns
// the radicals in order.
func match(s, p string) (string, bool) {
	var buf [8]byte
	r := buf[:0]
	i := 0
	for j := 0; j < len(p); {
		if i+1 >= len(s) {
			return "", false
		}
		if c := p[j]; c >= '1' && c <= '4' {
			r = append(r, s[i], s[i+1])
			i, j = i+2, j+1
			continue
		}
		if j+1 >= len(p) || s[i] != p[j] || s[i+1] != p[j+1] {
			return "", false
		}
		i, j = i+2, j+2
	}
	if i != len(s) {
		return "", false
	}
	return string(r), true
}
