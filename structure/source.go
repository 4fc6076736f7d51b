package structure

import (
	"regexp"
	"strings"

	"github.com/marsad/marsad"
	gazetteer "github.com/marsad/marsad/places"
)

// srcInfo is what one furniture line says about the document's source.
type srcInfo struct {
	Outlet, Dateline, Author, Published string
}

// merge fills the empty fields of s from o.
func (s *srcInfo) merge(o srcInfo) {
	if s.Outlet == "" {
		s.Outlet = o.Outlet
	}
	if s.Dateline == "" {
		s.Dateline = o.Dateline
	}
	if s.Author == "" {
		s.Author = o.Author
	}
	if s.Published == "" {
		s.Published = o.Published
	}
}

func (s srcInfo) source() marsad.Source {
	return marsad.Source{Outlet: s.Outlet, Dateline: s.Dateline, Author: s.Author, Published: s.Published}
}

// bylineLoose open bylines with or without a separator; bylineStrict only
// when ":" or "-" follows ("تقرير: ..."), since they also open sentences.
var (
	bylineLoose  = set("كتب", "كتبت", "كتبه", "بقلم", "بواسطة", "by", "written by")
	bylineStrict = set("إعداد", "تقرير", "تحرير", "حوار", "متابعة", "ترجمة", "مراسل", "مراسلنا", "المراسل", "الكاتب", "المحرر", "تغطية", "تغطية صحفية", "شارك في التغطية", "تصوير وتحرير")
	sourceHeads  = set("المصدر", "المصادر", "مصدر", "المرجع", "source", "sources", "نقلا عن", "نقلاً عن", "بتصرف عن")
	reSep        = regexp.MustCompile(`\s*(?:[:：|]|[-–—]+)\s*`)
)

// sourceLine classifies whole lines that state the source: "المصدر :
// الجزيرة + وكالات", "كتب محمد أحمد", "دبي - العربية.نت", "(رويترز)". first
// is true for the document's first line, where a "place: words" line is
// more likely a headline than a dateline.
func sourceLine(l line, first bool) (string, srcInfo) {
	ws := l.Words
	if len(ws) == 0 || l.N > longLine {
		return "", srcInfo{}
	}
	if si, ok := sourceHead(l.Text, ws); ok {
		return marsad.BoilerSource, si
	}
	if si, ok := byline(l.Text, ws); ok {
		return marsad.BoilerByline, si
	}
	if len(ws) <= 8 && isAgency(l.Text) {
		return marsad.BoilerSource, srcInfo{Outlet: clean(l.Text)}
	}
	return datelineLine(l.Text, first)
}

// clean trims quotes, brackets and punctuation around a stated name.
func clean(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return isTrim(r) || strings.ContainsRune("«»\"'“”()[]:：-–—،,.|*", r)
	})
}

// sourceHead matches "المصدر: ..." lines (a separator must follow the
// keyword) and short "نقلا عن ..." lines.
func sourceHead(text string, ws []word) (srcInfo, bool) {
	if len(ws) > 14 {
		return srcInfo{}, false
	}
	for n := min(3, len(ws)); n >= 1; n-- {
		h := joinKeys(ws[:n])
		if !sourceHeads[h] {
			continue
		}
		via := h == key("نقلا عن") || h == key("بتصرف عن")
		sep := n < len(ws) && indexSep(text[ws[n-1].A:ws[n].B], 200, false) >= 0
		if via && len(ws) > 6 || !via && !sep {
			return srcInfo{}, false
		}
		rest := clean(text[ws[n-1].B:])
		if rest == "" || strings.HasPrefix(key(rest), "الصوره") {
			return srcInfo{}, false
		}
		return srcInfo{Outlet: rest}, true
	}
	return srcInfo{}, false
}

func joinKeys(ws []word) string {
	ks := make([]string, 0, len(ws))
	for _, w := range ws {
		if w.Key != "" {
			ks = append(ks, w.Key)
		}
	}
	return strings.Join(ks, " ")
}

// byline matches "كتب محمد أحمد", "كتبت: سارة علي - الإثنين 13 يناير
// 2020", "بقلم ...", "تقرير: ..." and Reuters' closing "(إعداد ... للنشرة
// العربية - تحرير ...)".
func byline(text string, ws []word) (srcInfo, bool) {
	t := strings.TrimSpace(text)
	paren := strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")")
	n, strict := bylineStart(ws)
	if n == 0 {
		return srcInfo{}, false
	}
	end, iso := dateTail(ws)
	if end < n {
		end = n
	}
	if paren {
		return srcInfo{Author: bylineAuthor(text, ws, n, end)}, true
	}
	sep := n < len(ws) && strings.ContainsAny(text[ws[n-1].A:ws[n].B], ":：-–—")
	if strict && (!sep || end-n > 4) || end == n && iso == "" || end-n > 8 {
		return srcInfo{}, false
	}
	raw := strings.Trim(text[ws[n-1].B:ws[end-1].B], " :：-–—")
	if strings.ContainsAny(raw, "«»\"“”؟?!:：") || strings.HasSuffix(strings.TrimSpace(text), ".") && end == len(ws) {
		return srcInfo{}, false
	}
	return srcInfo{Author: bylineAuthor(text, ws, n, end), Published: iso}, true
}

// bylineStart returns how many words the opening keyword takes and
// whether it needs a separator.
func bylineStart(ws []word) (int, bool) {
	for n := min(3, len(ws)); n >= 1; n-- {
		h := joinKeys(ws[:n])
		switch {
		case bylineLoose[h]:
			return n, false
		case bylineStrict[h]:
			return n, true
		}
	}
	return 0, false
}

// bylineAuthor is the name after the keyword, up to a date, a separator
// or "للنشرة العربية".
func bylineAuthor(text string, ws []word, n, end int) string {
	if n >= end {
		return ""
	}
	s := text[ws[n-1].B:ws[end-1].B]
	s = strings.TrimLeft(s, " :：-–—")
	if i := strings.Index(s, "للنشرة"); i > 0 {
		s = s[:i]
	}
	if loc := reSep.FindStringIndex(s); loc != nil && loc[0] > 0 {
		s = s[:loc[0]]
	}
	return clean(s)
}

// datelineLine matches whole-line datelines: "دبي - العربية.نت", "لندن:
// «الشرق الأوسط»", "القاهرة: محمد نبيل حلمي", and outlet bylines
// "هسبريس - محمد الراجي".
func datelineLine(text string, first bool) (string, srcInfo) {
	if len(text) > 200 || indexSep(text, 200, true) < 0 {
		return "", srcInfo{}
	}
	loc := reSep.FindStringIndex(text)
	if loc == nil || loc[0] == 0 {
		return "", srcInfo{}
	}
	a, b := clean(text[:loc[0]]), clean(text[loc[1]:])
	ka, kb := key(a), key(b)
	nb := len(strings.Fields(kb))
	if a == "" || b == "" || len(strings.Fields(ka)) > 5 || nb > 5 {
		return "", srcInfo{}
	}
	switch {
	case isPlace(a) && isAgency(b):
		return marsad.BoilerDateline, srcInfo{Dateline: a, Outlet: b}
	case isAgency(a) && isPlace(b):
		return marsad.BoilerDateline, srcInfo{Dateline: b, Outlet: a}
	case isAgency(a) && nameLike(b):
		return marsad.BoilerByline, srcInfo{Outlet: a, Author: b}
	case !first && isPlace(a) && nameLike(b) && nb <= 4:
		return marsad.BoilerDateline, srcInfo{Dateline: a, Author: b}
	}
	return "", srcInfo{}
}

// nameLike reports a short run of letters with no digits or sentence
// punctuation: a plausible person name.
func nameLike(s string) bool {
	ks := keyWords(s)
	if len(ks) == 0 || len(ks) > 5 || endsPunct(s) {
		return false
	}
	for _, r := range s {
		if r >= '0' && r <= '9' || r >= 0x0660 && r <= 0x0669 || strings.ContainsRune(":؛;!?؟|/>»<«@#", r) {
			return false
		}
	}
	return true
}

var reDatelinePrefix = regexp.MustCompile(`^([^\s()\-–—:،,]+(?: [^\s()\-–—:،,]+){0,2}(?:\s*[،,]\s*[^\s()\-–—:،,]+(?: [^\s()\-–—:،,]+){0,3})?)(\s*)(?:\(([^()]{1,40})\)\s*)?(-{1,2}|–|—|:)\s*`)
var reAgencyAfter = regexp.MustCompile(`^\(?([^()\-–—:]{1,30}?)\)?\s*(-{1,2}|–|—|:)\s*`)

// datelinePrefix finds a dateline opening a paragraph ("موسكو (رويترز) -",
// "الخرطوم-", "القاهرة - أ ف ب:", "دبي، الإمارات العربية المتحدة
// (CNN)--") and returns the byte length it takes.
func datelinePrefix(text string) (int, srcInfo, bool) {
	m := reDatelinePrefix.FindStringSubmatchIndex(text)
	if m == nil {
		return 0, srcInfo{}, false
	}
	place, space, sep := text[m[2]:m[3]], text[m[4]:m[5]], text[m[8]:m[9]]
	ag := ""
	if m[6] >= 0 {
		ag = text[m[6]:m[7]]
	}
	kp := key(place)
	spaced := m[1] > m[9] // white space after the separator
	ok := ag != "" && len(keyWords(ag)) <= 5 ||
		sep != ":" && (isPlace(place) || space == "" && spaced && len(strings.Fields(kp)) <= 2) ||
		sep == ":" && places[kp]
	if !ok {
		return 0, srcInfo{}, false
	}
	end := m[1]
	if ag == "" {
		if a := reAgencyAfter.FindStringSubmatchIndex(text[end:]); a != nil && isAgency(text[end+a[2]:end+a[3]]) {
			ag = text[end+a[2] : end+a[3]]
			end += a[1]
		} else if n := agencyPrefix(text[end:]); n > 0 {
			ag = text[end : end+n]
			end += n
		}
	}
	if len(keyWords(text[end:])) < 3 {
		return 0, srcInfo{}, false
	}
	if ag != "" && isAgency(place) && !isAgency(ag) && knownPlace(ag) {
		place, ag = ag, place // الأخبار (نواكشوط) –: the outlet first, its city in brackets
	}
	return end, srcInfo{Dateline: clean(place), Outlet: clean(ag)}, true
}

// knownPlace reports a place name of structure's list or of the places
// gazetteer, whole.
func knownPlace(s string) bool {
	if isPlace(s) {
		return true
	}
	ws := strings.Fields(s)
	_, n := gazetteer.Default().Match(ws)
	return n > 0 && n == len(ws)
}

// agencyPrefix returns the byte length of the longest known agency (up to
// four words) opening s and followed by more text: "سكاي نيوز عربية" in
// "القاهرة - سكاي نيوز عربية أطلقت ...".
func agencyPrefix(s string) int {
	ws := words(s)
	for n := min(4, len(ws)-3); n >= 1; n-- {
		if isAgency(s[:ws[n-1].B]) {
			return ws[n-1].B
		}
	}
	return 0
}
