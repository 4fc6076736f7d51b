package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/terms"
)

// Paging bounds.
const (
	defaultHits = 10
	maxHits     = 100
	maxOffset   = 10000
)

// filterOf reads the filters shared by search, entities and stories.
func filterOf(v url.Values) marsad.Filter {
	get := func(k string) string { return strings.TrimSpace(v.Get(k)) }
	return marsad.Filter{Outlet: get("outlet"), From: get("from"), To: get("to"),
		Entity: get("entity"), Story: get("story"), Type: strings.ToUpper(get("type"))}
}

// searchQuery reads a search from the URL: q (required), the filters,
// limit and offset.
func searchQuery(r *http.Request) (marsad.Query, error) {
	v := r.URL.Query()
	text := strings.TrimSpace(v.Get("q"))
	if text == "" {
		return marsad.Query{}, marsad.Errorf(marsad.EINVALID, "the parameter q (the words to search for) is required")
	}
	q := terms.Parse(text)
	q.Filter = filterOf(v)
	var err error
	if q.Limit, err = intParam(v, "limit", defaultHits, 1, maxHits); err != nil {
		return q, err
	}
	q.Offset, err = intParam(v, "offset", 0, 0, maxOffset)
	return q, err
}

// intParam reads an integer parameter in [lo, hi], def when absent.
func intParam(v url.Values, name string, def, lo, hi int) (int, error) {
	s := v.Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, marsad.Errorf(marsad.EINVALID, "the parameter %s must be a whole number from %d to %d", name, lo, hi)
	}
	return n, nil
}
