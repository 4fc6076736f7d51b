package web

import (
	"context"
	"fmt"
	"net/http"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/story"
)

// postedDocument is the answer to POST /api/documents.
type postedDocument struct {
	marsad.DocSummary
	// Added is false when the same content was already stored: ID is
	// then the stored document's.
	Added bool   `json:"added"`
	Link  string `json:"link"`
}

// apiPostDocument analyses the posted document, stores it exactly as
// "marsad ingest" does, and groups it into a story.
func (s *Server) apiPostDocument(w http.ResponseWriter, r *http.Request) {
	in, err := s.readInput(w, r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	d, err := s.prepare(r.Context(), in)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	added, err := s.store1(r.Context(), d)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	stored, err := s.store.Get(r.Context(), d.ID)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	status := http.StatusOK
	if added {
		status = http.StatusCreated
	}
	writeJSON(w, status, postedDocument{summaryOf(stored), added, docPath(stored.ID)})
}

// prepare analyses in into a document ready to store.
func (s *Server) prepare(ctx context.Context, in *input) (*marsad.StoredDocument, error) {
	if err := s.acquire(ctx); err != nil {
		return nil, err
	}
	defer s.release()
	rec := in.record()
	d, err := ingest.Prepare(s.analyzer(in.contentType), &rec)
	if err == nil {
		fillTitle(d)
	}
	return d, err
}

// store1 stores d and clusters it into a story. When its content is
// already stored, d.ID becomes the stored document's ID.
func (s *Server) store1(ctx context.Context, d *marsad.StoredDocument) (bool, error) {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	added, err := s.store.Put(ctx, []*marsad.StoredDocument{d})
	if err != nil {
		return false, err
	}
	if !added[0] {
		d.ID, err = s.store.IDByHash(ctx, d.Hash)
		return false, err
	}
	if _, err := story.Update(ctx, s.store, story.Options{}); err != nil {
		return true, fmt.Errorf("stories: %w", err)
	}
	return true, nil
}

// apiGetDocument returns a stored document with its analysis.
func (s *Server) apiGetDocument(w http.ResponseWriter, r *http.Request) {
	d, err := s.store.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

func summaryOf(d *marsad.StoredDocument) marsad.DocSummary {
	return marsad.DocSummary{ID: d.ID, Title: d.Title, Outlet: d.Outlet, Published: d.Published, Story: d.Story, Origin: d.Origin}
}
