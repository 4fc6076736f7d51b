package web

import (
	"net/http"
	"net/url"
	"strconv"

	marsad "github.com/marsad/marsad"
)

type searchPage struct {
	head
	Total       int
	Hits        []hitView
	Outlets     []facetView
	Entities    []facetView
	Filtered    bool // an outlet or entity filter is on
	ClearURL    string
	PrevURL     string
	NextURL     string
	First, Last int // 1-based numbers of the hits shown
}

type hitView struct {
	marsad.Hit
	Pieces []piece
}

// facetView is one facet value: a link that toggles it as a filter.
type facetView struct {
	Label  string
	Count  int
	URL    string
	Active bool
}

// uiSearch shows ranked hits with highlighted snippets and outlet and
// entity facets.
func (s *Server) uiSearch(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("q") == "" {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	q, err := searchQuery(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	res, err := s.store.Search(r.Context(), q)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := searchPage{head: head{Title: "بحث: " + q.Text, Q: q.Text}, Total: res.Total}
	for _, h := range res.Hits {
		p.Hits = append(p.Hits, hitView{h, snippet(h.Text, q)})
	}
	p.facets(r.URL.Query(), res.Facets)
	p.paging(r.URL.Query(), q, len(res.Hits))
	s.render(w, r, "search", http.StatusOK, p)
}

// facets builds the facet links: each toggles its value, keeping q and
// the other filter, and starts again from the first page.
func (p *searchPage) facets(v url.Values, f marsad.Facets) {
	link := func(key, value string) string {
		u := cloneValues(v)
		u.Del("offset")
		if u.Get(key) == value {
			u.Del(key)
		} else {
			u.Set(key, value)
		}
		return "/search?" + u.Encode()
	}
	for _, c := range f.Outlet {
		p.Outlets = append(p.Outlets, facetView{firstNonEmpty(c.Value, "—"), c.Count, link("outlet", c.Value), v.Get("outlet") == c.Value})
	}
	for _, c := range f.Entity {
		p.Entities = append(p.Entities, facetView{firstNonEmpty(c.Name, c.Value), c.Count, link("entity", c.Value), v.Get("entity") == c.Value})
	}
	p.Filtered = v.Get("outlet") != "" || v.Get("entity") != ""
	p.ClearURL = "/search?" + url.Values{"q": {v.Get("q")}}.Encode()
}

func (p *searchPage) paging(v url.Values, q marsad.Query, shown int) {
	p.First, p.Last = q.Offset+1, q.Offset+shown
	page := func(off int) string {
		u := cloneValues(v)
		u.Set("offset", strconv.Itoa(off))
		return "/search?" + u.Encode()
	}
	if q.Offset > 0 {
		p.PrevURL = page(max(0, q.Offset-q.Limit))
	}
	if q.Offset+shown < p.Total && q.Offset+q.Limit <= maxOffset {
		p.NextURL = page(q.Offset + q.Limit)
	}
}

func cloneValues(v url.Values) url.Values {
	u := url.Values{}
	for k, vs := range v {
		u[k] = append([]string(nil), vs...)
	}
	return u
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
