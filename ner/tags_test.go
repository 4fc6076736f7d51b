package ner

import (
	"reflect"
	"testing"
)

func TestParseTag(t *testing.T) {
	tests := []struct {
		in   string
		want Tag
		ok   bool
	}{
		{"O", O, true},
		{"B-PERS", BPER, true}, // ANERcorp spelling
		{"B-PER", BPER, true},
		{"I-PERS", IPER, true},
		{"B-ORG", BORG, true},
		{"I--ORG", IORG, true}, // AQMAR typo
		{"I-LOC", ILOC, true},
		{"B-MISC", BMISC, true},
		{"B-MIS2", BMISC, true}, // AQMAR article-specific class
		{"i-misc", IMISC, true},
		{"B-ENGLISH", O, false},
		{"IO", O, false},
		{"", O, false},
	}
	for _, tt := range tests {
		got, ok := ParseTag(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseTag(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestTagString(t *testing.T) {
	for tag := O; tag < numTags; tag++ {
		back, ok := ParseTag(tag.String())
		if !ok || back != tag {
			t.Errorf("ParseTag(%v.String()) = %v, %v", tag, back, ok)
		}
	}
}

func TestRepair(t *testing.T) {
	tags := []Tag{IPER, IPER, O, ILOC, BORG, IPER}
	Repair(tags)
	want := []Tag{BPER, IPER, O, BLOC, BORG, BPER}
	if !reflect.DeepEqual(tags, want) {
		t.Errorf("Repair = %v, want %v", tags, want)
	}
}

func TestAppendSpans(t *testing.T) {
	tests := []struct {
		tags []Tag
		want []Span
	}{
		{nil, nil},
		{[]Tag{O, O}, nil},
		{[]Tag{BPER, IPER, O, BLOC}, []Span{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{[]Tag{BPER, BPER}, []Span{{0, 1, "PER"}, {1, 2, "PER"}}}, // two adjacent names
		{[]Tag{O, IORG, IORG}, []Span{{1, 3, "ORG"}}},             // I- after O starts an entity
		{[]Tag{BPER, ILOC}, []Span{{0, 1, "PER"}, {1, 2, "LOC"}}}, // type change
		{[]Tag{BMISC, IMISC, IMISC}, []Span{{0, 3, "MISC"}}},      // runs to the end
	}
	for _, tt := range tests {
		if got := AppendSpans(nil, tt.tags); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("AppendSpans(%v) = %v, want %v", tt.tags, got, tt.want)
		}
	}
}
