package structure

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	xunicode "golang.org/x/text/encoding/unicode"
)

// decode returns raw as valid UTF-8. A byte-order mark wins; bytes that are
// valid UTF-8 are read as UTF-8 whatever is declared (a mis-declared page is
// the common case); otherwise the declared charset is used (but a Latin-1
// declaration on Arabic windows-1256 bytes is overruled), then
// windows-1256 when the bytes read as Arabic in it, and as a last resort
// invalid bytes become U+FFFD. Warnings say what was done.
func decode(raw []byte, declared string) (string, []string) {
	if s, ok := decodeBOM(raw); ok {
		return s, nil
	}
	declared = strings.ToLower(strings.TrimSpace(declared))
	if utf8.Valid(raw) {
		if declared != "" && !isUTF8Name(declared) && hasNonASCII(raw) {
			return string(raw), []string{fmt.Sprintf("declared charset %q ignored: the bytes are valid UTF-8", declared)}
		}
		return string(raw), nil
	}
	if enc := lookup(declared); enc != nil && !isUTF8Name(declared) {
		if name, _ := htmlindex.Name(enc); name == "windows-1252" {
			if s, ok := arabic1256(raw); ok {
				return s, []string{fmt.Sprintf("declared charset %q ignored: the bytes read as Arabic in windows-1256", declared)}
			}
		}
		if s, err := enc.NewDecoder().Bytes(raw); err == nil {
			return strings.ToValidUTF8(string(s), "\uFFFD"), nil
		}
	}
	invalid, multi := utf8Stats(raw)
	if multi < invalid {
		if s, ok := arabic1256(raw); ok {
			return s, []string{"input is not valid UTF-8; decoded as windows-1256"}
		}
	}
	return strings.ToValidUTF8(string(raw), "\uFFFD"), []string{fmt.Sprintf("invalid UTF-8: %d bytes replaced by U+FFFD", invalid)}
}

func isUTF8Name(s string) bool { return s == "utf-8" || s == "utf8" || s == "unicode-1-1-utf-8" }

func lookup(name string) encoding.Encoding {
	if name == "" {
		return nil
	}
	enc, err := htmlindex.Get(name)
	if err != nil {
		return nil
	}
	return enc
}

// decodeBOM decodes input that opens with a UTF-8 or UTF-16 byte-order mark.
func decodeBOM(raw []byte) (string, bool) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		return strings.ToValidUTF8(string(raw[3:]), "\uFFFD"), true
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		dec := xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder()
		if s, err := dec.Bytes(raw); err == nil {
			return strings.ToValidUTF8(string(s), "\uFFFD"), true
		}
	}
	return "", false
}

func hasNonASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// utf8Stats counts invalid bytes and valid multi-byte sequences.
func utf8Stats(b []byte) (invalid, multi int) {
	for len(b) > 0 {
		r, w := utf8.DecodeRune(b)
		switch {
		case r == utf8.RuneError && w == 1:
			invalid++
		case w > 1:
			multi++
		}
		b = b[w:]
	}
	return invalid, multi
}

// arabic1256 decodes raw as windows-1256 and accepts the result when most
// of its non-ASCII letters are Arabic.
func arabic1256(raw []byte) (string, bool) {
	s, err := charmap.Windows1256.NewDecoder().Bytes(raw)
	if err != nil {
		return "", false
	}
	arabic, other := 0, 0
	for _, r := range string(s) {
		switch {
		case r < utf8.RuneSelf:
		case unicode.Is(unicode.Arabic, r):
			arabic++
		default:
			other++
		}
	}
	return string(s), arabic >= 4*other && arabic > 0
}

var (
	reMetaCharset = regexp.MustCompile(`(?i)<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-z0-9_\-:.]+)`)
	reXMLEncoding = regexp.MustCompile(`(?i)<\?xml[^>]{0,100}?encoding\s*=\s*["']([a-z0-9_\-:.]+)`)
	reCTCharset   = regexp.MustCompile(`(?i)charset\s*=\s*["']?([a-z0-9_\-:.]+)`)
)

// declaredCharset returns the charset named by opt or, for HTML, by the
// page's <meta charset> / http-equiv / XML declaration in its first 4 KB.
func declaredCharset(raw []byte, opt Options, html bool) string {
	if opt.Charset != "" {
		return opt.Charset
	}
	if m := reCTCharset.FindStringSubmatch(opt.ContentType); m != nil {
		return m[1]
	}
	if !html {
		return ""
	}
	head := raw[:min(len(raw), 4096)]
	if m := reMetaCharset.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	if m := reXMLEncoding.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	return ""
}
