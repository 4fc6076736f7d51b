package web

import (
	"net/http"
)

// Listing bounds for entities and stories.
const (
	defaultList = 20
	maxList     = 200
)

// apiEntities lists the most mentioned entities, as "marsad entities
// --format json": {"entities": [...]}. Filters: type, outlet, from, to,
// story; limit.
func (s *Server) apiEntities(w http.ResponseWriter, r *http.Request) {
	limit, err := intParam(r.URL.Query(), "limit", defaultList, 1, maxList)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	es, err := s.store.Entities(r.Context(), filterOf(r.URL.Query()), limit)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"entities": nonNil(es)})
}

// apiEntity returns one entity: names, roles, timeline, co-mentions.
func (s *Server) apiEntity(w http.ResponseWriter, r *http.Request) {
	e, err := s.store.Entity(r.Context(), r.PathValue("id"))
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, e)
}
