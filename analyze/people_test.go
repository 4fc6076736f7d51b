package analyze

import (
	"strings"
	"testing"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/arabic/clitic"
	"github.com/marsad/marsad/ner"
)

func TestRolePeople(t *testing.T) {
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text     string
		mentions [][2]string
		want     string
	}{
		{"وقال محافظ البنك علي العلاق في مؤتمر صحفي إن الاحتياطي كاف.", nil, "PER علي العلاق"},
		{"وقال المتحدث العسكري باسم الجماعة يحيى سريع في بيان متلفز إن العملية نجحت.", nil, "PER يحيى سريع"},
		{"أكد كاوة رشيد، المتحدث باسم الوزارة، أن الصادرات ستستأنف.", [][2]string{{"رشيد", "PER"}}, "PER كاوة رشيد"},
		{"ونقلت الصحيفة عن بيير دوبوا، المدير الرياضي للنادي، أن العرض رفض.", nil, "PER بيير دوبوا"},
		{"وقال رئيس اللجنة النائب سامر عازار، في مؤتمر صحفي، إن القانون جاهز.", nil, "PER سامر عازار"},
		{"ويرى أستاذ الاقتصاد في جامعة بيرزيت د. هيثم الرجوب أن الأزمة عميقة.",
			[][2]string{{"جامعة بيرزيت", "ORG"}}, "ORG جامعة بيرزيت, PER هيثم الرجوب"},
		{"وقال المدير العام لجمعية البنوك في فلسطين ماهر قطينة إن التكلفة عالية.",
			[][2]string{{"جمعية البنوك", "ORG"}, {"فلسطين", "LOC"}}, "ORG جمعية البنوك, LOC فلسطين, PER ماهر قطينة"},
		{"نقلت الصحيفة عن وزير الشؤون الاجتماعية اللبناني، عصام نجم، أن الحكومة ستسهل العودة.", nil, "PER عصام نجم"},
		// What must stay as it is.
		{"وقال الحكم، على بطاقة حمراء، إن القرار صحيح.", nil, ""},
		{"وقال الرئيس، مخاطبا الحضور، إن البلاد بخير.", nil, ""},
		{"وقال المدرب في النادي الأهلي إن الفريق جاهز للمباراة.", [][2]string{{"النادي الأهلي", "ORG"}}, "ORG النادي الأهلي"},
		{"وصرح نائب رئيس قسم مكافحة انتشار الأسلحة بأن الاتفاق قائم.", nil, ""},
		{"وقال منظم حملة المقاطعة توبي والش، في بيان، إن الحملة مستمرة.", nil, ""},
		{"وهو لاعب أوليمبي يحمل ميدالية ذهبية، وقال إنه سيعتزل.", [][2]string{{"أوليمبي", "PER"}}, "PER أوليمبي"},
		{"أفضل لاعبة\nسام كير\nلوسي برونز", [][2]string{{"لوسي", "PER"}}, "PER لوسي"},
		{"وقال الرئيس دونالد ترامب يده ممدودة.", [][2]string{{"دونالد ترامب", "PER"}}, "PER دونالد ترامب"},
	} {
		doc, runes := bodyDoc(t, c.text, c.mentions...)
		for i := range doc.Tokens {
			doc.Tokens[i].Seg = clitic.Split(arabic.Orthographic.String(doc.Tokens[i].Text)).String()
		}
		rolePeople(doc, runes, m)
		if got := strings.Join(entityList(t, doc, runes), ", "); got != c.want {
			t.Errorf("%+q:\ngot  %+q\nwant %+q", c.text, got, c.want)
		}
	}
}
