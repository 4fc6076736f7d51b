package web

import (
	"net/http"

	marsad "github.com/marsad/marsad"
)

type homePage struct {
	head
	Docs     int
	Stories  []marsad.Story
	Entities []marsad.EntityStat
}

// uiHome shows the search box, the largest stories and the most
// mentioned entities.
func (s *Server) uiHome(w http.ResponseWriter, r *http.Request) {
	p := homePage{head: head{Title: "الرئيسية"}}
	var err error
	if p.Docs, err = s.store.Count(r.Context()); err != nil {
		s.pageError(w, r, err)
		return
	}
	if p.Stories, err = s.store.Stories(r.Context(), marsad.Filter{}, 10); err != nil {
		s.pageError(w, r, err)
		return
	}
	if p.Entities, err = s.store.Entities(r.Context(), marsad.Filter{}, 24); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, "home", http.StatusOK, p)
}
