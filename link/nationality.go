package link

import (
	"strings"

	"github.com/marsad/marsad/arabic"
)

// nationalityList holds gentilic adjectives (masculine, without ال), in
// the spellings outlets use.
var nationalityList = []string{
	"ليبي", "روسي", "مصري", "سوري", "عراقي", "يمني", "سعودي", "إماراتي", "قطري", "كويتي",
	"بحريني", "عماني", "أردني", "لبناني", "فلسطيني", "إسرائيلي", "تركي", "إيراني", "أمريكي",
	"أميركي", "بريطاني", "فرنسي", "ألماني", "إيطالي", "إسباني", "صيني", "ياباني", "هندي",
	"باكستاني", "أفغاني", "سوداني", "تونسي", "جزائري", "مغربي", "موريتاني", "إثيوبي",
	"أوكراني", "أوروبي", "أفريقي", "إفريقي", "عربي", "خليجي", "كوري", "برازيلي", "كندي",
	"أسترالي", "نيجيري", "كيني", "صومالي", "تشادي", "مالي", "يوناني", "قبرصي", "أرمني",
	"أذربيجاني", "جورجي", "بولندي", "هولندي", "بلجيكي", "سويسري", "سويدي", "نرويجي",
	"دنماركي", "نمساوي", "مجري", "روماني", "صربي", "إيرلندي", "مكسيكي", "أرجنتيني",
	"فنزويلي", "كوبي", "تشيلي", "فيتنامي", "إندونيسي", "ماليزي", "فلبيني", "تايلندي",
	"بنغالي", "إريتري", "جيبوتي", "أوغندي", "غاني", "سنغالي", "غربي", "آسيوي", "كردي",
	"أمازيغي", "ليبيري", "نيجري", "كاميروني", "بيلاروسي", "سلوفاكي", "تشيكي", "فنلندي",
	"برتغالي", "بوسني", "ألباني", "كرواتي", "أوزبكي", "كازاخي", "طاجيكي", "تركماني",
}

// nationalities holds the list in Search form and in Key's folded form.
var nationalities = func() map[string]bool {
	m := wordSet(nationalityList)
	for w := range m {
		m[foldWord(w)] = true
	}
	return m
}()

// IsNationality reports whether word is a gentilic adjective, with or
// without ال and the feminine ending: ليبي, الروسية, مصرى, أمريكيون.
func IsNationality(word string) bool {
	return isNationality(arabic.Search.String(word))
}

func isNationality(w string) bool {
	w = strings.TrimPrefix(w, "ال")
	for _, suf := range []string{"ه", "ون", "ين", "ان"} {
		if s := strings.TrimSuffix(w, suf); s != w && nationalities[s] {
			return true
		}
	}
	return nationalities[w]
}
