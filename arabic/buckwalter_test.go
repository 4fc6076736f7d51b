package arabic

import "testing"

func TestBuckwalter(t *testing.T) {
	tests := []struct{ ar, bw string }{
		{"مُحَمَّدٌ", "muHama~dN"},         // harakat, shadda, tanween
		{"الوطنى", "AlwTnY"},               // alef maksura
		{"أكد إعلان آخر", ">kd <ElAn |xr"}, // hamza seats on alef
		{"مؤتمر رئيس", "m&tmr r}ys"},       // hamza on waw and yeh
		{"العاصمة", "AlEASmp"},             // teh marbuta
		{"ٱلْحَمْدُ", "{loHamodu"},         // alef wasla, sukun
		{"2020 abc", "2020 abc"},           // pass-through of non-Arabic (to)
	}
	for _, tt := range tests {
		if got := ToBuckwalter(tt.ar); got != tt.bw {
			t.Errorf("ToBuckwalter(%+q) = %+q, want %+q", tt.ar, got, tt.bw)
		}
		if tt.ar == "2020 abc" {
			continue
		}
		if got := FromBuckwalter(tt.bw); got != tt.ar {
			t.Errorf("FromBuckwalter(%+q) = %+q, want %+q", tt.bw, got, tt.ar)
		}
	}
}

func TestLang(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"arabic", "أكد الجيش الوطنى الليبى أن القوات باقية", "ar"},
		{"arabic with latin names", "قال مدير شركة Google إن", "ar"},
		{"english", "The army said on Monday that its forces would stay", "en"},
		{"french", "Le président a déclaré que les forces de la ville", "fr"},
		{"persian", "این یک متن فارسی است که برای آزمایش نوشته شده و گفت", "fa"},
		{"russian", "Президент России заявил", "cyrillic"},
		{"digits only", "2020 ١٢٣ !!", "und"},
		{"empty", "", "und"},
	}
	for _, tt := range tests {
		if got := Lang(tt.in); got != tt.want {
			t.Errorf("%s: Lang(%+q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}
