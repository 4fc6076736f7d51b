package quote

import (
	"strings"

	"github.com/marsad/marsad/arabic"
)

// cueKind is what a word does in introducing a statement.
type cueKind uint8

const (
	cueNone   cueKind = iota
	cueSay            // قال, أكد, أعلن: speaker, then the statement
	cueRelay          // نقل: an outlet relays what a speaker said (نقلت وكالة X عن Y)
	cueGoOn           // مشيرا, مضيفا: the last speaker goes on
	cueSource         // وفق, بحسب, حسب: the source of a statement
	cueNaql           // نقلا: the source behind an outlet (ذكرت صحيفة X نقلا عن Y)
)

// cue is a reporting word and the preposition that may stand between it
// and أن (أشار إلى أن, شدد على أن).
type cue struct {
	kind cueKind
	prep string
	form string // the verb as written, without a conjunction
}

// sayVerbs are reporting verbs, past and present, all persons that report.
// A word after the colon is the preposition before أن.
var sayVerbs = []string{
	"قال قالت قالوا قالا يقول تقول يقولون", "أكد أكدت أكدوا أكدا يؤكد تؤكد يؤكدون",
	"أعلن أعلنت أعلنوا يعلن تعلن", "أضاف أضافت أضافوا يضيف تضيف",
	"أوضح أوضحت أوضحوا يوضح توضح", "صرح صرحت صرحوا يصرح تصرح",
	"أشار أشارت أشاروا يشير تشير:إلى", "شدد شددت شددوا يشدد تشدد:على",
	"نفى نفت نفوا ينفي تنفي", "أفاد أفادت أفادوا يفيد تفيد:ب", "ذكر ذكرت ذكروا يذكر تذكر",
	"أورد أوردت", "كشف كشفت كشفوا يكشف تكشف:عن", "اعتبر اعتبرت اعتبروا يعتبر تعتبر",
	"رأى رأت رأوا يرى ترى", "تابع تابعت", "لفت لفتت:إلى", "حذر حذرت حذروا يحذر تحذر:من",
	"اعترف اعترفت:ب", "زعم زعمت زعموا", "ادعى ادعت", "نوه نوهت:إلى", "بينت", "أبلغ أبلغت",
	"توقع توقعت توقعوا يتوقع تتوقع", "رجح رجحت", "استطرد", "استدرك", "تساءل تساءلت",
	"أقر أقرت:ب", "أردف أردفت", "أفصح أفصحت:عن", "صرّح", "أعربت أعرب:عن",
	"كتب كتبت", "غرد غردت", "دون دونت", "علق علقت",
}

// conjOnly are verbs that read as prepositions or nouns when bare (بين
// "between", دون "without") and report only after و or ف: وبين أن.
var conjOnly = map[string]bool{"بين": true, "دون": true}

var goOnWords = []string{
	"مشيرا مشيرة مشيرين مشيرتين:إلى", "مضيفا مضيفة مضيفين", "مؤكدا مؤكدة مؤكدين",
	"موضحا موضحة موضحين", "لافتا لافتة لافتين:إلى", "معتبرا معتبرة معتبرين",
	"منوها منوهة:إلى", "مشددا مشددة مشددين:على", "محذرا محذرة محذرين:من", "قائلا قائلة قائلين",
	"نافيا نافية", "مبينا مبينة", "متابعا متابعة", "مستدركا مستدركة", "مردفا مردفة",
	"كاشفا كاشفة:عن", "مرجحا مرجحة", "متوقعا متوقعة", "معربا معربة:عن",
}

var sourceWords = []string{"وفق", "وفقا", "بحسب", "حسب", "حسبما", "بحسبما", "طبقا", "وفقما", "استنادا"}

var cues = buildCues()

func buildCues() map[string]cue {
	m := map[string]cue{}
	add := func(groups []string, k cueKind) {
		for _, g := range groups {
			words, prep, _ := strings.Cut(g, ":")
			for _, w := range strings.Fields(words) {
				m[arabic.Search.String(w)] = cue{kind: k, prep: arabic.Search.String(prep), form: w}
			}
		}
	}
	add(sayVerbs, cueSay)
	add([]string{"بين"}, cueSay)
	add(goOnWords, cueGoOn)
	add(sourceWords, cueSource)
	add([]string{"نقل نقلت نقلوا ينقل تنقل"}, cueRelay)
	add([]string{"نقلا"}, cueNaql)
	return m
}

// cueAt returns the cue at token i: the word itself, or after a
// conjunction و (any cue) or ف (verbs only: فقال, not فحسب).
func (v *view) cueAt(i int) cue {
	if !v.isWord(i) {
		return cue{}
	}
	w := v.norms[i]
	if i > 0 && v.norms[i-1] == "عدم" {
		return cue{} // فضّل عدم ذكر اسمه: a noun, not a verb
	}
	if c, ok := cues[w]; ok && !conjOnly[w] {
		return c
	}
	if rest, ok := strings.CutPrefix(w, "و"); ok {
		return cues[rest]
	}
	if rest, ok := strings.CutPrefix(w, "ف"); ok {
		if c := cues[rest]; c.kind == cueSay || c.kind == cueRelay {
			return c
		}
	}
	if w == "بين" {
		return cue{} // stays a stop word
	}
	return cue{}
}

// complementizers introduce the reported clause. The bare ones are not
// part of it; those with a pronoun are (أنه).
var complementizers = wordSet("أن إن بأن فإن", "أنه إنه أنها إنها أنهم إنهم أنهما أنني إنني أننا إننا بأنه بأنها بأنهم فإنه فإنها")

// saying nouns stand between speaker and statement: قوله "...", قولها إن.
var sayingNouns = wordSet("قوله قولها قولهم قولهما", "")

// spokeVerbs end the subject's phrase: the clause they open tells whom it
// spoke to (عمال إغاثة تحدثوا إلى «الشرق الأوسط»).
var spokeVerbs = wordSet("تحدث تحدثت تحدثوا تحدثا تحدثن", "")

// searchSet returns the Search forms of words as a set.
func searchSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[arabic.Search.String(w)] = true
	}
	return m
}

// wordSet returns the Search forms of the words of bare and pronoun, the
// first mapped to false and the second to true.
func wordSet(bare, pronoun string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(bare) {
		m[arabic.Search.String(w)] = false
	}
	for _, w := range strings.Fields(pronoun) {
		m[arabic.Search.String(w)] = true
	}
	return m
}

// complementizerAt reports whether token i is أن/إن and whether the
// statement starts at it (a pronoun attached) rather than after it.
func (v *view) complementizerAt(i int) (ok, inside bool) {
	if !v.isWord(i) {
		return false, false
	}
	inside, ok = complementizers[v.norms[i]]
	return ok, inside
}

// IsCue reports whether word, in any spelling and with a conjunction,
// introduces a statement: قال, وأكد, مشيرا, نقلت, بحسب. Other stages
// use it to tell where a name ends (قال المتحدث يحيى سريع | في).
func IsCue(word string) bool {
	w := arabic.Search.String(word)
	for _, f := range []string{w, strings.TrimPrefix(w, "و"), strings.TrimPrefix(w, "ف")} {
		if c, ok := cues[f]; ok && c.kind != cueNone {
			return true
		}
	}
	return false
}
