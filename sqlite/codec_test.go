package sqlite

import (
	"reflect"
	"testing"

	marsad "github.com/marsad/marsad"
)

// TestCodecKeepsEmptyNorm: a token whose Norm is empty (tatweel only, as in
// the byline كراتشي ــ) reads back with an empty Norm, not its Text, so
// that Reindex builds the same index as ingest did.
func TestCodecKeepsEmptyNorm(t *testing.T) {
	text := "كراتشي ــ قال"
	doc := &marsad.Document{Text: text, Tokens: []marsad.Token{
		{Start: 0, End: 6, Text: "كراتشي", Norm: "كراتشي", Kind: marsad.KindWord},
		{Start: 7, End: 9, Text: "ــ", Norm: "", Kind: marsad.KindWord},
		{Start: 10, End: 13, Text: "قال", Norm: "قال", Stem: "قال", Kind: marsad.KindWord},
	}}
	blob, err := encodeDoc(doc)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeDoc(blob, text)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Tokens, doc.Tokens) {
		t.Errorf("tokens after the round trip:\n%+v\nwant\n%+v", got.Tokens, doc.Tokens)
	}
}
