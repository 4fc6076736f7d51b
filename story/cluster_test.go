package story

import (
	"fmt"
	"testing"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/dedup"
)

// item builds a cluster item from words: each word is a term of weight 1.
func item(id, published string, words ...string) marsad.ClusterItem {
	f := marsad.Features{MinHash: dedup.Signature(dedup.Shingles(words))}
	for _, w := range words {
		f.Terms = append(f.Terms, marsad.TermWeight{Term: Hash(w), Weight: 1})
	}
	return marsad.ClusterItem{ID: id, Published: published, Features: f}
}

func storiesOf(as []marsad.Assignment) map[string]string {
	m := map[string]string{}
	for _, a := range as {
		m[a.ID] = a.Story
	}
	return m
}

// background gives the term weights a population to be rare in.
func background() []marsad.ClusterItem {
	var out []marsad.ClusterItem
	for i := 0; i < 40; i++ {
		out = append(out, item(fmt.Sprint("bg", i), "2018-03-01", "عام", "قال", "اليوم", string(rune(0x0621+i))))
	}
	return out
}

func TestClusterJoinsAndSeparates(t *testing.T) {
	items := append(background(),
		item("a", "2018-03-10", "انفجار", "مسجد", "الطوارئ", "عسير", "شهداء"),
		item("b", "2018-03-10", "تفجير", "مسجد", "الطوارئ", "عسير", "إدانة"),
		item("c", "", "مسجد", "الطوارئ", "عسير", "تشييع", "شهداء"),
		item("d", "2018-03-10", "أمطار", "رعدية", "جازان", "سيول"),
		item("e", "2018-03-25", "انفجار", "مسجد", "الطوارئ", "عسير", "شهداء", "ذكرى"),
	)
	s := storiesOf(Cluster(items, Options{}))
	if s["a"] != s["b"] {
		t.Errorf("same event, two outlets: %q %q", s["a"], s["b"])
	}
	if s["c"] != s["a"] {
		t.Errorf("undated report of the event not clustered with it: %q %q", s["c"], s["a"])
	}
	if s["d"] == s["a"] {
		t.Error("different event joined")
	}
	if s["e"] == s["a"] {
		t.Error("report outside the window joined")
	}
	if len(s) != len(items) {
		t.Errorf("%d assignments for %d items", len(s), len(items))
	}
}

func TestClusterNearDuplicateAndExisting(t *testing.T) {
	words := []string{"وصل", "الوفد", "إلى", "جنيف", "لبدء", "المحادثات", "حول", "الأزمة", "السورية", "برعاية", "الأمم", "المتحدة"}
	first := item("x", "2018-03-10", words...)
	first.Story = "s-old"
	copyWords := append(append([]string(nil), words...), "أمس")
	items := append(background(), first, item("y", "2018-03-11", copyWords...))
	as := Cluster(items, Options{})
	if len(as) != 41 {
		t.Fatalf("existing stories must not be reassigned: %d assignments", len(as))
	}
	for _, a := range as {
		if a.ID == "y" && (a.Story != "s-old" || a.NearOf != "x") {
			t.Errorf("near-duplicate: %+v", a)
		}
		if a.ID == "x" {
			t.Errorf("existing story reassigned: %+v", a)
		}
	}
}

func TestNewIDStable(t *testing.T) {
	if NewID("doc1") != NewID("doc1") || NewID("doc1") == NewID("doc2") || len(NewID("d")) != 13 {
		t.Errorf("NewID: %s %s", NewID("doc1"), NewID("doc2"))
	}
}
