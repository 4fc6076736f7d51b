package analyze

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/internal/shareddata"
)

// TestSeedEntities: analyze finds at least 90% of the seed's gold entities
// (PER, ORG, LOC; each gold entity is a list of surface variants, and one
// found variant of the right type counts), and every person of the gold
// file resolves to exactly one linked entity.
func TestSeedEntities(t *testing.T) {
	txt := shareddata.Require(t, "seed", "000_41f02a5e8c32960a.txt")
	gold := shareddata.Require(t, "seed", "000_41f02a5e8c32960a.gold.json")
	raw, _ := os.ReadFile(txt)
	doc, err := New(Options{}).Analyze(txt, raw)
	if err != nil {
		t.Fatal(err)
	}
	var g struct{ Entities map[string]json.RawMessage }
	graw, _ := os.ReadFile(gold)
	if err := json.Unmarshal(graw, &g); err != nil {
		t.Fatal(err)
	}
	found := map[string]map[string]string{} // type -> normalized text -> entity id
	for _, e := range doc.Entities {
		if found[e.Type] == nil {
			found[e.Type] = map[string]string{}
		}
		found[e.Type][arabic.Search.String(e.Text)] = e.ID
	}
	total, hit := 0, 0
	for _, typ := range []string{"PER", "ORG", "LOC"} {
		var lists [][]string
		json.Unmarshal(g.Entities[typ], &lists)
		for _, variants := range lists {
			total++
			ids := map[string]bool{}
			for _, v := range variants {
				if id, ok := found[typ][arabic.Search.String(v)]; ok {
					ids[id] = true
				}
			}
			if len(ids) > 0 {
				hit++
			} else {
				t.Logf("missed %s %v", typ, variants)
			}
			if typ == "PER" && len(ids) > 1 {
				t.Errorf("%v resolves to %d entities: %v", variants, len(ids), ids)
			}
		}
	}
	t.Logf("seed gold entities found: %d/%d", hit, total)
	if float64(hit) < 0.9*float64(total) {
		t.Errorf("found %d of %d gold entities, want at least 90%%", hit, total)
	}
}
