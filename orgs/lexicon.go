package orgs

import "github.com/marsad/marsad/arabic"

// headList holds the nouns that head an institution's name, without ال:
// وزارة الدفاع, مجلس النواب, قوات الدعم السريع, حركة تحرير السودان.
var headList = []string{
	"وزارة", "مجلس", "هيئة", "حكومة", "جيش", "قوات", "حركة", "حزب", "منظمة", "اتحاد", "بنك",
	"مصرف", "جامعة", "شركة", "مؤسسة", "لجنة", "جماعة", "جبهة", "قيادة", "خلية", "سلطة",
	"منسقية", "غرفة", "مرصد", "شبكة", "منتخب", "محكمة", "نيابة", "أمانة", "مفوضية", "صندوق",
	"تحالف", "ائتلاف", "كتلة", "تنظيم", "جمعية", "نقابة", "رابطة", "مركز", "معهد", "مديرية",
	"حرس", "شرطة", "جهاز", "مكتب", "برلمان", "بعثة", "ديوان", "أكاديمية", "كلية", "هيئات",
	"وكالة", "تجمع", "فيلق", "لواء", "كتائب", "ميليشيا", "مليشيا", "نادي", "مجمع", "بورصة",
	"سوق", "مستشفى", "مكتبة", "بلدية", "تنسيقية", "دائرة",
}

// strongList holds the heads that a single definite word after them
// names: حزب الإنصاف, جمعية المصارف, رابطة المودعين, اتحاد الكرة. Heads
// that also take ordinary complements (وزارة, مجلس, مركز, حركة: حركة
// المرور) need more.
var strongList = []string{
	"حزب", "جمعية", "رابطة", "نقابة", "اتحاد", "جبهة", "تحالف", "ائتلاف", "منظمة", "جماعة",
	"كتلة", "فيلق", "كتائب", "نادي", "هيئات", "لجنة",
}

// designatorList holds the heads that only describe the organization
// named after them: in شركة أرامكو the name is أرامكو. Other heads join
// a tagged organization after them: مكتب الأمم المتحدة لتنسيق الشؤون
// الإنسانية is one body.
var designatorList = []string{
	"شركة", "مؤسسة", "مجموعة", "حزب", "حركة", "جماعة", "تنظيم", "منظمة", "وكالة", "جمعية",
	"نادي", "مصرف", "بنك",
}

// weakList holds heads that name an organization only with a tagged name
// after them: سوق أبوظبي للأوراق المالية, but not السوق الأمريكي.
var weakList = []string{"سوق"}

// placeNeedsNameList holds place heads that need a tagged place after
// them: قطاع غزة, شمال غزة, سد الموصل, but not قطاع النفط, سد العجز, مخيم
// اللاجئين, قاعدة البيانات.
var placeNeedsNameList = []string{
	"قطاع", "شمال", "جنوب", "شرق", "غرب", "ضواحي", "أطراف", "ريف", "سد", "قاعدة", "حقل", "برج",
	"سجن", "جسر", "منفذ", "مخيم", "معبر", "ملعب", "قلعة", "مسرح", "معبد", "مقبرة", "محطة",
}

// placeAdjectiveList may follow a tagged name inside a place's name:
// مطار مسقط الدولي (وادي صفصاف الحدودية keeps its adjective out).
var placeAdjectiveList = []string{
	"دولي", "دولية", "كبير", "كبرى", "قديم", "قديمة", "إقليمي", "إقليمية",
	"شمالي", "شمالية", "جنوبي", "جنوبية", "شرقي", "شرقية", "غربي", "غربية",
}

// ordinalList may follow a tagged name inside an organization's name:
// بنك أبوظبي الأول.
var ordinalList = []string{"أول", "ثاني", "ثالث"}

// placeList holds the nouns that head a place's name: سد المسيرة, مطار
// مسقط الدولي, مضيق هرمز, ساحة النجمة, معبر رفح, مخيم زمزم. One
// definite word or a tagged name after them names the place.
var placeList = []string{
	"مطار", "ميناء", "مرفأ", "مضيق", "ساحة", "ميدان", "شارع", "نهر", "جبل", "بحيرة", "جزيرة",
	"وادي", "حي", "شاطئ", "واحة", "هضبة", "سهل", "خليج", "قصر", "استاد",
}

// namedList holds institutions whose one word is their name: الكونغرس
// needs nothing after it to be an organization.
var namedList = []string{
	"الكونغرس", "الكونجرس", "الكنيست", "البنتاغون", "البنتاجون", "الكرملين", "الإليزيه",
}

// complementList holds the words, without ال, that make a head specific:
// a ministry's portfolio, a council's members, a court's level
// (وزارة الصحة, مجلس الوزراء, المحكمة العليا, البنك المركزي).
var complementList = []string{
	"وزراء", "أمن", "نواب", "شيوخ", "شعب", "شورى", "أمة", "دولة", "سيادة", "قضاء", "رئاسة",
	"صحة", "خارجية", "داخلية", "دفاع", "مالية", "عدل", "تعليم", "تربية", "اقتصاد", "طاقة",
	"نفط", "إعلام", "ثقافة", "زراعة", "مياه", "ري", "نقل", "عمل", "سياحة", "إسكان",
	"اتصالات", "تجارة", "صناعة", "بيئة", "رياضة", "شباب", "أوقاف", "تخطيط", "استثمار",
	"كهرباء", "مواصلات", "أشغال", "بلديات", "هجرة", "تموين", "إحصاء", "انتخابات",
	"مركزي", "عليا", "أعلى", "دستوري", "دستورية", "مستقلة", "ثوري", "كرة", "قدم", "نقد",
	"فلاحة", "مال", "محاسبة", "مراقبة", "رقابة", "وطني", "وطنية", "تعاون", "عام", "عامة", "شعبي", "شعبية", "تشريعي",
	"تشريعية", "تنفيذي", "تنفيذية", "نيابي", "إسلامي", "إسلامية", "مسلحة", "بحث", "صيد",
	"مغتربين", "موارد",
}

// genericList holds definite words that describe rather than name, and
// time words: an institution's name stops before them (الحكومة الجديدة,
// مجلس الوزراء اليوم).
var genericList = []string{
	"جديد", "جديدة", "حالي", "حالية", "سابق", "سابقة", "مقبل", "مقبلة", "ماضي", "ماضية",
	"جاري", "أخير", "أخيرة", "أول", "أولى", "ثاني", "ثانية", "ثالث", "يوم", "أمس", "غد",
	"أسبوع", "شهر", "عام", "سنة", "اثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة", "سبت", "أحد",
	"ذي", "تي", "ذين", "لذي", "لتي", "لذين", "كل", "بعض", "عديد", "مختلفة", "معنية", "مذكور",
	"مذكورة", "نفسه", "نفسها", "كبير", "كبيرة", "صغير", "صغيرة", "خاصة", "مؤقتة", "ذاته",
	"ذاتها", "أخرى", "آخر", "بلاد", "مدينة", "تابع", "تابعة", "تابعين", "تابعون", "معني",
	"وحيد", "وحيدة", "حاكم", "حاكمة", "معارض", "معارضة", "مرتبط", "مرتبطة", "موالي", "موالية",
	"مدعوم", "مدعومة", "مقرب", "مقربة", "متحالف", "متحالفة",
}

// stopList holds words that end a name: prepositions, complementizers,
// pronouns, auxiliaries and reporting verbs.
var stopList = []string{
	"في", "فى", "على", "علي", "من", "إلى", "الى", "عن", "مع", "بعد", "قبل", "خلال", "منذ",
	"حتى", "أن", "إن", "أنه", "إنه", "أنها", "بأن", "قد", "كان", "كانت", "الذي", "التي",
	"الذين", "و", "أو", "ثم", "حيث", "لدى", "عند", "ضد", "حول", "دون", "نحو", "هو", "هي",
	"هذا", "هذه", "ذلك", "تلك", "بين", "لكن", "كما", "أيضا", "عبر", "إثر", "اليوم", "أمس",
	"غدا", "مساء", "صباح", "قال", "قالت", "أكد", "أكدت", "أعلن", "أعلنت", "لا", "لم", "لن",
	"ما", "عدد", "أمام", "وراء", "تحت", "فوق", "لها", "له", "به", "بها", "فيه", "فيها",
}

// actionList holds verbal nouns after ل that state what a body is asked
// to do, not what it is for: أحال القانون إلى مجلس الشورى لاستكمال
// الإجراءات.
var actionList = []string{
	"لاستكمال", "لمناقشة", "لبحث", "لدراسة", "لمتابعة", "لمراجعة", "لإقرار", "لاتخاذ", "لتقديم",
	"لمناقشته", "للنظر", "للمصادقة", "للتصويت", "للبت", "لإعداد", "لتنفيذ", "لاعتماد", "لإصدار",
	"للسيطرة", "لاستعادة", "لاقتحام",
}

// purposePreps holds the purposes that a preposition continues in a
// body's name, with that preposition in Search form: الهيئة العامة
// للمحافظة على المدن التاريخية, اللجنة الوطنية للقضاء على الفقر, مركز
// ميترو للدفاع عن حقوق الصحفيين.
var purposePreps = searchKeys(map[string]string{
	"للمحافظة": "على", "للحفاظ": "على", "للرقابة": "على", "للقضاء": "على", "للدفاع": "عن",
})

// adjectiveList holds adjectives of institutions' names that do not end
// as a relative adjective does: المحكمة الاتحادية العليا, الهيئة المصرية
// العامة, المحكمة الجزائية المتخصصة.
var adjectiveList = []string{
	"عام", "عامة", "عليا", "أعلى", "كبرى", "مستقل", "مستقلة", "متخصص", "متخصصة", "موحد", "موحدة",
	"مشترك", "مشتركة", "دائم", "دائمة", "مختلط", "مختلطة",
}

// nisbaNounList holds nouns that end as a relative adjective does and are
// never an adjective of a name: أحالت الإدارة العامة للتحريات المالية
// | القضية.
var nisbaNounList = []string{
	"قضية", "هوية", "عملية", "اتفاقية", "أغلبية", "أولوية", "مسؤولية", "شخصية", "إمكانية",
	"رؤية", "أهمية", "حرية", "كمية", "نسبية", "ضحية", "وصية", "هدية", "تسوية", "تغطية",
}

// nounLikeNisbaList holds nouns that end as a relative adjective does
// (nisba): after a head they are its complement, not an adjective, so
// that و ال may go on (وزارة الخارجية والمغتربين, لجنة التربية والتعليم).
var nounLikeNisbaList = []string{
	"تربية", "داخلية", "خارجية", "مالية", "تنمية", "حماية", "رعاية", "حرية", "توعية", "تغذية",
	"أغذية", "ميزانية",
}

// searchKeys returns m with its keys and values in Search form.
func searchKeys(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[arabic.Search.String(k)] = arabic.Search.String(v)
	}
	return out
}

func set(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, w := range list {
		m[arabic.Search.String(w)] = true
	}
	return m
}

var (
	heads       = set(headList)
	strongHeads = set(strongList)
	placeHeads  = set(placeList)

	designatorHeads = set(designatorList)
	weakHeads       = set(weakList)
	needsNameHeads  = set(placeNeedsNameList)
	placeAdjectives = set(placeAdjectiveList)
	ordinals        = set(ordinalList)
	actions         = set(actionList)
	nounLikeNisba   = set(nounLikeNisbaList)
	adjectives      = set(adjectiveList)
	nisbaNouns      = set(nisbaNounList)

	named       = set(namedList)
	complements = set(complementList)
	generics    = set(genericList)
	stops       = set(stopList)
)
