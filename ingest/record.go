package ingest

// Record is one document as read from its source, before analysis.
type Record struct {
	// Origin is where it came from: path, path#line, path#index or URL.
	Origin    string
	ID        string
	URL       string
	Outlet    string
	Published string // as stated; normalized by parseTime
	Title     string
	Text      string
	// HTML holds the raw page when the record is HTML rather than text.
	HTML []byte
	// Err is set when the record (or its whole file) could not be read.
	Err error
}

// docID is the record's stable id: its own id, else its URL, else origin.
func (r *Record) docID() string {
	switch {
	case r.ID != "":
		return r.ID
	case r.URL != "":
		return r.URL
	}
	return r.Origin
}
