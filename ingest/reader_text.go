package ingest

import (
	"bufio"
	"bytes"
	"fmt"
	"html"
	"regexp"
	"strings"
	"unicode/utf8"
)

// readText reads a whole file as one document. Its first line is the
// title when it is short and followed by more text.
func readText(br *bufio.Reader, name string, yield func(Record) bool) {
	b, err := readAll(br, name)
	if err != nil {
		yield(Record{Origin: name, Err: err})
		return
	}
	text := strings.TrimSpace(strings.TrimPrefix(string(b), "\ufeff"))
	if text == "" {
		yield(Record{Origin: name, Err: fmt.Errorf("%s: empty", name)})
		return
	}
	r := Record{Origin: name, Text: text}
	if first, rest, ok := strings.Cut(text, "\n"); ok && utf8.RuneCountInString(first) <= 200 && strings.TrimSpace(rest) != "" {
		r.Title, r.Text = strings.TrimSpace(first), strings.TrimSpace(rest)
	}
	yield(r)
}

var titleTag = regexp.MustCompile(`(?is)<title[^>]*>(.*?)</title>`)

// readHTML reads a whole file as one HTML page.
func readHTML(br *bufio.Reader, name string, yield func(Record) bool) {
	b, err := readAll(br, name)
	if err != nil {
		yield(Record{Origin: name, Err: err})
		return
	}
	if len(bytes.TrimSpace(b)) == 0 {
		yield(Record{Origin: name, Err: fmt.Errorf("%s: empty", name)})
		return
	}
	r := Record{Origin: name, HTML: b}
	if m := titleTag.FindSubmatch(b); m != nil {
		r.Title = strings.Join(strings.Fields(html.UnescapeString(string(m[1]))), " ")
	}
	yield(r)
}
