package ingest

import (
	"io"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/analyze"
)

// Read reads the records of paths (files, directories, "-" for stdin)
// and passes each to fn, in file order, until fn returns false. Records
// that could not be read have Err set.
func Read(paths []string, stdin io.Reader, fn func(Record) bool) {
	ins, errs := expand(paths)
	for _, err := range errs {
		if !fn(Record{Err: err}) {
			return
		}
	}
	ok := true
	for _, in := range ins {
		readInput(in, stdin, nil, func(r Record) bool { ok = fn(r); return ok })
		if !ok {
			return
		}
	}
}

// Prepare analyses one record into a document ready to store, exactly as
// Run does.
func Prepare(an *analyze.Analyzer, r *Record) (*marsad.StoredDocument, error) {
	return prepare(an, r, contentHash(r))
}
