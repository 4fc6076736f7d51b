package link

import (
	"strings"

	"github.com/marsad/marsad/arabic"
)

// roleHeadList holds the nouns that head an office stated next to a name
// (قائد الجيش, رئيس حكومة الوفاق, وزير خارجية روسيا).
var roleHeadList = []string{
	"رئيس", "رئيسة", "نائب", "نائبة", "وزير", "وزيرة", "قائد", "قائدة", "زعيم", "زعيمة",
	"مستشار", "مستشارة", "متحدث", "متحدثة", "ناطق", "ناطقة", "سفير", "سفيرة", "مدير", "مديرة",
	"أمين", "أمينة", "محافظ", "محافظة", "مندوب", "مندوبة", "ممثل", "ممثلة", "مبعوث", "مبعوثة",
	"عضو", "حاكم", "ولي", "أمير", "أميرة", "ملك", "ملكة", "مساعد", "مساعدة", "مفوض", "مفوضة",
	"منسق", "منسقة", "قاضي", "عمدة", "مؤسس", "مؤسسة", "مدرب", "مدربة", "لاعب", "لاعبة", "نجم",
	"نجمة", "مهاجم", "حارس", "محلل", "خبير", "خبيرة", "أستاذ", "أستاذة", "باحث", "باحثة",
	"كبير", "كبيرة", "مراسل", "مراسلة", "مفتي", "بطريرك", "شيخ", "إمام", "قنصل", "وكيل", "وكيلة",
	"مدعي", "نقيب", "عميد", "سكرتير", "سكرتيرة", "مرشد", "محامي", "محامية", "قائم", "المدير",
	"مسؤول", "مسؤولة", "مسئول", "مسئولة", "طبيب", "طبيبة", "المتخصص", "الخبير", "قيادي", "قيادية", "ناشط", "ناشطة",
	"رئيسي", "ناقد", "ناقدة", "جناح", "ظهير", "مدافع", "صحفي", "صحفية", "كاتب", "كاتبة",
	"روائي", "روائية", "شاعر", "شاعرة", "مخرج", "مخرجة", "صحافي", "صحافية", "معلم", "معلمة",
	"ممرض", "ممرضة", "صانع", "أكاديمي",
}

// roleDuals maps dual heads (وزيرا خارجية ودفاع روسيا) to their singular.
var roleDualList = map[string]string{
	"وزيرا": "وزير", "وزيرتا": "وزيرة", "رئيسا": "رئيس", "نائبا": "نائب", "سفيرا": "سفير",
	"مستشارا": "مستشار", "قائدا": "قائد", "مبعوثا": "مبعوث", "ممثلا": "ممثل", "مندوبا": "مندوب",
	"مديرا": "مدير", "عضوا": "عضو", "محافظا": "محافظ", "متحدثا": "متحدث",
}

// roleStopList holds words that never occur inside a role phrase:
// prepositions, complementizers, auxiliaries, time words, reporting verbs.
var roleStopList = []string{
	"في", "فى", "على", "من", "إلى", "عن", "مع", "بعد", "قبل", "خلال", "منذ", "حتى", "أن", "إن",
	"أنه", "إنه", "أنها", "بأن", "قد", "كان", "كانت", "وكان", "وكانت", "الذي", "التي", "الذين",
	"اليوم", "أمس", "غدا", "يوم", "مساء", "صباح", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
	"الجمعة", "السبت", "الأحد", "و", "أو", "ثم", "حيث", "لدى", "عند", "ضد", "حول", "دون", "نحو",
	"هو", "هي", "هذا", "هذه", "ذلك", "تلك", "بين", "لكن", "لكن", "كما", "أيضا", "عبر", "إثر",
	"قال", "قالت", "وقال", "وقالت", "أكد", "أكدت", "وأكد", "وأكدت", "أعلن", "أعلنت", "وأعلن",
	"وأعلنت", "أضاف", "وأضاف", "أوضح", "وأوضح", "صرح", "وصرح", "أشار", "وأشار", "نقل", "نقلت",
	"ونقلت", "ونقل", "ذكر", "ذكرت", "وذكر", "وذكرت", "أفاد", "أفادت", "التقى", "يلتقي", "استقبل",
	"بحضور", "برئاسة", "وفق", "بحسب", "حسب", "وفقا", "نظيره", "نظيرها", "نظيريهما",
}

var (
	roleHeads = wordSet(roleHeadList)
	roleDuals = func() map[string]string {
		m := make(map[string]string, len(roleDualList))
		for k, s := range roleDualList {
			m[arabic.Search.String(k)] = s
		}
		return m
	}()
	roleStops = wordSet(roleStopList)
)

func wordSet(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, w := range list {
		m[arabic.Search.String(w)] = true
	}
	return m
}

// IsRoleHead reports whether word (any spelling, with or without ال) is a
// noun that heads an office: رئيس, وزير, قائد, المتحدث, وزيرا.
func IsRoleHead(word string) bool {
	return isHead(arabic.Search.String(word))
}

// IsRoleHeadNormal is IsRoleHead for a word already in arabic.Search
// form: it spares the normalization on hot paths.
func IsRoleHeadNormal(w string) bool { return isHead(w) }

func isHead(w string) bool {
	if roleDuals[w] != "" {
		return true
	}
	return roleHeads[strings.TrimPrefix(w, "ال")]
}
