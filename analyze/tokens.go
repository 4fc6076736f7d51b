package analyze

import (
	"strings"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/tokenize"
)

// normalizeTokens sets each token's Norm: the Search form for Arabic words,
// hashtags and mentions, numbers with ASCII digits, lower case for Latin.
func normalizeTokens(toks []marsad.Token) {
	for i := range toks {
		t := &toks[i]
		switch t.Kind {
		case marsad.KindLatin, marsad.KindEmail, marsad.KindURL:
			t.Norm = strings.ToLower(t.Text)
		case marsad.KindWord:
			t.Norm = words.get(t.Text, wordInfoOf).norm
		default:
			t.Norm = arabic.Search.String(t.Text)
		}
	}
}

// morphTokens sets Seg, Stem and Root on Arabic words.
func morphTokens(toks []marsad.Token) {
	for i := range toks {
		t := &toks[i]
		if t.Kind != marsad.KindWord {
			continue
		}
		info := words.get(t.Text, wordInfoOf)
		t.Seg, t.Stem, t.Root = info.seg, info.stem, info.root
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
	normalizeTokens(toks)
	morphTokens(toks)
	return toks
}
