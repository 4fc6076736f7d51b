package sqlite

import (
	"encoding/binary"
	"reflect"
	"testing"

	marsad "github.com/marsad/marsad"
)

func TestSegBuilderPostings(t *testing.T) {
	b := newSegBuilder()
	b.add(3, marsad.IndexFields{Title: "مصر Cairo", Body: "مصر تعلن cairo", TitleStem: "مصر", BodyStem: "مصر علن", Keys: "مصر"})
	b.add(9, marsad.IndexFields{Body: "تعلن 3.5"})
	var got []posting
	if err := decodePostings(b.terms["nمصر"].data, 2, func(p *posting) { got = append(got, *p) }); err != nil {
		t.Fatal(err)
	}
	// Document 3 has 9 tokens over its five columns.
	want := []posting{{doc: 3, tf: [2]uint32{1, 1}, len: 9}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("nمصر: %+v, want %+v", got, want)
	}
	got = nil
	decodePostings(b.terms["ncairo"].data, 2, func(p *posting) { got = append(got, *p) })
	if len(got) != 1 || got[0].tf != [2]uint32{1, 1} {
		t.Errorf("Latin case is not folded: %+v", got)
	}
	got = nil
	decodePostings(b.terms["nتعلن"].data, 2, func(p *posting) { got = append(got, *p) })
	// Document 9's "3.5" counts as two tokens, as FTS5's tokenizer counts it.
	if len(got) != 2 || got[1].doc != 9 || got[1].len != 3 || b.terms["nتعلن"].df != 2 {
		t.Errorf("nتعلن: %+v", got)
	}
	if b.docs != 2 || b.minDoc != 3 || b.last != 9 || b.lens[colBody] != 6 {
		t.Errorf("builder: docs %d min %d last %d lens %v", b.docs, b.minDoc, b.last, b.lens)
	}
}

// FuzzDecodePostings: any bytes decode or fail without panicking, and
// postings encoded from any values decode back to them.
func FuzzDecodePostings(f *testing.F) {
	f.Add([]byte{1, 2, 0, 7}, uint8(2))
	f.Add([]byte{0x80}, uint8(1))
	f.Add(binary.AppendUvarint(nil, 1<<40), uint8(2))
	f.Fuzz(func(t *testing.T, data []byte, nc uint8) {
		ncols := 1 + int(nc%2)
		var ps []posting
		_ = decodePostings(data, ncols, func(p *posting) { ps = append(ps, *p) })
		// Re-encode what decoded, as increasing documents, and read it back.
		var enc []byte
		prev := int64(0)
		var want []posting
		for _, p := range ps {
			p.doc = prev + 1 + int64(p.tf[0]%1000)
			if ncols == 1 {
				p.tf[1] = 0
			}
			enc, prev = appendPosting(enc, prev, p, ncols), p.doc
			want = append(want, p)
		}
		var got []posting
		if err := decodePostings(enc, ncols, func(p *posting) { got = append(got, *p) }); err != nil {
			t.Fatalf("re-encoded postings: %v", err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("round trip: %+v, want %+v", got, want)
		}
	})
}
