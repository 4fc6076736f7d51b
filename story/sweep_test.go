package story_test

import (
	"os"
	"strconv"
	"testing"

	"github.com/marsad/marsad/story"
)

// TestStorySweep prints P/R/F1 over a grid of options on the development
// half of the pairs (odd lines). Run with MARSAD_SWEEP=1.
func TestStorySweep(t *testing.T) {
	if os.Getenv("MARSAD_SWEEP") == "" {
		t.Skip("set MARSAD_SWEEP=1")
	}
	ps := readPairs(t)
	every := 25
	if e := os.Getenv("MARSAD_DISTRACT"); e != "" {
		every, _ = strconv.Atoi(e)
	}
	items := loadItems(t, ps, every)
	var dev, test []pair
	for i, p := range ps {
		if i%2 == 0 {
			dev = append(dev, p)
		} else {
			test = append(test, p)
		}
	}
	for _, o := range []story.Options{
		{Threshold: 0.25, EntityWeight: 0.15}, {Threshold: 0.35, EntityWeight: 0.45}, {Threshold: 0.3, EntityWeight: 0.3},
		{Threshold: 0.3, EntityWeight: 0.45}, {Threshold: 0.35, EntityWeight: 0.3},
	} {
		d, _ := evaluate(t, dev, items, o)
		te, _ := evaluate(t, test, items, o)
		all, _ := evaluate(t, ps, items, o)
		t.Logf("th=%.2f ew=%.2f dev F1=%.3f test F1=%.3f all %v", o.Threshold, o.EntityWeight, d.f1(), te.f1(), all)
	}
}
