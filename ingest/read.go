package ingest

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"sync/atomic"
)

// MaxRecordBytes bounds one record (a JSON line, a text or HTML file).
const MaxRecordBytes = 32 << 20

// readInput reads every record of one input and passes it to yield,
// stopping early when yield returns false. A file that cannot be read at
// all gives one record with Err set.
func readInput(in input, stdin io.Reader, read *atomic.Int64, yield func(Record) bool) {
	br, c, err := open(in, stdin, read)
	if err != nil {
		yield(Record{Origin: in.path, Err: err})
		return
	}
	defer c.Close()
	name := originName(in.path)
	switch format(in.path, br) {
	case "jsonl":
		readJSONL(br, name, yield)
	case "json":
		readJSON(br, name, yield)
	case "html":
		readHTML(br, name, yield)
	default:
		readText(br, name, yield)
	}
}

func originName(path string) string {
	if path == Stdin {
		return "stdin"
	}
	return path
}

// format is the file's format by name, or by its first bytes for stdin
// and unknown names: [ is JSON, { JSON Lines, < HTML, anything else text.
func format(path string, br *bufio.Reader) string {
	if f := formatOf(path); f != "" {
		return f
	}
	head, _ := br.Peek(512)
	head = bytes.TrimLeft(head, " \t\r\n\ufeff")
	switch {
	case bytes.HasPrefix(head, []byte("[")):
		return "json"
	case bytes.HasPrefix(head, []byte("{")):
		return "jsonl"
	case bytes.HasPrefix(head, []byte("<")):
		return "html"
	}
	return "txt"
}

// readAll reads a whole single-document input, refusing oversized ones.
func readAll(r io.Reader, origin string) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxRecordBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", origin, err)
	}
	if len(b) > MaxRecordBytes {
		return nil, fmt.Errorf("%s: larger than %d bytes", origin, MaxRecordBytes)
	}
	return b, nil
}
