package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// readJSONL reads one JSON object per line; blank lines are skipped. Each
// record's origin is name#line. A bad line is reported and skipped.
func readJSONL(br *bufio.Reader, name string, yield func(Record) bool) {
	for line := 1; ; line++ {
		b, err := readLine(br)
		origin := name + "#" + strconv.Itoa(line)
		if len(bytes.TrimSpace(b)) > 0 && !yield(recordFromJSON(b, origin)) {
			return
		}
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			yield(Record{Origin: origin, Err: fmt.Errorf("%s: %w", origin, err)})
			return
		}
	}
}

// readLine returns the next line without its newline; lines over
// MaxRecordBytes are cut and an error-free remainder is skipped.
func readLine(br *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(line)+len(chunk) <= MaxRecordBytes {
			line = append(line, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(line, "\r\n"), err
	}
}
