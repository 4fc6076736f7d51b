// Package stemeval scores stemmers and root extractors against the gold
// sets in the shared data folder: golden-corpus-arabic (parallel word, stem
// and root files) and root-extraction-validation (gs/*.csv rows "word,root").
// Both sides are compared in arabic.Search form. It backs 'marsad eval stem'
// and the accuracy tests.
package stemeval

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/marsad/marsad/arabic"
)

// Item is one gold word with its admissible answers.
type Item struct {
	Word string
	Gold []string
}

// Set is a named list of gold items.
type Set struct {
	Name  string
	Items []Item
}

// LoadGolden reads dir/words.txt, stems.txt and roots.txt (line i of each is
// one triple) and returns the stem and root sets.
func LoadGolden(dir string) (stems, roots Set, err error) {
	var cols [3][]string
	for i, f := range []string{"words.txt", "stems.txt", "roots.txt"} {
		if cols[i], err = readLines(filepath.Join(dir, f)); err != nil {
			return stems, roots, err
		}
	}
	if len(cols[0]) != len(cols[1]) || len(cols[0]) != len(cols[2]) {
		return stems, roots, fmt.Errorf("%s: words, stems and roots differ in length (%d, %d, %d)",
			dir, len(cols[0]), len(cols[1]), len(cols[2]))
	}
	stems.Name, roots.Name = "golden-corpus", "golden-corpus"
	for i, w := range cols[0] {
		stems.Items = append(stems.Items, Item{w, []string{cols[1][i]}})
		roots.Items = append(roots.Items, Item{w, []string{cols[2][i]}})
	}
	return stems, roots, nil
}

func readLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		out = append(out, strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff")))
	}
	return out, sc.Err()
}

// LoadRootCSV reads every dir/*.csv ("word,root", several roots separated
// by \). Rows whose root is # (particles and single letters, which have no
// root) are kept with a nil Gold, so that answer files stay aligned, and
// are not scored. It returns one set per file, sorted by name.
func LoadRootCSV(dir string) ([]Set, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("%s: no *.csv gold files", dir)
	}
	sort.Strings(files)
	var sets []Set
	for _, f := range files {
		s, err := loadCSV(f)
		if err != nil {
			return nil, err
		}
		sets = append(sets, s)
	}
	return sets, nil
}

func loadCSV(path string) (Set, error) {
	set := Set{Name: strings.TrimSuffix(filepath.Base(path), ".csv")}
	f, err := os.Open(path)
	if err != nil {
		return set, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	for first := true; ; first = false {
		rec, err := r.Read()
		if err == io.EOF {
			return set, nil
		}
		if err != nil {
			return set, fmt.Errorf("%s: %v", path, err)
		}
		if first && len(rec) > 0 && rec[0] == "word" || len(rec) < 2 {
			continue
		}
		it := Item{Word: strings.TrimSpace(rec[0])}
		if root := strings.TrimSpace(rec[1]); root != "#" && root != "" {
			it.Gold = strings.Split(root, `\`)
		}
		set.Items = append(set.Items, it)
	}
}

// Words returns the Arabic-letter words of text normalized with
// arabic.Orthographic, in order, for benchmarks and samples.
func Words(text string) []string {
	return strings.FieldsFunc(arabic.Orthographic.String(text), func(r rune) bool { return !arabic.IsLetter(r) })
}
