package structure

import (
	"regexp"
	"strings"

	"github.com/marsad/marsad"
)

// relatedHeads open related-links blocks ("اقرأ أيضا").
var relatedHeads = set(
	"اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "اقرأ كذلك", "اقرأ المزيد", "اقرأ أيضا على", "طالع أيضا", "شاهد أيضا", "شاهد أيضاً", "شاهد", "اقرأ", "اقرأ أكثر", "للمزيد",
	"مواضيع ذات صلة", "أخبار ذات صلة", "موضوعات ذات صلة", "مقالات ذات صلة", "روابط ذات صلة", "قصص ذات صلة", "ذات صلة", "تقارير ذات صلة", "فيديوهات ذات صلة",
	"موضوعات متعلقة", "أخبار متعلقة", "مواضيع متعلقة", "الأخبار المتعلقة", "مواضيع مقترحة", "قصص مقترحة", "مقالات مقترحة",
	"الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولا", "الأكثر تعليقا", "الأكثر شعبية", "الأكثر قراءة اليوم", "الأكثر قراءة في",
	"المزيد حول هذه القصة", "المزيد من", "المزيد من الأخبار", "المزيد من الأخبار في", "قد يعجبك أيضا", "قد يعجبك", "قد يهمك أيضا", "قد يهمك", "ربما يهمك", "ننصحك بقراءة", "ننصحك بمشاهدة",
	"اخترنا لك", "اختيارات المحرر", "أهم الأخبار", "آخر الأخبار", "أخبار أخرى", "مواضيع أخرى", "عناوين أخرى", "المزيد في", "اقرأ في", "يهمك أيضا", "أخبار ومقالات ذات صلة",
	"related", "read more", "read also", "more from", "more stories", "also read", "see also", "related articles", "related stories",
)

var shareWords = set(
	"شارك", "شاركها", "شارك الخبر", "شارك المقال", "شارك القصة", "شارك هذا المقال", "شارك هذا الخبر", "شارك هذه الصفحة", "شارك عبر", "شارك على", "مشاركة", "شارك برأيك على",
	"share", "share this", "share on", "facebook", "twitter", "whatsapp", "telegram", "linkedin", "email", "e-mail", "messenger", "reddit", "pinterest", "print", "copy link", "x",
	"فيسبوك", "فيس بوك", "تويتر", "إكس", "واتساب", "واتس اب", "واتس آب", "تلغرام", "تيليجرام", "تليجرام", "لينكدإن", "لينكد إن", "ماسنجر", "بريد إلكتروني", "طباعة", "اطبع",
	"نسخ الرابط", "انسخ الرابط", "تم نسخ الرابط", "رابط مختصر", "الرابط المختصر", "أرسل لصديق", "إرسال لصديق", "حجم الخط", "A+", "A-", "تكبير الخط", "تصغير الخط", "حفظ", "استمع", "استمع للمقال",
)

var followStarts = []string{"تابعونا", "تابعوا", "تابعنا", "تابع", "اشترك", "اشتركوا", "حمل تطبيق", "حملوا تطبيق", "حمل التطبيق", "انضم", "انضموا", "للاشتراك", "لمتابعة", "يمكنكم متابعة", "لمزيد من الأخبار تابعونا", "follow", "subscribe", "join"}

var (
	followStartKeys = keysOf(followStarts)
	followFirst     = firstWords(followStartKeys)
)

func firstWords(ks []string) map[string]bool {
	m := map[string]bool{}
	for _, k := range ks {
		m[strings.Fields(k)[0]] = true
	}
	return m
}

func keysOf(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = key(s)
	}
	return out
}

var followPlatforms = set(
	"فيسبوك", "فيس", "تويتر", "إكس", "يوتيوب", "انستغرام", "انستجرام", "إنستغرام", "انستقرام", "تلغرام", "تيليجرام", "تليجرام", "واتساب", "جوجل", "غوغل", "نيوز", "تيك", "قناتنا", "قناة", "القناة", "تطبيق", "التطبيق", "النشرة", "نشرتنا", "منصة", "منصات", "حساباتنا", "صفحتنا", "موقعنا", "إشعارات", "لتصلك",
	"google", "news", "facebook", "twitter", "telegram", "youtube", "instagram", "tiktok", "whatsapp", "newsletter", "app",
)

// copyrightMarks state copyright anywhere in a short line;
// copyrightStarts only at its start (folded).
var (
	copyrightMarks  = []string{"جميع الحقوق محفوظه", "كل الحقوق محفوظه", "الحقوق محفوظه", "حقوق النشر محفوظه", "all rights reserved"}
	copyrightStarts = []string{"حقوق النشر", "حقوق الطبع", "copyright", "جميع الحقوق"}
)

// captionStarts open image captions and credits (folded).
var captionStarts = []string{"صدر الصوره", "مصدر الصوره", "التعليق علي الصوره", "حقوق الصوره", "صوره ارشيفيه", "getty images", "image source", "image caption", "afp via getty images"}

var navWords = set(
	"الرئيسية", "الصفحة الرئيسية", "القائمة", "بحث", "ابحث", "البحث", "تسجيل الدخول", "تسجيل", "دخول", "english", "français", "menu", "home", "search", "skip to content", "تخطى إلى المحتوى", "انتقل إلى المحتوى", "تخطي إلى المحتوى الرئيسي",
	"عاجل", "التالي", "السابق", "الخبر التالي", "الخبر السابق", "المقال التالي", "المقال السابق", "عودة", "العودة للأعلى", "إلى الأعلى", "الأقسام", "أقسام", "اتصل بنا", "من نحن", "سياسة الخصوصية", "شروط الاستخدام", "أعلن معنا", "خريطة الموقع", "النشرة البريدية", "الأرشيف", "بث مباشر", "مباشر", "فيديو", "صور", "إنفوغراف", "البودكاست",
)

var adWords = set("إعلان", "اعلان", "إعلانات", "advertisement", "ad", "ads", "sponsored", "محتوى مدعوم", "المحتوى المدعوم", "برعاية", "روابط ممولة", "محتوى ممول", "مساحة إعلانية")

var (
	reListMarker = regexp.MustCompile(`(?i)^(list \d+ of \d+|list of \d+ items|end of list|start of list|نهاية القائمة|بداية القائمة)$`)
	reListStart  = regexp.MustCompile(`(?i)^(list 1 of \d+|list of \d+ items)$`)
	reNavSeps    = regexp.MustCompile(`\s+(?:»|«|/|-)\s+|\s*(?:>|›|\||<|‹)\s*`)
)

// lineKind classifies one line outside comment sections by single-line
// rules and returns its boilerplate kind, or "" when it is not furniture.
// Byline, dateline and source lines are handled in source.go, menus and
// breadcrumbs by navLine, which runs after them.
func lineKind(l line) string {
	k, ws := l.Key, l.Keys
	if l.N > longLine {
		return ""
	}
	switch {
	case k == "":
		return marsad.BoilerOther // punctuation, bullets, separators
	case reListMarker.MatchString(strings.TrimSpace(strings.ToLower(l.Text))):
		return marsad.BoilerRelated
	case isCopyright(l.Text, k, ws):
		return marsad.BoilerCopyright
	case isRelatedLine(l.Text, ws):
		return marsad.BoilerRelated
	case isCaption(k, ws):
		return marsad.BoilerCaption
	case isShare(ws):
		return marsad.BoilerShare
	case isFollow(ws):
		return marsad.BoilerFollow
	case adWords[k]:
		return marsad.BoilerAds
	case isCaptionLabel(l.Text, ws):
		return marsad.BoilerCaption
	case len(ws) <= 6 && commentHead(k):
		return marsad.BoilerComments
	}
	if _, ok := dateLineKeys(ws); ok {
		return marsad.BoilerDate
	}
	if _, ok := tagsHead(l.Text, k); ok {
		return marsad.BoilerTags
	}
	return ""
}

func isCopyright(text, k string, ws []string) bool {
	if len(ws) > 25 {
		return false
	}
	if strings.Contains(text, "©") || strings.Contains(text, "(c)") {
		return true
	}
	for _, m := range copyrightMarks {
		if strings.Contains(k, m) {
			return true
		}
	}
	for _, m := range copyrightStarts {
		if strings.HasPrefix(k, m) {
			return true
		}
	}
	return false
}

// isRelatedLine matches a related-links header alone ("اقرأ أيضا") or with
// its item after a colon ("اقرأ أيضًا: روسيا وتركيا ...").
func isRelatedLine(text string, ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	if relatedHeads[strings.Join(ws, " ")] || strings.HasPrefix(ws[0], "اقرا") && len(ws) > 1 && strings.HasPrefix(ws[1], "ايضا") {
		return true
	}
	_, ok := relatedPrefix(text)
	return ok
}

// relatedPrefix reports a header followed by ":" or "-" and an item.
func relatedPrefix(text string) (int, bool) {
	i := indexSep(text, 64, false)
	if i <= 0 {
		return 0, false
	}
	h := key(text[:i])
	if relatedHeads[h] && h != "شاهد" && h != "اقرا" && h != "للمزيد" && h != "المزيد من" {
		return i, true
	}
	return 0, false
}

func isCaption(k string, ws []string) bool {
	if len(ws) > 40 {
		return false
	}
	for _, c := range captionStarts {
		if k == c || strings.HasPrefix(k, c+" ") {
			return true
		}
	}
	switch k {
	case "ارشيفيه", "صوره ارشيفيه", "صوره", "صور", "صوره تعبيريه", "تعبيريه":
		return true
	}
	return false
}

// isShare matches a line made only of share-button labels.
func isShare(ws []string) bool {
	if len(ws) == 0 || len(ws) > 12 {
		return false
	}
	for i := 0; i < len(ws); {
		n := 0
		for j := min(len(ws), i+4); j > i; j-- {
			if shareWords[strings.Join(ws[i:j], " ")] {
				n = j - i
				break
			}
		}
		if n == 0 {
			return false
		}
		i += n
	}
	return !(len(ws) == 1 && ws[0] == "x")
}

func isFollow(ws []string) bool {
	if len(ws) < 2 || len(ws) > 25 || !followFirst[ws[0]] {
		return false
	}
	start := false
	for _, f := range followStartKeys {
		if hasPrefixWords(ws, f) {
			start = true
			break
		}
	}
	if !start {
		return false
	}
	for _, w := range ws[1:] {
		if followPlatforms[w] || followPlatforms[strings.TrimPrefix(w, "و")] || followPlatforms[strings.TrimPrefix(w, "ع")] {
			return true
		}
	}
	return false
}

// isNav matches menu words alone and breadcrumbs ("الرئيسية > أخبار > مصر").
func isNav(text, k string, ws []string) bool {
	if navWords[k] {
		return true
	}
	if !strings.ContainsAny(text, ">›|<‹»«/-") || hasDigit(text) {
		return false
	}
	t := strings.TrimSpace(text)
	parts := reNavSeps.Split(t, -1)
	if len(parts) < 3 {
		return len(parts) == 2 && navWords[key(parts[0])] && len(keyWords(parts[1])) <= 4
	}
	for _, p := range parts {
		if n := len(keyWords(p)); n > 3 || n == 0 {
			return false
		}
	}
	return sameSeps(reNavSeps.FindAllString(t, -1)) && !endsPunct(text)
}

// sameSeps reports whether all separators are the same character.
func sameSeps(seps []string) bool {
	for _, s := range seps {
		if strings.TrimSpace(s) != strings.TrimSpace(seps[0]) {
			return false
		}
	}
	return true
}

// isCaptionLabel matches short "الصورة: ..." / "تصوير: ..." credits.
func isCaptionLabel(text string, ws []string) bool {
	if len(ws) > 12 {
		return false
	}
	i := strings.IndexByte(text, ':')
	if j := strings.Index(text, "："); i < 0 || j >= 0 && j < i {
		i = j
	}
	if i <= 0 {
		return false
	}
	switch key(text[:i]) {
	case "الصوره", "صوره", "تصوير", "الفيديو", "فيديو", "photo", "image", "الصور", "تصوير فوتوغرافي":
		return true
	}
	return false
}

// hasDigit reports an ASCII or Arabic-Indic digit in s.
func hasDigit(s string) bool {
	for _, r := range s {
		if r >= '0' && r <= '9' || r >= 0x0660 && r <= 0x0669 || r >= 0x06F0 && r <= 0x06F9 {
			return true
		}
	}
	return false
}

// navLine matches menus and breadcrumbs.
func navLine(l line) bool {
	if l.N > 24 {
		return false
	}
	return isNav(l.Text, l.Key, l.Keys)
}
