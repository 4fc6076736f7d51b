package ner

import "testing"

func TestPersonWord(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"خالد", "يحيى", "يحيي", "نبيل", "الصادق"} {
		if !m.PersonWord(w) {
			t.Errorf("PersonWord(%+q) = false, want true", w)
		}
	}
	for _, w := range []string{"الحكومة", "قال", "في", ""} {
		if m.PersonWord(w) {
			t.Errorf("PersonWord(%+q) = true, want false", w)
		}
	}
}
