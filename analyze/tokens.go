package analyze

import (
	"strings"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/tokenize"
)

// tokenStages sets each token's Norm — the Search form for Arabic words,
// hashtags and mentions, numbers with ASCII digits, lower case for Latin —
// and, when morph is true, the Seg, Stem and Root of Arabic words.
func tokenStages(toks []marsad.Token, morph bool) {
	for i := range toks {
		t := &toks[i]
		switch t.Kind {
		case marsad.KindLatin, marsad.KindEmail, marsad.KindURL:
			t.Norm = strings.ToLower(t.Text)
		case marsad.KindWord:
			info := words.get(t.Text, wordInfoOf)
			t.Norm = info.norm
			if morph {
				t.Seg, t.Stem, t.Root = info.seg, info.stem, info.root
			}
		default:
			t.Norm = arabic.Search.String(t.Text)
		}
	}
}

// wordInfoOf computes the token stages for one Arabic word.
func wordInfoOf(w string) wordInfo {
	ortho := arabic.Orthographic.String(w)
	seg, st, rt := morph(ortho)
	return wordInfo{norm: arabic.Search.String(w), seg: seg, stem: st, root: rt}
}

// Core runs the token-level core — tokenize, normalize, segment, stem and
// root — on s, without language detection or sentence splitting. It is what
// search indexing and the throughput benchmark use.
func Core(s string) []marsad.Token {
	toks, _ := tokenize.Split(s, nil, false)
	tokenStages(toks, true)
	return toks
}
