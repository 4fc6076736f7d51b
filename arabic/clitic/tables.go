package clitic

// proc is one valid sequence of proclitics: conjunction (و ف), then a
// preposition (ب ك ل) or the future particle س, then the article ال (لل
// for ل+ال, whose alef is not written).
type proc struct {
	s     string   // the letters as written, e.g. "وبال"
	atoms []string // the parts, e.g. {"و", "ب", "ال"}; shared, never modified
	conj  bool     // starts with و or ف
	art   bool     // ends with the article (ال or لل)
	prep  bool     // has ب ك or ل without the article
	fut   bool     // ends with س: the rest must be an imperfective verb
}

// procs lists the proclitic sequences, longest first.
var procs = []proc{
	{s: "وبال", atoms: []string{"و", "ب", "ال"}, conj: true, art: true},
	{s: "وكال", atoms: []string{"و", "ك", "ال"}, conj: true, art: true},
	{s: "فبال", atoms: []string{"ف", "ب", "ال"}, conj: true, art: true},
	{s: "فكال", atoms: []string{"ف", "ك", "ال"}, conj: true, art: true},
	{s: "وال", atoms: []string{"و", "ال"}, conj: true, art: true},
	{s: "فال", atoms: []string{"ف", "ال"}, conj: true, art: true},
	{s: "ولل", atoms: []string{"و", "لل"}, conj: true, art: true},
	{s: "فلل", atoms: []string{"ف", "لل"}, conj: true, art: true},
	{s: "بال", atoms: []string{"ب", "ال"}, art: true},
	{s: "كال", atoms: []string{"ك", "ال"}, art: true},
	{s: "وب", atoms: []string{"و", "ب"}, conj: true, prep: true},
	{s: "وك", atoms: []string{"و", "ك"}, conj: true, prep: true},
	{s: "ول", atoms: []string{"و", "ل"}, conj: true, prep: true},
	{s: "فب", atoms: []string{"ف", "ب"}, conj: true, prep: true},
	{s: "فك", atoms: []string{"ف", "ك"}, conj: true, prep: true},
	{s: "فل", atoms: []string{"ف", "ل"}, conj: true, prep: true},
	{s: "وس", atoms: []string{"و", "س"}, conj: true, fut: true},
	{s: "فس", atoms: []string{"ف", "س"}, conj: true, fut: true},
	{s: "ال", atoms: []string{"ال"}, art: true},
	{s: "لل", atoms: []string{"لل"}, art: true},
	{s: "و", atoms: []string{"و"}, conj: true},
	{s: "ف", atoms: []string{"ف"}, conj: true},
	{s: "ب", atoms: []string{"ب"}, prep: true},
	{s: "ك", atoms: []string{"ك"}, prep: true},
	{s: "ل", atoms: []string{"ل"}, prep: true},
	{s: "س", atoms: []string{"س"}, fut: true},
}

// enc is one enclitic pronoun with the evidence it needs: the base must be
// seen at least ratio times as often as the whole word.
type enc struct {
	s      string
	ratio  float32
	strict bool // the base must also be seen with ه, ها or هم
}

// encs lists the enclitic pronouns, longest first. ك and ي are also common
// word endings (ذلك, ملك; nisba عربي), so they need much more evidence.
var encs = []enc{
	{"هما", 0.05, false}, {"كما", 0.5, true}, {"ها", 0.05, false},
	{"هم", 0.05, false}, {"هن", 0.1, false}, {"كم", 0.5, true},
	{"كن", 0.5, true}, {"نا", 0.3, false}, {"ه", 0.1, false},
	{"ك", 1, true}, {"ي", 20, true},
}

// keep lists frequent words whose edge letters look like clitics but are
// not (or that are conventionally kept whole).
var keep = map[string]bool{
	"الله": true, "اللهم": true, "الذي": true, "التي": true, "الذين": true,
	"اللذين": true, "اللتين": true, "اللذان": true, "اللتان": true,
	"اللاتي": true, "اللواتي": true, "اللائي": true, "الان": true,
	"كما": true, "لما": true, "مما": true, "كلما": true, "بينما": true,
	"لكن": true, "لكي": true, "لذا": true, "هكذا": true, "كذلك": true,
	"فقط": true, "ذلك": true, "هناك": true, "تلك": true, "لدي": true,
	"كيف": true, "لعل": true, "ليس": true, "فيما": true, "عندما": true,
	"حيث": true, "حول": true, "اولئك": true, "لان": true, "لولا": true,
	"احدي": true,
}

// short lists the two-letter words that may be left after a clitic
// (و+هو, ان+ه, ف+في); any other two-letter remainder means no split.
var short = map[string]bool{
	"هو": true, "هي": true, "هم": true, "لم": true, "لن": true, "لا": true,
	"قد": true, "ان": true, "في": true, "من": true, "ما": true, "عن": true,
	"مع": true, "كل": true, "لو": true, "اذ": true, "ضد": true, "او": true,
	"بل": true, "اي": true, "له": true, "لي": true, "به": true, "ذا": true,
	"تم": true, "هل": true, "حق": true, "يد": true, "دم": true, "ام": true,
	"اخ": true, "اب": true, "عم": true,
}

// procsByFirst and encsByLast index procs by first letter and encs by last
// letter, so that find only tries those that can match.
var (
	procsByFirst = map[string][]proc{}
	encsByLast   = map[string][]enc{}
)

func init() {
	for _, p := range procs {
		procsByFirst[p.s[:2]] = append(procsByFirst[p.s[:2]], p)
	}
	for _, e := range encs {
		k := e.s[len(e.s)-2:]
		encsByLast[k] = append(encsByLast[k], e)
	}
}
