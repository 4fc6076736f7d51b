package quoteeval_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/analyze"
	"github.com/marsad/marsad/internal/shareddata"
	"github.com/marsad/marsad/quote/gold"
	"github.com/marsad/marsad/quote/quoteeval"
)

const fixtures = "../../testdata/quotes"

// floor is the least speaker and via precision and recall the
// development fixtures (01–19) and the seed must keep.
const floor = 0.9

// heldOutFloors guard the held-out batches (3–7, written after the rules
// they test and scored once before any fix): at the end of session 4 the
// pipeline scored speaker P/R 0.890 / 0.891 and via P/R 0.977 / 0.787
// on them.
var heldOutFloors = map[string]float64{
	"speaker precision": 0.85, "speaker recall": 0.85, "via precision": 0.9, "via recall": 0.75, "via accuracy": 0.85,
}

// heldOut reports a gold file of the held-out batches.
func heldOut(path string) bool {
	for _, b := range []string{"_heldout3_", "_heldout4_", "_heldout5_", "_heldout6_", "_heldout7_", "_heldout8_", "_heldout9_", "_heldout10_", "_heldout11_", "_heldout12_", "_heldout13_", "_heldout14_", "_heldout15_", "_heldout16_", "_heldout17_"} {
		if strings.Contains(path, b) {
			return true
		}
	}
	return false
}

func development(path string) bool { return !heldOut(path) }

func assertFloors(t *testing.T, s quoteeval.Score) {
	t.Helper()
	assertFloorsOf(t, s, map[string]float64{
		"speaker precision": floor, "speaker recall": floor, "via precision": floor, "via recall": floor, "via accuracy": floor,
	})
}

func assertFloorsOf(t *testing.T, s quoteeval.Score, floors map[string]float64) {
	t.Helper()
	t.Logf("%d docs, %d gold, %d predicted; speaker P %.3f R %.3f; via P %.3f R %.3f acc %.3f",
		s.Docs, s.Gold, s.Pred, s.SpeakerPrecision(), s.SpeakerRecall(), s.ViaPrecision(), s.ViaRecall(), s.ViaAccuracy())
	for name, v := range map[string]float64{
		"speaker precision": s.SpeakerPrecision(), "speaker recall": s.SpeakerRecall(),
		"via precision": s.ViaPrecision(), "via recall": s.ViaRecall(), "via accuracy": s.ViaAccuracy(),
	} {
		if v < floors[name] {
			t.Errorf("%s %.3f < %.2f", name, v, floors[name])
		}
	}
	if t.Failed() {
		for _, m := range s.Misses {
			t.Log(m)
		}
	}
}

func TestFixtureCount(t *testing.T) {
	r, err := quoteeval.Run(quoteeval.Options{Oracle: true}, fixtures)
	if err != nil {
		t.Fatal(err)
	}
	if r.Total.Docs < 10 || r.Total.Gold < 30 {
		t.Errorf("%d documents, %d quotes; want at least 10 and 30", r.Total.Docs, r.Total.Gold)
	}
}

// TestFixturesPipeline runs the full analyzer, whatever its tagger finds.
func TestFixturesPipeline(t *testing.T) {
	r, err := quoteeval.Run(quoteeval.Options{Keep: development}, fixtures)
	if err != nil {
		t.Fatal(err)
	}
	assertFloors(t, r.Total)
}

// TestFixturesOracle replaces the tagger by the gold entities.
func TestFixturesOracle(t *testing.T) {
	r, err := quoteeval.Run(quoteeval.Options{Oracle: true, Keep: development}, fixtures)
	if err != nil {
		t.Fatal(err)
	}
	assertFloors(t, r.Total)
}

// TestHeldOut scores the held-out batches against their own floors, with
// the tagger and with gold entities.
func TestHeldOut(t *testing.T) {
	for _, oracle := range []bool{false, true} {
		r, err := quoteeval.Run(quoteeval.Options{Oracle: oracle, Keep: heldOut}, fixtures)
		if err != nil {
			t.Fatal(err)
		}
		if r.Total.Docs < 30 { // batches 3–7
			t.Errorf("%d held-out documents, want 30", r.Total.Docs)
		}
		assertFloorsOf(t, r.Total, heldOutFloors)
	}
}

// TestSeed: every gold quote of the seed is found with its speaker and via.
func TestSeed(t *testing.T) {
	dir := filepath.Dir(shareddata.Require(t, "seed", "000_41f02a5e8c32960a.gold.json"))
	for _, oracle := range []bool{false, true} {
		r, err := quoteeval.Run(quoteeval.Options{Oracle: oracle}, dir)
		if err != nil {
			t.Fatal(err)
		}
		s := r.Total
		if s.SpeakerFound != s.Gold || s.ViaFound != s.GoldVia || s.AttribOK != s.Gold {
			t.Errorf("oracle=%v: found %d/%d speakers, %d/%d vias: %q", oracle, s.SpeakerFound, s.Gold, s.ViaFound, s.GoldVia, s.Misses)
		}
	}
}

// TestSeedPeoplePipeline: with the pipeline's own tagger, each of the
// seed's nine people is one linked entity. It needs the tagger.
func TestSeedPeoplePipeline(t *testing.T) {
	path := shareddata.Require(t, "seed", "000_41f02a5e8c32960a.gold.json")
	doc, g := analyzed(t, path)
	if !slices.Contains(doc.Stages, "entities") {
		t.Skip("the analyzer ran no entity tagger (" + firstWarning(doc) + ")")
	}
	for _, variants := range g.Entities.PER {
		ids := map[string]bool{}
		for _, e := range doc.Entities {
			if e.Type == marsad.PER && quoteevalMatch(e.Text, variants) {
				ids[e.ID] = true
			}
		}
		if len(ids) != 1 {
			t.Errorf("%s: %d ids %v, want 1", variants[0], len(ids), ids)
		}
	}
}

// TestOffsets: every quote, speaker and via span is the text it claims,
// on every fixture, with and without gold entities.
func TestOffsets(t *testing.T) {
	golds, _ := quoteeval.Pairs(fixtures)
	for _, gp := range golds {
		for _, oracle := range []bool{false, true} {
			doc, g := analyzed(t, gp)
			quoteeval.Complete(doc, g, oracle)
			runes := []rune(doc.Text)
			for _, q := range doc.Quotes {
				spans := [][3]any{{q.Start, q.End, q.Text}, {q.Speaker.Start, q.Speaker.End, q.Speaker.Text}}
				if q.Via != nil {
					spans = append(spans, [3]any{q.Via.Start, q.Via.End, q.Via.Text})
				}
				for _, sp := range spans {
					s, e := sp[0].(int), sp[1].(int)
					if s < 0 || e > len(runes) || s > e || string(runes[s:e]) != sp[2].(string) {
						t.Errorf("%s: span [%d,%d) does not hold %q", gp, s, e, sp[2])
					}
				}
			}
		}
	}
}

func analyzed(t *testing.T, goldPath string) (*marsad.Document, *gold.File) {
	t.Helper()
	g, err := gold.Read(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := readSibling(goldPath, g.File)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := analyze.New(analyze.Options{}).Analyze(g.File, raw)
	if err != nil {
		t.Fatal(err)
	}
	quoteeval.Complete(doc, g, false)
	return doc, g
}

func firstWarning(doc *marsad.Document) string {
	if len(doc.Warnings) > 0 {
		return doc.Warnings[0]
	}
	return "no entities stage"
}
