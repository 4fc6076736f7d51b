package arlex

import "testing"

func TestFreq(t *testing.T) {
	if Len() < 50000 {
		t.Fatalf("lexicon has %d forms, want > 50000", Len())
	}
	if Freq("في") == 0 || Freq("الوزير") == 0 {
		t.Error("common words missing from the lexicon")
	}
	if Freq2("ال", "وزير") != Freq("الوزير") || Freq3("ال", "وز", "ير") != Freq("الوزير") {
		t.Error("Freq2/Freq3 disagree with Freq")
	}
	if Freq("") != 0 || Freq("xyz") != 0 {
		t.Error("non-words have a frequency")
	}
}

func TestFold(t *testing.T) {
	for _, c := range []struct{ in, want, why string }{
		{"مدرسة", "مدرسه", "ة → ه"},
		{"مؤتمر", "موتمر", "ؤ → و"},
		{"رئيس", "رييس", "ئ → ي"},
		{"أإآٱ", "اااا", "alef forms"},
		{"على", "علي", "ى → ي"},
		{"كتب", "كتب", "unchanged"},
		{"a\xd8", "a\xd8", "bytes that are not letters are kept"},
	} {
		if got := Fold(c.in); got != c.want {
			t.Errorf("%s: Fold(%+q) = %+q, want %+q", c.why, c.in, got, c.want)
		}
	}
}

func TestIsArabicWord(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{{"كتاب", true}, {"", false}, {"كتاب1", false}, {"\xd8\xa7\xd8", false}, {"ـ", false}} {
		if got := IsArabicWord(c.in); got != c.want {
			t.Errorf("IsArabicWord(%+q) = %v", c.in, got)
		}
	}
}

func TestFreqNoAlloc(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { Freq2("ال", "وزير"); Freq3("و", "ال", "وزير"); Freq("في") }); n != 0 {
		t.Errorf("%v allocs per lookup", n)
	}
}
