package web

import (
	"net/http"
)

// apiStories lists the largest stories, as "marsad stories --format
// json": {"stories": [...]}. Filters: outlet, from, to, entity; limit.
func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) {
	limit, err := intParam(r.URL.Query(), "limit", defaultList, 1, maxList)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	ss, err := s.store.Stories(r.Context(), filterOf(r.URL.Query()), limit)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"stories": nonNil(ss)})
}

// apiStory returns a story with its documents in time order.
func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) {
	st, err := s.store.Story(r.Context(), r.PathValue("id"))
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}
