package ner

import "strings"

// Tag is an IOB2 tag over the four entity types.
type Tag uint8

// The IOB2 tags. B-X begins an entity of type X, I-X continues it.
const (
	O Tag = iota
	BPER
	IPER
	BORG
	IORG
	BLOC
	ILOC
	BMISC
	IMISC
	numTags
)

// NumTags is the number of IOB2 tags.
const NumTags = int(numTags)

// Types are the entity types, in tag order.
var Types = [...]string{"PER", "ORG", "LOC", "MISC"}

var tagNames = [numTags]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

// String returns the tag's IOB2 name, e.g. "B-PER".
func (t Tag) String() string {
	if t >= numTags {
		return "O"
	}
	return tagNames[t]
}

// IsBegin reports whether t is a B- tag.
func (t Tag) IsBegin() bool { return t != O && t%2 == 1 }

// IsInside reports whether t is an I- tag.
func (t Tag) IsInside() bool { return t != O && t%2 == 0 }

// Type returns the entity type index (0..3) of t; -1 for O.
func (t Tag) Type() int {
	if t == O || t >= numTags {
		return -1
	}
	return int(t-1) / 2
}

// TypeName returns "PER", "ORG", "LOC", "MISC", or "" for O.
func (t Tag) TypeName() string {
	if ty := t.Type(); ty >= 0 {
		return Types[ty]
	}
	return ""
}

func beginTag(ty int) Tag  { return Tag(1 + 2*ty) }
func insideTag(ty int) Tag { return Tag(2 + 2*ty) }

// ParseTag reads an IOB2 tag. Types are matched leniently: PER and PERS are
// PER; MISC, MIS and AQMAR's MIS0..MIS3 are MISC. ok is false for tags it
// cannot read.
func ParseTag(s string) (Tag, bool) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if s == "O" {
		return O, true
	}
	if len(s) < 3 || (s[0] != 'B' && s[0] != 'I') || s[1] != '-' {
		return O, false
	}
	ty := parseType(strings.TrimLeft(s[2:], "-"))
	if ty < 0 {
		return O, false
	}
	if s[0] == 'B' {
		return beginTag(ty), true
	}
	return insideTag(ty), true
}

func parseType(s string) int {
	switch {
	case strings.HasPrefix(s, "PER"):
		return 0
	case strings.HasPrefix(s, "ORG"):
		return 1
	case strings.HasPrefix(s, "LOC"):
		return 2
	case strings.HasPrefix(s, "MIS"):
		return 3
	}
	return -1
}

// allowed reports whether tag cur may follow tag prev in IOB2; prev ==
// numTags stands for the sentence start.
func allowed(prev, cur Tag) bool {
	if !cur.IsInside() {
		return true
	}
	return prev != numTags && prev != O && prev.Type() == cur.Type()
}

// Repair makes tags valid IOB2 in place: an I-X that does not continue an X
// entity becomes B-X (conlleval reads it the same way).
func Repair(tags []Tag) {
	prev := numTags
	for i, t := range tags {
		if !allowed(prev, t) {
			tags[i] = beginTag(t.Type())
		}
		prev = tags[i]
	}
}
