package ner

// Span is an entity: tokens [From, To) of the sentence, of Type PER, ORG,
// LOC or MISC.
type Span struct {
	From, To int
	Type     string
}

// AppendSpans appends the entities that tags encode. It reads tags the way
// conlleval does: an I-X that does not continue an X entity starts one.
func AppendSpans(dst []Span, tags []Tag) []Span {
	start, ty := -1, -1
	for i, t := range tags {
		cont := t.IsInside() && t.Type() == ty
		if start >= 0 && !cont {
			dst = append(dst, Span{start, i, Types[ty]})
			start, ty = -1, -1
		}
		if t != O && !cont {
			start, ty = i, t.Type()
		}
	}
	if start >= 0 {
		dst = append(dst, Span{start, len(tags), Types[ty]})
	}
	return dst
}
