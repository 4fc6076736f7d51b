// Package searcheval measures search quality (MRR@10, recall@10) on the
// judged queries of testdata/search, for Marsad's index and, in its tests,
// for Bleve's Arabic analyzer on the same documents.
package searcheval

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Depth is the cut-off of the measures.
const Depth = 10

// Query is one judged query.
type Query struct {
	ID, Kind, Text string
}

// Qrels holds the relevant documents of each query.
type Qrels map[string]map[string]bool

// ReadQueries reads "qid<TAB>kind<TAB>query" lines; # starts a comment.
func ReadQueries(path string) ([]Query, error) {
	var qs []Query
	err := readTSV(path, 3, func(c []string) { qs = append(qs, Query{c[0], c[1], c[2]}) })
	return qs, err
}

// ReadQrels reads "qid<TAB>docid<TAB>grade" lines; grade 0 means judged
// not relevant.
func ReadQrels(path string) (Qrels, error) {
	q := Qrels{}
	var bad error
	err := readTSV(path, 3, func(c []string) {
		g, err := strconv.Atoi(c[2])
		if err != nil && bad == nil {
			bad = fmt.Errorf("%s: grade %q: %w", path, c[2], err)
		}
		if q[c[0]] == nil {
			q[c[0]] = map[string]bool{}
		}
		if g > 0 {
			q[c[0]][c[1]] = true
		}
	})
	if err == nil {
		err = bad
	}
	return q, err
}

func readTSV(path string, cols int, fn func([]string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) < cols {
			return fmt.Errorf("%s:%d: want %d tab-separated columns", path, n, cols)
		}
		fn(c)
	}
	return sc.Err()
}

// Scores are the measures of one query's ranked results.
type Scores struct {
	RR, Recall float64
}

// Score measures a ranking (best first) against the relevant set.
func Score(ranked []string, relevant map[string]bool) Scores {
	var s Scores
	found := 0
	for i, id := range ranked[:min(Depth, len(ranked))] {
		if relevant[id] {
			if s.RR == 0 {
				s.RR = 1 / float64(i+1)
			}
			found++
		}
	}
	if len(relevant) > 0 {
		s.Recall = float64(found) / float64(min(Depth, len(relevant)))
	}
	return s
}

// Mean averages scores.
func Mean(ss []Scores) Scores {
	var m Scores
	for _, s := range ss {
		m.RR += s.RR
		m.Recall += s.Recall
	}
	if n := float64(len(ss)); n > 0 {
		m.RR, m.Recall = m.RR/n, m.Recall/n
	}
	return m
}
