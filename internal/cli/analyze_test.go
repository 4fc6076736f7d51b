package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/shareddata"
)

// run calls Main and returns exit code, stdout and stderr.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// checkDoc verifies the offset contract on every item of a document.
func checkDoc(t *testing.T, d *marsad.Document) {
	t.Helper()
	runes := []rune(d.Text)
	prev := 0
	for i, tok := range d.Tokens {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > len(runes) {
			t.Fatalf("token %d %+q: bad offsets [%d,%d)", i, tok.Text, tok.Start, tok.End)
		}
		if got := string(runes[tok.Start:tok.End]); got != tok.Text {
			t.Fatalf("token %d: text[%d:%d] = %+q, want %+q", i, tok.Start, tok.End, got, tok.Text)
		}
		prev = tok.End
	}
	prev = 0
	for i, s := range d.Sentences {
		if s.Start < prev || s.End <= s.Start || s.End > len(runes) {
			t.Fatalf("sentence %d: bad offsets [%d,%d)", i, s.Start, s.End)
		}
		prev = s.End
	}
}

func TestAnalyzeSeed(t *testing.T) {
	seed := shareddata.Require(t, "seed", "000_41f02a5e8c32960a.txt")
	code, out, stderr := run(t, "", "analyze", seed)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var d marsad.Document
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(seed)
	if d.Text != string(raw) || d.Lang != "ar" {
		t.Fatalf("text changed or lang %q", d.Lang)
	}
	checkDoc(t, &d)
	if len(d.Tokens) != 414 || len(d.Sentences) < 10 {
		t.Errorf("%d tokens (want 414), %d sentences (want ≥ 10)", len(d.Tokens), len(d.Sentences))
	}
	checkSeedStructure(t, &d)
	byText := map[string]marsad.Token{}
	for _, tok := range d.Tokens {
		byText[tok.Text] = tok
	}
	// Egyptian spelling normalizes to the standard one.
	for surface, norm := range map[string]string{"الوطنى": "الوطني", "فى": "في", "الليبى": "الليبي", "العاصمة": "العاصمه", "مسئول": "مسيول"} {
		if got := byText[surface].Norm; got != norm {
			t.Errorf("norm(%+q) = %+q, want %+q", surface, got, norm)
		}
	}
	if a, b := byText["الوطنى"], byText["الوطني"]; a.Stem == "" || a.Stem != b.Stem || a.Root != b.Root {
		t.Errorf("الوطنى and الوطني differ: %+q/%+q vs %+q/%+q", a.Stem, a.Root, b.Stem, b.Root)
	}
}

func TestAnalyzeBadInput(t *testing.T) {
	empty := writeTemp(t, "empty.txt", nil)
	code, out, stderr := run(t, "", "analyze", empty)
	if code != ExitUsage || out != "" || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, "empty") {
		t.Errorf("empty file: exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	code, _, stderr = run(t, "", "analyze", filepath.Join(t.TempDir(), "missing.txt"))
	if code != ExitUsage || strings.Count(stderr, "\n") != 1 {
		t.Errorf("missing file: exit %d, stderr %q", code, stderr)
	}
	big := writeTemp(t, "big.txt", bytes.Repeat([]byte("نص "), 100))
	code, _, stderr = run(t, "", "analyze", "--max-bytes", "100", big)
	if code != ExitUsage || !strings.Contains(stderr, "limit") {
		t.Errorf("too large: exit %d, stderr %q", code, stderr)
	}
	code, _, _ = run(t, "   \n\t ", "analyze")
	if code != ExitUsage {
		t.Errorf("blank stdin: exit %d", code)
	}
}

func TestAnalyzeInvalidUTF8(t *testing.T) {
	code, out, stderr := run(t, "نص \xff\xfe عربي", "analyze")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var d marsad.Document
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(d.Text, "نص \uFFFD") || !strings.HasSuffix(d.Text, "\uFFFD عربي") || !strings.Contains(stderr, "invalid UTF-8") {
		t.Errorf("text %+q, stderr %q", d.Text, stderr)
	}
	checkDoc(t, &d)
}

func TestAnalyzeEnglish(t *testing.T) {
	code, out, _ := run(t, "The army said on Monday that its forces would stay in the capital.", "analyze")
	var d marsad.Document
	if err := json.Unmarshal([]byte(out), &d); code != 0 || err != nil {
		t.Fatalf("exit %d, %v", code, err)
	}
	if d.Lang != "en" {
		t.Errorf("lang = %q", d.Lang)
	}
	for _, s := range d.Stages {
		if s == "stem" || s == "root" || s == "segment" {
			t.Errorf("Arabic stage %q ran on English", s)
		}
	}
	if len(d.Warnings) == 0 || !strings.Contains(d.Warnings[0], "not Arabic") {
		t.Errorf("no warning that Arabic stages were skipped: %q", d.Warnings)
	}
	for _, tok := range d.Tokens {
		if tok.Stem != "" || tok.Root != "" {
			t.Errorf("token %q has stem/root on English text", tok.Text)
		}
	}
}

func TestAnalyzeSeveralFilesJSONL(t *testing.T) {
	a := writeTemp(t, "a.txt", []byte("وصل الوفد إلى القاهرة."))
	b := writeTemp(t, "b.txt", []byte("بدأت المحادثات."))
	code, out, _ := run(t, "", "analyze", a, b)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 2 {
		t.Fatalf("exit %d, %d lines", code, len(lines))
	}
	for i, l := range lines {
		var d marsad.Document
		if err := json.Unmarshal([]byte(l), &d); err != nil || d.File != []string{a, b}[i] {
			t.Errorf("line %d: %v file %q", i, err, d.File)
		}
	}
}

func TestAnalyzeFormats(t *testing.T) {
	for _, f := range []string{"text", "conll", "jsonl", "json"} {
		code, out, stderr := run(t, "وصل الوفد. بدأت المحادثات.", "analyze", "--format", f)
		if code != 0 || !strings.Contains(out, "المحادثات") {
			t.Errorf("--format %s: exit %d, %q", f, code, stderr)
		}
	}
	if code, _, _ := run(t, "x", "analyze", "--format", "xml"); code != ExitUsage {
		t.Errorf("bad format: exit %d", code)
	}
	if code, _, stderr := run(t, "", "analyze", "-h"); code != 0 || !strings.Contains(stderr, "Usage") {
		t.Errorf("-h: exit %d", code)
	}
}

// checkSeedStructure: the article ends before the comment block, which
// holds exactly one comment, and every token says which part it is in.
func checkSeedStructure(t *testing.T, d *marsad.Document) {
	t.Helper()
	runes := []rune(d.Text)
	cut := strings.Index(d.Text, "عدد الردود")
	cutRunes := len([]rune(d.Text[:cut]))
	if len(d.Body) == 0 || d.Body[len(d.Body)-1].End > cutRunes {
		t.Fatalf("body does not end before the comment block: %v", d.Body)
	}
	if len(d.Comments) != 1 || d.Comments[0].Author != "أبو وهبه المصري" || d.Comments[0].Title != "كل التحية والتقدير للجيش الوطني الليبي وقائدة" {
		t.Fatalf("comments = %+v", d.Comments)
	}
	c := d.Comments[0]
	if !strings.HasPrefix(string(runes[c.Start:c.End]), "عدد الردود") || !strings.HasPrefix(c.Text, "هذا البطل المقدام") {
		t.Errorf("comment span %q", string(runes[c.Start:c.End]))
	}
	for _, tok := range d.Tokens {
		want := marsad.SectionBody
		if tok.Start >= c.Start {
			want = marsad.SectionComment
		}
		if tok.Section != want {
			t.Fatalf("token %q at %d: section %q, want %q", tok.Text, tok.Start, tok.Section, want)
		}
	}
	for _, q := range d.Quotes {
		if q.Section != marsad.SectionBody {
			t.Errorf("quote %q from the %s: a reader's words became the outlet's", q.Text, q.Section)
		}
	}
}
