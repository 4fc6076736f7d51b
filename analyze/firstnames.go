package analyze

import (
	"strings"

	"github.com/marsad/marsad/arabic"
)

// firstNames are Arabic given names, men's and women's, that the model's
// name lists (ANETAC, ANERgazet) lack or hold only in other spellings, and
// that are not also ordinary words (سعيد, أمل, جمال are left out): a
// people stage may start a name with one. Written for Marsad from general
// knowledge; Search forms.
var firstNames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		أشرف تيسير لطفي منجي المنجي الشاذلي الهاشمي فتحي صبحي حمدي مجدي شكري رشدي سمير زهير بشير نذير
		هشام عصام همام كاظم مهند معاذ منور نزار بلال خليل عبدالقادر عبدالرحمن عبدالله عبدالعزيز عبدالكريم
		عبدالرحيم عبدالحميد عبدالمجيد عبداللطيف عبدالسلام عبدالحليم عبدالرزاق عبدالوهاب عبدالإله
		عبدالحكيم عبدالمنعم عبدالفتاح عبدالباسط غسان إحسان حسان رضوان مروان عدنان قحطان سفيان عثمان سلمان
		سليمان لقمان وليد رباح لمياء أسماء شيماء رولا ريما نجلاء هيفاء نسرين ياسمين نعيمة
		حليمة سليمة فريدة رشيدة حميدة مليكة نادية سامية هنية بثينة رقية سهير منيرة نجوى تسنيم صائمة
		لولوة لؤي تامر هيثم ميثم حسين إلياس إدريس أيوب زكريا إسماعيل إبراهيم إسحاق يعقوب داود رامي سامي
		راني فادي حمزة عبيدة أسامة حذيفة عكرمة طلحة الزبير المعتصم المهدي`) {
		m[arabic.Search.String(w)] = true
	}
	return m
}()

// personWord reports a word a person's name may start with: in the
// model's name lists or a common Arabic given name.
func (p *peopleView) personWord(w string) bool {
	return p.m.PersonWord(w) || firstNames[arabic.Search.String(w)]
}
