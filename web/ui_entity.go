package web

import (
	"net/http"

	marsad "github.com/marsad/marsad"
)

type entityPage struct {
	head
	E     *marsad.EntityDetail
	Chart *chart
}

// uiEntity shows an entity: its names and roles, its mentions over time
// as a bar chart, the entities mentioned with it, and its documents.
func (s *Server) uiEntity(w http.ResponseWriter, r *http.Request) {
	e, err := s.store.Entity(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, "entity", http.StatusOK, entityPage{head{Title: e.Name}, e, newChart(e.Timeline)})
}
