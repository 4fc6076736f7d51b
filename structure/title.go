package structure

import (
	"unicode/utf8"

	"github.com/marsad/marsad"
)

// titleSkip are kinds that may precede the title (menus, dates, ads).
var titleSkip = map[string]bool{
	marsad.BoilerNav: true, marsad.BoilerAds: true, marsad.BoilerShare: true, marsad.BoilerOther: true,
	marsad.BoilerDate: true, marsad.BoilerFollow: true, marsad.BoilerCaption: true,
}

// findTitle marks the title: the first line that is not page furniture,
// when it is short, has no full stop and something follows it.
func (d *doc) findTitle(hi int) {
	for i := 0; i < hi && i < 8; i++ {
		k := d.kinds[i]
		if k == kindTitle {
			return
		}
		if k == "" {
			if titleLike(d.ls[i].Text) && d.firstBody(i+1, hi) < hi {
				d.kinds[i] = kindTitle
			}
			return
		}
		if !titleSkip[k] {
			return
		}
	}
}

// titleLike reports a headline: 2 to 30 words, at most 250 characters,
// no sentence-final full stop or colon.
func titleLike(s string) bool {
	n := len(keyWords(s))
	return n >= 2 && n <= 30 && utf8.RuneCountInString(s) <= 250 && !endsSentence(s)
}

// bodyLike reports a line that reads as an article paragraph.
func bodyLike(s string) bool {
	return len(keyWords(s)) >= 8 || endsPunct(s)
}

// headerNames marks bare author names between the title and the first
// paragraph ("محمد المنشاوي" under an Al Jazeera headline) as bylines.
func (d *doc) headerNames(hi int) {
	t := -1
	for i := 0; i < hi && i < 8; i++ {
		if d.kinds[i] == kindTitle {
			t = i
			break
		}
	}
	if t < 0 {
		return
	}
	for i := t + 1; i < hi && i < t+6; i++ {
		l := d.ls[i]
		if d.kinds[i] != "" {
			continue
		}
		if bodyLike(l.Text) {
			return
		}
		if n := len(keyWords(l.Text)); n >= 2 && n <= 4 && nameLike(l.Text) && d.nextIsHeader(i, hi) {
			d.kinds[i] = marsad.BoilerByline
			d.info[i].Author = clean(l.Text)
		}
	}
}

// nextIsHeader reports that the line after i is header furniture (a date,
// dateline or byline) or a paragraph opening with a dateline.
func (d *doc) nextIsHeader(i, hi int) bool {
	if i+1 >= hi {
		return false
	}
	switch d.kinds[i+1] {
	case marsad.BoilerDate, marsad.BoilerDateline, marsad.BoilerByline, marsad.BoilerSource, marsad.BoilerCaption, marsad.BoilerShare:
		return true
	case "":
		_, _, ok := datelinePrefix(d.ls[i+1].Text)
		return ok
	}
	return false
}

// datelineLead splits a dateline off the first body paragraph.
func (d *doc) datelineLead(hi int) {
	i := d.firstBody(0, hi)
	if i >= hi {
		return
	}
	if n, si, ok := datelinePrefix(d.ls[i].Text); ok {
		d.split[i] = n
		d.info[i] = si
	}
}
