package root

// quadRoots lists common four-letter roots of news Arabic, so that their
// ت, م or ي is not taken for an affix (ترجمة → ترجم, not رجم).
var quadRoots = map[string]bool{}

func init() {
	for _, r := range []string{
		"ترجم", "دحرج", "برمج", "سيطر", "هيمن", "عرقل", "بلور", "فبرك", "دبلج",
		"زخرف", "برهن", "طمان", "زمجر", "خندق", "بعثر", "قرصن", "فهرس", "عولم",
		"هندس", "فلسف", "عسكر", "تلفز", "كهرب", "مغنط", "درهم", "دولر", "جلبب",
		"زحلق", "فرنس", "عصرن", "قولب", "عقلن", "مكنن", "زركش", "عنكب", "ثعلب",
		"عقرب", "برعم", "ضفدع", "جمهر", "فرقع", "عربد", "صعلك", "شقلب", "عبقر",
		"خربش", "زغرد", "ارجح", "بلطج", "غربل", "قنبل", "بركن",
		"سمسر", "شرذم", "بعزق", "سفسط", "مرجح", "زنبق", "فسفر", "كربن", "هرول",
		"دمقرط", "برطل", "طربش", "جندل", "ترمس", "مهرج", "قرفص",
	} {
		if len(r) == 8 {
			quadRoots[r] = true
		}
	}
}

// quad finds a four-letter root: a known one, or a reduplicated one
// (زلزل, وسوس), in a quadriliteral pattern.
func quad(s string) (string, bool) {
	for _, p := range quadPatterns[letters(s)] {
		r, ok := match(s, p)
		if !ok {
			continue
		}
		if quadRoots[r] || r[0:2] == r[4:6] && r[2:4] == r[6:8] {
			return r, true
		}
	}
	return "", false
}
