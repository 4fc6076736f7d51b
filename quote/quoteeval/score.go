package quoteeval

import (
	"slices"
	"strings"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/link"
	"github.com/marsad/marsad/quote/gold"
)

// Score holds the counts for one document or a set of them.
type Score struct {
	Docs int
	// Gold and Pred count gold and predicted quotes.
	Gold, Pred int
	// SpeakerOK counts predicted quotes whose speaker matches a gold
	// quote's; SpeakerFound gold quotes matched by some prediction.
	SpeakerOK, SpeakerFound int
	// PredVia counts predicted quotes with a via, ViaOK those right;
	// GoldVia gold quotes with a via, ViaFound those some prediction gives.
	PredVia, ViaOK, GoldVia, ViaFound int
	// Attributed counts gold quotes found by speaker, AttribOK those of
	// them with a prediction whose via is right, absence included.
	Attributed, AttribOK int
	// Misses describe what went wrong, for reports.
	Misses []string
	// Entities scores the documents' PER, ORG and LOC entities.
	Entities EntityScore
}

// Add adds o's counts to s.
func (s *Score) Add(o Score) {
	s.Docs += o.Docs
	s.Gold += o.Gold
	s.Pred += o.Pred
	s.SpeakerOK += o.SpeakerOK
	s.SpeakerFound += o.SpeakerFound
	s.PredVia += o.PredVia
	s.ViaOK += o.ViaOK
	s.GoldVia += o.GoldVia
	s.ViaFound += o.ViaFound
	s.Attributed += o.Attributed
	s.AttribOK += o.AttribOK
	s.Misses = append(s.Misses, o.Misses...)
	s.Entities.Add(o.Entities)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// SpeakerPrecision is the share of predicted quotes with a right speaker.
func (s Score) SpeakerPrecision() float64 { return ratio(s.SpeakerOK, s.Pred) }

// SpeakerRecall is the share of gold quotes found with a right speaker.
func (s Score) SpeakerRecall() float64 { return ratio(s.SpeakerFound, s.Gold) }

// ViaPrecision is the share of predicted vias that are right.
func (s Score) ViaPrecision() float64 { return ratio(s.ViaOK, s.PredVia) }

// ViaRecall is the share of gold vias found.
func (s Score) ViaRecall() float64 { return ratio(s.ViaFound, s.GoldVia) }

// ViaAccuracy is the share of gold quotes found by speaker whose via
// (or its absence) is right.
func (s Score) ViaAccuracy() float64 { return ratio(s.AttribOK, s.Attributed) }

// ScoreDoc scores doc's quotes against g. Quotes found in reader comments
// count only when g lists some (section "comment"): most gold files hold
// the article's statements only.
func ScoreDoc(doc *marsad.Document, g *gold.File) Score {
	s := Score{Docs: 1, Gold: len(g.Quotes), Entities: ScoreEntities(doc, g)}
	comments := slices.ContainsFunc(g.Quotes, func(q gold.Quote) bool { return q.Section == marsad.SectionComment })
	for _, q := range doc.Quotes {
		if q.Section == marsad.SectionComment && !comments {
			continue
		}
		s.Pred++
		s.scorePredicted(doc.File, q, g)
	}
	for _, gq := range g.Quotes {
		s.scoreGold(doc, gq)
	}
	return s
}

func (s *Score) scorePredicted(file string, q marsad.Quote, g *gold.File) {
	matched := false
	for _, gq := range g.Quotes {
		matched = matched || SpeakerMatches(q.Speaker, gq.Speaker)
	}
	if matched {
		s.SpeakerOK++
	} else {
		s.Misses = append(s.Misses, file+": extra or wrong speaker "+q.Speaker.Text+" ("+q.Verb+")")
	}
	if q.Via == nil {
		return
	}
	s.PredVia++
	for _, gq := range g.Quotes {
		if (!matched || SpeakerMatches(q.Speaker, gq.Speaker)) && ViaMatches(q.Via, gq.Via) {
			s.ViaOK++
			return
		}
	}
	s.Misses = append(s.Misses, file+": wrong via "+viaName(q.Via)+" for "+q.Speaker.Text)
}

func (s *Score) scoreGold(doc *marsad.Document, gq gold.Quote) {
	found, viaRight := false, false
	for _, q := range doc.Quotes {
		if !SpeakerMatches(q.Speaker, gq.Speaker) {
			continue
		}
		found = true
		if len(gq.Via) == 0 && q.Via == nil || ViaMatches(q.Via, gq.Via) {
			viaRight = true
		}
	}
	if len(gq.Via) > 0 {
		s.GoldVia++
	}
	if !found {
		s.Misses = append(s.Misses, doc.File+": missed "+gq.Speaker[0]+": "+gq.Text)
		return
	}
	s.SpeakerFound++
	s.Attributed++
	if viaRight {
		s.AttribOK++
		if len(gq.Via) > 0 {
			s.ViaFound++
		}
	} else {
		s.Misses = append(s.Misses, doc.File+": via of "+gq.Speaker[0]+" not found")
	}
}

// SpeakerMatches reports whether sp is one of the variants: by its text,
// or by its entity id being the id one of them would get.
func SpeakerMatches(sp marsad.Speaker, variants []string) bool {
	return matchAny(sp.Text, variants) || idMatches(sp.EntityID, variants)
}

// ViaMatches reports whether via names one of the variants.
func ViaMatches(via *marsad.Via, variants []string) bool {
	if via == nil || len(variants) == 0 {
		return false
	}
	return matchAny(via.Name, variants) || matchAny(via.Text, variants) || idMatches(via.EntityID, variants)
}

func viaName(v *marsad.Via) string {
	if v.Name != "" {
		return v.Name
	}
	return v.Text
}

func idMatches(id string, variants []string) bool {
	if id == "" {
		return false
	}
	for _, v := range variants {
		if id == link.ID(marsad.PER, v) || id == link.ID(marsad.ORG, v) {
			return true
		}
	}
	return false
}

func matchAny(s string, variants []string) bool {
	n := Norm(s)
	if n == "" {
		return false
	}
	for _, v := range variants {
		if Norm(v) == n {
			return true
		}
	}
	return false
}

// Norm is the form names are compared in: arabic.Search, quotation marks
// and parentheses removed, spaces collapsed.
func Norm(s string) string {
	s = strings.NewReplacer("\"", " ", "«", " ", "»", " ", "“", " ", "”", " ", "(", " ", ")", " ").Replace(s)
	return strings.Join(strings.Fields(strings.ToLower(arabic.Search.String(s))), " ")
}
