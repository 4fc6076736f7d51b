package ner

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Clusters maps search-normalized words to hierarchical cluster paths (bit
// strings such as "0110100"); words sharing a long prefix occur in similar
// contexts. Marsad learns them from unlabelled news (see LearnClusters).
type Clusters struct {
	paths map[string]clusterPath
}

type clusterPath struct {
	bits uint32
	n    uint8
}

// maxPathLen bounds cluster paths so that they fit a uint32.
const maxPathLen = 24

// NewClusters returns an empty cluster table.
func NewClusters() *Clusters { return &Clusters{paths: map[string]clusterPath{}} }

// Len is the number of words with a cluster.
func (c *Clusters) Len() int {
	if c == nil {
		return 0
	}
	return len(c.paths)
}

// Set records word's path, a string of '0' and '1'.
func (c *Clusters) Set(word, path string) error {
	if len(path) == 0 || len(path) > maxPathLen || strings.Trim(path, "01") != "" {
		return fmt.Errorf("clusters: bad path %q for %q", path, word)
	}
	var b uint32
	for i := 0; i < len(path); i++ {
		b = b<<1 | uint32(path[i]-'0')
	}
	c.paths[searchForm(word)] = clusterPath{bits: b, n: uint8(len(path))}
	return nil
}

// Path returns word's path as a bit string, "" when it has none.
func (c *Clusters) Path(word string) string {
	p, ok := c.paths[searchForm(word)]
	if !ok {
		return ""
	}
	return pathString(p)
}

func pathString(p clusterPath) string {
	buf := make([]byte, p.n)
	for i := range buf {
		buf[i] = '0' + byte(p.bits>>(int(p.n)-1-i)&1)
	}
	return string(buf)
}

// lookup returns the path of a token by its normalized or base form.
func (c *Clusters) lookup(norm, base string) clusterPath {
	if c == nil {
		return clusterPath{}
	}
	if p, ok := c.paths[norm]; ok {
		return p
	}
	return c.paths[base]
}

// prefix returns the first k bits of a path, tagged with k; paths shorter
// than k are returned whole.
func prefixOf(bits uint32, n uint8, k uint8) uint64 {
	if n > k {
		bits >>= n - k
		n = k
	}
	return uint64(bits) | uint64(n)<<32 | 1<<40
}

// WriteTo writes "word<TAB>path" lines sorted by word.
func (c *Clusters) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	var n int64
	for _, line := range c.entries() {
		k, _ := bw.WriteString(line + "\n")
		n += int64(k)
	}
	return n, bw.Flush()
}

// ReadClusters reads "word<TAB>path" lines, as WriteTo writes them.
// Brown-cluster output ("path<TAB>word<TAB>count") is also accepted.
func ReadClusters(r io.Reader) (*Clusters, error) {
	c := NewClusters()
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 2 {
			continue
		}
		word, path := f[0], f[1]
		if strings.Trim(word, "01") == "" {
			word, path = f[1], f[0]
		}
		if err := c.Set(word, path); err != nil {
			return nil, err
		}
	}
	return c, sc.Err()
}

// entries returns "word<TAB>path" lines sorted by word.
func (c *Clusters) entries() []string {
	out := make([]string, 0, len(c.paths))
	for w, p := range c.paths {
		out = append(out, w+"\t"+pathString(p))
	}
	sort.Strings(out)
	return out
}

func clustersFromEntries(lines []string) (*Clusters, error) {
	return ReadClusters(strings.NewReader(strings.Join(lines, "\n")))
}

// words returns the words with a cluster, sorted.
func (c *Clusters) words() []string {
	out := make([]string, 0, len(c.paths))
	for w := range c.paths {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}
