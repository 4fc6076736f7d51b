package structure

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchText is the plain-text fixtures joined into one large document.
func benchText(b *testing.B) []byte {
	files, _ := filepath.Glob(filepath.Join(fixtureDir, "*.txt"))
	var sb strings.Builder
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(raw)
		sb.WriteString("\n")
	}
	return []byte(sb.String())
}

// BenchmarkParseText measures the plain-text path on every fixture.
func BenchmarkParseText(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(fixtureDir, "*.txt"))
	var docs [][]byte
	n := 0
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		docs = append(docs, raw)
		n += len(raw)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, _, _, err := Parse(d, Options{FileName: "x.txt"}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseTextLarge measures one large plain-text document.
func BenchmarkParseTextLarge(b *testing.B) {
	raw := benchText(b)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, _, err := Parse(raw, Options{FileName: "x.txt"}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseHTML measures the HTML path on the HTML fixtures.
func BenchmarkParseHTML(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(fixtureDir, "*.html"))
	var docs [][]byte
	n := 0
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		docs = append(docs, raw)
		n += len(raw)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, _, _, err := Parse(d, Options{FileName: "x.html"}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseTextSeedLike measures a 1 MB document of article
// paragraphs (the common case: long lines, few furniture lines).
func BenchmarkParseTextSeedLike(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString(arPara + " " + arPara + "\n")
	}
	raw := []byte(sb.String())
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, _, err := Parse(raw, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
