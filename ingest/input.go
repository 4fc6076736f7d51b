package ingest

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
)

// Stdin is the path that names standard input.
const Stdin = "-"

// input is one file to read (or stdin).
type input struct {
	path string
	size int64
}

// expand turns paths into the files to read: files as given, directories
// walked recursively (files with a known extension only, sorted), "-" as
// stdin. Paths that cannot be read become errors.
func expand(paths []string) ([]input, []error) {
	var ins []input
	var errs []error
	for _, p := range paths {
		if p == Stdin {
			ins = append(ins, input{path: Stdin})
			continue
		}
		st, err := os.Stat(p)
		switch {
		case err != nil:
			errs = append(errs, err)
		case st.IsDir():
			found, werrs := walk(p)
			ins, errs = append(ins, found...), append(errs, werrs...)
		default:
			ins = append(ins, input{path: p, size: st.Size()})
		}
	}
	return ins, errs
}

func walk(dir string) ([]input, []error) {
	var ins []input
	var errs []error
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, err)
			return nil
		}
		if d.IsDir() || formatOf(p) == "" {
			return nil
		}
		if info, err := d.Info(); err == nil {
			ins = append(ins, input{path: p, size: info.Size()})
		}
		return nil
	})
	sort.Slice(ins, func(i, j int) bool { return ins[i].path < ins[j].path })
	return ins, errs
}

// formatOf returns the format a file name implies: "jsonl", "json",
// "html", "txt", or "" when its extension is unknown. A .gz suffix is
// looked through.
func formatOf(name string) string {
	ext := strings.ToLower(filepath.Ext(strings.TrimSuffix(strings.ToLower(name), ".gz")))
	switch ext {
	case ".jsonl", ".ndjson":
		return "jsonl"
	case ".json":
		return "json"
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".txt", ".text":
		return "txt"
	}
	return ""
}

// open returns a reader of the input's content, gunzipped when it starts
// with the gzip magic number. Bytes read from the file are added to read.
func open(in input, stdin io.Reader, read *atomic.Int64) (*bufio.Reader, io.Closer, error) {
	var r io.Reader = stdin
	var c io.Closer = io.NopCloser(nil)
	if in.path != Stdin {
		f, err := os.Open(in.path)
		if err != nil {
			return nil, nil, err
		}
		r, c = f, f
	}
	br := bufio.NewReaderSize(&countingReader{r: r, n: read}, 1<<16)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			c.Close()
			return nil, nil, fmt.Errorf("%s: %w", in.path, err)
		}
		br = bufio.NewReaderSize(zr, 1<<16)
	}
	return br, c, nil
}

type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if c.n != nil {
		c.n.Add(int64(n))
	}
	return n, err
}
