// Package places is a gazetteer of the places Arabic news names most: the
// countries, first-level divisions, cities and towns of the Arab world and
// its neighbours, world capitals, and the region's seas, rivers,
// mountains and deserts (arab_places.tsv, embedded). ANERgazet and ANETAC,
// which the entity tagger learned from, list few of them (قفصة, صلالة and
// كيفه are in neither). README.md says how the list was made.
//
// A word written with a hamza must match the listed name's hamza (إطار is
// not the Mauritanian town أطار, بأنه not the Iranian town بانه); a word
// written without one matches in arabic.Search form, since the news often
// leaves hamzas out (اربيل for أربيل). Final ya and ta marbuta fold,
// except a final ه for a listed ة (وجده, "found it", is not وجدة).
// A name that is also an ordinary word (العين, صور, جدة) is marked
// Ambiguous: callers should want more evidence than the word itself.
package places

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/marsad/marsad/arabic"
)

//go:embed arab_places.tsv
var data string

// Place is one entry of the gazetteer.
type Place struct {
	Name      string // as written in the list
	Country   string // ISO 3166-1 alpha-2 code, XX for what spans countries
	Kind      string // country, region, city, town, area, water, land
	Ambiguous bool   // also an ordinary word or a common personal name
}

// Gazetteer finds places by their words.
type Gazetteer struct {
	byFirst map[string][]entry // Search form of the first word -> entries, longest first
	size    int
}

type entry struct {
	words []string // Search forms
	exact []string // forms that keep the hamza
	place Place
}

// keepHamza folds what carries no meaning but keeps the hamza and its seat.
const keepHamza = arabic.StripDiacritics | arabic.StripTatweel | arabic.FoldAlefMaksura | arabic.FoldTehMarbuta |
	arabic.FoldPresentation | arabic.RemoveControls

func hasHamza(w string) bool { return strings.ContainsAny(w, "أإآؤئء") }

// Len returns the number of names held.
func (g *Gazetteer) Len() int { return g.size }

var (
	once sync.Once
	def  *Gazetteer
)

// Default returns the embedded gazetteer.
func Default() *Gazetteer {
	once.Do(func() {
		g, err := Parse(strings.NewReader(data))
		if err != nil {
			panic("places: embedded list: " + err.Error()) // a build defect, caught by the tests
		}
		def = g
	})
	return def
}

// Parse reads "name<TAB>cc<TAB>kind<TAB>ambiguous" lines.
func Parse(r io.Reader) (*Gazetteer, error) {
	g := &Gazetteer{byFirst: map[string][]entry{}}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 || f[3] != "0" && f[3] != "1" {
			return nil, fmt.Errorf("line %d: want name, country, kind and 0 or 1, tab-separated: %q", n, line)
		}
		p := Place{Name: f[0], Country: f[1], Kind: f[2], Ambiguous: f[3] == "1"}
		g.add(p)
	}
	return g, sc.Err()
}

func (g *Gazetteer) add(p Place) {
	words := strings.Fields(arabic.Search.String(p.Name))
	if len(words) == 0 {
		return
	}
	list := g.byFirst[words[0]]
	for _, e := range list {
		if strings.Join(e.words, " ") == strings.Join(words, " ") {
			return // the same name in another country: the first line wins
		}
	}
	i := 0
	for i < len(list) && len(list[i].words) >= len(words) {
		i++
	}
	list = append(list, entry{})
	copy(list[i+1:], list[i:])
	list[i] = entry{words: words, exact: strings.Fields(keepHamza.String(p.Name)), place: p}
	g.byFirst[words[0]] = list
	g.size++
}

// Starts reports whether a listed name starts with w, given in
// arabic.Search form: a cheap test before Match.
func (g *Gazetteer) Starts(w string) bool {
	_, ok := g.byFirst[w]
	return ok
}

// Match returns the longest place whose words open words (as written),
// and how many words it takes; 0 when none does.
func (g *Gazetteer) Match(words []string) (Place, int) {
	if len(words) == 0 {
		return Place{}, 0
	}
	for _, e := range g.byFirst[arabic.Search.String(words[0])] {
		if len(e.words) <= len(words) && e.matches(words) {
			return e.place, len(e.words)
		}
	}
	return Place{}, 0
}

func (e *entry) matches(words []string) bool {
	if len(e.exact) != len(e.words) {
		return false
	}
	for i := range e.words {
		w := words[i]
		if hasHamza(w) && keepHamza.String(w) != e.exact[i] || !hasHamza(w) && arabic.Search.String(w) != e.words[i] {
			return false
		}
		if strings.HasSuffix(w, "ه") && strings.HasSuffix(e.place.Name, "ة") && i == len(e.words)-1 {
			return false // وجده (found it) is not وجدة
		}
	}
	return true
}
