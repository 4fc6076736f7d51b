package ner

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Gazetteer classes. ANETAC (single tokens, machine-aligned) and ANERgazet
// (hand lists, some multi-word) differ in reliability, so they keep separate
// bits and the tagger learns how far to trust each.
const (
	gzPER uint8 = 1 << iota // ANETAC PERSON
	gzORG                   // ANETAC ORGANIZATION
	gzLOC                   // ANETAC LOCATION
	agPER                   // ANERgazet Pers
	agORG                   // ANERgazet Org
	agLOC                   // ANERgazet Loc

	gzAll = gzPER | gzORG | gzLOC
	agAll = agPER | agORG | agLOC
)

// Gazetteer maps search-normalized names to class bits. Single words are
// looked up directly; phrases of several words by longest match.
type Gazetteer struct {
	words   map[string]uint8
	phrases map[string][]phrase // by first word, longest first
}

type phrase struct {
	rest  []string
	class uint8
}

// NewGazetteer returns an empty gazetteer.
func NewGazetteer() *Gazetteer {
	return &Gazetteer{words: map[string]uint8{}, phrases: map[string][]phrase{}}
}

// Add adds a name (one or more words, any spelling) with class bits.
func (g *Gazetteer) Add(name string, class uint8) {
	f := strings.Fields(searchForm(name))
	if len(f) == 0 {
		return
	}
	if c := class & gzAll; c != 0 && len(f) == 1 {
		g.words[f[0]] |= c
	}
	if c := class & agAll; c != 0 {
		g.addPhrase(f, c)
	}
}

// entries returns the gazetteer as sorted "bits<TAB>name" lines, the form
// the model file keeps.
func (g *Gazetteer) entries() []string {
	var out []string
	for w, c := range g.words {
		out = append(out, fmt.Sprintf("%d\t%s", c, w))
	}
	for w, list := range g.phrases {
		for _, p := range list {
			out = append(out, fmt.Sprintf("%d\t%s", p.class, strings.Join(append([]string{w}, p.rest...), " ")))
		}
	}
	sort.Strings(out)
	return out
}

// gazetteerFromEntries rebuilds a gazetteer from entries().
func gazetteerFromEntries(lines []string) (*Gazetteer, error) {
	g := NewGazetteer()
	for _, l := range lines {
		bits, name, ok := strings.Cut(l, "\t")
		c, err := strconv.ParseUint(bits, 10, 8)
		if !ok || err != nil {
			return nil, fmt.Errorf("gazetteer entry %q", l)
		}
		g.Add(name, uint8(c))
	}
	return g, nil
}

func (g *Gazetteer) addPhrase(f []string, class uint8) {
	list := g.phrases[f[0]]
	for i := range list {
		if strings.Join(list[i].rest, " ") == strings.Join(f[1:], " ") {
			list[i].class |= class
			return
		}
	}
	list = append(list, phrase{rest: f[1:], class: class})
	sort.SliceStable(list, func(i, j int) bool { return len(list[i].rest) > len(list[j].rest) })
	g.phrases[f[0]] = list
}

// ReadANETAC adds the entries of ANETAC's EN-AR_Named-entities.txt
// ("CLASS ENGLISH ARABIC" per line).
func (g *Gazetteer) ReadANETAC(r io.Reader) error {
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			continue
		}
		if len(f) < 3 {
			return fmt.Errorf("anetac line %d: want CLASS ENGLISH ARABIC", n)
		}
		switch f[0] {
		case "PERSON":
			g.Add(f[len(f)-1], gzPER)
		case "ORGANIZATION":
			g.Add(f[len(f)-1], gzORG)
		case "LOCATION":
			g.Add(f[len(f)-1], gzLOC)
		}
	}
	return sc.Err()
}

// ReadList adds one name per line with the given ANERgazet class (agPER,
// agORG or agLOC); "====" separator lines are skipped.
func (g *Gazetteer) ReadList(r io.Reader, class uint8) error {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "===") {
			continue
		}
		g.Add(line, class)
	}
	return sc.Err()
}

// ANERGazetFiles names ANERgazet's three lists and their classes.
var ANERGazetFiles = map[string]uint8{
	"ANERGazet_Pers.txt": agPER,
	"ANERGazet_Org.txt":  agORG,
	"ANERGazet_Loc.txt":  agLOC,
}

// namesOf returns the single-word names with any of the class bits, sorted.
func (g *Gazetteer) namesOf(class uint8) []string {
	var out []string
	for w, c := range g.words {
		if c&class != 0 {
			out = append(out, w)
		}
	}
	for w, list := range g.phrases {
		for _, p := range list {
			if p.class&class != 0 && len(p.rest) == 0 {
				out = append(out, w)
			}
		}
	}
	sort.Strings(out)
	return slices.Compact(out)
}
