package orgs

import (
	"strings"
	"unicode/utf8"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/link"
)

// name reads an institution's or a place's name whose head is token i.
// It returns the code point where the name starts (after a conjunction
// or a one-letter preposition: ولوزارة is وزارة), the token after its
// end, and its type.
func (v *view) name(i int) (start, end int, typ string, ok bool) {
	head, skip, ok := v.head(i)
	if !ok {
		return 0, 0, "", false
	}
	start = v.toks[i].Start + skip
	if named[head] {
		return start, i + 1, marsad.ORG, true
	}
	bare := strings.TrimPrefix(head, "ال")
	typ = marsad.ORG
	if placeHeads[bare] || needsNameHeads[bare] {
		typ = marsad.LOC
	}
	definite := bare != head
	weak := weakHeads[bare] || needsNameHeads[bare]
	r := reader{v: v, head: i, j: i + 1, last: -1, definite: definite, place: typ == marsad.LOC,
		strong: (strongHeads[bare] && !definite || placeHeads[bare]) && !weak, weak: weak,
		designator: designatorHeads[bare]}
	r.read()
	if r.last < 0 {
		return 0, 0, "", false
	}
	return start, r.last, typ, true
}

// head returns token i's word without a conjunction or a one-letter
// preposition when it heads a name, and how many letters it dropped.
// After لل the token is kept whole (للمرصد), as the tagger keeps it: its
// name's article lost its alef.
func (v *view) head(i int) (string, int, bool) {
	if !v.isWord(i) || v.owner[i] >= 0 && v.doc.Entities[v.owner[i]].Start < v.toks[i].Start {
		return "", 0, false
	}
	w := v.norms[i]
	if rest, ok := strings.CutPrefix(w, "لل"); ok && (isHead("ال"+rest) || isHead("ل"+rest)) {
		return "ال" + rest, 0, true // للمرصد, للجنة: ل + ال, kept whole
	}
	for skip := 0; skip <= 2; skip++ {
		if skip > 0 {
			r, n := utf8.DecodeRuneInString(w)
			if !strings.ContainsRune("وفبلك", r) || skip == 2 && !strings.ContainsRune("بلك", r) {
				break
			}
			w = w[n:]
		}
		if isHead(w) || named[w] {
			return w, skip, true
		}
	}
	return "", 0, false
}

func isHead(w string) bool {
	bare := strings.TrimPrefix(w, "ال")
	return heads[bare] || placeHeads[bare] || needsNameHeads[bare] && bare == w
}

// reader walks the words after a head.
type reader struct {
	v          *view
	head       int  // the head's token
	definite   bool // the head has ال: a name after it is in apposition
	strong     bool // one definite word after the head names it (حزب الإنصاف)
	place      bool // the head names a place (مطار, سد)
	weak       bool // only a tagged name or a nationality names it (سوق, قطاع)
	designator bool // a tagged organization after it is the name itself (شركة)
	namedEnd   int  // token after the last tagged name read
	adjSeen    bool // an adjective was read: only adjectives may follow
	nounSeen   bool // a definite noun was read before any adjective (التعليم in التعليم العالي)
	nationSeen bool // a nationality was read
	purposed   bool // the last word read was a purpose after ل: و ال may follow
	named      bool // a tagged name was read: only a purpose or an adjective may follow
	j          int  // next token
	last       int  // token after the last word that made the name specific, -1
	defs       int  // definite words read
	genitiv    int  // indefinite genitives read
}

// read consumes words while they belong to the name.
func (r *reader) read() {
	v := r.v
	for r.j < len(v.toks) && r.j-r.head < maxWords && !v.breakBefore(r.j) {
		if !r.step() {
			return
		}
	}
}

// step reads token j and reports whether the name may go on.
func (r *reader) step() bool {
	v, j := r.v, r.j
	purposed := r.purposed
	r.purposed = false
	if ei := v.owner[j]; ei >= 0 {
		return r.entity(ei)
	}
	if !v.isWord(j) {
		return r.quoted()
	}
	w := v.norms[j]
	bare := strings.TrimPrefix(w, "ال")
	switch {
	case r.named && !r.place && j == r.namedEnd && strings.HasPrefix(w, "ال") && ordinals[bare]:
		r.j++ // بنك أبوظبي الأول
		r.last = r.j
		return true
	case r.place && r.last < 0 && link.IsTitleNormal(w) && v.personAt(j+1):
		r.j++ // مطار الملك خالد: the title, then the person
		return true
	case strings.HasPrefix(w, "وال") && r.adjSeen && nisba(w) && r.last == j && !stops[w[len("و"):]]:
		r.j++ // الاقتصادي والاجتماعي
		r.last = r.j
		return true
	case r.coordinatedField(w):
		r.j++ // التعليم العالي والبحث العلمي, الموارد المائية والصيد البحري
		r.last, r.adjSeen = r.j, false
		r.defs++
		return true
	case r.coordinatedConstruct(w):
		r.j += 2 // الثروة الزراعية والسمكية وموارد المياه
		r.last, r.adjSeen = r.j, false
		r.defs++
		return true
	case stops[w] || generics[bare] || generics[w] || link.IsTitleNormal(w) || link.IsRoleHeadNormal(w):
		return false // رئيس الهيئة فاروق, سلطة المياه المهندس سفيان
	case strings.HasPrefix(w, "ال") && len(bare) > 2:
		return r.definiteWord(w, bare)
	case strings.HasPrefix(w, "وال") && !stops[w[len("و"):]] && (r.defs > 0 && !r.named && !r.adjSeen || purposed):
		r.j++
		if r.last >= 0 || !r.weak && complements[strings.TrimPrefix(w[len("و"):], "ال")] {
			r.last = r.j // وزارة الصحة والسكان, وزارة التراث والسياحة; قطاع الأعمال والمتدينين stays unnamed
		}
		return true
	case strings.HasPrefix(w, "ل") && (r.defs > 0 || r.named) && r.genitiv == 0:
		return r.purpose(w)
	case !r.definite && !r.named && r.defs == 0 && r.genitiv < 2 && len(w) > 4 && !nisba(v.toks[j].Text) &&
		(v.isWord(j+1) || j+1 < len(v.toks) && v.owner[j+1] >= 0):
		r.genitiv++ // غرفة تجارة وصناعة دبي, حركة تحرير السودان
		r.j++
		return true
	}
	return false
}

// definiteWord reads a definite word: a nationality or a complement makes
// the name specific, as does a second definite word, or the first after
// a strong head. Once an adjective was read (السورية), only adjectives
// follow: in اتهمت الحكومة السورية الأسلحة, الأسلحة starts the object.
// After a tagged name too, only an adjective goes on (مطار مسقط الدولي,
// قوات سوريا الديمقراطية).
func (r *reader) definiteWord(w, bare string) bool {
	nation := isNationality(w)
	adj := nisba(w) && !nisbaNouns[bare] && !(r.defs == 0 && nounLikeNisba[bare]) || nation || adjectives[bare] && r.defs > 0
	if !r.definite && r.defs == 0 && isNationality(w) && r.v.personAt(r.j+1) {
		return false // تحت قيادة البرتغالي كارلوس: an indefinite head governs the person
	}
	if (r.named || r.adjSeen) && !adj || r.named && r.place && !placeAdjectives[bare] {
		return false
	}
	r.nounSeen = r.nounSeen || !adj && !r.adjSeen
	r.nationSeen = r.nationSeen || nation
	r.adjSeen = r.adjSeen || adj
	r.defs++
	r.j++
	specific := !r.weak && (isNationality(w) || complements[bare] || r.defs >= 2 || r.strong)
	if r.named && r.last >= 0 || specific {
		r.last = r.j
	}
	return true
}

// coordinatedField reports a second field joined after a noun and its
// adjective: وزارة التعليم العالي والبحث العلمي. The word after و ال must
// be a known complement, so that two bodies stay apart (مجلس الأمن الدولي
// والأمم المتحدة), and no nationality may come before it (الجيش السوري
// والقوات الروسية).
func (r *reader) coordinatedField(w string) bool {
	rest, ok := strings.CutPrefix(w, "وال")
	return ok && r.adjSeen && r.nounSeen && !r.nationSeen && !r.named && r.last == r.j &&
		!stops[w[len("و"):]] && complements[rest] && r.v.isWord(r.j+1) && nisba(r.v.norms[r.j+1])
}

// coordinatedConstruct reports a field joined by و as a construct, an
// indefinite noun and a known complement: وزارة الثروة الزراعية والسمكية
// وموارد المياه. The same guards as coordinatedField apply, and و must be
// the conjunction (not وزير).
func (r *reader) coordinatedConstruct(w string) bool {
	v, j := r.v, r.j
	rest, ok := strings.CutPrefix(w, "و")
	if !ok || !strings.HasPrefix(v.toks[j].Seg, "و+") || link.IsRoleHeadNormal(w) ||
		strings.HasPrefix(rest, "ال") || !r.nounSeen || r.nationSeen || r.named || r.last != j ||
		!v.isWord(j+1) || v.owner[j+1] >= 0 || v.breakBefore(j+1) {
		return false
	}
	next, ok := strings.CutPrefix(v.norms[j+1], "ال")
	return ok && complements[next] && !heads[rest]
}

// nisba reports a word ending as a relative adjective does: الدولي,
// الاقتصادية (in Search form: الاقتصاديه), السوريين. Given a word as
// written, it tells دولي from شورى.
func nisba(w string) bool {
	for _, suf := range []string{"يه", "ية", "يين", "يون"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return strings.HasSuffix(w, "ي") && utf8.RuneCountInString(w) > 3
}

// purpose reads ل and what it governs: للانتخابات, لحقوق الإنسان, لدول
// الخليج العربية (a tagged name after ل is read whole).
func (r *reader) purpose(w string) bool {
	v, j := r.v, r.j
	if actions[w] || v.owner[j] >= 0 {
		return false // مجلس الشورى | لاستكمال الإجراءات; مستشفى كيفه الجهوي | للأخبار (a tagged outlet)
	}
	if strings.HasPrefix(w, "لل") && len(w) > 4 {
		r.j++
		r.last, r.purposed, r.adjSeen = r.j, true, false // للإصلاح والتنمية, للأرصاد والإنذار المبكر
		if p := purposePreps[w]; p != "" && v.isWord(r.j) && v.norms[r.j] == p {
			r.purposeObject() // للمحافظة على المدن التاريخية, للدفاع عن حقوق الصحفيين
		}
		return true
	}
	if stops[w] || !v.isWord(j+1) {
		return false
	}
	if ei := v.owner[j+1]; ei >= 0 {
		e := v.doc.Entities[ei]
		if e.Start < v.toks[j+1].Start || e.Type == marsad.PER {
			return false
		}
		r.j++
		for r.j < len(v.toks) && v.toks[r.j].Start < e.End {
			r.j++
		}
		r.last = r.j
		return false
	}
	if !strings.HasPrefix(v.norms[j+1], "ال") || stops[v.norms[j+1]] {
		return false
	}
	r.j += 2
	r.last, r.purposed = r.j, true
	return true
}

// purposeObject reads the object of the preposition at token j after a
// purpose: a definite word (على الفقر), or an indefinite one and the
// definite word it governs (عن حقوق الصحفيين).
func (r *reader) purposeObject() {
	v := r.v
	free := func(k int) bool { return v.isWord(k) && v.owner[k] < 0 && !stops[v.norms[k]] && !v.breakBefore(k) }
	k := r.j + 1
	if free(k) && !strings.HasPrefix(v.norms[k], "ال") && len(v.norms[k]) > 4 {
		k++
	}
	if free(k) && strings.HasPrefix(v.norms[k], "ال") {
		r.j, r.last = k+1, k+1
	}
}

// parentBody reads a tagged organization after ل that a name not yet
// specific belongs to: المفوضية السامية للأمم المتحدة لشؤون اللاجئين. A
// name already specific stops before it (قدمت الحكومة السورية | للأمم
// المتحدة تقريرا).
func (r *reader) parentBody(ei int) bool {
	v := r.v
	e := v.doc.Entities[ei]
	if r.last >= 0 || r.defs == 0 || e.Type != marsad.ORG || v.tokenStart(e.Start) != v.toks[r.j].Start || r.place {
		return false
	}
	for r.j < len(v.toks) && v.toks[r.j].Start < e.End {
		r.j++
	}
	r.last, r.named, r.namedEnd = r.j, true, r.j
	return true
}

// entity reads a tagged name inside the institution's, which makes it
// specific: منتخب مصر, حركة تحرير السودان, ملعب هزاع بن زايد. A person
// joins only a place's name: مكتب علي خامنئي keeps the person. An
// organization after the head is the name itself (شركة أرامكو is
// أرامكو): the head does not join it. A definite head is followed by a
// name in apposition, not its own (رئيس الهيئة فاروق بوعسكر). After a
// name that is specific already, a tagged name is not part of it (رئيس
// الحكومة اللبنانية نجيب ميقاتي), nor is a person after other words, nor
// a mention that began before j, nor one after a preposition (سد
// بالمغرب). An organization tagged right after a tagged head is one name
// the tagger split (حزب | الإنصاف).
func (r *reader) entity(ei int) bool {
	v := r.v
	e := v.doc.Entities[ei]
	if strings.HasPrefix(v.norms[r.j], "لل") {
		return r.parentBody(ei) // المفوضية السامية | للأمم المتحدة
	}
	headTagged := v.owner[r.head] >= 0                                           // حزب tagged alone before الإنصاف
	compound := r.named && r.j == r.namedEnd && e.Type == marsad.LOC && !r.place // بنك الإمارات دبي الوطني
	if r.definite || r.last >= 0 && !compound || e.Start < v.toks[r.j].Start || e.Type == marsad.MISC ||
		e.Type == marsad.ORG && (r.designator && !headTagged || r.place) || e.Type == marsad.PER && !r.place ||
		e.Type == marsad.PER && (r.last >= 0 || r.defs > 0) || hasPreposition(v.toks[r.j]) {
		return false
	}
	for r.j < len(v.toks) && v.toks[r.j].Start < e.End {
		r.j++
	}
	r.last, r.named, r.namedEnd = r.j, true, r.j
	return true
}

// hasPreposition reports a token that begins with a preposition or a
// conjunction (ب+ال+مغرب, و+مصر).
func hasPreposition(t marsad.Token) bool {
	first, _, found := strings.Cut(t.Seg, "+")
	switch first {
	case "ب", "ل", "ك", "و", "ف":
		return found
	}
	return false
}

// quoted reads a name in quotation marks right after an indefinite head:
// حزب «تواصل», شركة "أرامكو", حركة «حماس». The marks belong to the name.
func (r *reader) quoted() bool {
	v, j := r.v, r.j
	if r.definite || r.weak && !r.place || j != r.head+1 || !isOpenQuote(v.toks[j].Text) {
		return false
	}
	for k := j + 1; k < len(v.toks) && k <= j+5; k++ {
		if isCloseQuote(v.toks[k].Text) {
			if k == j+1 || v.owner[k-1] >= 0 && v.doc.Entities[v.owner[k-1]].End > v.toks[k-1].End ||
				r.designator && v.owner[j+1] >= 0 && v.doc.Entities[v.owner[j+1]].Type == marsad.ORG {
				return false // شركة «أبل»: the tagger's organization stands alone
			}
			r.j, r.last, r.named = k+1, k+1, true
			return true
		}
		if !v.isWord(k) || v.breakBefore(k) {
			return false
		}
	}
	return false
}

func isOpenQuote(s string) bool  { return s == "«" || s == "\"" || s == "“" }
func isCloseQuote(s string) bool { return s == "»" || s == "\"" || s == "”" }

// personAt reports a tagged person starting at token i.
func (v *view) personAt(i int) bool {
	if i >= len(v.toks) || v.owner[i] < 0 {
		return false
	}
	e := v.doc.Entities[v.owner[i]]
	return e.Type == marsad.PER && e.Start >= v.toks[i].Start
}
