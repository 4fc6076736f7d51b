package ner

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/marsad/marsad/internal/shareddata"
)

// seedTokens splits text into lines, then words, splitting off punctuation
// (the product uses the tokenize package; this is enough for the test).
func seedTokens(text string) [][]string {
	var doc [][]string
	for _, line := range strings.Split(text, "\n") {
		var words []string
		for _, f := range strings.Fields(line) {
			start := 0
			for i, r := range f {
				if unicode.IsPunct(r) || strings.ContainsRune("«»\"،؛؟", r) {
					if i > start {
						words = append(words, f[start:i])
					}
					words = append(words, string(r))
					start = i + len(string(r))
				}
			}
			if start < len(f) {
				words = append(words, f[start:])
			}
		}
		if len(words) > 0 {
			doc = append(doc, words)
		}
	}
	return doc
}

type seedGold struct {
	Entities map[string]json.RawMessage `json:"entities"`
}

// seedFound returns the entities the default model finds in the seed
// article, as "TYPE:text" in search form, each also without a one-letter
// proclitic on its first word (وفايز السراج counts as فايز السراج).
func seedFound(t *testing.T) map[string]bool {
	text, err := os.ReadFile(shareddata.Require(t, "seed", "000_41f02a5e8c32960a.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc := seedTokens(string(text))
	found := map[string]bool{}
	for i, spans := range defaultModel(t).EntitiesDocument(doc) {
		for _, sp := range spans {
			s := searchForm(strings.Join(doc[i][sp.From:sp.To], " "))
			found[sp.Type+":"+s] = true
			if r := []rune(s); len(r) > 3 && strings.ContainsRune("وفبلك", r[0]) {
				found[sp.Type+":"+string(r[1:])] = true
			}
		}
	}
	return found
}

// seedEntities reads the seed's gold entities: per type, lists of the
// surface variants of one entity.
func seedEntities(t *testing.T) map[string][][]string {
	data, err := os.ReadFile(shareddata.Require(t, "seed", "000_41f02a5e8c32960a.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g seedGold
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	out := map[string][][]string{}
	for _, ty := range []string{"PER", "ORG", "LOC"} {
		var ents [][]string
		if err := json.Unmarshal(g.Entities[ty], &ents); err != nil {
			t.Fatal(err)
		}
		out[ty] = ents
	}
	return out
}

func hasAny(found map[string]bool, ty string, variants []string) bool {
	for _, v := range variants {
		if found[ty+":"+searchForm(v)] {
			return true
		}
	}
	return false
}

// TestSeedModernNames checks names that ANERcorp (2007) never saw.
func TestSeedModernNames(t *testing.T) {
	found, gold := seedFound(t), seedEntities(t)
	names := map[string][]string{
		"PER": {"خليفة حفتر", "فايز السراج", "عقيلة صالح", "سيرجي لافروف", "مولود تشاووش أوغلو"},
		"ORG": {"سبوتنيك", "انترفاكس", "سكاي نيوز عربية"},
	}
	for ty, list := range names {
		for _, name := range list {
			for _, variants := range gold[ty] {
				if variants[0] == name && !hasAny(found, ty, variants) {
					t.Errorf("%s %s not found (variants %v)", ty, name, variants)
				}
			}
		}
	}
}

// TestSeedCoverage measures the share of the seed's gold entities found.
func TestSeedCoverage(t *testing.T) {
	found, gold := seedFound(t), seedEntities(t)
	hit, total := 0, 0
	for ty, ents := range gold {
		for _, variants := range ents {
			total++
			if hasAny(found, ty, variants) {
				hit++
			} else {
				t.Logf("missed %s %v", ty, variants)
			}
		}
	}
	const floor = 0.90 // baseline: measured 21/23 = 0.913; the issue asks for 0.90
	cov := float64(hit) / float64(total)
	t.Logf("seed coverage %d/%d = %.3f", hit, total, cov)
	if cov < floor {
		t.Errorf("seed coverage %.3f < floor %.2f", cov, floor)
	}
}
