package ingest

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Field names accepted in JSON records, in order of preference.
var (
	idFields        = []string{"id", "docno", "doc_id", "guid"}
	urlFields       = []string{"url", "link", "href"}
	outletFields    = []string{"outlet", "src", "source", "site", "publisher"}
	publishedFields = []string{"published", "time", "date", "pubdate", "published_at", "date_published", "date_extracted"}
	titleFields     = []string{"title", "headline"}
	textFields      = []string{"text", "content", "body", "article"}
	htmlFields      = []string{"html", "raw_html"}
)

// recordFromJSON maps one JSON object to a Record.
func recordFromJSON(raw []byte, origin string) Record {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return Record{Origin: origin, Err: fmt.Errorf("%s: not a JSON object: %w", origin, err)}
	}
	r := Record{Origin: origin, ID: pick(m, idFields), URL: pick(m, urlFields), Outlet: pick(m, outletFields),
		Published: pick(m, publishedFields), Title: pick(m, titleFields), Text: pick(m, textFields)}
	if h := pick(m, htmlFields); h != "" && r.Text == "" {
		r.HTML = []byte(h)
	}
	r.Text = strings.TrimSpace(r.Text)
	if r.Text == "" && r.Title == "" && r.HTML == nil {
		r.Err = fmt.Errorf("%s: no text: none of the fields %s, %s or %s is set", origin,
			strings.Join(titleFields, "/"), strings.Join(textFields, "/"), strings.Join(htmlFields, "/"))
	}
	return r
}

// pick returns the first of names that m holds as a non-empty string or
// number, trimmed.
func pick(m map[string]json.RawMessage, names []string) string {
	for _, n := range names {
		v, ok := m[n]
		if !ok {
			continue
		}
		var s string
		if json.Unmarshal(v, &s) == nil {
			if s = strings.TrimSpace(s); s != "" {
				return s
			}
			continue
		}
		var f json.Number
		if json.Unmarshal(v, &f) == nil {
			return f.String()
		}
	}
	return ""
}
