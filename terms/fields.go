package terms

import (
	"strings"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/analyze"
)

// Indexable reports whether a token goes into the index: words, numbers,
// hashtags and mentions; not punctuation, symbols, URLs or e-mails.
func Indexable(t marsad.Token) bool {
	switch t.Kind {
	case marsad.KindWord, marsad.KindLatin, marsad.KindNumber, marsad.KindHashtag, marsad.KindMention:
		return true
	}
	return false
}

// Fields returns the index columns of doc. A token is a title token when
// its Section says so, or, when the analysis set no sections, when it
// starts before titleEnd (a code-point offset; 0 when the title is not at
// the start of the text). Comment tokens are not indexed.
func Fields(doc *marsad.Document, titleEnd int) marsad.IndexFields {
	var title, body fieldBuilder
	for _, t := range doc.Tokens {
		if !Indexable(t) || t.Section == marsad.SectionComment {
			continue
		}
		if t.Section == marsad.SectionTitle || (t.Section == "" && t.Start < titleEnd) {
			title.add(t)
		} else {
			body.add(t)
		}
	}
	return marsad.IndexFields{
		Title: title.norm.String(), Body: body.norm.String(),
		TitleStem: title.stem.String(), BodyStem: body.stem.String(),
		Keys: title.key.String() + " " + body.key.String(),
	}
}

// fieldBuilder accumulates one section's columns.
type fieldBuilder struct{ norm, stem, key strings.Builder }

func (f *fieldBuilder) add(t marsad.Token) {
	if t.Kind == marsad.KindHashtag || t.Kind == marsad.KindMention {
		for _, w := range analyze.Core(strings.ReplaceAll(IndexNorm(t), "_", " ")) {
			if Indexable(w) {
				f.add(w)
			}
		}
		return
	}
	norm := IndexNorm(t)
	stem := t.Stem
	if stem == "" {
		stem = norm
	}
	appendWord(&f.norm, norm)
	appendWord(&f.stem, stem)
	for _, k := range Keys(t) {
		appendWord(&f.key, k)
	}
}

// IndexNorm is the form a token is indexed under: Norm, without the # or
// @ of hashtags and mentions (whose _ the index tokenizer splits on).
func IndexNorm(t marsad.Token) string {
	return strings.TrimLeft(t.Norm, "#@")
}

func appendWord(b *strings.Builder, w string) {
	if w == "" {
		return
	}
	if b.Len() > 0 {
		b.WriteByte(' ')
	}
	b.WriteString(w)
}

// StoredFields returns the index columns of a stored document, as ingest
// computes them: its title is the text's start when the analysis found
// it there, or when the text starts with the document's title.
func StoredFields(d *marsad.StoredDocument) marsad.IndexFields {
	if d.Doc == nil {
		return marsad.IndexFields{}
	}
	titleEnd := 0
	if t := d.Doc.Title; t != nil && t.Start == 0 {
		titleEnd = t.End
	} else if d.Title != "" && strings.HasPrefix(d.Doc.Text, d.Title) {
		titleEnd = len([]rune(d.Title))
	}
	return Fields(d.Doc, titleEnd)
}
