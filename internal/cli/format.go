package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	marsad "github.com/marsad/marsad"
)

// docWriter prints analysed documents in one output format.
type docWriter interface {
	write(w io.Writer, doc *marsad.Document) error
}

func newWriter(format string, nfiles int, _ io.Writer) (docWriter, error) {
	switch format {
	case "":
		if nfiles > 1 {
			return jsonWriter{}, nil
		}
		return jsonWriter{indent: true}, nil
	case "json":
		return jsonWriter{indent: nfiles == 1}, nil
	case "jsonl":
		return jsonWriter{}, nil
	case "text":
		return textWriter{}, nil
	case "conll":
		return conllWriter{}, nil
	}
	return nil, fmt.Errorf("unknown --format %q (want json, jsonl, text or conll)", format)
}

type jsonWriter struct{ indent bool }

func (j jsonWriter) write(w io.Writer, doc *marsad.Document) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if j.indent {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(doc)
}

// textWriter prints a readable, aligned view: a header, then one line per
// token, numbered by sentence.
type textWriter struct{}

func (textWriter) write(w io.Writer, doc *marsad.Document) error {
	fmt.Fprintf(w, "# file=%s lang=%s tokens=%d sentences=%d\n", displayFile(orDash(doc.File)), doc.Lang, len(doc.Tokens), len(doc.Sentences))
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "sent\tstart\tend\tkind\ttext\tnorm\tseg\tstem\troot")
	forEachSentence(doc, func(si int, toks []marsad.Token) {
		for _, t := range toks {
			fmt.Fprintf(tw, "%d\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\n", si+1, t.Start, t.End, t.Kind, t.Text, t.Norm, t.Seg, t.Stem, t.Root)
		}
	})
	return tw.Flush()
}

// conllWriter prints one token per line, tab-separated, a blank line after
// each sentence: ID FORM NORM SEG STEM ROOT KIND START END.
type conllWriter struct{}

func (conllWriter) write(w io.Writer, doc *marsad.Document) error {
	fmt.Fprintf(w, "# file = %s\n# lang = %s\n", displayFile(orDash(doc.File)), doc.Lang)
	var err error
	forEachSentence(doc, func(si int, toks []marsad.Token) {
		for i, t := range toks {
			_, err = fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%d\n", i+1, t.Text, t.Norm, dash(t.Seg), dash(t.Stem), dash(t.Root), t.Kind, t.Start, t.End)
		}
		fmt.Fprintln(w)
	})
	return err
}

func dash(s string) string {
	if s == "" {
		return "_"
	}
	return strings.ReplaceAll(s, "\t", " ")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// forEachSentence calls f with the tokens of each sentence; tokens outside
// any sentence (none, by construction) are skipped.
func forEachSentence(doc *marsad.Document, f func(int, []marsad.Token)) {
	ti := 0
	for si, s := range doc.Sentences {
		for ti < len(doc.Tokens) && doc.Tokens[ti].Start < s.Start {
			ti++
		}
		from := ti
		for ti < len(doc.Tokens) && doc.Tokens[ti].End <= s.End {
			ti++
		}
		f(si, doc.Tokens[from:ti])
	}
}
