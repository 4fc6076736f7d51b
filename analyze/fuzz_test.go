package analyze

import (
	"testing"
	"unicode/utf8"

	marsad "github.com/marsad/marsad"
)

// FuzzAnalyze runs the whole pipeline on arbitrary bytes: it must never
// panic, its text must be valid UTF-8, and every item's offsets must be in
// range with text[start:end] equal to the item's surface.
func FuzzAnalyze(f *testing.F) {
	f.Add([]byte("أكد الجيش الوطنى الليبى، أن القوات باقية فى طرابلس.\nعدد الردود 0\nبواسطة:\nقارئ\nعنوان\nنص التعليق."))
	f.Add([]byte("<html><head><meta charset=windows-1256></head><body><p>\xc7\xe1\xdb\xd1\xc8</p><script>alert(1)</script></body></html>"))
	f.Add([]byte("The army said on Monday. «قال» \xff\xfe #وسم @user https://x.com a@b.co ٢٧٫٢٥٪"))
	an := New(Options{})
	f.Fuzz(func(t *testing.T, raw []byte) {
		doc, err := an.Analyze("fuzz", raw)
		if err != nil {
			if marsad.ErrorCode(err) != marsad.EINVALID {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if !utf8.ValidString(doc.Text) {
			t.Fatalf("invalid UTF-8 text %+q", doc.Text)
		}
		CheckOffsets(t, doc)
	})
}
