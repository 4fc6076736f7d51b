package ingest

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// readJSON reads a JSON array of objects, or one or more objects one
// after another. Each record's origin is name#index (0-based) for arrays
// and name#n (1-based) for object sequences. A syntax error ends the file.
func readJSON(br *bufio.Reader, name string, yield func(Record) bool) {
	dec := json.NewDecoder(br)
	dec.UseNumber()
	array := false
	if first, err := peekByte(br); err == nil && first == '[' {
		if _, err := dec.Token(); err != nil {
			yield(Record{Origin: name, Err: fmt.Errorf("%s: %w", name, err)})
			return
		}
		array = true
	}
	for i := 0; !array || dec.More(); i++ {
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if errors.Is(err, io.EOF) && !array {
			return
		}
		if err != nil {
			yield(Record{Origin: name, Err: fmt.Errorf("%s: record %d: %w", name, i, err)})
			return
		}
		origin := name + "#" + strconv.Itoa(i+boolInt(!array))
		if !yield(recordFromJSON(raw, origin)) {
			return
		}
	}
}

func peekByte(br *bufio.Reader) (byte, error) {
	for {
		b, err := br.ReadByte()
		if err != nil {
			return 0, err
		}
		if b != ' ' && b != '\t' && b != '\r' && b != '\n' {
			return b, br.UnreadByte()
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
