package structure

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/marsad/marsad"
)

// Options describe the input. All fields are optional.
type Options struct {
	// ContentType is a MIME type hint such as "text/html; charset=windows-1256".
	ContentType string
	// FileName is the input's name; ".html"/".htm" mean HTML, ".txt" plain text.
	FileName string
	// Charset is the declared character set; it overrides one in ContentType
	// or in the page. Bytes that are valid UTF-8 are read as UTF-8 anyway.
	Charset string
	// MaxBytes caps the input size; 0 means DefaultMaxBytes.
	MaxBytes int
}

// DefaultMaxBytes is the largest input Parse accepts by default.
const DefaultMaxBytes = 64 << 20

// Parse reads a raw news document, plain text or HTML, and returns the
// analysed text, its structure and warnings about anything repaired (bad
// bytes, a charset guessed or ignored, an extractor fallback). For plain
// text the analysed text is the input decoded to UTF-8; for HTML it is
// rebuilt from the extracted title, paragraphs and comments. Every span in
// the structure indexes text by code point.
//
// Empty, binary or oversized input returns a *marsad.Error with code
// marsad.EINVALID. Parse never panics on bad input.
func Parse(raw []byte, opt Options) (text string, st marsad.Structure, warnings []string, err error) {
	max := opt.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	switch {
	case len(bytes.TrimSpace(raw)) == 0:
		return "", st, nil, marsad.Errorf(marsad.EINVALID, "empty document")
	case len(raw) > max:
		return "", st, nil, marsad.Errorf(marsad.EINVALID, "document too large: %d bytes (limit %d)", len(raw), max)
	case looksBinary(raw):
		return "", st, nil, marsad.Errorf(marsad.EINVALID, "input looks binary, not text or HTML")
	}
	if isHTML(raw, opt) {
		return parseHTML(raw, opt)
	}
	return parseText(raw, opt)
}

// parseText classifies plain text.
func parseText(raw []byte, opt Options) (string, marsad.Structure, []string, error) {
	text, warns := decode(raw, declaredCharset(raw, opt, false))
	ls := splitLines(text)
	if len(ls) == 0 {
		return "", marsad.Structure{}, warns, marsad.Errorf(marsad.EINVALID, "empty document")
	}
	return text, classify(text, ls, true), warns, nil
}

// looksBinary reports input whose first 64 KB hold more than 10% control
// bytes other than tab, newline, form feed and carriage return.
func looksBinary(raw []byte) bool {
	head := raw[:min(len(raw), 64<<10)]
	if len(head) >= 2 && (head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF) {
		return false // UTF-16 with a byte-order mark
	}
	n := 0
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
			n++
		}
	}
	return n*10 > len(head)
}

var reHTMLStart = regexp.MustCompile(`(?i)^\s*(?:\x{feff})?\s*(?:<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<(?:!doctype\s+)?html|<meta|<title|<!--|<div|<p[\s>]|<article|<script|<style|<link|<section|<main|<header|<nav|<h[1-6][\s>]|<table)`)
var reHTMLTags = regexp.MustCompile(`(?i)</p>|<br\s*/?>|</div>|</h[1-6]>|</li>|</a>|</span>`)

// isHTML decides between HTML and plain text from the hints, then from the
// bytes: a document opening with an HTML construct, or plain text dense
// with closing tags.
func isHTML(raw []byte, opt Options) bool {
	ct := strings.ToLower(opt.ContentType)
	switch {
	case strings.Contains(ct, "html") || strings.Contains(ct, "xml"):
		return true
	case strings.HasPrefix(ct, "text/plain"):
		return false
	}
	switch strings.ToLower(filepath.Ext(opt.FileName)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return true
	case ".txt", ".text":
		return false
	}
	head := raw[:min(len(raw), 64<<10)]
	if reHTMLStart.Match(head[:min(len(head), 1024)]) {
		return true
	}
	return len(reHTMLTags.FindAllIndex(head, 6)) >= 6
}
