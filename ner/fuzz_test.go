package ner

import (
	"strings"
	"testing"
)

// FuzzTag checks that any input gives one valid IOB2 tag per word, and
// spans inside the sentence, without panicking.
func FuzzTag(f *testing.F) {
	for _, s := range append(probeText, "", "   ", "«سكاي نيوز» \x00 ١٢٣ ﻻ ـــ", "B-PER I-PER", "\xff\xfe") {
		f.Add(s)
	}
	m := defaultModel(f)
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		tags := m.Tag(words)
		if len(tags) != len(words) {
			t.Fatalf("%d tags for %d words", len(tags), len(words))
		}
		prev := numTags
		for i, name := range tags {
			tag, ok := ParseTag(name)
			if !ok || !allowed(prev, tag) {
				t.Fatalf("tag %d %q invalid after %v in %q", i, name, prev, tags)
			}
			prev = tag
		}
		for _, sp := range m.Entities(words) {
			if sp.From < 0 || sp.To > len(words) || sp.From >= sp.To {
				t.Fatalf("span %+v outside %d words", sp, len(words))
			}
		}
	})
}
