package structure

import (
	"regexp"
	"strings"
)

// ck is the role a line plays inside a comment section.
type ck uint8

const (
	ckText    ck = iota // comment text (or an author, by position)
	ckReplies           // "عدد الردود 3"
	ckBy                // "بواسطة:" with or without the author
	ckNum               // "1 -", "1 - مغربي حر", "#3"
	ckAuthor            // an author line opening an entry (name, then a date)
	ckDate              // a date or time
	ckForm              // headers, form labels, buttons, counts, policies
	ckEnd               // furniture that ends the comment section
)

// commentHeads are comment-section headers (folded keys).
var commentHeads = set(
	"التعليقات", "تعليقات", "تعليقات القراء", "تعليقات الزوار", "تعليقات الفيسبوك", "تعليقات فيسبوك", "تعليقات المستخدمين", "آراء القراء", "اراء القراء", "آخر التعليقات", "التعليقات المنشورة",
	"أضف تعليق", "اضف تعليق", "أضف تعليقك", "اضف تعليقك", "أضف تعليقا", "إضافة تعليق", "اضافة تعليق", "اترك تعليقا", "اترك تعليقاً", "اترك تعليقك", "اكتب تعليقك", "اكتب تعليقا", "علق على الخبر", "شارك برأيك", "شاركنا رأيك",
	"لا توجد تعليقات", "لا توجد تعليقات على الخبر", "لا توجد تعليقات على المقال", "لا يوجد تعليقات", "لا تعليقات", "كن أول من يعلق", "كن أول من يعلق على الخبر", "كن أول من يعلق على المقال", "التعليقات مغلقة",
	"comments", "leave a comment", "add a comment", "add comment", "no comments", "comments are closed",
)

// commentForm are labels and buttons of comment widgets (folded keys).
var commentForm = set(
	"الاسم", "اسمك", "الاسم الكامل", "الاسم المستعار", "البريد الإلكتروني", "بريدك الإلكتروني", "البريد", "الدولة", "المدينة", "عنوان التعليق", "العنوان", "التعليق", "نص التعليق", "تعليقك", "اكتب تعليقك هنا",
	"إرسال", "أرسل", "ارسل", "إرسال التعليق", "أرسل تعليقك", "نشر", "نشر التعليق", "إلغاء", "موافق", "تسجيل الدخول للتعليق", "سجل الدخول للتعليق",
	"رد", "الرد", "ردود", "إعجاب", "أعجبني", "لا يعجبني", "تبليغ", "إبلاغ", "الإبلاغ عن إساءة", "إبلاغ عن إساءة", "إبلاغ عن تعليق", "الرد على التعليق", "عرض الردود", "إخفاء الردود", "مشاركة",
	"عرض المزيد", "المزيد", "المزيد من التعليقات", "عرض المزيد من التعليقات", "تحميل المزيد", "تحميل المزيد من التعليقات", "شروط التعليق", "شروط النشر", "ترتيب حسب", "الأحدث", "الأقدم", "الأكثر تفاعلا", "الأفضل",
	"reply", "like", "likes", "report", "share", "send", "submit", "cancel", "load more", "show more", "oldest", "newest", "top comments",
)

// commentPolicyStarts open the outlet's notes on comments (folded).
var commentPolicyStarts = []string{"التعليقات لا تعبر", "التعليقات المنشوره لا تعبر", "جميع التعليقات", "المرجو", "الرجاء", "يرجي", "تنويه", "لن يتم نشر", "الحقول المطلوبه", "حقول مطلوبه", "لن يتم نشر عنوان بريدك", "الاراء الوارده", "اي تعليق", "تخضع التعليقات"}

var likeWords = set("إعجاب", "اعجاب", "أعجبني", "رد", "ردود", "likes", "like", "لايك", "تعليق", "تعليقات", "تعليقا", "مشاركة", "·", "س", "د", "ي", "h", "m", "d")

var (
	reNum     = regexp.MustCompile(`^(?:#\s*)?(\d{1,4})\s*(?:[-–—.)]|$)\s*`)
	reCount   = regexp.MustCompile(`^[\(\[]?\d{1,6}[\)\]]?$`)
	reBy      = regexp.MustCompile(`^(?:بواسطة|بواسطه|[Bb]y)\s*(?:[:：]\s*|$)`)
	replyKeys = set("الردود", "ردود", "رد", "الرد", "ردا", "replies", "reply")
)

// commentHead reports a comment-section header, with or without a count.
func commentHead(k string) bool {
	if commentHeads[k] {
		return true
	}
	ws := strings.Fields(k)
	var rest []string
	for _, w := range ws {
		if !reCount.MatchString(w) && w != "عدد" {
			rest = append(rest, w)
		}
	}
	if len(rest) == len(ws) || len(rest) == 0 {
		return false
	}
	r := strings.Join(rest, " ")
	return commentHeads[r] || r == "تعليق" || r == "تعليقا"
}

// commentFormLine reports comment-widget furniture.
func commentFormLine(k string) bool {
	if commentForm[k] || commentHead(k) {
		return true
	}
	for _, p := range commentPolicyStarts {
		if strings.HasPrefix(k, p) {
			return len(strings.Fields(k)) <= 60
		}
	}
	return countLine(k)
}

// countLine reports lines of counts and action words: "12", "(3)",
// "أعجبني · رد · 3 س", "5 إعجاب".
func countLine(k string) bool {
	ws := strings.Fields(k)
	if len(ws) == 0 || len(ws) > 8 {
		return false
	}
	for _, w := range ws {
		if !reCount.MatchString(w) && !likeWords[w] && !commentForm[w] && !reTime.MatchString(w) {
			return false
		}
	}
	return true
}

// replies reads "عدد الردود 3", "3 ردود", "الردود (3)".
func replies(k string) (int, bool) {
	ws := strings.Fields(strings.TrimPrefix(k, "عدد "))
	if len(ws) != 2 {
		return 0, false
	}
	for i := 0; i < 2; i++ {
		n := atoi(strings.Trim(ws[i], "()[]"))
		if n >= 0 && replyKeys[ws[1-i]] {
			return n, true
		}
	}
	return 0, false
}
