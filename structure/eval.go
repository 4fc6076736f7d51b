package structure

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/marsad/marsad"
)

// Expected is a fixture's hand-written structure (NAME.expected.json next
// to NAME.txt or NAME.html). Boilerplate and Source are scored only when
// present.
type Expected struct {
	Title       string                `json:"title,omitempty"`
	Body        []string              `json:"body"`
	Comments    []ExpectedComment     `json:"comments"`
	Boilerplate []ExpectedBoilerplate `json:"boilerplate,omitempty"`
	Source      *marsad.Source        `json:"source,omitempty"`
}

// ExpectedComment is one expected comment; empty fields mean none.
type ExpectedComment struct {
	Author  string `json:"author"`
	Title   string `json:"title"`
	Text    string `json:"text"`
	Replies *int   `json:"replies,omitempty"`
}

// ExpectedBoilerplate is one expected furniture span.
type ExpectedBoilerplate struct {
	Kind string `json:"kind"`
	Text string `json:"text"`
}

// Counts are matches against predictions and gold items.
type Counts struct{ Match, Pred, Gold int }

// Precision is Match/Pred, 1 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.Match, c.Pred) }

// Recall is Match/Gold, 1 when nothing was expected.
func (c Counts) Recall() float64 { return ratio(c.Match, c.Gold) }

func (c *Counts) add(o Counts) { c.Match += o.Match; c.Pred += o.Pred; c.Gold += o.Gold }

// Score counts correct answers out of a total.
type Score struct{ Correct, Total int }

// Accuracy is Correct/Total, 1 when there was nothing to score.
func (s Score) Accuracy() float64 { return ratio(s.Correct, s.Total) }

func (s *Score) add(ok bool) {
	s.Total++
	if ok {
		s.Correct++
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Report is the evaluation of a fixture directory.
type Report struct {
	Docs        int
	Body        Counts // body paragraphs, matched by normalised text
	Comments    Counts // comments, matched by normalised text
	Boilerplate Counts // furniture, matched by kind and text
	Title       Score
	Author      Score // comment authors among matched comments
	CTitle      Score // comment titles among matched comments
	Replies     Score // reply counts among matched comments
	Source      Score // source fields stated in either
	Failures    []DocReport
}

// DocReport lists what one document got wrong.
type DocReport struct {
	Name   string
	Errors []string
}

// EvaluateDir scores every NAME.txt / NAME.html in dir that has a
// NAME.expected.json.
func EvaluateDir(dir string) (Report, error) {
	var r Report
	files, err := fixtureFiles(dir)
	if err != nil {
		return r, err
	}
	if len(files) == 0 {
		return r, marsad.Errorf(marsad.ENOTFOUND, "no fixtures (NAME.txt or NAME.html with NAME.expected.json) in %s", dir)
	}
	for _, f := range files {
		if err := r.addFile(f); err != nil {
			return r, err
		}
	}
	return r, nil
}

// fixtureFiles lists the documents in dir that have expectations.
func fixtureFiles(dir string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range ents {
		ext := filepath.Ext(e.Name())
		if e.IsDir() || ext != ".txt" && ext != ".html" && ext != ".htm" {
			continue
		}
		p := filepath.Join(dir, e.Name())
		if _, err := os.Stat(expectedPath(p)); err == nil {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out, nil
}

func expectedPath(p string) string {
	return strings.TrimSuffix(p, filepath.Ext(p)) + ".expected.json"
}

func (r *Report) addFile(path string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	js, err := os.ReadFile(expectedPath(path))
	if err != nil {
		return err
	}
	var exp Expected
	if err := json.Unmarshal(js, &exp); err != nil {
		return fmt.Errorf("%s: %w", expectedPath(path), err)
	}
	text, st, _, err := Parse(raw, Options{FileName: path})
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	d := DocReport{Name: filepath.Base(path)}
	r.Docs++
	r.score(&d, text, st, exp)
	if len(d.Errors) > 0 {
		r.Failures = append(r.Failures, d)
	}
	return nil
}
