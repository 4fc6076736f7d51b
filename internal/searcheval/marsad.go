package searcheval

import (
	"context"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/terms"
)

// Marsad returns a search function over a Marsad index: the query is
// analysed with terms.Parse, as 'marsad search' does.
func Marsad(ix marsad.SearchIndex) func(string) ([]string, error) {
	return func(text string) ([]string, error) {
		q := terms.Parse(text)
		q.Limit = 4 * Depth // room for the copies of the latency database; Score cuts at Depth
		res, err := ix.Search(context.Background(), q)
		if err != nil {
			return nil, err
		}
		ids := make([]string, len(res.Hits))
		for i, h := range res.Hits {
			ids[i] = h.ID
		}
		return ids, nil
	}
}
