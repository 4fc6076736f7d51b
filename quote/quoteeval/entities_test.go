package quoteeval_test

import (
	"testing"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/quote/gold"
	"github.com/marsad/marsad/quote/quoteeval"
)

func TestScoreEntities(t *testing.T) {
	g := &gold.File{Entities: gold.Entities{
		PER:      [][]string{{"فايز السراج", "فائز السراج", "السراج"}, {"عقيلة صالح"}},
		ORG:      [][]string{{"الأمم المتحدة"}, {"سبوتنيك"}},
		LOC:      [][]string{{"موسكو"}},
		Optional: []string{"الليبي"},
	}}
	doc := &marsad.Document{File: "x", Entities: []marsad.Entity{
		{Text: "وفائز السراج", Type: marsad.PER},  // a conjunction and a variant
		{Text: "السراج", Type: marsad.PER},        // the same entity again
		{Text: "للأمم المتحدة", Type: marsad.ORG}, // لل read as ال
		{Text: "سبوتنيك", Type: marsad.PER},       // wrong type
		{Text: "بموسكو", Type: marsad.LOC},
		{Text: "الليبي", Type: marsad.LOC},                                     // optional: not counted
		{Text: "الاجتماع", Type: marsad.ORG},                                   // extra
		{Text: "دولار", Type: marsad.MISC},                                     // MISC is not scored
		{Text: "عقيلة صالح", Type: marsad.PER, Section: marsad.SectionComment}, // a reader's comment: not the article
		{Text: "ياسين", Type: marsad.PER, Section: marsad.SectionComment},
	}}
	s := quoteeval.ScoreEntities(doc, g)
	if s.Gold != 5 || s.Found != 3 || s.FoundAnyType != 4 {
		t.Errorf("gold %d found %d (any type %d), want 5, 3, 4; misses %+q", s.Gold, s.Found, s.FoundAnyType, s.Misses)
	}
	// Predicted names: وفائز السراج, السراج, للأمم المتحدة, سبوتنيك (PER), بموسكو, الاجتماع.
	if s.Pred != 6 || s.Right != 4 {
		t.Errorf("predicted %d right %d, want 6 and 4; extras %+q", s.Pred, s.Right, s.Extras)
	}
}

// entityFloor is the least entity F1 the fixtures must keep with the
// full pipeline (0.856 over the 25 fixtures when it was last measured;
// the tagger alone scores about 0.70).
const entityFloor = 0.8

func TestFixturesEntities(t *testing.T) {
	r, err := quoteeval.Run(quoteeval.Options{}, fixtures)
	if err != nil {
		t.Fatal(err)
	}
	e := r.Total.Entities
	t.Logf("entities: %d gold, %d found; %d predicted, %d right; P %.3f R %.3f F1 %.3f",
		e.Gold, e.Found, e.Pred, e.Right, e.Precision(), e.Recall(), e.F1())
	if e.F1() < entityFloor {
		t.Errorf("entity F1 %.3f < %.2f", e.F1(), entityFloor)
		for _, m := range append(e.Misses, e.Extras...) {
			t.Log(m)
		}
	}
}

// TestScoreDocLeavesOutComments: a quote found in a reader's comment is
// neither a prediction nor a hit; the gold files cover the article.
func TestScoreDocLeavesOutComments(t *testing.T) {
	g := &gold.File{Quotes: []gold.Quote{{Speaker: []string{"فايز السراج"}, Text: "الاتفاق قريب"}}}
	doc := &marsad.Document{File: "x", Quotes: []marsad.Quote{
		{Text: "الاتفاق قريب", Speaker: marsad.Speaker{Text: "فايز السراج"}, Section: marsad.SectionBody},
		{Text: "الأشغال ستنطلق", Speaker: marsad.Speaker{Text: "لنا"}, Section: marsad.SectionComment},
	}}
	s := quoteeval.ScoreDoc(doc, g)
	if s.Pred != 1 || s.SpeakerOK != 1 {
		t.Errorf("predicted %d, right %d; want 1 and 1", s.Pred, s.SpeakerOK)
	}
}
