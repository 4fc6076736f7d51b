package link_test

import (
	"slices"
	"testing"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/link"
	"github.com/marsad/marsad/quote/gold"
	"github.com/marsad/marsad/tokenize"
)

// linked tokenizes text, tags every occurrence of the people and
// organizations given, and links them.
func linked(text string, per, org [][]string) *marsad.Document {
	doc := &marsad.Document{Text: text}
	doc.Tokens, doc.Sentences = tokenize.Split(text, nil, true)
	gold.Place(doc, &gold.File{Entities: gold.Entities{PER: per, ORG: org}})
	link.Link(doc)
	return doc
}

func idsOf(doc *marsad.Document) map[string]string {
	m := map[string]string{}
	for _, e := range doc.Entities {
		m[e.Text] = e.ID
	}
	return m
}

func TestShortFormsAndVariants(t *testing.T) {
	doc := linked("التقى فايز السراج بالمشير خليفة حفتر. وقال حفتر إن فائز السراج وافق، وأكد السراج ذلك.",
		[][]string{{"فايز السراج", "فائز السراج", "السراج"}, {"خليفة حفتر", "حفتر"}}, nil)
	ids := idsOf(doc)
	if ids["فايز السراج"] != ids["فائز السراج"] || ids["فايز السراج"] != ids["وأكد السراج"[len("وأكد "):]] {
		t.Errorf("السراج variants not merged: %v", ids)
	}
	if ids["حفتر"] != "per:خليفه_حفتر" || ids["خليفة حفتر"] != "per:خليفه_حفتر" {
		t.Errorf("حفتر ids: %v", ids)
	}
	if len(doc.Linked) != 2 {
		t.Fatalf("linked = %+v, want 2 entries", doc.Linked)
	}
	if l := doc.Linked[1]; l.Canonical != "خليفة حفتر" || l.Mentions != 2 || len(l.Titles) != 1 || l.Titles[0] != "المشير" {
		t.Errorf("حفتر linked = %+v", l)
	}
}

func TestStableAcrossDocuments(t *testing.T) {
	a := linked("وصل وزير الخارجية سيرجي لافروف إلى أنقرة.", [][]string{{"سيرجي لافروف"}}, nil)
	b := linked("قال سيرغي لافروف إن المحادثات بناءة.", [][]string{{"سيرغي لافروف"}}, nil)
	if a.Entities[0].ID != b.Entities[0].ID {
		t.Errorf("ids differ: %q, %q", a.Entities[0].ID, b.Entities[0].ID)
	}
}

func TestNoOverMerge(t *testing.T) {
	doc := linked("استقبل كمال الشاذلي نظيره جمال الشاذلي، ثم غادر محمد بن سلمان وفيصل بن فرحان.",
		[][]string{{"كمال الشاذلي"}, {"جمال الشاذلي"}, {"محمد بن سلمان"}, {"فيصل بن فرحان"}}, nil)
	if len(doc.Linked) != 4 {
		t.Errorf("linked %d entities, want 4: %+v", len(doc.Linked), doc.Linked)
	}
}

func TestRoles(t *testing.T) {
	doc := linked("يلتقي وزيرا خارجية ودفاع روسيا سيرجي لافروف وسيرجي شويجو نظيريهما. "+
		"وقال رئيس مجلس النواب الليبي عقيلة صالح إن فايز السراج، رئيس حكومة الوفاق، سيحضر.",
		[][]string{{"سيرجي لافروف"}, {"سيرجي شويجو"}, {"عقيلة صالح"}, {"فايز السراج"}}, nil)
	want := map[string]string{
		"سيرجي لافروف": "وزير خارجية روسيا", "سيرجي شويجو": "وزير دفاع روسيا",
		"عقيلة صالح": "رئيس مجلس النواب الليبي", "فايز السراج": "رئيس حكومة الوفاق",
	}
	for _, l := range doc.Linked {
		if w := want[l.Canonical]; len(l.Roles) != 1 || l.Roles[0] != w {
			t.Errorf("%s: roles %q, want %q", l.Canonical, l.Roles, w)
		}
	}
}

func TestProcliticsAndOrganizations(t *testing.T) {
	doc := linked("قال بايدن إن واشنطن تدعم أوكرانيا، وأكد البيت الأبيض أن لبايدن خطة. ونقلت وكالة انترفاكس الروسية عن مصدر أن انترفاكس علمت.",
		[][]string{{"بايدن"}}, [][]string{{"وكالة انترفاكس الروسية", "انترفاكس"}})
	ids := idsOf(doc)
	if ids["بايدن"] != ids["لبايدن"] || ids["بايدن"] != "per:بايدن" {
		t.Errorf("بايدن ids: %v", ids)
	}
	if ids["وكالة انترفاكس الروسية"] != "org:انترفاكس" || ids["انترفاكس"] != "org:انترفاكس" {
		t.Errorf("انترفاكس ids: %v", ids)
	}
}

func TestEmptyAndUntagged(t *testing.T) {
	doc := &marsad.Document{Text: "نص بلا كيانات"}
	doc.Tokens, _ = tokenize.Split(doc.Text, nil, false)
	link.Link(doc)
	if doc.Linked == nil || len(doc.Linked) != 0 {
		t.Errorf("linked = %#v, want an empty list", doc.Linked)
	}
	doc.Entities = []marsad.Entity{{Start: 0, End: 2, Type: marsad.PER}, {Start: 3, End: 3, Type: marsad.PER}}
	link.Link(doc) // a mention inside a token and an empty one must not panic
}

func TestRoleQuotes(t *testing.T) {
	for _, c := range []struct {
		text, name, want string
	}{
		{"قال المتحدث باسم حزب «تواصل» سيدي محمد ولد الطالب إن الحزب يرفض النتائج.", "سيدي محمد ولد الطالب", "المتحدث باسم حزب «تواصل»"},
		{"قال نائب وزير الخارجية الكويتي حمد سليمان المشعان إن بلاده تدعم الاتفاق.", "حمد سليمان المشعان", "نائب وزير الخارجية الكويتي"},
		{"وقال أحمد علي رئيس الحزب «إن الوضع صعب».", "أحمد علي", "رئيس الحزب"},
		{"أكد معالي السيد فيصل بن حمد وزير الخارجية أن القمة مهمة.", "السيد فيصل بن حمد", "وزير الخارجية"},
		{"ونقلت الصحيفة عن وزير الشؤون الاجتماعية اللبناني، عصام نجم، أن العودة ستسهل.", "عصام نجم", "وزير الشؤون الاجتماعية اللبناني"},
		{"ونقلت الوكالة عن رئيس البعثة في اليمن، الإيطالي ماركو بونفانتي، قوله إن التوزيع بدأ.", "ماركو بونفانتي", "رئيس البعثة في اليمن"},
		{"الزعيم الكوري الشمالي\n\nوعد الزعيم الكوري الشمالي كيم جونغ أون بالحوار.", "كيم جونغ أون", "الزعيم الكوري الشمالي"},
	} {
		doc := linked(c.text, [][]string{{c.name}}, nil)
		if len(doc.Linked) == 0 || len(doc.Linked[0].Roles) != 1 || doc.Linked[0].Roles[0] != c.want {
			t.Errorf("%+q: linked %+v, want role %+q", c.text, doc.Linked, c.want)
		}
	}
}

func TestTitleChain(t *testing.T) {
	doc := linked("أكد معالي السيد فيصل بن حمد أن القمة مهمة.", [][]string{{"السيد فيصل بن حمد"}}, nil)
	if len(doc.Linked) != 1 || len(doc.Linked[0].Titles) != 1 || doc.Linked[0].Titles[0] != "معالي السيد" {
		t.Errorf("linked %+v, want the title %+q", doc.Linked, "معالي السيد")
	}
}

func TestNameOption(t *testing.T) {
	names := map[string]bool{"فاليري": true, "آندي": true, "وآندي": true}
	opts := link.Options{Name: func(w string) bool { return names[w] }}
	doc := &marsad.Document{Text: "وقال فاليري سيرغييف وآندي كينغ إن الفريق جاهز."}
	doc.Tokens, doc.Sentences = tokenize.Split(doc.Text, nil, true)
	gold.Place(doc, &gold.File{Entities: gold.Entities{PER: [][]string{{"فاليري سيرغييف"}, {"وآندي كينغ"}}}})
	link.LinkWith(doc, opts)
	var got []string
	for _, l := range doc.Linked {
		got = append(got, l.Canonical)
	}
	if want := []string{"فاليري سيرغييف", "آندي كينغ"}; !slices.Equal(got, want) {
		t.Errorf("canonical names %+q, want %+q", got, want)
	}
	link.Link(doc)
	if doc.Linked[0].Canonical != "اليري سيرغييف" {
		t.Errorf("without names, %+q; want the letter read as a conjunction", doc.Linked[0].Canonical)
	}
}

// TestNoAppositionRole: a role before a comma belongs to the name after
// it only when the name is set apart (a comma, a colon or أن follows).
func TestNoAppositionRole(t *testing.T) {
	doc := linked("وحضر وزير الخارجية، أحمد محمود وعدد من السفراء.", [][]string{{"أحمد محمود"}}, nil)
	if len(doc.Linked) != 1 || len(doc.Linked[0].Roles) != 0 {
		t.Errorf("linked %+v, want أحمد محمود with no role", doc.Linked)
	}
}
