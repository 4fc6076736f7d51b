package structure

import (
	"testing"

	"github.com/marsad/marsad"
)

// TestLineKinds checks single lines against the furniture rules, with
// article sentences that look like furniture but are not.
func TestLineKinds(t *testing.T) {
	cases := []struct{ text, want string }{
		{"اقرأ أيضا", marsad.BoilerRelated},
		{"اقرأ أيضًا: وزير النقل يتفقد محطة مصر", marsad.BoilerRelated},
		{"list 2 of 4", marsad.BoilerRelated},
		{"end of list", marsad.BoilerRelated},
		{"الأكثر قراءة", marsad.BoilerRelated},
		{"شارك", marsad.BoilerShare},
		{"فيسبوك تويتر واتساب", marsad.BoilerShare},
		{"تابعونا على فيسبوك وتويتر", marsad.BoilerFollow},
		{"تابعوا آخر أخبار المصري اليوم عبر Google News", marsad.BoilerFollow},
		{"الكلمات الدالة: ليبيا، روسيا", marsad.BoilerTags},
		{"جميع الحقوق محفوظة © 2024", marsad.BoilerCopyright},
		{"صدر الصورة، Getty Images", marsad.BoilerCaption},
		{"الإثنين، 13 يناير 2020 10:00 ص", marsad.BoilerDate},
		{"نشر في: 21 أغسطس ,2023: 10:45 ص GST", marsad.BoilerDate},
		{"منذ ساعتين", marsad.BoilerDate},
		{"إعلان", marsad.BoilerAds},
		{"التعليقات (3)", marsad.BoilerComments},
		// article sentences
		{"وتابع المتحدث أن الحكومة ستعلن قرارها خلال أيام.", ""},
		{"تابع الوزير جولته في المحافظة وزار عددا من المستشفيات", ""},
		{"شارك آلاف المتظاهرين في مسيرة وسط العاصمة أمس.", ""},
		{"قال الرئيس إن «الحقوق محفوظة» لكل المواطنين وفق الدستور، مضيفا أن الحكومة ستحمي الحريات العامة في كل الظروف دون استثناء لأي طرف سياسي أو اجتماعي مهما كان.", ""},
		{"مواقف دولية", ""},
	}
	for _, c := range cases {
		l := textLine(c.text)
		got := lineKind(l)
		if got == "" {
			got, _ = sourceLine(l, false)
		}
		if got != c.want {
			t.Errorf("%q: kind %q, want %q", c.text, got, c.want)
		}
	}
}

func TestSourceLines(t *testing.T) {
	cases := []struct {
		text, kind string
		want       srcInfo
	}{
		{"كتب محمد أحمد", marsad.BoilerByline, srcInfo{Author: "محمد أحمد"}},
		{"كتبت: سارة علي - الإثنين 13 يناير 2020", marsad.BoilerByline, srcInfo{Author: "سارة علي", Published: "2020-01-13"}},
		{"بقلم: سارة الشمري", marsad.BoilerByline, srcInfo{Author: "سارة الشمري"}},
		{"(إعداد أحمد عبد الله للنشرة العربية - تحرير محمد محمدين)", marsad.BoilerByline, srcInfo{Author: "أحمد عبد الله"}},
		{"المصدر : الجزيرة + وكالات", marsad.BoilerSource, srcInfo{Outlet: "الجزيرة + وكالات"}},
		{"دبي - العربية.نت", marsad.BoilerDateline, srcInfo{Dateline: "دبي", Outlet: "العربية.نت"}},
		{"لندن: «الشرق الأوسط»", marsad.BoilerDateline, srcInfo{Dateline: "لندن", Outlet: "الشرق الأوسط"}},
		{"القاهرة: محمد نبيل حلمي", marsad.BoilerDateline, srcInfo{Dateline: "القاهرة", Author: "محمد نبيل حلمي"}},
		{"هسبريس - محمد الراجي", marsad.BoilerByline, srcInfo{Outlet: "هسبريس", Author: "محمد الراجي"}},
		// sentences
		{"كتب الرئيس على حسابه في منصة إكس: «لن نتراجع».", "", srcInfo{}},
		{"تقرير أممي يحذر من مجاعة في القطاع", "", srcInfo{}},
		{"مصدر مطلع قال إن المفاوضات متعثرة.", "", srcInfo{}},
	}
	for _, c := range cases {
		k, si := sourceLine(textLine(c.text), false)
		if k != c.kind || si != c.want {
			t.Errorf("%q: %q %+v, want %q %+v", c.text, k, si, c.kind, c.want)
		}
	}
}

func TestDatelinePrefix(t *testing.T) {
	cases := []struct {
		text, prefix string
		want         srcInfo
	}{
		{"موسكو (رويترز) - قال الكرملين اليوم إن المحادثات ستستمر.", "موسكو (رويترز) - ", srcInfo{Dateline: "موسكو", Outlet: "رويترز"}},
		{"الأخبار (نواكشوط) – أعلنت وزارة الصحة ارتفاع عدد الوفيات.", "الأخبار (نواكشوط) – ", srcInfo{Dateline: "نواكشوط", Outlet: "الأخبار"}},
		{"الخرطوم- عادت الحركة تدريجيا إلى الأسواق.", "الخرطوم- ", srcInfo{Dateline: "الخرطوم"}},
		{"القاهرة - أ ف ب: أعلنت الحكومة المصرية خطة جديدة.", "القاهرة - أ ف ب: ", srcInfo{Dateline: "القاهرة", Outlet: "أ ف ب"}},
		{"دبي، الإمارات العربية المتحدة (CNN)-- سجلت المدن درجات حرارة قياسية.", "دبي، الإمارات العربية المتحدة (CNN)-- ", srcInfo{Dateline: "دبي، الإمارات العربية المتحدة", Outlet: "CNN"}},
		{"أعلنت الحكومة - في بيان - أنها ستخفض الأسعار.", "", srcInfo{}},
		{"وقال الوزير: إن الخطة جاهزة للتنفيذ.", "", srcInfo{}},
	}
	for _, c := range cases {
		n, si, ok := datelinePrefix(c.text)
		got := ""
		if ok {
			got = c.text[:n]
		}
		if got != c.prefix || si != c.want {
			t.Errorf("%q: prefix %q %+v, want %q %+v", c.text, got, si, c.prefix, c.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	cases := map[string]string{
		"الإثنين، 13 يناير 2020 10:00 ص":                  "2020-01-13",
		"25 يوليو/ تموز 2023":                             "2023-07-25",
		"13 كانون الثاني 2020":                            "2020-01-13",
		"الإثنين 20 نونبر 2023 - 21:15":                   "2023-11-20",
		"12.06.2024 | 14:33 GMT":                          "2024-06-12",
		"نشرت في: 06/05/2024 - 18:22":                     "2024-05-06",
		"2024-03-01":                                      "2024-03-01",
		"١٣ يناير ٢٠٢٠":                                   "2020-01-13",
		"الأحد - 25 ذو القعدة 1445 هـ - 02 يونيو 2024 مـ": "2024-06-02",
	}
	for in, want := range cases {
		if got, ok := dateLine(in); !ok || got != want {
			t.Errorf("%q: %q %v, want %q", in, got, ok, want)
		}
	}
	if _, ok := dateLine("مارس الرئيس ضغوطا على الحكومة"); ok {
		t.Error("sentence with مارس read as a date")
	}
}

func TestLeadingMenu(t *testing.T) {
	in := "أخبار\nرياضة\nاقتصاد\nنجوم العالم في مهرجان كان\n" + arPara + "\n"
	text, st, _, err := Parse([]byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	rs := []rune(text)
	if st.Title == nil || string(rs[st.Title.Start:st.Title.End]) != "نجوم العالم في مهرجان كان" {
		t.Errorf("title %+v", st.Title)
	}
	if len(st.Body) != 1 || len(st.Boilerplate) != 3 || st.Boilerplate[0].Kind != marsad.BoilerNav {
		t.Errorf("body %+v boilerplate %+v", st.Body, st.Boilerplate)
	}
}

func TestOneWordTitle(t *testing.T) {
	text, st, _, err := Parse([]byte("مشاهير\n"+arPara+"\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if st.Title == nil || string([]rune(text)[st.Title.Start:st.Title.End]) != "مشاهير" {
		t.Errorf("title %+v", st.Title)
	}
}
