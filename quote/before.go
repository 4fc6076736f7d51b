package quote

import (
	"strings"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/link"
)

// phraseBefore returns the noun phrase [a,j] that ends right before the
// cue at token i (past قد and one comma) when it opens its clause: at a
// sentence or line start, after punctuation or after كان (وكان X قد قال).
func (v *view) phraseBefore(i int) (int, int, bool) {
	j := i - 1
	if j >= 0 && v.isWord(j) && (v.norms[j] == "قد" || v.norms[j] == "فقد") {
		j-- // وكان X قد قال; أمّا X، فقد أعلنت
	}
	if j >= 0 && v.isComma(j) {
		j--
	}
	if o := v.openBefore(j); j > 0 && v.isPunct(j) && o >= 0 && j-o <= 3 {
		j = o - 1 // المنظمة الجزائرية لحماية المستهلك "أبوس"، فقد أعلنت: the acronym belongs to the name
	}
	if j < 0 || !v.isWord(j) || v.lineBreak(j) {
		return 0, 0, false
	}
	a := j
	for a > 0 && j-a < 8 && v.isWord(a-1) && !v.lineBreak(a-1) && !v.isCueLike(a-1) {
		a--
	}
	_, kana := kanaWords[v.norms[max(a-1, 0)]]
	comp, _ := v.complementizerAt(a - 1)
	open := a == 0 || !v.isWord(a-1) || v.lineBreak(a-1) || kana || comp
	return a, j, open
}

// outletBefore finds an outlet as the subject before a verb: وكانت وكالة
// انترفاكس الروسية، نقلت عن.
func (x *extractor) outletBefore(i int) (outlet, bool) {
	a, j, ok := x.v.phraseBefore(i)
	if !ok {
		return outlet{}, false
	}
	o, ok := x.v.viaAt(a, false)
	return o, ok && o.b == j+1
}

// before finds the speaker before the verb (الجيش الوطني الليبي أكد أن):
// an outlet, an entity ending right before it, or an unnamed source.
func (x *extractor) before(i int) (marsad.Speaker, bool) {
	v := x.v
	a, j, ok := v.phraseBefore(i)
	if !ok {
		return marsad.Speaker{}, false
	}
	topic := a < j && v.norms[a] == "اما" && (strings.HasPrefix(v.norms[i], "ف") || v.norms[i-1] == "فقد")
	if topic {
		a++ // أمّا رئيس الجمعية X، فقال: the topic is the speaker
	}
	if o, ok := v.viaAt(a, false); ok && o.b == j+1 {
		via := v.via(o)
		return marsad.Speaker{Text: via.Text, EntityID: via.EntityID, Kind: marsad.SpeakerNamed, Start: via.Start, End: via.End}, true
	}
	if ei, typ := v.entityAt(j); ei >= 0 && typ != marsad.LOC {
		if s, ok := x.entitySpeaker(a, j+1, typ); ok && s.End == v.toks[j].End {
			return s, true
		}
	}
	if e, ok := v.unnamedAt(a, j+1); ok && e == j+1 && !strings.HasPrefix(v.norms[a], "ال") {
		return x.span(v.toks[a].Start, v.toks[j].End, marsad.SpeakerUnnamed, ""), true
	}
	if link.IsRoleHead(v.norms[a]) || link.IsTitle(v.norms[a]) {
		s, e := v.fallbackName(a, j+1)
		return x.named(s, e), true
	}
	if topic && j-a < 8 {
		return x.named(a, j+1), true // أمّا المنظمة الجزائرية لحماية وإرشاد المستهلك، فقد أعلنت
	}
	return marsad.Speaker{}, false
}
