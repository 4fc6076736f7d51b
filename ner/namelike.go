package ner

import (
	"fmt"
	"math"
	"slices"
	"unicode/utf8"
)

// A name model tells how much a word's spelling looks like a person,
// organization or place name of the gazetteers rather than a common word of
// the news: naive Bayes over the word's letter 2- to 4-grams (with word
// boundaries). It recognizes transliterated foreign names that no list
// holds (-وف, -وغلو, -سكي, ...).
type nameModel struct {
	llr map[uint64][3]int8 // per n-gram: log-likelihood ratio of each class against common words, ×4
}

// nameClasses are the gazetteer bits of the name model's classes.
var nameClasses = [3]uint8{gzPER | agPER, gzORG | agORG, gzLOC | agLOC}

// learnNameModel counts the n-grams of the gazetteer's single-word names
// per class and of the common words (the cluster vocabulary minus the
// gazetteer).
func learnNameModel(g *Gazetteer, common []string) *nameModel {
	var counts [4]map[uint64]float64
	var totals [4]float64
	for c := range counts {
		counts[c] = map[uint64]float64{}
	}
	add := func(c int, w string) {
		eachNgram(w, func(h uint64) { counts[c][h]++; totals[c]++ })
	}
	for k, class := range nameClasses {
		for _, name := range g.namesOf(class) {
			add(k, name)
		}
	}
	for _, w := range common {
		if g.word(w, w) == 0 {
			add(3, w)
		}
	}
	return buildNameModel(&counts, &totals)
}

// buildNameModel keeps the n-grams seen at least 3 times in all.
func buildNameModel(counts *[4]map[uint64]float64, totals *[4]float64) *nameModel {
	m := &nameModel{llr: map[uint64][3]int8{}}
	keys := make([]uint64, 0, len(counts[3]))
	for c := range counts {
		for h := range counts[c] {
			keys = append(keys, h)
		}
	}
	slices.Sort(keys)
	for _, h := range slices.Compact(keys) {
		n := counts[0][h] + counts[1][h] + counts[2][h] + counts[3][h]
		if n < 3 {
			continue
		}
		base := math.Log((counts[3][h] + 0.5) / (totals[3] + 1))
		var v [3]int8
		for c := range v {
			r := math.Log((counts[c][h]+0.5)/(totals[c]+1)) - base
			v[c] = int8(max(-127, min(127, math.Round(4*r))))
		}
		m.llr[h] = v
	}
	return m
}

// eachNgram calls fn with the hash of each 2-, 3- and 4-letter n-gram of
// "^w$".
func eachNgram(w string, fn func(uint64)) {
	var off [34]int // rune starts of "^" + w + "$" (^ and $ are one byte)
	s := "^" + w + "$"
	n := 0
	for i := range s {
		if n == len(off)-1 {
			return
		}
		if utf8.RuneStart(s[i]) {
			off[n] = i
			n++
		}
	}
	off[n] = len(s)
	for k := 2; k <= 4; k++ {
		for i := 0; i+k <= n; i++ {
			fn(hashString(s[off[i]:off[i+k]]) ^ uint64(k))
		}
	}
}

// score returns one bucket per class, from -3 (a common word) to 3 (a
// name), of the mean log-likelihood ratio over the word's n-grams.
func (m *nameModel) score(w string) (b [3]int8) {
	if m == nil || len(m.llr) == 0 {
		return b
	}
	var sum [3]int
	n := 0
	eachNgram(w, func(h uint64) {
		if v, ok := m.llr[h]; ok {
			for c := range sum {
				sum[c] += int(v[c])
			}
			n++
		}
	})
	if n == 0 {
		return b
	}
	for c := range b {
		b[c] = int8(max(-3, min(3, sum[c]/n/2)))
	}
	return b
}

// encode returns the n-grams, sorted, and their ratios.
func (m *nameModel) encode() (keys []uint64, llr []int8) {
	for h := range m.llr {
		keys = append(keys, h)
	}
	slices.Sort(keys)
	for _, h := range keys {
		v := m.llr[h]
		llr = append(llr, v[:]...)
	}
	return keys, llr
}

func nameModelFrom(keys []uint64, llr []int8) (*nameModel, error) {
	if len(llr) != 3*len(keys) {
		return nil, fmt.Errorf("ner: name model is inconsistent")
	}
	if len(keys) == 0 {
		return nil, nil
	}
	m := &nameModel{llr: make(map[uint64][3]int8, len(keys))}
	for i, h := range keys {
		m.llr[h] = [3]int8(llr[3*i : 3*i+3])
	}
	return m, nil
}
