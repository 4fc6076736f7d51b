package analyze

import (
	"testing"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/ner"
)

func TestJoinHyphenNames(t *testing.T) {
	checkStage(t, []stageCase{
		{"وقال الجنرال جان-بول بالوميروس إن النظام وعد.",
			[][2]string{{"جان", "LOC"}, {"بول بالوميروس", "PER"}}, "PER جان-بول بالوميروس"},
		{"وقال الرئيس التنفيذي كارل-هاينتس رومينيغه إن الفريق جاهز.",
			[][2]string{{"كارل", "PER"}, {"هاينتس رومينيغه", "ORG"}}, "PER كارل-هاينتس رومينيغه"},
		{"وسجل الكوري هيونغ-مين سون هدفا.", [][2]string{{"مين سون", "PER"}}, "PER هيونغ-مين سون"},
		// What must stay as it is.
		{"وانتهت قمة ترامب-كيم دون اتفاق.", [][2]string{{"ترامب", "PER"}, {"كيم", "PER"}}, "PER ترامب, PER كيم"},
		{"ودعا إلى حوار مصري-سوداني جاد.", [][2]string{{"سوداني", "LOC"}}, "LOC سوداني"},
		{"وقال جان - بول بالوميروس إن النظام وعد.",
			[][2]string{{"جان", "LOC"}, {"بول بالوميروس", "PER"}}, "LOC جان, PER بول بالوميروس"},
		{"ونقلت الصحيفة عن أوروبا-آسيا الوسطى أن الخط جاهز.",
			[][2]string{{"أوروبا", "LOC"}, {"آسيا الوسطى", "LOC"}}, "LOC أوروبا, LOC آسيا الوسطى"},
	}, func(doc *marsad.Document, runes []rune) { joinHyphenNames(doc, runes, nil) })
}

func TestExtendPeopleLeft(t *testing.T) {
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	checkStage(t, []stageCase{
		{"وأوضح نائب قائد شرطة الإقليم، غلام ساروار حيدري، أن المسلحين هاجموا.",
			[][2]string{{"ساروار حيدري", "PER"}}, "PER غلام ساروار حيدري"},
		{"وقال حارس المنتخب السابق، خوسيه لويس تشيلافيرت، إن الفريق جاهز.",
			[][2]string{{"لويس تشيلافيرت", "PER"}}, "PER خوسيه لويس تشيلافيرت"},
		// What must stay as it is: a listed word that is a verb or a noun here.
		{"وقال في بيان إن عودة حفتر \"تأتي بعد\" الاتفاق.", [][2]string{{"حفتر", "PER"}}, "PER حفتر"},
		{"وفي وقت سابق، طالب محامو كوهين تأجيل القضية.", [][2]string{{"محامو كوهين", "PER"}}, "PER محامو كوهين"},
		{"وحين سئل صلاح عن تفكيره، ابتسم.", [][2]string{{"صلاح", "PER"}}, "PER صلاح"},
	}, func(doc *marsad.Document, runes []rune) { extendPeopleLeft(doc, runes, m) })
}

func TestTimeWordEndsNoName(t *testing.T) {
	for _, w := range []string{"الخميس", "الأربعاء", "أمس", "اليوم"} {
		if !timeWord(w) {
			t.Errorf("timeWord(%+q) = false", w)
		}
	}
	for _, w := range []string{"ماي", "الخميسي", "فيليب"} {
		if timeWord(w) {
			t.Errorf("timeWord(%+q) = true", w)
		}
	}
}

func TestTypeProducts(t *testing.T) {
	checkStage(t, []stageCase{
		{"وقال إن الطائرة مروحية من طراز بيف هوك تحطمت.", [][2]string{{"بيف هوك", "PER"}}, "MISC بيف هوك"},
		{"واشترى سيارة موديل كامري.", [][2]string{{"كامري", "PER"}}, "MISC كامري"},
		{"واشترى سيارة ماركة تويوتا.", [][2]string{{"تويوتا", "ORG"}}, "ORG تويوتا"},
		{"وصل طراز جديد إلى باريس.", [][2]string{{"باريس", "LOC"}}, "LOC باريس"},
	}, func(doc *marsad.Document, runes []rune) { typeProducts(doc) })
}

func TestSplitBareHead(t *testing.T) {
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	checkStage(t, []stageCase{
		{"وقال المدير العام للمنظمة تيدروس أدهانوم غيبريسوس إن الوضع خطير.",
			[][2]string{{"للمنظمة تيدروس أدهانوم غيبريسوس", "ORG"}}, "PER تيدروس أدهانوم غيبريسوس"},
		// What must stay as it is.
		{"وقال الاتحاد المغربي لكرة القدم إن المباراة تأجلت.",
			[][2]string{{"الاتحاد المغربي لكرة القدم", "ORG"}}, "ORG الاتحاد المغربي لكرة القدم"},
		{"وقالت المنظمة الدولية للهجرة إن العدد ارتفع.",
			[][2]string{{"المنظمة الدولية للهجرة", "ORG"}}, "ORG المنظمة الدولية للهجرة"},
	}, func(doc *marsad.Document, runes []rune) { splitKnownHeads(doc, runes, m) })
}

func TestMergeAdjacentPeople(t *testing.T) {
	checkStage(t, []stageCase{
		{"وقالت رنا محمد الشهري إن التمويل كبير.", [][2]string{{"رنا", "PER"}, {"محمد الشهري", "PER"}}, "PER رنا محمد الشهري"},
		{"وأكد عبد الرحمن عمير النعيمي أن الوضع هادئ.", [][2]string{{"عبد الرحمن", "PER"}, {"عمير النعيمي", "PER"}}, "PER عبد الرحمن عمير النعيمي"},
		// What must stay as it is.
		{"والتقى أحمد ومحمد علي أمس.", [][2]string{{"أحمد", "PER"}, {"ومحمد علي", "PER"}}, "PER أحمد, PER ومحمد علي"},
		{"وقال الباريسي ناصر الخليفي إن الفريق جاهز.", [][2]string{{"الباريسي", "PER"}, {"ناصر الخليفي", "PER"}}, "PER الباريسي, PER ناصر الخليفي"},
		{"وقال شهاب بالحاج يوسف رئيس الجمعية إن الدورة ناجحة.", [][2]string{{"شهاب بالحاج", "PER"}, {"يوسف رئيس", "PER"}}, "PER شهاب بالحاج, PER يوسف رئيس"},
		{"وقال هيرزوغ محامي نيكولا ساركوزي إن القضية فارغة.", [][2]string{{"هيرزوغ محامي", "PER"}, {"نيكولا ساركوزي", "PER"}}, "PER هيرزوغ محامي, PER نيكولا ساركوزي"},
	}, func(doc *marsad.Document, runes []rune) { mergeAdjacentPeople(doc, runes) })
}

func TestExtendPeopleRight(t *testing.T) {
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	checkStage(t, []stageCase{
		{"قال مدير التربية في حلب، الدكتور مصطفى عبد القادر حج يوسف، لموقع تلفزيون سوريا، إن المطالب محقة.",
			[][2]string{{"مصطفى عبد القادر", "PER"}, {"يوسف", "PER"}}, "PER مصطفى عبد القادر حج يوسف"},
		{"وقال الرئيس التنفيذي للشركة المهندس زيد حمدان خليل، في تصريح، إن الخزان فارغ.",
			[][2]string{{"زيد حمدان", "PER"}}, "PER زيد حمدان خليل"},
		// What must stay as it is.
		{"وقال الرئيس بشار الأسد المنتصر الوحيد، في خطاب، إن الحرب انتهت.",
			[][2]string{{"بشار الأسد", "PER"}}, "PER بشار الأسد"},
		{"اتهمت المتحدثة باسم الخارجية، ماريا زاخاروفا، النائب ليونيد سلوتسكي بالتحرش، في قضية جديدة.",
			[][2]string{{"ماريا زاخاروفا", "PER"}, {"ليونيد سلوتسكي", "PER"}}, "PER ماريا زاخاروفا, PER ليونيد سلوتسكي"},
		{"وقال أحمد علي إن الوضع هادئ.", [][2]string{{"أحمد علي", "PER"}}, "PER أحمد علي"},
		{"وقال سعادة المهندس سالم بن هلال الراشدي وكيل الوزارة إن المؤشرات مطمئنة.",
			[][2]string{{"سالم بن هلال", "PER"}}, "PER سالم بن هلال الراشدي"},
		{"وقال مدير التنبؤات، عبدالسلام مفتاح الفرجاني، إن المنخفض يتحرك ببطء.",
			[][2]string{{"عبدالسلام مفتاح", "PER"}}, "PER عبدالسلام مفتاح الفرجاني"},
		{"وقال الوزير الدكتور معتصم عبدالقادر ود النور، في مؤتمر صحفي، إن الوضع صعب.",
			[][2]string{{"معتصم عبدالقادر", "PER"}}, "PER معتصم عبدالقادر ود النور"},
	}, func(doc *marsad.Document, runes []rune) { extendPeopleRight(doc, runes, m) })
}

func TestKunyaPeople(t *testing.T) {
	checkStage(t, []stageCase{
		{"تقول أم خالد، وهي موظفة، إن الفاتورة زادت.", [][2]string{{"خالد", "PER"}}, "PER أم خالد"},
		{"وقال أبو مازن إن المفاوضات متوقفة.", [][2]string{{"مازن", "PER"}}, "PER أبو مازن"},
		// What must stay as it is: ام (or) without its hamza, a proclitic, a line break.
		{"هل يفوز ام خالد بالمباراة؟", [][2]string{{"خالد", "PER"}}, "PER خالد"},
		{"ووصل وأبو خالد إلى المدينة.", [][2]string{{"خالد", "PER"}}, "PER خالد"},
		{"قال أبو\nخالد إن.", [][2]string{{"خالد", "PER"}}, "PER خالد"},
	}, func(doc *marsad.Document, runes []rune) { kunyaPeople(doc, runes, nil) })
}
