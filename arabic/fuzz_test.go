package arabic

import (
	"testing"
	"unicode/utf8"
)

func FuzzNormalize(f *testing.F) {
	for _, tt := range normalizeTests {
		f.Add(tt.in, uint16(tt.rules))
	}
	f.Fuzz(func(t *testing.T, s string, r uint16) {
		rs := Rules(r) & (RemoveControls<<1 - 1)
		out, m := Normalize(s, rs)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 output %+q", out)
		}
		if again := rs.String(out); again != out {
			t.Fatalf("not idempotent: %+q -> %+q -> %+q", s, out, again)
		}
		if str := rs.String(s); str != out {
			t.Fatalf("String %+q != Normalize %+q", str, out)
		}
		checkMap(t, s, out, m)
	})
}

func FuzzBuckwalter(f *testing.F) {
	f.Add("مُحَمَّدٌ رَسُولُ اللَّهِ")
	f.Add("الوطنى فى ٢٠٢٠")
	f.Fuzz(func(t *testing.T, s string) {
		bw := ToBuckwalter(s)
		if !utf8.ValidString(s) {
			return
		}
		if back := FromBuckwalter(bw); onlyArabic(s) && back != s {
			t.Fatalf("round trip %+q -> %+q -> %+q", s, bw, back)
		}
	})
}

// onlyArabic reports whether every rune of s is in the Buckwalter table or a
// space, so the round trip must be exact.
func onlyArabic(s string) bool {
	for _, r := range s {
		if _, ok := toBW[r]; !ok && r != ' ' {
			return false
		}
	}
	return true
}
