//go:build ignore

// gen builds words.tsv.gz, the word-frequency list embedded by package
// arlex, from the unlabelled news in the shared folder. Regenerate with:
//
//	cd internal/arlex && go run gen.go            (or: go generate ./internal/arlex/)
//
// Flags: -min N (keep forms seen at least N times, default 2), -saudi (also
// count saudinewsnet, licensed CC BY-NC-SA: off by default), -o FILE.
// Words are runs of Arabic letters (U+0621–U+064A) after arabic.Orthographic
// normalization (diacritics and tatweel dropped, أ إ آ ٱ → ا, ى → ي,
// presentation forms folded; ة ؤ ئ kept).
// Only the derived list is written; no raw text is copied.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/internal/shareddata"
)

func main() {
	minCount := flag.Int("min", 2, "keep forms seen at least this many times")
	saudi := flag.Bool("saudi", false, "also count saudinewsnet (CC BY-NC-SA)")
	out := flag.String("o", "words.tsv.gz", "output file")
	flag.Parse()
	counts := map[string]int{}
	data := shareddata.Path("data")
	if data == "" {
		fatal(fmt.Errorf("shared data folder not found (set MARSAD_SHARED)"))
	}
	for _, g := range []string{"antcorpus-multisource/*.jsonl", "antcorpus-jawharafm/*.jsonl"} {
		files, _ := filepath.Glob(filepath.Join(data, g))
		for _, f := range files {
			fatal(countJSONL(f, counts))
		}
	}
	if *saudi {
		files, _ := filepath.Glob(filepath.Join(data, "saudinewsnet/*.json"))
		for _, f := range files {
			fatal(countJSONArray(f, counts))
		}
	}
	fatal(write(*out, counts, *minCount))
}

func fatal(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func countJSONL(path string, counts map[string]int) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var rec struct{ Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		countText(rec.Title, counts)
		countText(rec.Text, counts)
	}
	return sc.Err()
}

func countJSONArray(path string, counts map[string]int) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var recs []struct{ Title, Content string }
	if err := json.Unmarshal(b, &recs); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	for _, r := range recs {
		countText(r.Title, counts)
		countText(r.Content, counts)
	}
	return nil
}

// countText counts the Arabic-letter runs of s normalized with
// arabic.Orthographic.
func countText(s string, counts map[string]int) {
	words := strings.FieldsFunc(arabic.Orthographic.String(s), func(r rune) bool {
		return r < 0x0621 || r > 0x064A || r == 0x0640
	})
	for _, w := range words {
		if len(w) >= 4 { // at least two letters
			counts[w]++
		}
	}
}

func write(path string, counts map[string]int, min int) error {
	type wc struct {
		w string
		c int
	}
	var list []wc
	for w, c := range counts {
		if c >= min {
			list = append(list, wc{w, c})
		}
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].c != list[j].c {
			return list[i].c > list[j].c
		}
		return list[i].w < list[j].w
	})
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	fmt.Fprintf(bw, "# arlex: %d forms seen >= %d times (regenerate: cd internal/arlex && go run gen.go)\n", len(list), min)
	for _, e := range list {
		fmt.Fprintf(bw, "%s\t%d\n", e.w, e.c)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gen: %d forms (of %d) written to %s\n", len(list), len(counts), path)
	return f.Close()
}
