package sqlite

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"math"
	"sync"

	marsad "github.com/marsad/marsad"
)

// storedAnalysis is how an analysis is stored: the Document without its
// Text (the documents table holds it in its own column) and with its
// tokens in columns.
type storedAnalysis struct {
	Doc    *marsad.Document `json:"doc"`
	Tokens tokenColumns     `json:"tokens"`
}

// encodeDoc returns the gzipped JSON of doc's storedAnalysis.
func encodeDoc(doc *marsad.Document) ([]byte, error) {
	if doc == nil {
		return []byte{}, nil
	}
	d := *doc
	d.Text, d.Tokens = "", nil
	var buf bytes.Buffer
	zw := gzipWriters.Get().(*gzip.Writer)
	defer gzipWriters.Put(zw)
	zw.Reset(&buf)
	if err := json.NewEncoder(zw).Encode(storedAnalysis{&d, newTokenColumns(doc.Tokens)}); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// gzipWriters reuses compressors: a new one costs more than a small
// document's compression.
var gzipWriters = sync.Pool{New: func() any {
	zw, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed)
	return zw
}}

func decodeDoc(blob []byte, text string) (*marsad.Document, error) {
	if len(blob) == 0 {
		return &marsad.Document{Text: text}, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(blob))
	if err != nil {
		return nil, err
	}
	var sa storedAnalysis
	if err := json.NewDecoder(zr).Decode(&sa); err != nil {
		return nil, err
	}
	if sa.Doc == nil {
		return nil, errCorruptTokens
	}
	sa.Doc.Text = text
	if sa.Doc.Tokens, err = sa.Tokens.tokens(text); err != nil {
		return nil, err
	}
	return sa.Doc, nil
}

// Features are stored as: uvarint len(MinHash), the MinHash values
// (uint32 LE), uvarint len(Terms), each term (uint32 LE) and weight
// (float32 bits LE), then uvarint len(Entities) and each entity as a
// uvarint length and its bytes.
func encodeFeatures(f marsad.Features) []byte {
	b := binary.AppendUvarint(nil, uint64(len(f.MinHash)))
	for _, h := range f.MinHash {
		b = binary.LittleEndian.AppendUint32(b, h)
	}
	b = binary.AppendUvarint(b, uint64(len(f.Terms)))
	for _, t := range f.Terms {
		b = binary.LittleEndian.AppendUint32(b, t.Term)
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(t.Weight))
	}
	b = binary.AppendUvarint(b, uint64(len(f.Entities)))
	for _, e := range f.Entities {
		b = binary.AppendUvarint(b, uint64(len(e)))
		b = append(b, e...)
	}
	return b
}

var errCorrupt = errors.New("corrupt features blob")

func decodeFeatures(b []byte) (marsad.Features, error) {
	var f marsad.Features
	r := &byteReader{b: b}
	n := r.count(4)
	f.MinHash = make([]uint32, n)
	for i := range f.MinHash {
		f.MinHash[i] = r.u32()
	}
	n = r.count(8)
	f.Terms = make([]marsad.TermWeight, n)
	for i := range f.Terms {
		f.Terms[i] = marsad.TermWeight{Term: r.u32(), Weight: math.Float32frombits(r.u32())}
	}
	n = r.count(1)
	f.Entities = make([]string, n)
	for i := range f.Entities {
		f.Entities[i] = string(r.bytes(r.count(1)))
	}
	return f, r.err
}

// byteReader reads the features encoding, remembering the first error.
type byteReader struct {
	b   []byte
	err error
}

// count reads a uvarint element count whose elements take at least size
// bytes each, rejecting counts the remaining input cannot hold.
func (r *byteReader) count(size int) int {
	v, n := binary.Uvarint(r.b)
	if n <= 0 || v > uint64(len(r.b)-n)/uint64(size) {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return int(v)
}

func (r *byteReader) u32() uint32 {
	if len(r.b) < 4 {
		r.fail()
		return 0
	}
	v := binary.LittleEndian.Uint32(r.b)
	r.b = r.b[4:]
	return v
}

func (r *byteReader) bytes(n int) []byte {
	if len(r.b) < n {
		r.fail()
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

func (r *byteReader) fail() {
	if r.err == nil {
		r.err = errCorrupt
	}
	r.b = nil
}
