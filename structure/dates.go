package structure

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// months maps folded month names (Egyptian/Gulf, Levantine, Moroccan and
// Algerian/Tunisian usage) to month numbers.
var months = map[string]int{
	"يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
	"شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9,
	"ماي": 5, "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
	"جانفي": 1, "فيفري": 2, "افريل": 4, "جوان": 6, "جويليه": 7, "اوت": 8,
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

// twoWordMonths are the Levantine months written in two words.
var twoWordMonths = map[string]int{
	"كانون الثاني": 1, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
}

// dateVocab are the words a date line may hold besides numbers and months.
var dateVocab = set(
	"السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "يوم",
	"نشر", "نشرت", "نشر في", "في", "آخر", "تحديث", "التحديث", "تم", "تاريخ", "النشر", "بتاريخ", "الموافق", "الساعة", "الوقت",
	"م", "ص", "مساء", "مساءً", "صباحا", "صباحاً", "ظهرا", "فجرا", "gmt", "utc", "gst", "ksa", "am", "pm", "بتوقيت", "توقيت", "غرينتش", "جرينتش", "غرينيتش", "مكة", "المكرمة", "أبوظبي", "القاهرة", "السعودية", "الرياض", "الرباط", "دبي", "بيروت", "الدوحة", "موسكو", "باريس", "لندن", "المغرب",
	"هـ", "ه", "مـ", "رقم", "العدد", "منذ", "قبل", "ساعة", "ساعات", "ساعتين", "دقيقة", "دقائق", "دقيقتين", "ثانية", "أيام", "يومين", "أسبوع", "أسابيع", "شهر", "أشهر", "updated", "published", "من", "و",
	"محرم", "صفر", "ربيع", "الأول", "الثاني", "الآخر", "جمادى", "الأولى", "الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو", "ذي", "القعدة", "الحجة",
	"كانون", "تشرين",
)

var (
	reDMY   = regexp.MustCompile(`(?:^|[^\d])(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?:$|[^\d])`)
	reYMD   = regexp.MustCompile(`(?:^|[^\d])(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})(?:$|[^\d])`)
	reTime  = regexp.MustCompile(`^\d{1,2}:\d{2}(?::\d{2})?$`)
	reDigit = regexp.MustCompile(`^[\d.,:/\-\[\]()]+$`)
)

// parseDate reads the first Gregorian date in the folded words ks and
// returns it as 2006-01-02.
func parseDate(ks []string) (string, bool) {
	for _, k := range ks {
		if iso, ok := numericDate(k); ok {
			return iso, true
		}
	}
	for i := range ks {
		m, n := monthAt(ks, i)
		if m == 0 {
			continue
		}
		d, y := numBefore(ks, i, 1, 31), numAfter(ks, i+n, 1900, 2100)
		if d > 0 && y > 0 {
			return isoDate(y, m, d)
		}
	}
	return "", false
}

// numericDate reads 13/01/2020, 13-01-2020, 13.01.2020 or 2020-01-13.
func numericDate(k string) (string, bool) {
	if m := reYMD.FindStringSubmatch(k); m != nil {
		return isoDate(atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	if m := reDMY.FindStringSubmatch(k); m != nil {
		return isoDate(atoi(m[3]), atoi(m[2]), atoi(m[1]))
	}
	return "", false
}

func isoDate(y, m, d int) (string, bool) {
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// monthAt returns the month named at ks[i] and how many words it takes.
func monthAt(ks []string, i int) (int, int) {
	if i+1 < len(ks) {
		if m := twoWordMonths[ks[i]+" "+ks[i+1]]; m > 0 {
			return m, 2
		}
	}
	return months[ks[i]], 1
}

// numBefore finds a number in [lo,hi] among the two words before i.
func numBefore(ks []string, i, lo, hi int) int {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if n := atoi(strings.Trim(ks[j], ".,،")); n >= lo && n <= hi {
			return n
		}
	}
	return 0
}

// numAfter finds a number in [lo,hi] among the four words from i,
// skipping a second month name ("يناير/ كانون الثاني 2020").
func numAfter(ks []string, i, lo, hi int) int {
	for j := i; j < len(ks) && j < i+4; j++ {
		if n := atoi(strings.Trim(ks[j], ".,،")); n >= lo && n <= hi {
			return n
		}
	}
	return 0
}

// isDateWord reports whether k can be part of a date line.
func isDateWord(k string) bool {
	if dateVocab[k] || months[k] > 0 {
		return true
	}
	if k != "" && (k[0] >= '0' && k[0] <= '9' || k[0] == '[' || k[0] == '(') && (reDigit.MatchString(k) || reTime.MatchString(k)) {
		return true
	}
	if strings.HasPrefix(k, "و") && dateVocab[k[len("و"):]] {
		return true
	}
	return false
}

// dateLine reports whether s is a line that only states a date or time
// ("الإثنين، 13 يناير 2020 10:00 ص", "نشر في: 12/01/2020", "منذ ساعتين"),
// and returns the date when it can be read.
func dateLine(s string) (iso string, ok bool) {
	return dateLineKeys(keyWords(s))
}

// dateLineKeys is dateLine on folded words.
func dateLineKeys(ks []string) (iso string, ok bool) {
	if len(ks) == 0 || len(ks) > 30 {
		return "", false
	}
	for _, k := range ks {
		if !isDateWord(k) {
			return "", false
		}
	}
	iso, found := parseDate(ks)
	if found || hasTimeOrRelative(ks) {
		return iso, true
	}
	return "", false
}

// hasTimeOrRelative reports a clock time or a relative date ("منذ ساعتين").
func hasTimeOrRelative(ks []string) bool {
	for i, k := range ks {
		if reTime.MatchString(k) || ((k == "منذ" || k == "قبل") && i+1 < len(ks)) {
			return true
		}
	}
	return false
}

// dateTail finds where a trailing date starts in ws ("كتب محمد أحمد
// الإثنين، 13 يناير 2020"): the index of its first word, or len(ws).
func dateTail(ws []word) (int, string) {
	i := len(ws)
	for i > 0 && (ws[i-1].Key == "" || isDateWord(ws[i-1].Key)) {
		i--
	}
	for i < len(ws) && (ws[i].Key == "" || ws[i].Key == "و" || ws[i].Key == "في" || ws[i].Key == "من") {
		i++
	}
	ks := make([]string, 0, len(ws)-i)
	for _, w := range ws[i:] {
		if w.Key != "" {
			ks = append(ks, w.Key)
		}
	}
	if iso, ok := parseDate(ks); ok {
		return i, iso
	}
	if len(ks) > 0 && hasTimeOrRelative(ks) {
		return i, ""
	}
	return len(ws), ""
}
