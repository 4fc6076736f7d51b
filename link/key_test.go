package link

import "testing"

func TestKeySameName(t *testing.T) {
	for _, c := range [][2]string{
		{"فايز السراج", "فائز السراج"},              // hamza seat
		{"سيرجي لافروف", "سيرغي لافروف"},            // foreign g as ج or غ
		{"سيرجي شويجو", "سيرغي شويغو"},              // both words
		{"مولود تشاووش أوغلو", "مولود تشاوش اوجلو"}, // doubled waw, alef hamza, g
		{"عقيلة صالح", "عقيله صالح"},                // teh marbuta
		{"مصطفى مدبولى", "مصطفي مدبولي"},            // alef maksura
		{"عبد الله", "عبدالله"},                     // compound
		{"أبو بكر", "ابوبكر"},                       // compound
		{"المشير خليفة حفتر", "خليفة حفتر"},         // title
		{"الدكتور مُحَمَّد", "محمد"},                // diacritics, title
		{"دونالد ترامـــب", "دونالد ترامب"},         // tatweel
	} {
		if a, b := Key(c[0]), Key(c[1]); a != b {
			t.Errorf("Key(%q) = %q, Key(%q) = %q, want equal", c[0], a, c[1], b)
		}
	}
}

func TestKeyDifferentNames(t *testing.T) {
	for _, c := range [][2]string{
		{"كمال", "جمال"}, {"حامد", "حمد"}, {"علاء", "علا"}, {"سليمان", "سلمان"},
	} {
		if Key(c[0]) == Key(c[1]) {
			t.Errorf("Key(%q) == Key(%q) == %q, want different", c[0], c[1], Key(c[0]))
		}
	}
}

func TestID(t *testing.T) {
	if got, want := ID("PER", "خليفة حفتر"), "per:خليفه_حفتر"; got != want {
		t.Errorf("ID = %q, want %q", got, want)
	}
	if got := ID("ORG", "  "); got != "" {
		t.Errorf("ID of blank = %q, want empty", got)
	}
}

func TestLooseEq(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"ترامب", "ترمب", true}, {"كوتيريش", "جوتيريش", true}, {"كلاينرت", "كلاينيرت", true}, {"كمال", "جمال", false},
		{"الكبير", "الجبير", false}, {"حسان", "حسن", false},
	} {
		if got := looseEq(foldWord(c.a), foldWord(c.b)); got != c.want {
			t.Errorf("looseEq(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestLexicon(t *testing.T) {
	for _, w := range []string{"المشير", "الدكتور", "الشيخ", "العميد", "اللواء", "السيد", "الأمير", "الملك"} {
		if !IsTitle(w) {
			t.Errorf("IsTitle(%q) = false", w)
		}
	}
	for _, w := range []string{"رئيس", "الوزير", "قائد", "المتحدث", "وزيرا"} {
		if !IsRoleHead(w) {
			t.Errorf("IsRoleHead(%q) = false", w)
		}
	}
	for _, w := range []string{"الليبى", "الروسية", "أمريكيون", "مصري"} {
		if !IsNationality(w) {
			t.Errorf("IsNationality(%q) = false", w)
		}
	}
	if IsNationality("الوطني") || IsTitle("حفتر") || IsRoleHead("حفتر") {
		t.Error("false positive in lexicon")
	}
}
