package quote

import (
	"strings"

	"github.com/marsad/marsad/arabic"
)

// outletNames are news outlets by kind: agencies (وكالة), channels (قناة),
// papers (صحيفة) and sites (موقع). A name marked with a leading "?" is
// also an ordinary word or place (الجزيرة, العربية, الشرق الأوسط) and
// counts as an outlet only after a designator or the preposition ل.
var outletNames = map[string][]string{
	"وكالة": {
		"رويترز", "فرانس برس", "فرانس بريس", "أسوشيتد برس", "أسوشيتدبرس", "أسوشيتيد برس",
		"اسوشييتد برس", "الأناضول", "سبوتنيك", "إنترفاكس", "انترفاكس", "تاس", "نوفوستي",
		"ريا نوفوستي", "شينخوا", "كيودو", "يونهاب", "إرنا", "ايرنا", "?فارس", "تسنيم", "?مهر",
		"واس", "وام", "سانا", "?بترا", "?كونا", "?قنا", "?بنا", "أ ش أ", "واج", "لاماب", "?ماب",
		"بلومبرغ", "بلومبيرغ", "بلومبرج", "رويترز للأنباء", "الأنباء الألمانية", "الصحافة الفرنسية",
		"د ب أ", "الوكالة الفرنسية", "إفي", "أكي", "آكي", "reuters", "afp", "bloomberg",
		"واع", "سونا", "صونا", "سبأ", "وفا",
	},
	"قناة": {
		"?الجزيرة", "الجزيرة نت", "الجزيرة مباشر", "?العربية", "العربية نت", "العربية.نت", "?الحدث",
		"سكاي نيوز عربية", "سكاي نيوز", "بي بي سي", "بي بي سي عربي", "سي إن إن", "سي ان ان",
		"سي إن إن عربية", "سي إن بي سي", "سي إن بي سي عربية", "فرانس 24", "فرانس24", "روسيا اليوم",
		"آر تي", "دويتشه فيله", "دويتشه فيلله", "?الحرة", "?الميادين", "?المنار", "?الغد",
		"فوكس نيوز", "سي بي إس", "إن بي سي", "إيه بي سي", "?الشرق", "?الإخبارية", "?القاهرة الإخبارية",
		"العربي تي في", "تي آر تي", "تي آر تي عربي", "bbc", "cnn", "cnbc", "rt", "france 24",
		"رووداو", "روداو", "كوردستان 24", "كردستان 24", "?الشرقية", "?رؤيا",
		"موزاييك", "موزاييك أف أم", "موزاييك إف إم", "شمس أف أم", "جوهرة أف أم",
	},
	"صحيفة": {
		"?الشرق الأوسط", "?الأهرام", "?الأخبار", "اليوم السابع", "المصري اليوم", "?الشروق",
		"?الوطن", "?الرياض", "عكاظ", "?الخليج", "?البيان", "?الاتحاد", "القدس العربي",
		"العربي الجديد", "?النهار", "هسبريس", "?الصباح", "نيويورك تايمز", "واشنطن بوست",
		"وول ستريت جورنال", "فايننشال تايمز", "فاينانشال تايمز", "الغارديان", "الجارديان",
		"التايمز", "الإندبندنت", "إندبندنت عربية", "لوموند", "لوفيغارو", "بوليتيكو", "أكسيوس",
		"دير شبيغل", "هآرتس", "يديعوت أحرونوت", "تايمز أوف إسرائيل", "جيروزاليم بوست", "معاريف",
		"?الحياة", "?الراي", "?القبس", "?الثورة", "?تشرين", "?الدستور", "الغد الأردنية", "?الصباح الجديد",
		"?المدى", "الشرق القطرية", "?الراية", "الوطن القطرية", "?الأيام", "العرب اللندنية", "?الأنباء",
		"?الوفد", "?المساء", "?الجمهورية", "مدى مصر", "صدى البلد", "مصراوي",
		"عمون", "?سبق", "الشروق أونلاين", "?الخبر", "?الرأي", "النهار الجزائرية",
		"nyt", "axios", "politico",
	},
}

// gazEntry is one outlet name in Search form.
type gazEntry struct {
	words     []string
	kind      string // Search form of the kind: وكاله, قناه, صحيفه
	ambiguous bool
}

// gazetteer maps a name's first word to the entries it starts, longest first.
var gazetteer = buildGazetteer()

func buildGazetteer() map[string][]gazEntry {
	m := map[string][]gazEntry{}
	for kind, names := range outletNames {
		k := arabic.Search.String(kind)
		for _, n := range names {
			amb := strings.HasPrefix(n, "?")
			words := strings.Fields(strings.ToLower(arabic.Search.String(strings.TrimPrefix(n, "?"))))
			e := gazEntry{words: words, kind: k, ambiguous: amb}
			m[words[0]] = insertLongest(m[words[0]], e)
		}
	}
	return m
}

func insertLongest(list []gazEntry, e gazEntry) []gazEntry {
	for i, x := range list {
		if len(e.words) > len(x.words) {
			return append(list[:i], append([]gazEntry{e}, list[i:]...)...)
		}
		if strings.Join(x.words, " ") == strings.Join(e.words, " ") {
			list[i].ambiguous = list[i].ambiguous && e.ambiguous
			return list
		}
	}
	return append(list, e)
}

// designatorList holds the words before an outlet's name. Weak ones (موقع,
// شبكة) also name other things (موقع الحادث) and need a name that is
// quoted, Latin, tagged or known.
var designatorList = map[string]bool{
	"وكالة أنباء": true, "وكالة": true, "قناة": true, "صحيفة": true, "جريدة": true, "مجلة": true,
	"تلفزيون": true, "التلفزيون": true, "إذاعة": true, "راديو": true, "فضائية": true,
	"موقع": false, "شبكة": false, "منصة": false, "محطة": false, "نشرة": false, // نشرة is also نشره, "published it"
}

type designator struct {
	words  []string
	strong bool
	kind   string
}

var designators = func() map[string][]designator {
	m := map[string][]designator{}
	for d, strong := range designatorList {
		ws := strings.Fields(arabic.Search.String(d))
		x := designator{words: ws, strong: strong, kind: ws[0]}
		if len(ws) == 2 {
			m[ws[0]] = append([]designator{x}, m[ws[0]]...)
		} else {
			m[ws[0]] = append(m[ws[0]], x)
		}
	}
	return m
}()

// anaphors name the outlet last mentioned: الوكالة, القناة, الصحيفة.
var anaphors = map[string]string{
	"الوكاله": "وكاله", "القناه": "قناه", "الصحيفه": "صحيفه", "الجريده": "صحيفه",
	"المجله": "صحيفه", "الشبكه": "قناه", "الاذاعه": "قناه", "التلفزيون": "قناه",
}
