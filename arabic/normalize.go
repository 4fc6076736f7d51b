package arabic

import "unicode/utf8"

// Map maps normalized text back to the original. Map[i] is the code-point
// index in the original of the i-th code point of the normalized text, and
// the last entry is the original's length, so an end offset maps too. A nil
// Map is the identity: nothing changed.
type Map []int32

// Orig returns the original code-point index of normalized index i.
func (m Map) Orig(i int) int {
	if m == nil {
		return i
	}
	if i < 0 {
		return 0
	}
	if i >= len(m) {
		return int(m[len(m)-1])
	}
	return int(m[i])
}

// Span maps a half-open span [start,end) of the normalized text to the
// smallest span of the original that covers it.
func (m Map) Span(start, end int) (int, int) {
	if m == nil {
		return start, end
	}
	if end <= start {
		s := m.Orig(start)
		return s, s
	}
	return m.Orig(start), m.Orig(end-1) + 1
}

// IsNormal reports whether s is unchanged by the rules. It does not allocate.
func (rs Rules) IsNormal(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return false // invalid UTF-8 becomes U+FFFD
		}
		if a, _ := rs.fold(r); a != keep {
			return false
		}
		i += size
	}
	return true
}

// String returns s normalized by the rules. When s is already normal it is
// returned as is, without allocating.
func (rs Rules) String(s string) string {
	if rs.IsNormal(s) {
		return s
	}
	return string(rs.Append(make([]byte, 0, len(s)), s))
}

// Append appends s normalized by the rules to dst.
func (rs Rules) Append(dst []byte, s string) []byte {
	var buf [8]rune
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch a, y := rs.fold(r); a {
		case keep:
			dst = utf8.AppendRune(dst, r)
		case replace:
			dst = utf8.AppendRune(dst, y)
		case expand:
			for _, x := range rs.expansion(r, buf[:0]) {
				dst = utf8.AppendRune(dst, x)
			}
		}
	}
	return dst
}

// Normalize returns s normalized by the rules and the map from the result's
// code points back to s. When s is already normal it returns s and a nil
// (identity) Map without allocating.
func Normalize(s string, rs Rules) (string, Map) {
	if rs.IsNormal(s) {
		return s, nil
	}
	out := make([]byte, 0, len(s))
	m := make(Map, 0, utf8.RuneCountInString(s)+1)
	var buf [8]rune
	n := int32(0) // code-point index in s
	for i := 0; i < len(s); n++ {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch a, y := rs.fold(r); a {
		case keep:
			out = utf8.AppendRune(out, r)
			m = append(m, n)
		case replace:
			out = utf8.AppendRune(out, y)
			m = append(m, n)
		case expand:
			for _, x := range rs.expansion(r, buf[:0]) {
				out = utf8.AppendRune(out, x)
				m = append(m, n)
			}
		}
	}
	m = append(m, n)
	return string(out), m
}
