package ner

import (
	"strings"
	"sync"
)

// Trigger classes: words that announce an entity next to them.
const (
	trigTitle    uint8    = 1 << iota // honorifics and ranks before a person: المشير, السيد, الشيخ
	trigRole                          // offices before a person or an organization: رئيس, وزير
	trigOrg                           // organization head nouns: وكالة, قناة, حزب
	trigLoc                           // place head nouns: مدينة, العاصمة, ولاية
	trigSay                           // reporting verbs, often followed by a speaker: قال, أعلن
	trigNat                           // words that often follow a name: the nisba adjectives are left to suffix features
	trigDefinite = 1 << 7             // the trigger carried the article ال
)

// triggerWords lists trigger words without the article; the lookup strips
// clitics and ال first. Spelling is normalized when the table is built.
var triggerWords = map[uint8]string{
	trigTitle: `مشير سيد سيده شيخ ملك ملكه امير اميره دكتور دكتوره مهندس استاذ بروفيسور حاج
		جنرال عقيد لواء عميد فريق رائد نقيب امام بابا كاردينال مطران قس حاخام سلطان رئيسه
		زعيم ممثل ممثله مطرب مطربه فنان فنانه لاعب نجم كاتب كاتبه روائي شاعر مخرج مدرب
		مستشاره آنسه سفيره قاضي نائبه ولي عاهل سمو فخامه معالي سعاده مرشد`,
	trigRole: `رئيس وزير وزيره نائب قائد امين مدير مديره مستشار سفير متحدث ناطق مندوب مبعوث
		محافظ حاكم عمده والي مراسل مسؤول مؤسس عضو زعيم رئيسه امينه مساعد وكيل قنصل
		نظير نظيره`,
	trigOrg: `وكاله قناه صحيفه جريده مجله شركه حزب حركه منظمه مجلس جيش جامعه بنك مصرف اتحاد
		نادي هيئه لجنه مؤسسه وزاره جمعيه تلفزيون اذاعه محطه مجموعه منتدى معهد مركز مكتب
		جبهه تنظيم كتله تحالف ائتلاف منتخب محكمه برلمان حكومه قوات اكاديميه مستشفى مصنع
		صندوق رابطه نقابه مدرسه كليه شبكه موقع بورصه سوق دار مفوضيه بعثه سفاره قنصليه
		شرطه مخابرات ميليشيا كتيبه فرقه انباء`,
	trigLoc: `مدينه عاصمه ولايه محافظه منطقه اقليم جزيره جزر نهر بحر جبل جبال بلده قريه مقاطعه
		دوله جمهوريه مملكه اماره امارات شمال جنوب شرق غرب شارع ميناء مطار بلاد حي مخيم
		خليج صحراء وادي قطاع ضاحيه ساحل محيط قاره مضيق ميدان ساحه`,
	trigSay: `قال قالت اعلن اعلنت اكد اكدت اضاف اضافت اشار اشارت صرح صرحت ذكر ذكرت اوضح اوضحت
		نقلت نقل افادت افاد افاده تابع تابعت دعا دعت طالب طالبت استقبل التقى زار وصل`,
}

var (
	triggerOnce  sync.Once
	triggerTable map[string]uint8
)

func triggers() map[string]uint8 {
	triggerOnce.Do(func() {
		triggerTable = make(map[string]uint8)
		for class, words := range triggerWords {
			for _, w := range strings.Fields(words) {
				triggerTable[searchForm(w)] |= class
			}
		}
	})
	return triggerTable
}

// triggerClass returns the trigger bits of a token from its search-normalized
// clitic-stripped form or else its stem; definite tells whether the token
// had the article.
func triggerClass(base, stem string, definite bool) uint8 {
	t := triggers()
	c, ok := t[base]
	if !ok {
		rest, cut := strings.CutPrefix(base, "ال")
		definite = definite || cut
		if c, ok = t[rest]; !ok {
			if c, ok = t[stem]; !ok {
				return 0
			}
		}
	}
	if definite {
		c |= trigDefinite
	}
	return c
}
