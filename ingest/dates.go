package ingest

import (
	"strings"
	"time"
)

// timeLayouts are the publication-date layouts parseTime reads.
var timeLayouts = []string{
	time.RFC3339, time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC850,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 02 Jan 2006 15:04:05 MST",
	"2006-01-02 15:04:05", "2006-01-02T15:04:05", "2006-01-02 15:04", "2006/01/02 15:04:05",
	"02/01/2006 15:04", "2006-01-02", "2006/01/02", "20060102", "02/01/2006", "2 January 2006",
}

// parseTime normalizes a stated publication time to RFC 3339 in UTC, or to
// a date when only a date is stated. It returns "" when it cannot read s.
func parseTime(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, l := range timeLayouts {
		t, err := time.Parse(l, s)
		if err != nil || t.Year() < 1900 || t.Year() > 2200 {
			continue
		}
		if !strings.Contains(l, "15") {
			return t.Format("2006-01-02")
		}
		return t.UTC().Format(time.RFC3339)
	}
	return ""
}
