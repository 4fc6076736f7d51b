package ner

import (
	"strings"
	"testing"
)

func TestGazetteer(t *testing.T) {
	g := NewGazetteer()
	if err := g.ReadANETAC(strings.NewReader("PERSON Lavrov لافروف\nLOCATION Moscow موسكو\n")); err != nil {
		t.Fatal(err)
	}
	if err := g.ReadList(strings.NewReader("====\nالأمم المتحدة\nمجلس الأمن الدولي\nمجلس الأمن\n"), agORG); err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("قال لافروف في مجلس الأمن الدولي ووزير خارجية الأمم المتحدة بموسكو")
	lx := make([]lex, len(words))
	for i, w := range words {
		analyzeWord(&lx[i], w, &lexicon{gaz: g})
	}
	g.markPhrases(lx)
	if lx[1].gaz != gzPER {
		t.Errorf("لافروف: gaz %b", lx[1].gaz)
	}
	if lx[10].gaz != gzLOC {
		t.Errorf("بموسكو (clitic): gaz %b", lx[10].gaz)
	}
	// longest match: مجلس الأمن الدولي, not مجلس الأمن
	want := []uint8{0, 0, 0, agORG<<1 | 1, agORG << 1, agORG << 1, 0, 0, agORG<<1 | 1, agORG << 1, 0}
	for i, w := range want {
		if lx[i].gspan != w {
			t.Errorf("token %d %q: gspan %b, want %b", i, words[i], lx[i].gspan, w)
		}
	}
}

func TestGazetteerEntriesRoundTrip(t *testing.T) {
	g := NewGazetteer()
	g.Add("سكاي", gzPER)
	g.Add("سكاى", gzORG) // same search form
	g.Add("وكالة الأنباء", agORG)
	g.Add("اليمن", agLOC|gzLOC)
	back, err := gazetteerFromEntries(g.entries())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(back.entries(), "|"), strings.Join(g.entries(), "|"); got != want {
		t.Errorf("round trip:\n got %s\nwant %s", got, want)
	}
	if g.words[searchForm("سكاي")] != gzPER|gzORG {
		t.Errorf("variants not merged: %v", g.words)
	}
}
