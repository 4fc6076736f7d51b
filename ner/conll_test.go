package ner

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

const conllSample = "فرانكفورت B-LOC\n( O\nأعلن O\nاتحاد B-ORG\nصناعة I-ORG\n\nقال O\nجورج B-PERS\nبوش I-PERS\n\n\n"

func TestReadCoNLL(t *testing.T) {
	sents, err := ReadCoNLL(strings.NewReader(conllSample), false)
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 || len(sents[0].Words) != 5 || len(sents[1].Words) != 3 {
		t.Fatalf("got %d sentences: %+v", len(sents), sents)
	}
	if want := []Tag{O, BPER, IPER}; !reflect.DeepEqual(sents[1].Tags, want) {
		t.Errorf("tags %v, want %v", sents[1].Tags, want)
	}
	var buf bytes.Buffer
	if err := WriteCoNLL(&buf, sents); err != nil {
		t.Fatal(err)
	}
	back, err := ReadCoNLL(&buf, false)
	if err != nil || !reflect.DeepEqual(back, sents) {
		t.Errorf("round trip: %v, %+v", err, back)
	}
}

func TestReadCoNLLBadTag(t *testing.T) {
	in := "كلمة B-ENGLISH\n"
	if _, err := ReadCoNLL(strings.NewReader(in), false); err == nil {
		t.Error("strict read accepted B-ENGLISH")
	}
	sents, err := ReadCoNLL(strings.NewReader(in), true)
	if err != nil || sents[0].Tags[0] != O {
		t.Errorf("lenient read: %v, %+v", err, sents)
	}
	if _, err := ReadCoNLL(strings.NewReader("كلمة\n"), true); err == nil {
		t.Error("a line without a tag was accepted")
	}
}

func TestSplitDev(t *testing.T) {
	sents := make([]Sentence, 10)
	for i := range sents {
		sents[i].Words = []string{string(rune('a' + i))}
	}
	train, dev := SplitDev(sents, 0.2)
	if len(train) != 8 || len(dev) != 2 || dev[0].Words[0] != "i" {
		t.Errorf("SplitDev: %d train, %d dev, dev starts %v", len(train), len(dev), dev[0].Words)
	}
	if train, dev := SplitDev(sents, 0); len(train) != 10 || dev != nil {
		t.Error("SplitDev(0) held something out")
	}
}
