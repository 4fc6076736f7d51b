package web

import (
	"net/http"

	marsad "github.com/marsad/marsad"
)

type entitiesPage struct {
	head
	Type     string
	Types    []typeTab
	Entities []marsad.EntityStat
}

type typeTab struct {
	Label, URL string
	Active     bool
}

// uiEntities lists the most mentioned entities, optionally of one type.
func (s *Server) uiEntities(w http.ResponseWriter, r *http.Request) {
	f := marsad.Filter{Type: filterOf(r.URL.Query()).Type}
	es, err := s.store.Entities(r.Context(), f, 100)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := entitiesPage{head: head{Title: "الكيانات"}, Type: f.Type, Entities: es}
	p.Types = append(p.Types, typeTab{"الكل", "/entities", f.Type == ""})
	for _, t := range []string{"PER", "ORG", "LOC", "MISC"} {
		p.Types = append(p.Types, typeTab{typeName(t), "/entities?type=" + t, f.Type == t})
	}
	s.render(w, r, "entities", http.StatusOK, p)
}
