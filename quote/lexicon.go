package quote

// stopWords end a speaker's noun phrase: prepositions, time words,
// auxiliaries, conjunctions standing alone.
var stopWords = wordSet("في فى على إلى عن مع بعد قبل خلال منذ حتى لدى عند ضد حول دون نحو عبر أمام "+
	"إثر عقب اثر وسط بين ضمن "+
	"اليوم أمس غدا الليلة مساء صباح ظهر يوم الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد "+
	"و أو ثم حيث كما أيضا قد لقد كان كانت وكان وكانت فكان ولقد أمام بدوره بدورها من جهته جهتها "+
	"الذي التي الذين هذا هذه ذلك تلك هو هي هم لكن ولكن بينما فيما", "")

// kanaWords are the auxiliaries that may open a clause before its subject:
// وكان المتحدث قد قال.
var kanaWords = wordSet("كان كانت وكان وكانت فكان فكانت لكن ولكن بينما فيما", "")

// blockers are prepositions that make a following أن adverbial, not reported:
// بعد أن, قبل أن.
var blockers = wordSet("بعد قبل منذ حتى دون رغم بدل بدلا لولا كي لكي", "")

// unnamedHeads start an unnamed source: مصدر ليبي, مسؤول روسي, شهود عيان.
var unnamedHeads = wordSet("مصدر مصادر مسؤول مسئول مسؤولة مسؤولون مسؤولين مسئولون مسئولين مسؤولو "+
	"دبلوماسي دبلوماسية دبلوماسيون دبلوماسيين شهود شاهد سكان متحدث متحدثة ناطق ناطقة مراسل مراسلة "+
	"خبراء خبير خبيرة محللون محلل محللة مراقبون ناشطون ناشط ناشطة مسعفون أطباء طبيب عمال مواطنون "+
	"متعاملون تجار مستثمرون مقربون قياديون قيادي عضو موظف موظفون ضابط ضباط جندي جنود "+
	"وسائل تقارير تقرير بيان أوساط دوائر جهات مصرفيون اقتصاديون مصدران مسؤولان "+
	"نشطاء متظاهرون لاجئون نازحون أهالي", "")

// unnamedModifiers follow an unnamed head: مصادر مطلعة, مسؤول كبير, شهود عيان.
// Gentilic and other -ي adjectives count too (see isAdjective).
var unnamedModifiers = wordSet("مطلع مطلعة مطلعون مطلعين رفيع رفيعة المستوى كبير كبيرة كبار بارز بارزة "+
	"بارزون مسئول مسئولة مقرب مقربة مقربون قريب قريبة عيان إعلام مسؤول مسؤولة رسمي رسمية مطلعه آخر أخرى "+
	"محليون محلية ميدانية متطابقة مختلفة عدة طبي طبية فني فنية", "")

// sayingWords stand before a speaker's name and are not the speaker:
// بيان الجيش, تصريحات الوزير.
var leadNouns = wordSet("بيان تقرير رسالة تصريح تصريحات مذكرة تغريدة منشور", "")
