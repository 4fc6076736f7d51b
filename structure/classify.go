package structure

import (
	"github.com/marsad/marsad"
)

// kindTitle and kindComment mark lines that are neither body nor
// boilerplate.
const (
	kindTitle   = "\x00title"
	kindComment = "\x00comment"
)

// doc is the working state of one classification.
type doc struct {
	text     string
	ls       []line
	kinds    []string    // per line: "" body, kindTitle, kindComment or a boilerplate kind
	info     []srcInfo   // what each furniture line says about the source
	split    map[int]int // body lines opened by a dateline: line -> prefix bytes
	comments []marsad.Comment
}

// classify labels the lines of text and builds its structure. With
// findTitle the title is guessed from the first lines; otherwise a line
// hinted as title (HTML) is the title.
func classify(text string, ls []line, findTitle bool) marsad.Structure {
	d := &doc{text: text, ls: ls, kinds: make([]string, len(ls)), info: make([]srcInfo, len(ls)), split: map[int]int{}}
	hi := firstItem(ls)
	d.lineKinds(hi)
	if findTitle {
		d.leadingMenu(hi)
		d.findTitle(hi)
	}
	body := d.firstBody(0, hi)
	cs := commentStart(ls, body+1, hi)
	ce := d.readComments(cs, hi)
	extendBlocks(ls, d.kinds, 0, cs)
	extendBlocks(ls, d.kinds, ce, hi)
	d.trailingTags(cs)
	d.headerNames(hi)
	d.datelineLead(hi)
	d.markupComments(hi)
	return d.build()
}

// firstItem is the index of the first line of HTML comment markup.
func firstItem(ls []line) int {
	for i, l := range ls {
		if l.Item != 0 {
			return i
		}
	}
	return len(ls)
}

// lineKinds applies the single-line rules to ls[:hi].
func (d *doc) lineKinds(hi int) {
	for i := range d.ls {
		l := d.ls[i]
		if l.Hint == hintTitle {
			d.kinds[i] = kindTitle
			continue
		}
		if i >= hi {
			d.ls[i].Base = lineKind(l)
			if d.ls[i].Base == "" && navLine(l) {
				d.ls[i].Base = marsad.BoilerNav
			}
			continue
		}
		k := lineKind(l)
		if k == marsad.BoilerDate {
			iso, _ := dateLineKeys(l.Keys) // date lines are never long
			d.info[i].Published = iso
		}
		if k == "" {
			k, d.info[i] = sourceLine(l, i == 0)
		}
		if k == "" && navLine(l) {
			k = marsad.BoilerNav
		}
		d.kinds[i], d.ls[i].Base = k, k
	}
}

// firstBody returns the index of the first body line in [lo,hi), or hi.
func (d *doc) firstBody(lo, hi int) int {
	for i := lo; i < hi; i++ {
		if d.kinds[i] == "" {
			return i
		}
	}
	return hi
}

// readComments reads a comment section starting at lo (if lo < hi) and
// returns the index where it ended.
func (d *doc) readComments(lo, hi int) int {
	if lo >= hi {
		return hi
	}
	cs, furn, end := parseComments(d.text, d.ls, lo, hi)
	for i := lo; i < end; i++ {
		d.kinds[i] = kindComment
	}
	for _, i := range furn {
		d.kinds[i] = marsad.BoilerComments
	}
	for i := lo; i < end; i++ {
		if d.kinds[i] == kindComment && !inComments(d.ls[i], cs) {
			d.kinds[i] = marsad.BoilerComments
		}
	}
	d.comments = append(d.comments, cs...)
	return end
}

// markupComments reads the lines from HTML comment markup (from lo on).
// Lines after a section-ending line are furniture, never body.
func (d *doc) markupComments(lo int) {
	for lo < len(d.ls) {
		end := d.readComments(lo, len(d.ls))
		if end >= len(d.ls) {
			return
		}
		k := lineKind(d.ls[end])
		if k == "" {
			k = marsad.BoilerComments
		}
		d.kinds[end] = k
		lo = end + 1
	}
}
