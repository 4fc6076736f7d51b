//go:build ignore

// Benchinput writes the benchmark input: the "text" field of the first
// articles of a JSON Lines corpus, one article per line (whitespace
// collapsed), until at least -bytes bytes are written. This is the input
// format of the peers in ../shared/peers.
//
//	go run scripts/benchinput.go -bytes 4000000 ../shared/data/antcorpus-multisource/ant_multisource_v2.1_2018-03_to_2018-04.jsonl > /tmp/ar4mb.txt
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
)

func main() {
	limit := flag.Int("bytes", 4_000_000, "stop after this many bytes")
	field := flag.String("field", "text", "JSON field holding the article text")
	flag.Parse()
	f, err := os.Open(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	defer f.Close()
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() && n < *limit {
		var rec map[string]any
		if json.Unmarshal(sc.Bytes(), &rec) != nil {
			continue
		}
		text, _ := rec[*field].(string)
		line := strings.Join(strings.Fields(text), " ")
		if line == "" {
			continue
		}
		n += len(line) + 1
		fmt.Fprintln(out, line)
	}
}
