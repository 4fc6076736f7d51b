package quote_test

import (
	"testing"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/link"
	"github.com/marsad/marsad/quote"
	"github.com/marsad/marsad/quote/gold"
	"github.com/marsad/marsad/tokenize"
)

// extract tokenizes text, tags the given people and organizations
// wherever they occur, links them and extracts the quotes.
func extract(t *testing.T, text string, per, org [][]string) *marsad.Document {
	t.Helper()
	doc := &marsad.Document{Text: text}
	doc.Tokens, doc.Sentences = tokenize.Split(text, nil, true)
	gold.Place(doc, &gold.File{Entities: gold.Entities{PER: per, ORG: org}})
	link.Link(doc)
	quote.Extract(doc)
	checkOffsets(t, doc)
	return doc
}

// checkOffsets asserts that every span's text is the document's text there.
func checkOffsets(t *testing.T, doc *marsad.Document) {
	t.Helper()
	runes := []rune(doc.Text)
	at := func(what string, start, end int, text string) {
		if start < 0 || end > len(runes) || start > end {
			t.Fatalf("%s span [%d,%d) outside text of %d", what, start, end, len(runes))
		}
		if got := string(runes[start:end]); got != text {
			t.Errorf("%s text %q, document has %q at [%d,%d)", what, text, got, start, end)
		}
	}
	for _, q := range doc.Quotes {
		at("quote", q.Start, q.End, q.Text)
		at("speaker", q.Speaker.Start, q.Speaker.End, q.Speaker.Text)
		if q.Via != nil {
			at("via", q.Via.Start, q.Via.End, q.Via.Text)
		}
	}
}

type want struct {
	speaker, kind, via, verb, text string
	direct                         bool
}

func check(t *testing.T, doc *marsad.Document, ws []want) {
	t.Helper()
	if len(doc.Quotes) != len(ws) {
		for _, q := range doc.Quotes {
			t.Logf("got %q by %q", q.Text, q.Speaker.Text)
		}
		t.Fatalf("%d quotes, want %d", len(doc.Quotes), len(ws))
	}
	for i, w := range ws {
		q := doc.Quotes[i]
		via := ""
		if q.Via != nil {
			via = q.Via.Name
		}
		if q.Speaker.Text != w.speaker || q.Speaker.Kind != w.kind || via != w.via || q.Verb != w.verb || q.Direct != w.direct || w.text != "" && q.Text != w.text {
			t.Errorf("quote %d = %q by %q (%s) via %q verb %q direct %v; want %+v", i, q.Text, q.Speaker.Text, q.Speaker.Kind, via, q.Verb, q.Direct, w)
		}
	}
}

func TestDirectAndIndirect(t *testing.T) {
	doc := extract(t, "قال الرئيس عبد الفتاح السيسي إن «مصر لن تتخلى عن دورها». وأضاف أن الحوار هو الحل.",
		[][]string{{"عبد الفتاح السيسي"}}, nil)
	check(t, doc, []want{
		{speaker: "عبد الفتاح السيسي", kind: "named", verb: "قال", text: "مصر لن تتخلى عن دورها", direct: true},
		{speaker: "عبد الفتاح السيسي", kind: "named", verb: "أضاف", text: "الحوار هو الحل"},
	})
	if id := doc.Quotes[0].Speaker.EntityID; id != "per:عبدالفتاح_السيسي" {
		t.Errorf("entity id %q", id)
	}
}

func TestViaPhrasings(t *testing.T) {
	doc := extract(t, "نقلت وكالة أنباء \"سبوتنيك\" الروسية عن مصدر ليبي لم تسمه، قوله \"إن الوفد وصل\". "+
		"وقال مصدر دبلوماسي لرويترز إن الاجتماع تأجل. "+
		"وقال الوزير كمال حسن، في تصريح لوكالة الأناضول، إن المحادثات بناءة. "+
		"وأكدت مصادر مطلعة أن الاتفاق قريب، وفق خبر عاجل أفادت به قناة \"سكاي نيوز عربية\". "+
		"ونقلت الوكالة عن شهود عيان أن القصف توقف.",
		[][]string{{"كمال حسن"}}, nil)
	check(t, doc, []want{
		{speaker: "مصدر ليبي لم تسمه", kind: "unnamed", via: "سبوتنيك", verb: "نقلت", text: "إن الوفد وصل", direct: true},
		{speaker: "مصدر دبلوماسي", kind: "unnamed", via: "رويترز", verb: "قال", text: "الاجتماع تأجل"},
		{speaker: "كمال حسن", kind: "named", via: "الأناضول", verb: "قال", text: "المحادثات بناءة"},
		{speaker: "مصادر مطلعة", kind: "unnamed", via: "سكاي نيوز عربية", verb: "أكدت", text: "الاتفاق قريب"},
		{speaker: "شهود عيان", kind: "unnamed", via: "الأناضول", verb: "نقلت", text: "القصف توقف"},
	})
}

func TestSpeakerBeforeVerbAndOrganization(t *testing.T) {
	doc := extract(t, "الجيش الوطني الليبي أكد أن قواته باقية. وكان رئيس الوزراء محمد الدبيبة قد قال، أمس، إن الانتخابات ستجرى.",
		[][]string{{"محمد الدبيبة"}}, [][]string{{"الجيش الوطني الليبي"}})
	check(t, doc, []want{
		{speaker: "الجيش الوطني الليبي", kind: "named", verb: "أكد", text: "قواته باقية"},
		{speaker: "محمد الدبيبة", kind: "named", verb: "قال", text: "الانتخابات ستجرى"},
	})
}

func TestNoStatement(t *testing.T) {
	doc := extract(t, "أعلن الجيش مقتل خمسة مسلحين في هجوم بعد أن حاصر القرية. وفق القانون، يحق للمواطن التظاهر.", nil, nil)
	check(t, doc, nil)
	if doc.Attribution == nil || doc.Attribution.Cites == nil {
		t.Errorf("attribution %+v, want an empty chain", doc.Attribution)
	}
}

func TestEvidenceIsNoSpeaker(t *testing.T) {
	doc := extract(t, "وقال المدرب إن الفريق تعب، فيما أكدت الإعادة البطيئة أن المهاجم سقط قبل الاحتكاك. وتؤكد الأرقام أن الأسعار ارتفعت. "+
		"ويؤكد سجل الفيضانات أن المدينة تغرق كل عام. لكن السوق قالت كلمتها سريعا: تراجع السهم. وأكد المحققون أن الدافع سياسي.", nil, nil)
	check(t, doc, []want{
		{speaker: "المدرب", kind: "unnamed", verb: "قال", text: "الفريق تعب"},
		{speaker: "المحققون", kind: "named", verb: "أكد", text: "الدافع سياسي"},
	})
}

func TestAppositiveAfterBodyAndAdjective(t *testing.T) {
	doc := extract(t, "ويرى الأكاديمي في جامعة إسطنبول التقنية، البروفيسور مراد يلماز، أن الربط ضروري.",
		[][]string{{"مراد يلماز"}}, [][]string{{"جامعة إسطنبول"}})
	check(t, doc, []want{{speaker: "مراد يلماز", kind: "named", verb: "يرى", text: "الربط ضروري"}})
}

func TestTopicAndQuotedName(t *testing.T) {
	doc := extract(t, "أعلن «الاعتماد الوطني» في بيان أنه سيستأنف القرار.\nأما رئيس الجمعية سليم صفير، فقال إن المصارف ليست ضد المودعين. وأضاف «نحن مستعدون» ثم غادر.",
		[][]string{{"سليم صفير"}}, nil)
	check(t, doc, []want{
		{speaker: "الاعتماد الوطني", kind: "named", verb: "أعلن", text: "أنه سيستأنف القرار"},
		{speaker: "سليم صفير", kind: "named", verb: "قال", text: "المصارف ليست ضد المودعين"},
	})
}

func TestUnnamedBeforePreposition(t *testing.T) {
	doc := extract(t, "وكشف مصدر طبي بمستشفى كسلا لـ«السوداني» أن العنابر امتلأت. وقال مسئول روسى إن الاجتماع انتهى.", nil, nil)
	check(t, doc, []want{
		{speaker: "مصدر طبي", kind: "unnamed", via: "السوداني", verb: "كشف", text: "العنابر امتلأت"},
		{speaker: "مسئول روسى", kind: "unnamed", verb: "قال", text: "الاجتماع انتهى"},
	})
}

func TestQuoteBeforeVerb(t *testing.T) {
	doc := extract(t, "«الوضع صعب جدا في المدينة»، قال وزير الداخلية أحمد علي للصحفيين. "+
		"\"لن أضطر لدفع أجرة السيارة بعد اليوم\"، تقول زينب قايا، وهي طالبة، لوكالة الأناضول. "+
		"«الحالة تقديرية وليست واضحة»، هكذا علّق الحكم السابق عبدالرحمن الزيد لقناة «الرياضية». "+
		"«الوطنية للنفط» تعلن القوة القاهرة في الميناء.",
		[][]string{{"أحمد علي"}, {"زينب قايا"}, {"عبدالرحمن الزيد"}}, nil)
	check(t, doc, []want{
		{speaker: "أحمد علي", kind: "named", verb: "قال", text: "الوضع صعب جدا في المدينة", direct: true},
		{speaker: "زينب قايا", kind: "named", via: "الأناضول", verb: "تقول", text: "لن أضطر لدفع أجرة السيارة بعد اليوم", direct: true},
		{speaker: "عبدالرحمن الزيد", kind: "named", via: "الرياضية", verb: "علّق", text: "الحالة تقديرية وليست واضحة", direct: true},
	})
}

func TestGroupThatSpokeToOutlet(t *testing.T) {
	doc := extract(t, "ويقول عمال إغاثة تحدثوا إلى «الشرق الأوسط» إن الإسهال بدأ يظهر. وبحسب بيان صادر عن الوزارة، فإن الحصيلة ارتفعت.", nil, nil)
	if len(doc.Quotes) == 0 {
		t.Fatal("no quotes")
	}
	q := doc.Quotes[0]
	if q.Speaker.Text != "عمال إغاثة" || q.Via == nil || q.Via.Name != "الشرق الأوسط" {
		t.Errorf("quote 0 by %q via %+v, want عمال إغاثة via الشرق الأوسط", q.Speaker.Text, q.Via)
	}
	for _, q := range doc.Quotes[1:] {
		if q.Speaker.Text == "بيان صادر" {
			t.Errorf("a statement's participle joined its speaker: %q", q.Speaker.Text)
		}
	}
}

func TestOwnAccountAndNounVerbs(t *testing.T) {
	doc := extract(t, "وأكدت لجنة الحكام، في بيان نشرته عبر حسابها الرسمي على منصة «إكس»، أن القرار صحيح. "+
		"ويقول المودع، الذي فضّل عدم ذكر اسمه، في اتصال مع «الأخبار»، إنه لا يطلب صدقة.", nil, [][]string{{"لجنة الحكام"}})
	check(t, doc, []want{
		{speaker: "لجنة الحكام", kind: "named", verb: "أكدت", text: "القرار صحيح"},
		{speaker: "المودع", kind: "named", via: "الأخبار", verb: "يقول", text: "إنه لا يطلب صدقة"},
	})
}

func TestDescriptiveAgencyKeepsDesignator(t *testing.T) {
	doc := extract(t, "وقال المنسق أحمد علي، لوكالة الصحافة الفرنسية، إن التوزيع بدأ. وقال محمد حسن لوكالة الأناضول إن الطرق مقطوعة.",
		[][]string{{"أحمد علي"}, {"محمد حسن"}}, nil)
	check(t, doc, []want{
		{speaker: "أحمد علي", kind: "named", via: "وكالة الصحافة الفرنسية", verb: "قال", text: "التوزيع بدأ"},
		{speaker: "محمد حسن", kind: "named", via: "الأناضول", verb: "قال", text: "الطرق مقطوعة"},
	})
}

func TestNounObjectsAndNonSubjects(t *testing.T) {
	doc := extract(t, "وكشف صلاح عن سر تألقه هذا الموسم بعد أن فاز. ويفيد بلاغ بتعطل قارب في عرض البحر، وقال الحرس إنه قطر القارب. "+
		"جميعنا رأى كيف استطاعت التسريبات أن تصنع ضجيجا. وأفاد بحث جديد أصدرته الهيئة أن الجرعات الكبيرة خطر.",
		[][]string{{"صلاح"}}, nil)
	check(t, doc, []want{
		{speaker: "الحرس", kind: "named", verb: "قال", text: "إنه قطر القارب"},
		{speaker: "بحث جديد أصدرته الهيئة", kind: "named", verb: "أفاد", text: "الجرعات الكبيرة خطر"},
	})
}

func TestParticipleAfterNonReportingVerb(t *testing.T) {
	doc := extract(t, "وقالت الوزارة إن الهجوم وقع ليلا. من جانبها، دانت حركة حماس الهجوم، معتبرة أن الاحتلال يتحمل المسؤولية. "+
		"وتعهد خليفة حفتر بالمضي قدما قائلا إنه قطع عهدا. من جهة أخرى، توعد زعيم الحوثيين عبد الملك الحوثي بالانتقام، مؤكدا أن الجريمة لن تمر. "+
		"ووصف ستيفان رايان، محامي كوهين، التفتيش بأنه غير لائق، قائلا إنه احتجز مراسلات.",
		[][]string{{"خليفة حفتر"}, {"عبد الملك الحوثي"}, {"ستيفان رايان"}, {"كوهين"}}, [][]string{{"حركة حماس"}, {"الوزارة"}})
	check(t, doc, []want{
		{speaker: "الوزارة", kind: "named", verb: "قالت", text: "الهجوم وقع ليلا"},
		{speaker: "حركة حماس", kind: "named", verb: "معتبرة", text: "الاحتلال يتحمل المسؤولية"},
		{speaker: "خليفة حفتر", kind: "named", verb: "قائلا", text: "إنه قطع عهدا"},
		{speaker: "عبد الملك الحوثي", kind: "named", verb: "مؤكدا", text: "الجريمة لن تمر"},
		{speaker: "ستيفان رايان", kind: "named", verb: "قائلا", text: "إنه احتجز مراسلات"},
	})
}

func TestShortQuotedNameIsNoStatement(t *testing.T) {
	doc := extract(t, "وكشفت المحكمة الدولية للتحكيم الرياضي \"كاس\" أن اللاعب استأنف القرار. ولم تأت التصريحات على ذكر أي \"حق\" للإسرائيليين.", nil,
		[][]string{{"المحكمة الدولية للتحكيم الرياضي"}})
	check(t, doc, []want{{speaker: "المحكمة الدولية للتحكيم الرياضي", kind: "named", verb: "كشفت", text: "اللاعب استأنف القرار"}})
}

func TestOutletAfterRoleAndSpeechNoun(t *testing.T) {
	doc := extract(t, "وقال هشام الحلوانى، مساعد وزير السياحة، لـ\"الأهرام\" إن \"خطة الترويج تركز على أوروبا\". "+
		"وقال منير بن عمار، الكاتب العام للجامعة، في تصريح لموزاييك، إن نسبة النجاح بلغت مئة بالمائة. "+
		"وأفاد مصدر مطلع في الحزب لرووداو بأن حزبه مستعد للتنازل.",
		[][]string{{"هشام الحلوانى"}, {"منير بن عمار"}}, nil)
	check(t, doc, []want{
		{speaker: "هشام الحلوانى", kind: "named", via: "الأهرام", verb: "قال", text: "خطة الترويج تركز على أوروبا", direct: true},
		{speaker: "منير بن عمار", kind: "named", via: "موزاييك", verb: "قال", text: "نسبة النجاح بلغت مئة بالمائة"},
		{speaker: "مصدر مطلع", kind: "unnamed", via: "رووداو", verb: "أفاد", text: "حزبه مستعد للتنازل"},
	})
}

func TestAppositiveAfterLongRole(t *testing.T) {
	doc := extract(t, "ويرى ممثل منظمة الأغذية والزراعة (الفاو) في الأردن، الإيطالي ماركو بونتيكورفو، أن الأردن في الخط الأمامي. "+
		"وأوضح الخبير في الأمن السيبراني لدى شركة \"تريند مايكرو\"، ستيفن هاولز، أن العصابات تستخدم الذكاء الاصطناعي. "+
		"واعتبر الخبير في تكنولوجيات الإعلام والاتصال، رضا بوحفص، أن الحل تقني. "+
		"وقال وزير الخارجية في مؤتمر صحفي مع نظيره الروسي، سيرغي لافروف، إن المحادثات مثمرة.",
		[][]string{{"ماركو بونتيكورفو"}, {"ستيفن هاولز"}, {"رضا بوحفص"}, {"سيرغي لافروف"}}, [][]string{{"منظمة الأغذية والزراعة"}})
	check(t, doc, []want{
		{speaker: "ماركو بونتيكورفو", kind: "named", verb: "يرى", text: "الأردن في الخط الأمامي"},
		{speaker: "ستيفن هاولز", kind: "named", verb: "أوضح", text: "العصابات تستخدم الذكاء الاصطناعي"},
		{speaker: "رضا بوحفص", kind: "named", verb: "اعتبر", text: "الحل تقني"},
		{speaker: "وزير الخارجية", kind: "unnamed", verb: "قال", text: "المحادثات مثمرة"},
	})
}

func TestFramedQuotationsAndTopics(t *testing.T) {
	doc := extract(t, "\"الموسم ده أحسن موسم شفناه من عشر سنين\"، هكذا عبّر الحاج محمود أبو الحسن عن سعادته. "+
		"\"اتصل بي شخص يعرف اسمي ورقم هويتي\"، بهذه الكلمات روى أبو فيصل لـ\"الوطن\" تفاصيل وقوعه ضحية. "+
		"وعبّر الوزير عن أمله في حل الأزمة. "+
		"أما المنظمة الجزائرية لحماية المستهلك \"أبوس\"، فقد أعلنت أنها تلقت مئات الشكاوى. "+
		"وتابعت سنية بنبرة غاضبة: \"كل مرة المواطن يدفع الثمن\".",
		[][]string{{"محمود أبو الحسن"}, {"أبو فيصل"}, {"سنية"}}, nil)
	check(t, doc, []want{
		{speaker: "محمود أبو الحسن", kind: "named", verb: "عبّر", text: "الموسم ده أحسن موسم شفناه من عشر سنين", direct: true},
		{speaker: "أبو فيصل", kind: "named", via: "الوطن", verb: "روى", text: "اتصل بي شخص يعرف اسمي ورقم هويتي", direct: true},
		{speaker: "المنظمة الجزائرية لحماية المستهلك", kind: "named", verb: "أعلنت", text: "أنها تلقت مئات الشكاوى"},
		{speaker: "سنية", kind: "named", verb: "تابعت", text: "كل مرة المواطن يدفع الثمن", direct: true},
	})
}

func TestAsidesAndFiguresAreNoStatements(t *testing.T) {
	doc := extract(t, "وقال الوزير إن الوضع جيد. يذكر أن إجراءات تنظيمية رافقت المسيرة. "+
		"وبحسب النتائج النهائية التي صادقت عليها المحكمة الاتحادية العليا، حصل الحزب على 39 مقعدا. وتؤكد هذه الأرقام أن الائتلاف ضروري. "+
		"وبحسب بيان وزارة الدفاع، فإن الحصيلة ارتفعت. وأوضحت الوزيرة في تصريح لمراسلة قناة الجزيرة، أن التأشيرة مهمة.",
		nil, [][]string{{"المحكمة الاتحادية العليا"}, {"وزارة الدفاع"}})
	check(t, doc, []want{
		{speaker: "الوزير", kind: "unnamed", verb: "قال", text: "الوضع جيد"},
		{speaker: "وزارة الدفاع", kind: "named", verb: "بحسب", text: "الحصيلة ارتفعت"},
		{speaker: "الوزيرة", kind: "unnamed", via: "الجزيرة", verb: "أوضحت", text: "التأشيرة مهمة"},
	})
}

func TestSetApartOutletAndSpokesman(t *testing.T) {
	doc := extract(t, "وقال رئيس مجلس المدينة، خالد زعرور، لعنب بلدي، إن المنازل مدمرة. وقال الوزير، لمراسلنا، إن الأمر محسوم. "+
		"وقال متحدث باسم وزارة الداخلية الألمانية لوكالة الأنباء الألمانية إن برلين لن تجبر أحدا. وقد أكدت تجربة العائدين أن العودة صعبة.",
		[][]string{{"خالد زعرور"}}, [][]string{{"وزارة الداخلية"}})
	check(t, doc, []want{
		{speaker: "خالد زعرور", kind: "named", via: "عنب بلدي", verb: "قال", text: "المنازل مدمرة"},
		{speaker: "الوزير", kind: "unnamed", verb: "قال", text: "الأمر محسوم"},
		{speaker: "متحدث باسم وزارة الداخلية الألمانية", kind: "unnamed", via: "وكالة الأنباء الألمانية", verb: "قال", text: "برلين لن تجبر أحدا"},
	})
}

func TestSourceRelayedAndVerbAtEnd(t *testing.T) {
	doc := extract(t, "وبحسب ما أورده موقع \"البطولة\" نقلا عن مصدر من إدارة الرجاء، فإن النادي يعتزم الطعن. وقال", nil, nil)
	check(t, doc, []want{{speaker: "مصدر", kind: "unnamed", via: "البطولة", verb: "بحسب", text: "النادي يعتزم الطعن"}})
	for _, text := range []string{"قال", "وأكد", "مصدر قال", "«الوضع صعب جدا هنا»، قال"} {
		extract(t, text, nil, nil) // a verb as the last token must not panic
	}
}

func TestAppositionAfterQuotedNameAndHonorific(t *testing.T) {
	doc := extract(t, "وقال ممثل منظمة \"فاو\" في موريتانيا، الفرنسي جان لوبران، في مقابلة مع الإذاعة، إن الطيور آفة. "+
		"وقال سالم الراشدي إن المؤشرات مطمئنة. وأوضح سعادته أن الوزارة علقت التسويق. "+
		"وقال مايكل تومسون، بحسب صحيفة «تايمز أوف عُمان»، إن المناطق تتسع. "+
		"\"لن تعود الشركات إلى طاقتها الكاملة قبل الضمانات\"، هكذا علّق المتحدث باسم رابطة النفط في كوردستان \"أبيكور\"، ديفيد هاريسون، في بيان.",
		[][]string{{"جان لوبران"}, {"سالم الراشدي"}, {"مايكل تومسون"}, {"ديفيد هاريسون"}}, [][]string{{"فاو"}})
	check(t, doc, []want{
		{speaker: "جان لوبران", kind: "named", verb: "قال", text: "الطيور آفة"},
		{speaker: "سالم الراشدي", kind: "named", verb: "قال", text: "المؤشرات مطمئنة"},
		{speaker: "سالم الراشدي", kind: "named", verb: "أوضح", text: "الوزارة علقت التسويق"},
		{speaker: "مايكل تومسون", kind: "named", via: "تايمز أوف عُمان", verb: "قال", text: "المناطق تتسع"},
		{speaker: "ديفيد هاريسون", kind: "named", verb: "علّق", text: "لن تعود الشركات إلى طاقتها الكاملة قبل الضمانات", direct: true},
	})
}

func TestRoleWithQuotedBodyAndBracketedOutlet(t *testing.T) {
	doc := extract(t, "نفى المستشار الإعلامي لقوات \"الدعم السريع\" حامد جبريل موسى، في تصريح، أن تكون قواته مسؤولة. "+
		"وقال الأمين العام لنقابة «سي جي تي - آر آ تي بي»، جان لوكلير، إن الإضراب مستمر. "+
		"وكشف مصدر في مفتشية آثار ذي قار لـ(المدى) أن التجاوزات رصدت.",
		[][]string{{"حامد جبريل موسى"}, {"جان لوكلير"}}, [][]string{{"قوات \"الدعم السريع\""}})
	check(t, doc, []want{
		{speaker: "حامد جبريل موسى", kind: "named", verb: "نفى", text: "تكون قواته مسؤولة"},
		{speaker: "جان لوكلير", kind: "named", verb: "قال", text: "الإضراب مستمر"},
		{speaker: "مصدر", kind: "unnamed", via: "المدى", verb: "كشف", text: "التجاوزات رصدت"},
	})
}

func TestBodiesInQuotesAndOutletsBeforeTheVerb(t *testing.T) {
	doc := extract(t, "وأكدت جمعية \"عتيد\" في تقريرها الأولي أن التمويل غائب. وقال الناخبون كلمتهم في الصناديق. "+
		"وبحسب صحيفة \"عكاظ\"، أكد مسؤولون في الأمانة أن العمال زادوا. "+
		"وأعلنت شركة «مدار باي»، المنصة الناشئة، عن إغلاق جولة تمويل قيمتها 45 مليون دولار، أن تتوسع في الخليج.",
		nil, [][]string{{"عتيد"}, {"مدار باي"}})
	check(t, doc, []want{
		{speaker: "عتيد", kind: "named", verb: "أكدت", text: "التمويل غائب"},
		{speaker: "مسؤولون", kind: "unnamed", via: "عكاظ", verb: "أكد", text: "العمال زادوا"},
	})
}

func TestSectionsAndChain(t *testing.T) {
	text := "قال مصدر أمني لرويترز إن الهدوء عاد.\nتعليقات\nقال الوزير إن كل شيء بخير."
	doc := &marsad.Document{Text: text, Source: marsad.Source{Outlet: "الجزيرة"}}
	doc.Tokens, doc.Sentences = tokenize.Split(text, nil, true)
	doc.Body = []marsad.Span{{Start: 0, End: 37}}
	doc.Comments = []marsad.Comment{{Start: 46, End: len([]rune(text))}}
	quote.Extract(doc)
	checkOffsets(t, doc)
	if len(doc.Quotes) != 2 || doc.Quotes[0].Section != "body" || doc.Quotes[1].Section != "comment" {
		t.Fatalf("quotes %+v", doc.Quotes)
	}
	a := doc.Attribution
	if a.Outlet != "الجزيرة" || len(a.Cites) != 1 || a.Cites[0].Outlet != "رويترز" || len(a.Cites[0].Sources) != 1 || len(a.Direct) != 0 {
		t.Errorf("attribution %+v", a)
	}
}

// TestRelayerTagged reads a tagged name between نقل and عن as the via
// even when no outlet list has it and the tagger took it for a person.
func TestRelayerTagged(t *testing.T) {
	doc := extract(t, "ونقلت جورزاليم بوست عن الباحث أيمن التميمي قوله إن المقاتلين ينتمون إلى مجموعات مسلحة. "+
		"ونقل سامي عن والده حكاية طويلة.",
		[][]string{{"جورزاليم بوست"}, {"أيمن التميمي"}, {"سامي"}}, nil)
	check(t, doc, []want{
		{speaker: "أيمن التميمي", kind: "named", via: "جورزاليم بوست", verb: "نقلت", text: "المقاتلين ينتمون إلى مجموعات مسلحة"},
	})
}

// TestIssuerAndRoleAfterName: the body that issued a statement speaks
// (بيان صادر عن وزارة المال), and a person named after a role that holds
// an organization speaks, not the organization.
func TestIssuerAndRoleAfterName(t *testing.T) {
	doc := extract(t, "وبحسب بيان صادر عن وزارة المال، فإن الحكومة ستغطي العجز بسندات. "+
		"وقال المتحدث باسم حزب «تواصل» سيدي محمد ولد الطالب إن الحزب يرفض النتائج. "+
		"ويرى الباحث في مركز الخليج للأبحاث الدكتور سعيد الحارثي أن التحدي كبير.",
		[][]string{{"سيدي محمد ولد الطالب"}, {"سعيد الحارثي"}}, [][]string{{"وزارة المال"}, {"حزب «تواصل»"}, {"مركز الخليج للأبحاث"}})
	check(t, doc, []want{
		{speaker: "وزارة المال", kind: "named", verb: "بحسب", text: "الحكومة ستغطي العجز بسندات"},
		{speaker: "سيدي محمد ولد الطالب", kind: "named", verb: "قال", text: "الحزب يرفض النتائج"},
		{speaker: "سعيد الحارثي", kind: "named", verb: "يرى", text: "التحدي كبير"},
	})
}

// TestAdjunctBeforeVerb: an outlet addressed before the verb is the via.
func TestAdjunctBeforeVerb(t *testing.T) {
	doc := extract(t, "وفي تصريح خاص لوكالة الأنباء الكويتية (كونا)، قال الوزير حمد المشعان إن بلاده تدعم الاتفاق. "+
		"وفي الاجتماع، قال الوزير حمد المشعان إن القمة ناجحة.",
		[][]string{{"حمد المشعان"}}, nil)
	check(t, doc, []want{
		{speaker: "حمد المشعان", kind: "named", via: "وكالة الأنباء الكويتية", verb: "قال", text: "بلاده تدعم الاتفاق"},
		{speaker: "حمد المشعان", kind: "named", verb: "قال", text: "القمة ناجحة"},
	})
}

// TestBodiesAreNotOutlets: a designator before a coordinated name names a
// body (UNRWA), not an outlet; the person after its acronym speaks.
func TestBodiesAreNotOutlets(t *testing.T) {
	doc := extract(t, "وقال المستشار الإعلامي لوكالة غوث وتشغيل اللاجئين الفلسطينيين (الأونروا) عماد أبو ريالة لـ\"وفا\" إن الوكالة تحتاج إلى دعم. "+
		"وأكد الرئيس التنفيذي للشركة السعودية للنقل الجماعي (سابتكو) فهد الحربي أن الشركة أضافت حافلات.",
		[][]string{{"عماد أبو ريالة"}, {"فهد الحربي"}}, [][]string{{"الشركة السعودية للنقل الجماعي"}})
	check(t, doc, []want{
		{speaker: "عماد أبو ريالة", kind: "named", via: "وفا", verb: "قال", text: "الوكالة تحتاج إلى دعم"},
		{speaker: "فهد الحربي", kind: "named", verb: "أكد", text: "الشركة أضافت حافلات"},
	})
}

// TestMediaNames: outlets that no list holds are read by their media word
// (نيوز, ميديا, أونلاين), an Arabic service keeps عربية, and a tagged body
// after a weak designator (شبكة) is no outlet.
func TestMediaNames(t *testing.T) {
	doc := extract(t, "وقال المحافظ للسومرية نيوز، إن الأزمة ستنتهي. "+
		"وفي تصريح ليورونيوز، قالت الوزيرة هيلين مارتن إن الاتفاق قريب. "+
		"وفي تصريح لـDW عربية، قال النائب يان فيشر إن الحدود ستبقى مفتوحة. "+
		"وقالت كلارا بيرغمان، مديرة السياسات في شبكة العمل المناخي، إن الخطة ضعيفة.",
		[][]string{{"هيلين مارتن"}, {"يان فيشر"}, {"كلارا بيرغمان"}}, [][]string{{"العمل المناخي"}})
	check(t, doc, []want{
		{speaker: "المحافظ", kind: "unnamed", via: "السومرية نيوز", verb: "قال", text: "الأزمة ستنتهي"},
		{speaker: "هيلين مارتن", kind: "named", via: "يورونيوز", verb: "قالت", text: "الاتفاق قريب"},
		{speaker: "يان فيشر", kind: "named", via: "DW عربية", verb: "قال", text: "الحدود ستبقى مفتوحة"},
		{speaker: "كلارا بيرغمان", kind: "named", verb: "قالت", text: "الخطة ضعيفة"},
	})
}

// TestRelaysAndAddresses: a quoted name after نقل is the relaying outlet;
// حديث لـX before the verb makes X the via; ل«X» after a role's office
// names the role's company, not an outlet.
func TestRelaysAndAddresses(t *testing.T) {
	doc := extract(t, "ونقلت «إل سولي 24 أوري» عن مصادر مطلعة أن الشركة تدرس العرض. "+
		"وفي حديث لرووداو، قال النقيب آزاد حمه أمين إن الحكم قاس. "+
		"وقال الرئيس التنفيذي لـ«مدار باي» فيصل السبيعي إن التمويل كبير.",
		[][]string{{"آزاد حمه أمين"}, {"فيصل السبيعي"}}, [][]string{{"مدار باي"}})
	check(t, doc, []want{
		{speaker: "مصادر مطلعة", kind: "unnamed", via: "إل سولي 24 أوري", verb: "نقلت", text: "الشركة تدرس العرض"},
		{speaker: "آزاد حمه أمين", kind: "named", via: "رووداو", verb: "قال", text: "الحكم قاس"},
		{speaker: "فيصل السبيعي", kind: "named", verb: "قال", text: "التمويل كبير"},
	})
}

// TestAppositiveName: a person named between commas after a subject that
// names nobody is the speaker (وقال وزير الخارجية، أحمد محمود، إن), also
// before a colon and after a title; a person inside the subject keeps it,
// and a name between commas that an adjunct follows is no apposition.
func TestAppositiveName(t *testing.T) {
	doc := extract(t, "وقال نائب المفتش العام للشرطة، حيدر أشرف، إن القنبلة انفجرت. "+
		"وقال مسؤول ملف الاستيطان، غسان دغلس: \"هاجم المستوطنون القرية\". "+
		"وقال الجنرال المتقاعد، الدكتور جان بالوميروس، في مقابلة، إن النظام وعد. "+
		"وقال الوزير سامي نصر، حيدر أشرف، وآخرون إن الخطة جاهزة. "+
		"ونقلت الوكالة عن رئيس بعثة المنظمة في اليمن، الإيطالي ماركو بونفانتي، قوله إن التوزيع بدأ. "+
		"وقال رئيس البعثة في اليمن، في مؤتمر صحفي، إن الأمطار مستمرة.",
		[][]string{{"حيدر أشرف"}, {"غسان دغلس"}, {"جان بالوميروس"}, {"سامي نصر"}, {"ماركو بونفانتي"}},
		[][]string{{"المنظمة"}, {"اليمن"}})
	check(t, doc, []want{
		{speaker: "حيدر أشرف", kind: "named", verb: "قال", text: "القنبلة انفجرت"},
		{speaker: "غسان دغلس", kind: "named", verb: "قال", text: "هاجم المستوطنون القرية", direct: true},
		{speaker: "جان بالوميروس", kind: "named", verb: "قال", text: "النظام وعد"},
		{speaker: "سامي نصر", kind: "named", verb: "قال", text: "الخطة جاهزة"},
		{speaker: "ماركو بونفانتي", kind: "named", verb: "نقلت", text: "التوزيع بدأ"},
		{speaker: "رئيس البعثة", kind: "unnamed", verb: "قال", text: "الأمطار مستمرة"},
	})
}

// TestSourceRoleHolder: after بحسب and حسب, the person a role names speaks,
// not the organization inside the role, whether tagged or written bare
// before "، فإن"; the statement then starts after فإن.
func TestSourceRoleHolder(t *testing.T) {
	doc := extract(t, "خرج أكثر من 40 ألف مدني من الغوطة، حسب مندوب سوريا لدى الأمم المتحدة بشار الجعفري. "+
		"وبحسب المتحدث باسم وزارة الصحة أشرف القدرة، فإن عدد القتلى ارتفع. "+
		"ووصل الوفد إلى جنيف، بحسب الأمم المتحدة.",
		[][]string{{"بشار الجعفري"}}, [][]string{{"الأمم المتحدة"}, {"وزارة الصحة"}})
	check(t, doc, []want{
		{speaker: "بشار الجعفري", kind: "named", verb: "حسب", text: "خرج أكثر من 40 ألف مدني من الغوطة"},
		{speaker: "أشرف القدرة", kind: "named", verb: "بحسب", text: "عدد القتلى ارتفع"},
		{speaker: "الأمم المتحدة", kind: "named", verb: "بحسب", text: "ووصل الوفد إلى جنيف"},
	})
}

// TestAbbreviatedTitle: د. inside the subject phrase neither ends it nor
// hides the name after it.
func TestAbbreviatedTitle(t *testing.T) {
	doc := extract(t, "وقال محافظ سلطة النقد د. وليد الشريف، خلال لقاء، إن البنوك لم تعد قادرة. "+
		"ويرى أستاذ الاقتصاد في جامعة بيرزيت د. هيثم الرجوب أن الأزمة عميقة.",
		[][]string{{"وليد الشريف"}, {"هيثم الرجوب"}}, [][]string{{"سلطة النقد"}, {"جامعة بيرزيت"}})
	check(t, doc, []want{
		{speaker: "وليد الشريف", kind: "named", verb: "قال", text: "البنوك لم تعد قادرة"},
		{speaker: "هيثم الرجوب", kind: "named", verb: "يرى", text: "الأزمة عميقة"},
	})
}

// TestRoleOnlySpeaker: a role with no name speaks as the whole role, not
// as the body the role belongs to or its last words.
func TestRoleOnlySpeaker(t *testing.T) {
	doc := extract(t, "وأوضح الوكيل القضائي للخزينة العمومية أن الضرر كبير. "+
		"وقال المتحدث باسم منظمة الصحة العالمية إن المستشفيات تضررت.",
		nil, [][]string{{"منظمة الصحة العالمية"}})
	check(t, doc, []want{
		{speaker: "الوكيل القضائي للخزينة العمومية", kind: "unnamed", verb: "أوضح", text: "الضرر كبير"},
		{speaker: "المتحدث باسم منظمة الصحة العالمية", kind: "unnamed", verb: "قال", text: "المستشفيات تضررت"},
	})
}

// TestBroadcasterNamedAfterPlace: a radio or television named after a
// place keeps its designator (إذاعة موريتانيا), and the appositive person
// may follow a role's untagged place (في لعصابة).
func TestBroadcasterNamedAfterPlace(t *testing.T) {
	text := "وقالت المديرة الجهوية للصحة في لعصابة، الدكتورة مريم سالم، في حديث لإذاعة موريتانيا، إن المصابين كثر."
	doc := &marsad.Document{Text: text}
	doc.Tokens, doc.Sentences = tokenize.Split(text, nil, true)
	gold.Place(doc, &gold.File{Entities: gold.Entities{PER: [][]string{{"مريم سالم"}}, LOC: [][]string{{"موريتانيا"}}}})
	link.Link(doc)
	quote.Extract(doc)
	checkOffsets(t, doc)
	check(t, doc, []want{
		{speaker: "مريم سالم", kind: "named", via: "إذاعة موريتانيا", verb: "قالت", text: "المصابين كثر"},
	})
}

// TestGroupsAndGluedIssuers: a group named by a quantity speaks whole (عدد
// من الزوار), and a body glued to ل after بيان issues the statement.
func TestGroupsAndGluedIssuers(t *testing.T) {
	doc := extract(t, "وقال عدد من الزوار إن الأجواء جميلة. "+
		"وبحسب بيان لوزارة التراث والسياحة، فإن نسبة الإشغال تجاوزت 92 بالمائة.",
		nil, [][]string{{"وزارة التراث والسياحة"}})
	check(t, doc, []want{
		{speaker: "عدد من الزوار", kind: "unnamed", verb: "قال", text: "الأجواء جميلة"},
		{speaker: "وزارة التراث والسياحة", kind: "named", verb: "بحسب", text: "نسبة الإشغال تجاوزت 92 بالمائة"},
	})
}

// TestOccasionAndIssuerAdjective: an outlet addressed before the verb may
// be followed by an occasion (على هامش الجلسة), and an issuer by an
// adjective of the statement (تقرير سابق لمجلس المحاسبة).
func TestOccasionAndIssuerAdjective(t *testing.T) {
	doc := extract(t, "وفي تصريح لـ\"النهار\" على هامش الجلسة، قال المحامي كمال بن عيسى، عضو هيئة الدفاع، إن الملف فارغ. "+
		"وبحسب تقرير سابق لمجلس المحاسبة، فإن الوكالة لم تفرض أي غرامات.",
		[][]string{{"كمال بن عيسى"}}, [][]string{{"النهار"}, {"مجلس المحاسبة"}})
	check(t, doc, []want{
		{speaker: "كمال بن عيسى", kind: "named", via: "النهار", verb: "قال", text: "الملف فارغ"},
		{speaker: "مجلس المحاسبة", kind: "named", verb: "بحسب", text: "الوكالة لم تفرض أي غرامات"},
	})
}

// TestAdjunctsAfterVerb: a preposition with a pronoun, a listed adverb or
// an adverb of manner before a colon is not the speaker; الأخير is the
// last person named; قال فيها goes back to the sentence's author.
func TestAdjunctsAfterVerb(t *testing.T) {
	doc := extract(t, "وقال دونالد ترامب إن الجدار ضروري. وتابع بغضب: \"عليهم وقف التدفق\". "+
		"وقال مجددا إن المكسيك لا تفعل شيئا. وبعد اتصال مع أحمد علي، قال الأخير إنه سيعاود الاتصال. "+
		"ونشرت نيكي هايلي تغريدة قالت فيها إن بلادها سترد. وأضاف باجري أن الطريق مقطوع.",
		[][]string{{"دونالد ترامب"}, {"أحمد علي"}, {"نيكي هايلي"}, {"باجري"}}, nil)
	check(t, doc, []want{
		{speaker: "دونالد ترامب", kind: "named", verb: "قال", text: "الجدار ضروري"},
		{speaker: "دونالد ترامب", kind: "named", verb: "تابع", text: "عليهم وقف التدفق", direct: true},
		{speaker: "دونالد ترامب", kind: "named", verb: "قال", text: "المكسيك لا تفعل شيئا"},
		{speaker: "الأخير", kind: "named", verb: "قال", text: "إنه سيعاود الاتصال"},
		{speaker: "نيكي هايلي", kind: "named", verb: "قالت", text: "بلادها سترد"},
		{speaker: "باجري", kind: "named", verb: "أضاف", text: "الطريق مقطوع"},
	})
	if id := doc.Quotes[3].Speaker.EntityID; id != "per:احمد_علي" {
		t.Errorf("الأخير: entity id %q, want per:احمد_علي", id)
	}
}

// TestAgencyNames: an agency named for a place or ending in للأنباء keeps
// its whole name; a listed agency keeps its short one; a group named by a
// quantity ends before the outlet it speaks to.
func TestAgencyNames(t *testing.T) {
	doc := extract(t, "وبحسب ما نقلته وكالة أنباء الشرق الأوسط عن مصادر أمنية، فإن المتهم هرب. "+
		"ونقلت وكالة المغرب العربي للأنباء عن مصدر أن الشبكة جاهزة. "+
		"ونقلت صحيفة الشرق الأوسط عن مسؤول أن الوفد وصل. "+
		"ونقلت وكالة إنترفاكس الروسية للأنباء عن مسؤول أن الحريق أخمد. "+
		"وقال عدد من أولياء الأمور لـ\"ليبيا الأحرار\" إن الإقبال كبير.",
		nil, nil)
	check(t, doc, []want{
		{speaker: "مصادر أمنية", kind: "unnamed", via: "وكالة أنباء الشرق الأوسط", verb: "بحسب", text: "المتهم هرب"},
		{speaker: "مصدر", kind: "unnamed", via: "وكالة المغرب العربي للأنباء", verb: "نقلت", text: "الشبكة جاهزة"},
		{speaker: "مسؤول", kind: "unnamed", via: "الشرق الأوسط", verb: "نقلت", text: "الوفد وصل"},
		{speaker: "مسؤول", kind: "unnamed", via: "إنترفاكس", verb: "نقلت", text: "الحريق أخمد"},
		{speaker: "عدد من أولياء الأمور", kind: "unnamed", via: "ليبيا الأحرار", verb: "قال", text: "الإقبال كبير"},
	})
}

// TestRoleWithPlaceOfBody: a role whose body is placed by prepositional
// words speaks whole when no one is named.
func TestRoleWithPlaceOfBody(t *testing.T) {
	doc := extract(t, "وقال مدير مكتب الإعلام بوزارة الصحة إن الحملة انطلقت.", nil, [][]string{{"مكتب الإعلام"}})
	check(t, doc, []want{
		{speaker: "مدير مكتب الإعلام بوزارة الصحة", kind: "unnamed", verb: "قال", text: "الحملة انطلقت"},
	})
}
