package structure

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/shareddata"
)

// TestSeed checks the done-when conditions of issue 3 on the seed.
func TestSeed(t *testing.T) {
	p := shareddata.Require(t, "seed", "000_41f02a5e8c32960a.txt")
	raw, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	text, st, _, err := Parse(raw, Options{FileName: p})
	if err != nil {
		t.Fatal(err)
	}
	if err := checkStructure(text, st); err != nil {
		t.Fatal(err)
	}
	rs := []rune(text)
	cut := strings.Index(text, "عدد الردود")
	cutRune := len([]rune(text[:cut]))
	for _, b := range st.Body {
		if b.End > cutRune {
			t.Errorf("body span [%d,%d) reaches past عدد الردود at %d", b.Start, b.End, cutRune)
		}
	}
	if len(st.Comments) != 1 {
		t.Fatalf("got %d comments, want 1", len(st.Comments))
	}
	c := st.Comments[0]
	if c.Author != "أبو وهبه المصري" {
		t.Errorf("author %q", c.Author)
	}
	if c.Title != "كل التحية والتقدير للجيش الوطني الليبي وقائدة" {
		t.Errorf("title %q", c.Title)
	}
	if !strings.HasPrefix(c.Text, "هذا البطل المقدام") {
		t.Errorf("text %q", c.Text)
	}
	if c.Replies == nil || *c.Replies != 0 {
		t.Errorf("replies %v, want 0", c.Replies)
	}
	if got := string(rs[c.Start:c.End]); !strings.HasPrefix(got, "عدد الردود 0") {
		t.Errorf("comment span starts %q", got[:min(len(got), 40)])
	}
	if len(st.Body) != 6 {
		t.Errorf("got %d body paragraphs, want 6", len(st.Body))
	}
}

// TestFixtureOffsets checks the offset contract on every fixture.
func TestFixtureOffsets(t *testing.T) {
	files, err := fixtureFiles(fixtureDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text, st, _, err := Parse(raw, Options{FileName: f})
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(f), err)
			continue
		}
		if err := checkStructure(text, st); err != nil {
			t.Errorf("%s: %v", filepath.Base(f), err)
		}
	}
}

// TestPlainTextIsInput checks that plain text comes back unchanged.
func TestPlainTextIsInput(t *testing.T) {
	in := "عنوان الخبر هنا\r\n\r\nفقرة أولى من الخبر تنتهي بنقطة.\r\n  فقرة ثانية بمسافات.  \n"
	text, st, _, err := Parse([]byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if text != in {
		t.Fatalf("text changed: %q", text)
	}
	rs := []rune(text)
	if st.Title == nil || string(rs[st.Title.Start:st.Title.End]) != "عنوان الخبر هنا" {
		t.Errorf("title %+v", st.Title)
	}
	want := []string{"فقرة أولى من الخبر تنتهي بنقطة.", "فقرة ثانية بمسافات."}
	if len(st.Body) != len(want) {
		t.Fatalf("body %+v", st.Body)
	}
	for i, b := range st.Body {
		if got := string(rs[b.Start:b.End]); got != want[i] {
			t.Errorf("body %d = %q, want %q", i, got, want[i])
		}
	}
}

// TestUnknownLayoutIsBody checks graceful degradation.
func TestUnknownLayoutIsBody(t *testing.T) {
	in := "هذه فقرة أولى طويلة بما يكفي لتكون جزءا من متن الخبر وتنتهي بنقطة.\nوهذه فقرة ثانية.\nوثالثة بلا علامة"
	text, st, _, err := Parse([]byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if st.Title != nil || len(st.Body) != 3 || len(st.Comments) != 0 || len(st.Boilerplate) != 0 {
		t.Errorf("got %+v", st)
	}
	if err := checkStructure(text, st); err != nil {
		t.Error(err)
	}
}

func TestEmptyInput(t *testing.T) {
	for _, in := range []string{"", "   \n\t ", "\ufeff", "\ufeff  \u200f\n"} {
		_, _, _, err := Parse([]byte(in), Options{})
		if marsad.ErrorCode(err) != marsad.EINVALID {
			t.Errorf("%q: err %v, want EINVALID", in, err)
		}
	}
}
