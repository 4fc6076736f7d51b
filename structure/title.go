package structure

import (
	"strings"
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
			if next := d.firstBody(i+1, hi); next < hi && titleLike(d.ls[i], bodyLike(d.ls[next])) {
				d.kinds[i] = kindTitle
			}
			return
		}
		if !titleSkip[k] {
			return
		}
	}
}

// leadingMenu marks a run of three or more short lines opening the page
// (menu items pasted with the article: "أخبار", "رياضة", "اقتصاد") as nav.
func (d *doc) leadingMenu(hi int) {
	end := 0
	for end < hi && (d.kinds[end] == "" || d.kinds[end] == marsad.BoilerNav) && menuItem(d.ls[end]) {
		end++
	}
	if end < 3 {
		return
	}
	for i := 0; i < end; i++ {
		d.kinds[i] = marsad.BoilerNav
	}
}

// menuItem reports a line of one to three words with no digits or
// punctuation.
func menuItem(l line) bool {
	return l.N >= 1 && l.N <= 3 && !hasDigit(l.Text) && !endsPunct(l.Text) && !strings.ContainsAny(l.Text, "،,:")
}

// titleLike reports a headline: up to 30 words and 250 characters, no
// sentence-final full stop or colon (a trailing ".." is a headline's
// ellipsis). A one-word headline ("مشاهير") needs a paragraph after it.
func titleLike(l line, paraNext bool) bool {
	s := strings.TrimRight(l.Text, ".…")
	if len(l.Text)-len(s) < 2 {
		s = l.Text
	}
	return (l.N >= 2 || l.N == 1 && paraNext) && l.N <= 30 && utf8.RuneCountInString(s) <= 250 && !endsSentence(s)
}

// bodyLike reports a line that reads as an article paragraph.
func bodyLike(l line) bool {
	return l.N >= 8 || endsPunct(l.Text)
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
		if bodyLike(l) {
			return
		}
		if n := l.N; n >= 2 && n <= 4 && nameLike(l.Text) && d.nextIsHeader(i, hi) {
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

// datelineLead splits a dateline off the first body paragraph, or off the
// second when the first reads as a subtitle (no full stop).
func (d *doc) datelineLead(hi int) {
	i := d.firstBody(0, hi)
	for n := 0; n < 2 && i < hi; n++ {
		if p, si, ok := datelinePrefix(d.ls[i].Text); ok {
			d.split[i] = p
			d.info[i] = si
			return
		}
		if endsPunct(d.ls[i].Text) {
			return
		}
		i = d.firstBody(i+1, hi)
	}
}
