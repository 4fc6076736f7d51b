package terms

import (
	"strings"
	"sync"
	"sync/atomic"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/link"
)

// Key returns the name-matching key of a word: link.Key of the word
// without its clitics (which folds ج/غ, hamza seats and doubled vowel
// letters), reduced to its consonant skeleton when it is long (see
// nameKey). Spellings of one name share a key: سيرجي/سيرغي, فايز/فائز,
// ترامب/ترمب, بوتين/بوتن.
func Key(t marsad.Token) string {
	switch t.Kind {
	case marsad.KindWord:
		return nameKey(link.Key(base(t)))
	case marsad.KindLatin:
		return nameKey(t.Norm)
	}
	return ""
}

// Keys returns Key(t) and, when it differs, the key of the whole word:
// clitic segmentation can misread a name's first letter (سيرجي as
// س+يرجي), so both are indexed and searched.
func Keys(t marsad.Token) []string {
	if t.Kind != marsad.KindWord {
		if k := Key(t); k != "" {
			return []string{k}
		}
		return nil
	}
	ck := t.Norm + "\x00" + t.Seg
	if ks, ok := keyCache.Load(ck); ok {
		return ks.([]string)
	}
	ks := keys(t)
	if keyCacheSize.Add(1) <= maxKeyCache {
		keyCache.Store(ck, ks)
	}
	return ks
}

// keyCache memoizes Keys of Arabic words, which repeat across documents;
// it stops growing at maxKeyCache entries.
var (
	keyCache     sync.Map
	keyCacheSize atomic.Int64
)

const maxKeyCache = 1 << 19

func keys(t marsad.Token) []string {
	k := Key(t)
	if k == "" {
		return nil
	}
	if t.Kind != marsad.KindWord {
		return []string{k}
	}
	if whole := nameKey(link.Key(t.Norm)); whole != k && whole != "" {
		return []string{k, whole}
	}
	return []string{k}
}

// base returns the word without its clitics: the longest part of its
// segmentation (و+بوتين → بوتين), or Norm when it has none.
func base(t marsad.Token) string {
	if t.Seg == "" || !strings.Contains(t.Seg, "+") {
		return t.Norm
	}
	best := ""
	for _, p := range strings.Split(t.Seg, "+") {
		if len(p) > len(best) {
			best = p
		}
	}
	return arabic.Search.String(best)
}

// skeletonMin is the length (in letters) from which a word's key is its
// consonant skeleton: transliterated names vary in their vowel letters
// (بوتين/بوتن), and words of three letters or fewer have no room to.
const skeletonMin = 4

// nameKey folds the spelling variants of transliterated names in words of
// skeletonMin letters or more: it drops the vowel letters (ا و ي) inside
// the word, keeping the first and the last letter, and folds the letters
// used for t (ت ث ط) and d (د ذ), so ترامب/ترمب, بوتين/بوتن,
// تيلرسون/تيلرسن, نتنياهو/نتانياهو and سيرجي/سيرغي meet while سيرجي and
// سراج do not. A skeleton of fewer than three consonants would match too
// much (روسيا and رئيس would both be ر س), so then the word is its own key.
func nameKey(word string) string {
	rs := []rune(word)
	if len(rs) < skeletonMin {
		return word
	}
	var b strings.Builder
	b.Grow(len(word))
	prev, consonants := rune(0), 0
	for i, r := range rs {
		r = foldConsonant(r)
		vowel := r == 'ا' || r == 'و' || r == 'ي'
		if vowel && i > 0 && i < len(rs)-1 {
			continue
		}
		if r != prev {
			b.WriteRune(r)
			if !vowel {
				consonants++
			}
		}
		prev = r
	}
	if consonants < 3 {
		return word
	}
	return b.String()
}

func foldConsonant(r rune) rune {
	switch r {
	case 'ث', 'ط':
		return 'ت'
	case 'ذ':
		return 'د'
	case 'ى':
		return 'ي'
	}
	return r
}
