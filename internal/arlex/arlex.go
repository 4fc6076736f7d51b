// Package arlex holds what the Arabic stemmer, root extractor and clitic
// segmenter share: a word-frequency lexicon of news Arabic and byte-level
// letter helpers.
//
// The lexicon (words.tsv.gz, about 85k forms with counts, each seen at least
// twice) is derived from the ANT news corpora in the shared data folder; its
// forms are normalized like arabic.Orthographic (ة ؤ ئ kept). Regenerate it
// with:
//
//	go generate ./internal/arlex/        (runs: go run gen.go)
//
// It is loaded lazily, on the first call to Freq.
package arlex

//go:generate go run gen.go

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"strconv"
	"strings"
	"sync"
)

//go:embed words.tsv.gz
var wordsGz []byte

var (
	loadOnce sync.Once
	freq     map[string]uint32
)

// Freq returns how often the Orthographic-normalized form w was seen in the
// news corpora (0 when it was seen fewer than twice).
func Freq(w string) uint32 {
	loadOnce.Do(load)
	return freq[w]
}

// Len returns the number of forms in the lexicon.
func Len() int {
	loadOnce.Do(load)
	return len(freq)
}

func load() {
	zr, err := gzip.NewReader(bytes.NewReader(wordsGz))
	if err != nil {
		panic("arlex: bad embedded lexicon: " + err.Error())
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		panic("arlex: bad embedded lexicon: " + err.Error())
	}
	text := string(raw) // one allocation; keys are substrings of it
	freq = make(map[string]uint32, bytes.Count(raw, []byte{'\n'}))
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		tab := strings.IndexByte(line, '\t')
		if tab <= 0 || line[0] == '#' {
			continue
		}
		n, err := strconv.ParseUint(line[tab+1:], 10, 32)
		if err == nil {
			freq[line[:tab]] = uint32(n)
		}
	}
}

// Freq2 returns Freq(a+b) without allocating.
func Freq2(a, b string) uint32 {
	var buf [96]byte
	if len(a)+len(b) > len(buf) {
		return Freq(a + b)
	}
	k := append(append(buf[:0], a...), b...)
	loadOnce.Do(load)
	return freq[string(k)]
}

// Freq3 returns Freq(a+b+c) without allocating.
func Freq3(a, b, c string) uint32 {
	var buf [96]byte
	if len(a)+len(b)+len(c) > len(buf) {
		return Freq(a + b + c)
	}
	k := append(append(append(buf[:0], a...), b...), c...)
	loadOnce.Do(load)
	return freq[string(k)]
}
