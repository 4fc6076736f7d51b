package sqlite

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	marsad "github.com/marsad/marsad"
)

func openTest(t *testing.T) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestMigrationsOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	for i := 0; i < 2; i++ {
		db, err := Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		names, err := db.Migrations(context.Background())
		if err != nil || len(names) != 3 || names[0] != "migrations/001_init.sql" {
			t.Fatalf("open %d: migrations %v, %v", i, names, err)
		}
		var mode string
		db.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode)
		if mode != "wal" {
			t.Errorf("journal_mode %q, want wal", mode)
		}
		db.Close()
	}
}

func sampleDoc(id, hash, text string) *marsad.StoredDocument {
	doc := &marsad.Document{Text: text, Lang: "ar", Stages: []string{"tokenize"},
		Tokens: []marsad.Token{
			{Start: 0, End: 5, Text: "الوطن", Norm: "الوطن", Seg: "ال+وطن", Stem: "وطن", Root: "وطن", Kind: marsad.KindWord, Section: "body"},
			{Start: 6, End: 13, Text: "الجديدُ", Norm: "الجديد", Stem: "جديد", Kind: marsad.KindWord, Section: "body"},
		},
		Linked: []marsad.Linked{{ID: "loc:وطن", Type: marsad.LOC, Canonical: "الوطن", Aliases: []string{"الوطن"}, Mentions: 2}},
	}
	return &marsad.StoredDocument{ID: id, Origin: "test#" + id, Outlet: "okaz", Published: "2015-08-01T10:00:00Z",
		Title: "عنوان", Hash: hash, Doc: doc,
		Index:    marsad.IndexFields{Title: "عنوان", Body: "الوطن الجديد", TitleStem: "عنوان", BodyStem: "وطن جديد", Keys: "عنون وطن جدد"},
		Features: marsad.Features{MinHash: []uint32{1, 2, 3}, Terms: []marsad.TermWeight{{Term: 7, Weight: 1.5}}, Entities: []string{"loc:وطن"}},
	}
}

func TestPutGetRoundTrip(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	in := sampleDoc("a1", "h1", "الوطن الجديدُ")
	added, err := db.Put(ctx, []*marsad.StoredDocument{in})
	if err != nil || !added[0] {
		t.Fatalf("put: %v %v", added, err)
	}
	out, err := db.Get(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(out.Doc, in.Doc) {
		t.Errorf("doc round trip:\n got %+v\nwant %+v", out.Doc, in.Doc)
	}
	if !reflect.DeepEqual(out.Features, in.Features) {
		t.Errorf("features: got %+v want %+v", out.Features, in.Features)
	}
	if out.Origin != in.Origin || out.Outlet != "okaz" || out.Title != "عنوان" || out.Hash != "h1" {
		t.Errorf("fields: %+v", out)
	}
	if _, err := db.Get(ctx, "nope"); marsad.ErrorCode(err) != marsad.ENOTFOUND {
		t.Errorf("missing doc: %v", err)
	}
}

func TestPutSameContentTwice(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	db.Put(ctx, []*marsad.StoredDocument{sampleDoc("a1", "h1", "الوطن الجديدُ")})
	again := sampleDoc("a1", "h1", "الوطن الجديدُ")
	elsewhere := sampleDoc("b7", "h1", "الوطن الجديدُ")
	elsewhere.Origin = "other#3"
	added, err := db.Put(ctx, []*marsad.StoredDocument{again, elsewhere})
	if err != nil || added[0] || added[1] {
		t.Fatalf("re-put: %v %v", added, err)
	}
	if n, _ := db.Count(ctx); n != 1 {
		t.Errorf("count %d, want 1", n)
	}
	var dups int
	db.db.QueryRow(`SELECT count(*) FROM duplicates WHERE origin = 'other#3'`).Scan(&dups)
	if dups != 1 {
		t.Errorf("duplicate origin not recorded")
	}
	found, _ := db.Hashes(ctx, []string{"h1", "h2"})
	if !found["h1"] || found["h2"] {
		t.Errorf("hashes: %v", found)
	}
}

func TestPutIDConflict(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	db.Put(ctx, []*marsad.StoredDocument{sampleDoc("a1", "h1", "الوطن الجديدُ")})
	added, err := db.Put(ctx, []*marsad.StoredDocument{sampleDoc("a1", "h2xxxxxxxx", "الوطن الجديدُ")})
	if err != nil || !added[0] {
		t.Fatalf("put: %v %v", added, err)
	}
	if _, err := db.Get(ctx, "a1~h2xxxxxx"); err != nil {
		t.Errorf("derived id: %v", err)
	}
}

func TestFeaturesCodecRejectsGarbage(t *testing.T) {
	for _, b := range [][]byte{{0xff}, {5, 1, 2}, {0, 200, 1}} {
		if _, err := decodeFeatures(b); err == nil {
			t.Errorf("decodeFeatures(%v): no error", b)
		}
	}
}

func FuzzDecodeFeatures(f *testing.F) {
	f.Add(encodeFeatures(sampleDoc("a", "h", "x").Features))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		fe, err := decodeFeatures(b)
		if err == nil && !reflect.DeepEqual(encodeFeatures(fe), b) && len(b) > 0 {
			if _, err := decodeFeatures(encodeFeatures(fe)); err != nil {
				t.Errorf("re-encoding fails: %v", err)
			}
		}
	})
}
