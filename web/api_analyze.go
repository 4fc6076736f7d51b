package web

import (
	"context"
	"net/http"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/analyze"
)

// apiAnalyze analyses the posted document and returns its analysis, the
// same JSON as "marsad analyze". Nothing is stored.
func (s *Server) apiAnalyze(w http.ResponseWriter, r *http.Request) {
	in, err := s.readInput(w, r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	if err := s.acquire(r.Context()); err != nil {
		s.apiError(w, r, err)
		return
	}
	defer s.release()
	name, raw := in.analysisInput()
	doc, err := s.analyzer(in.contentType).Analyze(name, raw)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	doc.File = "" // the analyzer's name for the request, not a file
	writeJSON(w, http.StatusOK, doc)
}

// analysisInput is what the analyzer reads, as ingest builds it: the
// page, or the title, a blank line and the text.
func (in *input) analysisInput() (name string, raw []byte) {
	switch {
	case in.HTML != "":
		return "request.html", []byte(in.HTML)
	case in.Title != "":
		return "request.txt", []byte(in.Title + "\n\n" + in.Text)
	}
	return "request.txt", []byte(in.Text)
}

// analyzer returns an analyzer for one request's content type (which may
// name a charset). Analyzers are cheap: the entity model is shared.
func (s *Server) analyzer(contentType string) *analyze.Analyzer {
	o := s.cfg.Analyze
	o.ContentType = contentType
	return analyze.New(o)
}

// acquire takes an analysis slot, waiting until the request's deadline.
func (s *Server) acquire(ctx context.Context) error {
	select {
	case s.slots <- struct{}{}:
		return nil
	case <-ctx.Done():
		return marsad.Errorf(EBUSY, "the server is busy: try again later")
	}
}

func (s *Server) release() { <-s.slots }
