package sqlite

import (
	"context"
	"testing"

	marsad "github.com/marsad/marsad"
)

func TestStoriesAndEntities(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	a, b, c := sampleDoc("a", "ha", "الوطن الجديدُ"), sampleDoc("b", "hb", "الوطن الجديدُ"), sampleDoc("c", "hc", "الوطن الجديدُ")
	b.Outlet, c.Published = "alriyadh", ""
	db.Put(ctx, []*marsad.StoredDocument{a, b, c})
	items, err := db.ClusterItems(ctx, 3)
	if err != nil || len(items) != 3 || items[2].ID != "c" {
		t.Fatalf("cluster items: %+v %v", items, err)
	}
	err = db.Assign(ctx, []marsad.Assignment{{ID: "a", Story: "s1"}, {ID: "b", Story: "s1", NearOf: "a"}, {ID: "c", Story: "s2"}})
	if err != nil {
		t.Fatal(err)
	}
	if items, _ := db.ClusterItems(ctx, 3); len(items) != 0 {
		t.Errorf("all clustered, still %d items", len(items))
	}
	ss, err := db.Stories(ctx, marsad.Filter{}, 10)
	if err != nil || len(ss) != 2 || ss[0].ID != "s1" || ss[0].Docs != 2 || len(ss[0].Outlets) != 2 {
		t.Fatalf("stories: %+v %v", ss, err)
	}
	es, err := db.Entities(ctx, marsad.Filter{Outlet: "OKAZ"}, 10)
	if err != nil || len(es) != 1 || es[0].Docs != 2 || es[0].Mentions != 4 || es[0].ID != "loc:وطن" {
		t.Fatalf("entities: %+v %v", es, err)
	}
}
