package structure

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// addFixtures seeds f with the fixtures of the given extension.
func addFixtures(f *testing.F, ext string) {
	files, _ := filepath.Glob(filepath.Join(fixtureDir, "*"+ext))
	for _, p := range files {
		if raw, err := os.ReadFile(p); err == nil {
			f.Add(raw)
		}
	}
}

// fuzzCheck parses raw and checks that bad input gives EINVALID and good
// input keeps the offset contract. A watchdog turns a hang into a crash,
// which the fuzzer reports with its input.
func fuzzCheck(t *testing.T, raw []byte, opt Options) {
	done := make(chan bool)
	defer close(done)
	go func() {
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			panic(fmt.Sprintf("Parse ran over 20s on %d bytes: %.200q", len(raw), raw))
		}
	}()
	text, st, _, err := Parse(raw, opt)
	if err != nil {
		if marsad.ErrorCode(err) != marsad.EINVALID {
			t.Fatalf("error %v is not EINVALID", err)
		}
		return
	}
	if err := validUTF8(text); err != nil {
		t.Fatal(err)
	}
	if err := checkStructure(text, st); err != nil {
		t.Fatalf("%v\ninput %q", err, raw)
	}
}

func FuzzParseText(f *testing.F) {
	addFixtures(f, ".txt")
	for _, s := range []string{"", "\n", "عدد الردود 0\nبواسطة:\n", "التعليقات\n1 -\n", "a\r\rb\u2028c", "اقرأ أيضا\nlist 1 of 2\nend of list", "\xff\xfe"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		fuzzCheck(t, raw, Options{ContentType: "text/plain"})
	})
}

func FuzzParseHTML(f *testing.F) {
	addFixtures(f, ".html")
	for _, s := range []string{"<p>", "<div class=comment><b>x</b></div>", "<h1>عنوان<p>فقرة", "<script>x</script>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		fuzzCheck(t, raw, Options{ContentType: "text/html"})
	})
}
