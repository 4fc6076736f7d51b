package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	os.MkdirAll(filepath.Dir(p), 0o755)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func gz(s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

func readAllRecords(paths []string, stdin string) []Record {
	var out []Record
	Read(paths, strings.NewReader(stdin), func(r Record) bool { out = append(out, r); return true })
	return out
}

func TestReadFormats(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.jsonl", `{"docno":"D1","src":"cnn","time":"Thu, 01 Mar 2018 09:53:40 +0400","title":"عنوان","text":"نص أول"}`+"\n\n"+
		`not json`+"\n"+`{"url":"http://x/2","text":"نص ثان"}`+"\n")
	write(t, dir, "sub/b.json", `[{"source":"okaz","url":"http://y/1","date_extracted":"2015-08-01 08:00:57","title":"ت","content":"محتوى"},{"title":"","content":" "}]`)
	write(t, dir, "sub/c.txt", "العنوان القصير\nالنص الكامل هنا.")
	write(t, dir, "sub/d.html", "<html><head><title>صفحة &amp; خبر</title></head><body><p>نص</p></body></html>")
	write(t, dir, "e.jsonl.gz", gz(`{"id":7,"text":"مضغوط"}`+"\n"))
	write(t, dir, "skip.csv", "a,b")
	recs := readAllRecords([]string{dir}, "")
	var origins, errs []string
	for _, r := range recs {
		if r.Err != nil {
			errs = append(errs, r.Origin)
		} else {
			origins = append(origins, strings.TrimPrefix(r.Origin, dir+"/"))
		}
	}
	want := "a.jsonl#1 a.jsonl#4 e.jsonl.gz#1 sub/b.json#0 sub/c.txt sub/d.html"
	if got := strings.Join(origins, " "); got != want {
		t.Errorf("origins:\n got %s\nwant %s", got, want)
	}
	if len(errs) != 2 {
		t.Errorf("errors at %v, want a.jsonl#3 and sub/b.json#1", errs)
	}
	byOrigin := map[string]Record{}
	for _, r := range recs {
		byOrigin[strings.TrimPrefix(r.Origin, dir+"/")] = r
	}
	if r := byOrigin["a.jsonl#1"]; r.ID != "D1" || r.Outlet != "cnn" || r.Title != "عنوان" || parseTime(r.Published) != "2018-03-01T05:53:40Z" {
		t.Errorf("jsonl record: %+v", r)
	}
	if r := byOrigin["sub/b.json#0"]; r.Outlet != "okaz" || r.Text != "محتوى" || r.docID() != "http://y/1" {
		t.Errorf("json record: %+v", r)
	}
	if r := byOrigin["sub/c.txt"]; r.Title != "العنوان القصير" || r.Text != "النص الكامل هنا." {
		t.Errorf("txt record: %+v", r)
	}
	if r := byOrigin["sub/d.html"]; r.HTML == nil || r.Title != "صفحة & خبر" {
		t.Errorf("html record: %+v", r)
	}
	if r := byOrigin["e.jsonl.gz#1"]; r.ID != "7" || r.Text != "مضغوط" {
		t.Errorf("gz record: %+v", r)
	}
}

func TestReadStdinSniffs(t *testing.T) {
	for _, tt := range []struct{ in, origin string }{
		{`[{"text":"أ"}]`, "stdin#0"},
		{`{"text":"أ"}` + "\n", "stdin#1"},
		{"<html><title>x</title>نص</html>", "stdin"},
		{"نص عادي", "stdin"},
	} {
		recs := readAllRecords([]string{Stdin}, tt.in)
		if len(recs) != 1 || recs[0].Err != nil || recs[0].Origin != tt.origin {
			t.Errorf("stdin %q: %+v", tt.in, recs)
		}
	}
}

func TestReadMissingFile(t *testing.T) {
	recs := readAllRecords([]string{filepath.Join(t.TempDir(), "nope.jsonl")}, "")
	if len(recs) != 1 || recs[0].Err == nil {
		t.Errorf("missing file: %+v", recs)
	}
}

func TestParseTime(t *testing.T) {
	for in, want := range map[string]string{
		"Thu, 01 Mar 2018 09:53:40 +0400": "2018-03-01T05:53:40Z",
		"2017-01-20T21:43:00+01:00":       "2017-01-20T20:43:00Z",
		"2015-08-01 08:00:57":             "2015-08-01T08:00:57Z",
		"2015-08-01":                      "2015-08-01",
		"20180301":                        "2018-03-01",
		"yesterday":                       "",
		"":                                "",
	} {
		if got := parseTime(in); got != want {
			t.Errorf("parseTime(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte(`{"docno":"D1","text":"نص"}` + "\n" + `{"text":1}` + "\nnot json\n"))
	f.Add([]byte("{}\n\n\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		readJSONL(bufio.NewReader(bytes.NewReader(b)), "f", func(r Record) bool {
			checkRecord(t, r)
			return true
		})
	})
}

func FuzzReadJSON(f *testing.F) {
	f.Add([]byte(`[{"url":"u","content":"نص"},{"title":"t"}]`))
	f.Add([]byte(`{"text":"a"} {"text":"b"}`))
	f.Add([]byte(`[`))
	f.Fuzz(func(t *testing.T, b []byte) {
		n := 0
		readJSON(bufio.NewReader(bytes.NewReader(b)), "f", func(r Record) bool {
			checkRecord(t, r)
			n++
			return n < 1000
		})
	})
}

func FuzzReadText(f *testing.F) {
	f.Add([]byte("عنوان\nنص"))
	f.Add([]byte("<html><title>x</title></html>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		readText(bufio.NewReader(bytes.NewReader(b)), "f", func(r Record) bool { checkRecord(t, r); return true })
		readHTML(bufio.NewReader(bytes.NewReader(b)), "f", func(r Record) bool { checkRecord(t, r); return true })
		parseTime(string(b))
	})
}

// checkRecord: a record is either an error or has something to analyse,
// and always an origin.
func checkRecord(t *testing.T, r Record) {
	t.Helper()
	if r.Origin == "" {
		t.Fatalf("record without origin: %+v", r)
	}
	if r.Err == nil && strings.TrimSpace(r.Text) == "" && r.Title == "" && r.HTML == nil {
		t.Fatalf("empty record without error: %+v", r)
	}
}
