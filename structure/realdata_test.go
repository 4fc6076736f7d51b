package structure

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/shareddata"
)

// realDoc is an article from a shared corpus: its title and text as the
// corpus crawler extracted them.
type realDoc struct {
	Src, Title, Text string
}

// antDocs reads up to n articles from an ANT corpus JSONL file.
func antDocs(t *testing.T, path string, n int) []realDoc {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []realDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() && len(out) < n {
		var d struct{ Src, Title, Text string }
		if json.Unmarshal(sc.Bytes(), &d) == nil && d.Text != "" {
			out = append(out, realDoc{d.Src, d.Title, d.Text})
		}
	}
	return out
}

// saudiDocs reads the articles of one SaudiNewsNet day file.
func saudiDocs(t *testing.T, path string) []realDoc {
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var ds []struct{ Source, Title, Content string }
	if err := json.Unmarshal(raw, &ds); err != nil {
		t.Fatal(err)
	}
	var out []realDoc
	for _, d := range ds {
		out = append(out, realDoc{d.Source, d.Title, d.Content})
	}
	return out
}

// retention parses title + text of each article and counts the article
// lines that stay body and the titles found; it returns the lines that
// did not stay body, for review.
func retention(t *testing.T, docs []realDoc) (kept, total, titles int, lost []string) {
	for _, d := range docs {
		in := d.Title + "\n" + d.Text
		text, st, _, err := Parse([]byte(in), Options{ContentType: "text/plain"})
		if err != nil {
			continue
		}
		if err := checkStructure(text, st); err != nil {
			t.Fatalf("%s: %v", d.Src, err)
		}
		if st.Title != nil && string([]rune(text)[st.Title.Start:st.Title.End]) == strings.TrimFunc(d.Title, isTrim) {
			titles++
		}
		body := bodySet(text, st)
		for _, l := range strings.Split(d.Text, "\n") {
			if l = strings.TrimFunc(l, isTrim); l == "" {
				continue
			}
			total++
			if body[l] || body[datelineRest(l)] {
				kept++
			} else {
				lost = append(lost, d.Src+": "+l)
			}
		}
	}
	return kept, total, titles, lost
}

// datelineRest is l without a dateline opening it ("سبق- الرياض: ...").
func datelineRest(l string) string {
	if n, _, ok := datelinePrefix(l); ok {
		return strings.TrimFunc(l[n:], isTrim)
	}
	return l
}

func bodySet(text string, st marsad.Structure) map[string]bool {
	rs := []rune(text)
	m := map[string]bool{}
	for _, b := range st.Body {
		m[string(rs[b.Start:b.End])] = true
	}
	return m
}

// TestRealArticlesStayBody runs the plain-text rules over articles other
// people extracted from the outlets' pages (ANT: Al Arabiya, BBC, CNN,
// France 24, Sky News, Jawhara FM; SaudiNewsNet: ten Saudi outlets). Their
// lines are nearly all article text, so nearly all must stay body; the
// lines that do not are logged for review (most are real bylines and
// source lines the crawlers kept).
func TestRealArticlesStayBody(t *testing.T) {
	ant := shareddata.Require(t, "data", "antcorpus-multisource", "ant_multisource_v2.1_2018-03_to_2018-04.jsonl")
	saudi := shareddata.Require(t, "data", "saudinewsnet", "2015-08-01.json")
	jaw := shareddata.Require(t, "data", "antcorpus-jawharafm", "ant_v1.1_jawharafm_all.jsonl")
	n := 1500
	if os.Getenv("STRUCTURE_ALL") != "" {
		n = 1 << 30
	}
	docs := antDocs(t, ant, n)
	docs = append(docs, antDocs(t, jaw, n/5)...)
	docs = append(docs, saudiDocs(t, saudi)...)
	kept, total, titles, lost := retention(t, docs)
	rate := float64(kept) / float64(total)
	t.Logf("%d articles: %d of %d lines stay body (%.4f); title found in %d (%.4f)",
		len(docs), kept, total, rate, titles, float64(titles)/float64(len(docs)))
	if os.Getenv("STRUCTURE_LOST") != "" {
		os.WriteFile(filepath.Join(os.TempDir(), "structure_lost.txt"), []byte(strings.Join(lost, "\n")), 0o644)
		fmt.Println("lost lines written to", filepath.Join(os.TempDir(), "structure_lost.txt"))
	}
	if rate < 0.99 {
		t.Errorf("body retention %.4f < 0.99", rate)
	}
	if tr := float64(titles) / float64(len(docs)); tr < 0.97 {
		t.Errorf("titles found %.4f < 0.97", tr)
	}
}
