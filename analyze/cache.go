package analyze

import (
	"hash/maphash"
	"strings"
	"sync"
)

// wordInfo is everything the token stages compute from a word's surface.
type wordInfo struct {
	norm, seg, stem, root string
}

// wordCache memoizes wordInfo by surface form. News vocabulary is
// Zipfian, so most tokens are hits; the cache is sharded to keep lock
// contention low when documents are analysed in parallel, and each shard is
// emptied when it reaches its cap, which bounds memory.
type wordCache struct {
	seed   maphash.Seed
	shards [64]cacheShard
}

type cacheShard struct {
	mu sync.RWMutex
	m  map[string]wordInfo
}

const shardCap = 1 << 14 // entries per shard: about 1M words in all

var words = &wordCache{seed: maphash.MakeSeed()}

func (c *wordCache) shard(w string) *cacheShard {
	return &c.shards[maphash.String(c.seed, w)%uint64(len(c.shards))]
}

// get returns the cached info of surface w, computing it on a miss.
func (c *wordCache) get(w string, compute func(string) wordInfo) wordInfo {
	s := c.shard(w)
	s.mu.RLock()
	info, ok := s.m[w]
	s.mu.RUnlock()
	if ok {
		return info
	}
	info = compute(w)
	s.mu.Lock()
	if s.m == nil || len(s.m) >= shardCap {
		s.m = make(map[string]wordInfo, 1024)
	}
	// Clone: w is a slice of a document's text and must not pin it.
	s.m[strings.Clone(w)] = info
	s.mu.Unlock()
	return info
}

// ResetWordCache empties the word cache. Benchmarks use it to measure a
// cold start; long-running programs may use it to release memory.
func ResetWordCache() {
	for i := range words.shards {
		s := &words.shards[i]
		s.mu.Lock()
		s.m = nil
		s.mu.Unlock()
	}
}
