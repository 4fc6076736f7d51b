package ner

import (
	"cmp"
	"fmt"
	"io"
	"iter"
	"slices"
	"strings"
	"time"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/tokenize"
)

// ClusterConfig sets how LearnClusters works. Zero fields take defaults.
type ClusterConfig struct {
	MinCount int       // words seen fewer times get no cluster (default 5)
	MaxVocab int       // cluster at most this many words (default 120000)
	Contexts int       // context words: the most frequent ones (default 2000)
	Dim      int       // size of the projected context vectors (default 128)
	Levels   int       // k-means levels of 8 groups each; paths have 3×Levels bits (default 5)
	Seed     uint64    // seeds the random projection
	Progress io.Writer // progress lines go here when set
}

func (c *ClusterConfig) defaults() {
	c.MinCount = cmp.Or(c.MinCount, 5)
	c.MaxVocab = cmp.Or(c.MaxVocab, 120000)
	c.Contexts = cmp.Or(c.Contexts, 2000)
	c.Dim = cmp.Or(c.Dim, 128)
	c.Levels = min(cmp.Or(c.Levels, 5), maxPathLen/3)
}

func (c *ClusterConfig) logf(format string, args ...any) {
	if c.Progress != nil {
		fmt.Fprintf(c.Progress, format, args...)
	}
}

// LearnClusters learns hierarchical word clusters from unlabelled texts.
// Each word is described by its neighbours within ±2: positive PMI with
// the most frequent context words at each offset, reduced to Dim
// dimensions by truncated SVD. The word vectors are then grouped by
// spherical k-means into 8, each group again into 8, Levels deep; a word's
// path is its group numbers, 3 bits per level, so that words sharing a long
// prefix are close, as with Brown-cluster bit strings. The result is deterministic for a given Seed.
func LearnClusters(texts iter.Seq2[string, error], cfg ClusterConfig) (*Clusters, error) {
	cfg.defaults()
	start := time.Now()
	cp, err := readCorpus(texts)
	if err != nil {
		return nil, err
	}
	vocab, ctx := cp.choose(cfg.MinCount, cfg.MaxVocab, cfg.Contexts)
	cfg.logf("clusters: %d tokens, %d words, clustering %d (%.1fs)\n", len(cp.seq), len(cp.words), len(vocab), time.Since(start).Seconds())
	vecs := embedWords(cp.seq, vocab, ctx, cfg)
	cfg.logf("clusters: context vectors done (%.1fs)\n", time.Since(start).Seconds())
	paths := kmeansTree(vecs, cfg.Dim, 8, cfg.Levels, cfg.Seed)
	cl := NewClusters()
	for i, id := range vocab {
		cl.paths[cp.words[id]] = paths[i]
	}
	cfg.logf("clusters: done (%.1fs)\n", time.Since(start).Seconds())
	return cl, nil
}

// rawCorpus is a token stream as word ids; -1 marks a line or text break.
type rawCorpus struct {
	seq    []int32
	words  []string // by id, search-normalized
	counts []int64
}

// readCorpus tokenizes the texts with the project's tokenizer (the one
// the analyzer uses) and numbers their words; sentences are separated.
func readCorpus(texts iter.Seq2[string, error]) (*rawCorpus, error) {
	cp := &rawCorpus{}
	ids := map[string]int32{} // raw token -> id
	norm := map[string]int32{}
	var toks []marsad.Token
	for text, err := range texts {
		if err != nil {
			return nil, err
		}
		var sents []marsad.Sentence
		toks, sents = tokenize.Split(text, toks[:0], true)
		si := 0
		for _, t := range toks {
			for si < len(sents) && t.Start >= sents[si].End {
				cp.seq, si = append(cp.seq, -1), si+1
			}
			cp.seq = append(cp.seq, cp.id(t.Text, ids, norm))
		}
		cp.seq = append(cp.seq, -1)
	}
	return cp, nil
}

// id returns the id of a raw token's search form, adding it when new.
func (cp *rawCorpus) id(w string, ids, norm map[string]int32) int32 {
	if w == "" {
		return -1
	}
	id, ok := ids[w]
	if !ok {
		n := searchForm(w)
		if id, ok = norm[n]; !ok {
			id = int32(len(cp.words))
			norm[n] = id
			cp.words = append(cp.words, strings.Clone(n))
			cp.counts = append(cp.counts, 0)
		}
		ids[strings.Clone(w)] = id
	}
	cp.counts[id]++
	return id
}

// choose returns the words to cluster and the context words, each most
// frequent first (ties by spelling).
func (cp *rawCorpus) choose(minCount, maxVocab, contexts int) (vocab, ctx []int32) {
	order := make([]int32, len(cp.words))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		return cmp.Or(cmp.Compare(cp.counts[b], cp.counts[a]), strings.Compare(cp.words[a], cp.words[b]))
	})
	ctx = order[:min(contexts, len(order))]
	for _, id := range order {
		if cp.counts[id] < int64(minCount) || len(vocab) == maxVocab {
			break
		}
		if cp.words[id] != "" && isWordish(cp.words[id]) {
			vocab = append(vocab, id)
		}
	}
	return vocab, ctx
}

// isWordish reports whether w holds a letter (punctuation and numbers get
// no cluster).
func isWordish(w string) bool {
	for _, r := range w {
		if runeClass(r) == shArabic || runeClass(r) == shLatin {
			return true
		}
	}
	return false
}
