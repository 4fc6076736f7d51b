package web

import (
	"net/http"

	marsad "github.com/marsad/marsad"
)

// apiSearch answers GET /api/search?q= with the JSON of "marsad search
// --format json". Snippets are HTML: the text escaped, matches in <mark>.
func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q, err := searchQuery(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	res, err := s.store.Search(r.Context(), q)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	for i := range res.Hits {
		res.Hits[i].Snippet = snippetHTML(snippet(res.Hits[i].Text, q))
	}
	writeJSON(w, http.StatusOK, nonNilResult(res))
}

func nonNilResult(res *marsad.SearchResult) *marsad.SearchResult {
	res.Hits = nonNil(res.Hits)
	res.Facets.Outlet = nonNil(res.Facets.Outlet)
	res.Facets.Entity = nonNil(res.Facets.Entity)
	return res
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
