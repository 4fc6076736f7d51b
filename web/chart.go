package web

import (
	"time"

	marsad "github.com/marsad/marsad"
)

// Chart geometry, in SVG user units.
const (
	chartWidth  = 600
	chartHeight = 160
	chartBase   = 140 // the bars' baseline; labels go below it
	maxDayBins  = 62  // longer timelines are counted by month
)

// chart is a bar chart of documents over time, drawn as inline SVG.
type chart struct {
	Width, Height, Base int
	Bars                []bar
	Max                 int
	First, Last         string // the first and last bins' labels
}

type bar struct {
	X, Y, W, H float64
	Label      string
	Docs       int
}

// newChart bins a timeline by day (by month when it spans more than
// maxDayBins days), with empty bins for the gaps; nil when it is empty.
func newChart(tl []marsad.DayCount) *chart {
	bins := binTimeline(tl)
	if len(bins) == 0 {
		return nil
	}
	c := &chart{Width: chartWidth, Height: chartHeight, Base: chartBase, First: bins[0].Day, Last: bins[len(bins)-1].Day}
	for _, b := range bins {
		c.Max = max(c.Max, b.Docs)
	}
	w := float64(chartWidth) / float64(len(bins))
	for i, b := range bins {
		h := float64(b.Docs) / float64(c.Max) * (chartBase - 10)
		c.Bars = append(c.Bars, bar{X: float64(i)*w + w*0.1, Y: chartBase - h, W: w * 0.8, H: h, Label: b.Day, Docs: b.Docs})
	}
	return c
}

// binTimeline returns one bin per day (or month) from the first to the last.
func binTimeline(tl []marsad.DayCount) []marsad.DayCount {
	if len(tl) == 0 {
		return nil
	}
	first, err1 := time.Parse(time.DateOnly, tl[0].Day)
	last, err2 := time.Parse(time.DateOnly, tl[len(tl)-1].Day)
	if err1 != nil || err2 != nil {
		return tl
	}
	layout, step := time.DateOnly, func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }
	if last.Sub(first) > maxDayBins*24*time.Hour {
		layout, step = "2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }
		first = time.Date(first.Year(), first.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	counts := map[string]int{}
	for _, d := range tl {
		if t, err := time.Parse(time.DateOnly, d.Day); err == nil {
			counts[t.Format(layout)] += d.Docs
		}
	}
	var bins []marsad.DayCount
	for t := first; !t.After(last); t = step(t) {
		k := t.Format(layout)
		bins = append(bins, marsad.DayCount{Day: k, Docs: counts[k]})
	}
	return bins
}
