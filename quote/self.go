package quote

import (
	"strings"

	"github.com/marsad/marsad/arabic"
)

// selfWords are an outlet speaking of itself: لقناتنا, لموقعنا, مراسلنا.
var selfWords = func() map[string]string {
	m := map[string]string{}
	for _, w := range strings.Fields("قناتنا صحيفتنا جريدتنا موقعنا وكالتنا إذاعتنا شبكتنا مجلتنا") {
		m[arabic.Search.String(w)] = "قناه"
	}
	return m
}()

// selfOutlet reads لقناتنا and the like as the publishing outlet: the
// document's stated outlet, else the first outlet it names (its dateline).
func (v *view) selfOutlet(i int, f form) (outlet, bool) {
	kind, ok := selfWords[f.w]
	if !ok {
		return outlet{}, false
	}
	start := v.skipLetters(v.toks[i].Start, f.skip)
	o := outlet{a: i, b: i + 1, start: start, end: v.toks[i].End, kind: kind, ent: -1, self: true}
	o.name = v.doc.Source.Outlet
	if o.name == "" && len(v.outlets) > 0 {
		o.name = v.outlets[0].name
	}
	if o.name == "" {
		o.name = v.text(start, o.end)
	}
	return o, true
}
