package orgs_test

import (
	"strings"
	"testing"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/arabic/clitic"
	"github.com/marsad/marsad/orgs"
	"github.com/marsad/marsad/tokenize"
)

// doc tokenizes text as body and tags each "surface TYPE" mention at its
// first occurrence, as the tagger would.
func doc(t *testing.T, text string, mentions ...string) *marsad.Document {
	t.Helper()
	d := &marsad.Document{Text: text}
	d.Tokens, d.Sentences = tokenize.Split(text, nil, true)
	for i := range d.Tokens {
		d.Tokens[i].Section = marsad.SectionBody
		d.Tokens[i].Seg = clitic.Split(arabic.Orthographic.String(d.Tokens[i].Text)).String()
	}
	for _, m := range mentions {
		surface, typ, _ := strings.Cut(m, "|")
		i := strings.Index(text, surface)
		if i < 0 {
			t.Fatalf("%+q not in %+q", surface, text)
		}
		start := len([]rune(text[:i]))
		d.Entities = append(d.Entities, marsad.Entity{Start: start, End: start + len([]rune(surface)),
			Text: surface, Type: typ, Section: marsad.SectionBody})
	}
	return d
}

func list(t *testing.T, d *marsad.Document) string {
	t.Helper()
	runes := []rune(d.Text)
	var out []string
	for _, e := range d.Entities {
		if e.Start < 0 || e.End > len(runes) || string(runes[e.Start:e.End]) != e.Text {
			t.Errorf("entity %+q does not match the text at [%d,%d)", e.Text, e.Start, e.End)
		}
		out = append(out, e.Type+" "+e.Text)
	}
	return strings.Join(out, ", ")
}

func TestFind(t *testing.T) {
	for _, c := range []struct {
		text     string
		mentions []string
		want     string
	}{
		{"أعلنت وزارة الدفاع الروسية أن القصف توقف.", nil, "ORG وزارة الدفاع الروسية"},
		{"وقال مجلس النواب الليبي إن الجلسة تأجلت.", nil, "ORG مجلس النواب الليبي"},
		{"اشتبك الجيش السوداني وقوات الدعم السريع في الفاشر.", []string{"الفاشر|LOC"},
			"ORG الجيش السوداني, ORG قوات الدعم السريع, LOC الفاشر"},
		{"وفقا للمرصد السوري لحقوق الإنسان، قتل خمسة.", nil, "ORG للمرصد السوري لحقوق الإنسان"},
		{"وقالت الهيئة العامة للمحافظة على المدن التاريخية إن المباني انهارت.", nil,
			"ORG الهيئة العامة للمحافظة على المدن التاريخية"},
		{"وتوقع المركز الوطني للأرصاد والإنذار المبكر أمطارا غزيرة.", nil, "ORG المركز الوطني للأرصاد والإنذار المبكر"},
		{"وأعلنت منظمة أطباء بلا حدود أنها افتتحت مركزا.", []string{"منظمة أطباء|ORG"}, "ORG منظمة أطباء بلا حدود"},
		{"وأكدت لجنة الحكام أن القرار صحيح.", nil, "ORG لجنة الحكام"},
		{"وقضت المحكمة الاتحادية العليا بعدم دستورية القانون.", nil, "ORG المحكمة الاتحادية العليا"},
		{"وأعلنت الهيئة المصرية العامة للتنشيط السياحى عن حملة.", nil, "ORG الهيئة المصرية العامة للتنشيط السياحى"},
		{"وأحالت الهيئة العامة للتحريات المالية القضية إلى المحكمة الجزائية المتخصصة.", nil,
			"ORG الهيئة العامة للتحريات المالية, ORG المحكمة الجزائية المتخصصة"},
		{"وقالت دائرة الاقتصاد والسياحة إن الشكاوى زادت، ووقع في دائرة الضوء.", nil, "ORG دائرة الاقتصاد والسياحة"},
		{"وقال مركز الخليج للدفاع عن حقوق الصحفيين إن الاعتقالات مستمرة.", nil, "ORG مركز الخليج للدفاع عن حقوق الصحفيين"},
		{"وأعلنت وزارة التعليم العالي والبحث العلمي أن الدراسة تبدأ الأحد.", nil, "ORG وزارة التعليم العالي والبحث العلمي"},
		{"وقالت وزارة الفلاحة والموارد المائية والصيد البحري إن المحصول جيد.", nil,
			"ORG وزارة الفلاحة والموارد المائية والصيد البحري"},
		{"وأكدت وزارة الخارجية والمغتربين السورية أن الوفد وصل.", nil, "ORG وزارة الخارجية والمغتربين السورية"},
		{"وقالت لجنة التربية والتعليم النيابية إن الامتحانات في موعدها.", nil, "ORG لجنة التربية والتعليم النيابية"},
		{"ودعا مجلس الأمن الدولي والأمم المتحدة إلى التهدئة.", []string{"الأمم المتحدة|ORG"},
			"ORG مجلس الأمن الدولي, ORG الأمم المتحدة"},
		{"وتقدم الجيش السوري والقوات الروسية نحو المدينة.", nil, "ORG الجيش السوري, ORG القوات الروسية"},
		{"وقرر مجمع التنسيقيات الجهوية لعمال الحضائر الدخول في إضراب.", nil, "ORG مجمع التنسيقيات الجهوية لعمال الحضائر"},
		{"وكان قطاع الفنادق والسياحة الأقل تراجعا.", nil, ""},
		{"وبحسب بيان لوزارة التراث والسياحة، فإن الإشغال ارتفع.", nil, "ORG وزارة التراث والسياحة"},
		{"ونقل المصابون إلى مستشفى كيفه الجهوي.", []string{"كيفه|LOC"}, "ORG مستشفى كيفه الجهوي"},
		{"وقالت المديرة العامة لشركة إنوي إن الشبكة جاهزة.", []string{"إنوي|PER"}, "ORG إنوي"},
		{"وافتتح مطعم شركة أحمد علي فرعا جديدا.", []string{"أحمد علي|PER"}, "PER أحمد علي"},
		{"وأفادت مصادر في مستشفى كيفه الجهوي للأخبار بأن الحالات ارتفعت.", []string{"كيفه|LOC", "للأخبار|ORG"},
			"ORG مستشفى كيفه الجهوي, ORG للأخبار"},
		{"وقال رئيس بلدية ظفار إن الموسم ناجح.", []string{"ظفار|LOC"}, "ORG بلدية ظفار"},
		{"وافتتحت مكتبة قطر الوطنية جناحا جديدا.", []string{"قطر|LOC"}, "ORG مكتبة قطر الوطنية"},
		{"وتقدمت قوات سوريا الديمقراطية للسيطرة على المدينة.", []string{"سوريا|LOC"}, "ORG قوات سوريا الديمقراطية"},
		{"وبقي سوانزي تحت قيادة البرتغالي كارلوس كارفالياو.", []string{"كارلوس كارفالياو|PER"}, "PER كارلوس كارفالياو"},
		{"وسجل مهاجم المنتخب البرتغالي كريستيانو رونالدو.", []string{"كريستيانو رونالدو|PER"},
			"ORG المنتخب البرتغالي, PER كريستيانو رونالدو"},
		{"فاز حزب التجمع الوطني للإصلاح والتنمية بالمقاعد.", nil, "ORG حزب التجمع الوطني للإصلاح والتنمية"},
		{"ودعت جمعية المصارف إلى الحوار.", nil, "ORG جمعية المصارف"},
		{"وقعت حركة تحرير السودان الاتفاق.", []string{"السودان|LOC"}, "ORG حركة تحرير السودان"},
		{"وصل الوفد إلى مطار مسقط الدولي أمس.", []string{"مسقط|LOC"}, "LOC مطار مسقط الدولي"},
		{"أقيمت المباراة على ملعب هزاع بن زايد.", []string{"هزاع بن زايد|PER"}, "LOC ملعب هزاع بن زايد"},
		{"وقال مجلس شورى الدولة إن القرار نهائي.", nil, "ORG مجلس شورى الدولة"},
		// What must stay as it is.
		{"قالت الحكومة إن الأسعار سترتفع.", nil, ""},
		{"وعدت الحكومة الجديدة بالإصلاح.", nil, ""},
		{"اتهمت الحكومة السورية الأسلحة الكيميائية بالتسبب في ذلك.", nil, "ORG الحكومة السورية"},
		{"وأوضح رئيس الهيئة فاروق بوعسكر أن الأرقام نهائية.", []string{"فاروق بوعسكر|PER"}, "PER فاروق بوعسكر"},
		{"وأصدر مكتب علي خامنئي بيانا.", []string{"علي خامنئي|PER"}, "PER علي خامنئي"},
		{"وقال مدير شركة أرامكو إن الإنتاج ارتفع.", []string{"أرامكو|ORG"}, "ORG أرامكو"},
		{"أكبر سد بالمغرب جف.", []string{"بالمغرب|LOC"}, "LOC بالمغرب"},
		{"نشرت قوات تحالف دولي تقوده الولايات المتحدة.", []string{"الولايات المتحدة|LOC"}, "LOC الولايات المتحدة"},
	} {
		d := doc(t, c.text, c.mentions...)
		orgs.Find(d, nil, "boilerplate")
		if got := list(t, d); got != c.want {
			t.Errorf("%+q:\ngot  %+q\nwant %+q", c.text, got, c.want)
		}
	}
}

func TestFindSkipsSection(t *testing.T) {
	d := doc(t, "تابعونا: وزارة الصحة المصرية")
	for i := range d.Tokens {
		d.Tokens[i].Section = "boilerplate"
	}
	orgs.Find(d, nil, "boilerplate")
	if len(d.Entities) != 0 {
		t.Errorf("page furniture gave %s", list(t, d))
	}
}

func TestFindPlacesAndCompounds(t *testing.T) {
	for _, c := range []struct {
		text     string
		mentions []string
		want     string
	}{
		{"وصلت المساعدات إلى قطاع غزة عبر معبر كرم أبو سالم.", []string{"غزة|LOC", "أبو سالم|PER"},
			"LOC قطاع غزة, LOC معبر كرم أبو سالم"},
		{"هبطت الطائرة في مطار الملك خالد الدولي.", []string{"خالد|PER"}, "LOC مطار الملك خالد الدولي"},
		{"وقال محلل في بنك الإمارات دبي الوطني إن النمو قوي.", []string{"الإمارات|LOC", "دبي|LOC"}, "ORG بنك الإمارات دبي الوطني"},
		{"وبحسب بيان صادر عن مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية، فإن الأضرار كبيرة.", []string{"الأمم المتحدة|ORG"},
			"ORG مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"},
		{"وتراجع مؤشر سوق أبوظبي للأوراق المالية.", []string{"أبوظبي|LOC"}, "ORG سوق أبوظبي للأوراق المالية"},
		// What must stay as it is.
		{"وارتفع السوق الأمريكي أمس.", nil, ""},
		{"وتعمل الحكومة على سد العجز في الموازنة.", nil, ""},
		{"وقال مدير شركة أرامكو إن الإنتاج ارتفع.", []string{"أرامكو|ORG"}, "ORG أرامكو"},
		{"ويعمل في قطاع النفط آلاف العمال.", nil, ""},
		{"وهذا يتم عن طريق غوغل.", []string{"غوغل|ORG"}, "ORG غوغل"},
	} {
		d := doc(t, c.text, c.mentions...)
		orgs.Find(d, nil, "boilerplate")
		if got := list(t, d); got != c.want {
			t.Errorf("%+q:\ngot  %+q\nwant %+q", c.text, got, c.want)
		}
	}
}
