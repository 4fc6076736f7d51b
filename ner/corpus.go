package ner

import (
	"bufio"
	"encoding/json"
	"fmt"
	"iter"
	"os"
	"strings"
)

// newsRecord is the part of a news record that holds its body: "text" in
// the ANT corpus JSONL, "content" in SaudiNewsNet's JSON arrays.
type newsRecord struct {
	Text    string `json:"text"`
	Content string `json:"content"`
}

func (r newsRecord) body() string { return r.Text + r.Content }

// NewsTexts yields the article bodies of news files: JSON lines (one record
// per line) when the name ends in .jsonl, otherwise one JSON array of
// records. The error, if any, is yielded last with an empty text.
func NewsTexts(paths ...string) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		more := true
		for _, p := range paths {
			err := eachRecord(p, func(r newsRecord) bool {
				more = yield(r.body(), nil)
				return more
			})
			if err != nil && more {
				yield("", fmt.Errorf("%s: %w", p, err))
				return
			}
			if !more {
				return
			}
		}
	}
}

// eachRecord calls fn for the records of one file until fn returns false.
func eachRecord(path string, fn func(newsRecord) bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	dec := json.NewDecoder(bufio.NewReaderSize(f, 1<<20))
	array := !strings.HasSuffix(path, ".jsonl")
	if array {
		if _, err := dec.Token(); err != nil {
			return err
		}
	}
	for dec.More() {
		var r newsRecord
		if err := dec.Decode(&r); err != nil {
			return err
		}
		if !fn(r) {
			return nil
		}
	}
	return nil
}
