package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/ingest"
)

// input is a document posted to /api/analyze or /api/documents: a
// text/plain or text/html body, or a JSON object with "text" or "html".
type input struct {
	Text      string `json:"text"`
	HTML      string `json:"html"`
	Title     string `json:"title"`
	ID        string `json:"id"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	// contentType is the media type and parameters to analyse with.
	contentType string
	raw         []byte
}

// readInput reads and checks the request body, at most MaxBody bytes.
func (s *Server) readInput(w http.ResponseWriter, r *http.Request) (*input, error) {
	raw, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBody))
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return nil, marsad.Errorf(ETOOLARGE, "the request body is over the limit of %d bytes", s.cfg.MaxBody)
	} else if err != nil {
		return nil, marsad.Errorf(marsad.EINVALID, "cannot read the request body: %v", err)
	}
	ct := r.Header.Get("Content-Type")
	mt, _, err := mime.ParseMediaType(ct)
	if ct == "" {
		mt, err = "text/plain", nil
	}
	if err != nil {
		return nil, marsad.Errorf(marsad.EINVALID, "bad Content-Type %q", ct)
	}
	in, err := parseInput(mt, ct, raw)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(in.Text) == "" && strings.TrimSpace(in.HTML) == "" {
		return nil, marsad.Errorf(marsad.EINVALID, "no text: send text/plain, text/html, or JSON with \"text\" or \"html\"")
	}
	in.raw = raw
	return in, nil
}

func parseInput(mt, ct string, raw []byte) (*input, error) {
	switch mt {
	case "text/plain":
		return &input{Text: string(raw), contentType: ct}, nil
	case "text/html", "application/xhtml+xml":
		return &input{HTML: string(raw), contentType: ct}, nil
	case "application/json":
		var in input
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&in); err != nil {
			return nil, marsad.Errorf(marsad.EINVALID, "bad JSON body: %v", err)
		}
		if in.Text != "" && in.HTML != "" {
			return nil, marsad.Errorf(marsad.EINVALID, "send \"text\" or \"html\", not both")
		}
		if in.HTML != "" {
			in.contentType = "text/html; charset=utf-8"
		}
		return &in, nil
	}
	return nil, marsad.Errorf(marsad.EINVALID, "unsupported Content-Type %q: send text/plain, text/html or application/json", mt)
}

// record is the input as an ingest record. Without an id or URL, its
// origin (and so its id) is "api:" and a digest of the request body.
func (in *input) record() ingest.Record {
	sum := sha256.Sum256(in.raw)
	rec := ingest.Record{Origin: "api:" + hex.EncodeToString(sum[:8]), ID: in.ID, URL: in.URL,
		Outlet: in.Outlet, Published: in.Published, Title: strings.TrimSpace(in.Title), Text: strings.TrimSpace(in.Text)}
	if in.URL != "" {
		rec.Origin = in.URL
	}
	if in.HTML != "" {
		rec.HTML = []byte(in.HTML)
	}
	return rec
}
