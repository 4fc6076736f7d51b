package ner

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// toyCorpus yields texts in which city names and person names occur in
// different contexts.
func toyCorpus() func(func(string, error) bool) {
	cities := strings.Fields("القاهرة دمشق بغداد الرياض عمان تونس الجزائر الرباط")
	people := strings.Fields("أحمد محمود خالد سامي يوسف كريم نبيل طارق")
	return func(yield func(string, error) bool) {
		for i := range 400 {
			c, p := cities[i%len(cities)], people[(i*3)%len(people)]
			text := fmt.Sprintf("وصل الوزير %s إلى مدينة %s أمس . وقال السيد %s في %s اليوم .\n", p, c, people[(i+1)%8], cities[(i+5)%8])
			if !yield(text, nil) {
				return
			}
		}
	}
}

func TestLearnClusters(t *testing.T) {
	cfg := ClusterConfig{MinCount: 3, Dim: 8, Levels: 2, Contexts: 50, Seed: 1}
	cl, err := LearnClusters(toyCorpus(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	same := func(a, b string) bool { return cl.Path(a)[:3] == cl.Path(b)[:3] }
	if cl.Path("دمشق") == "" || cl.Path("خالد") == "" {
		t.Fatalf("no paths: %q %q", cl.Path("دمشق"), cl.Path("خالد"))
	}
	if !same("دمشق", "بغداد") || !same("خالد", "سامي") || same("دمشق", "خالد") {
		t.Errorf("cities %s %s, people %s %s", cl.Path("دمشق"), cl.Path("بغداد"), cl.Path("خالد"), cl.Path("سامي"))
	}
	again, _ := LearnClusters(toyCorpus(), cfg)
	if !reflect.DeepEqual(cl.entries(), again.entries()) {
		t.Error("two runs with the same seed differ")
	}
}

func TestClustersReadWrite(t *testing.T) {
	c := NewClusters()
	for w, p := range map[string]string{"موسكو": "0110", "سكاى": "1", "لافروف": "111000111000111000"} {
		if err := c.Set(w, p); err != nil {
			t.Fatal(err)
		}
	}
	if c.Path("سكاي") != "1" {
		t.Errorf("Egyptian ى not folded: %q", c.Path("سكاي"))
	}
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadClusters(&buf)
	if err != nil || !reflect.DeepEqual(back.entries(), c.entries()) {
		t.Errorf("round trip: %v %v", err, back.entries())
	}
	if err := c.Set("x", "012"); err == nil {
		t.Error("bad path accepted")
	}
}
