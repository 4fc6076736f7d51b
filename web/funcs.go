package web

import (
	"html/template"
	"net/url"
	"strings"
	"time"
)

// templateFuncs are the helpers templates may call. Links to documents,
// entities and stories escape the id as one path segment ("/" included).
func (s *Server) templateFuncs() template.FuncMap {
	return template.FuncMap{
		"asset":     s.assets.path,
		"docURL":    docPath,
		"entityURL": func(id string) string { return "/entities/" + url.PathEscape(id) },
		"storyURL":  func(id string) string { return "/stories/" + url.PathEscape(id) },
		"day":       day,
		"when":      when,
		"typeName":  typeName,
		"typeClass": typeClass,
		"sample":    isSample,
		"refOf":     func(id, text string) ref { return ref{id, text} },
	}
}

// ref is a name that links to its entity page when it has an id.
type ref struct{ ID, Text string }

func docPath(id string) string { return "/documents/" + url.PathEscape(id) }

// day returns the date part of a Published time.
func day(ts string) string { return ts[:min(10, len(ts))] }

// when returns a Published time as "2006-01-02 15:04" (UTC), a date as is.
func when(ts string) string {
	if t, err := time.Parse(time.RFC3339, ts); err == nil {
		return t.UTC().Format("2006-01-02 15:04")
	}
	return ts
}

// typeNames are the Arabic names of the entity types.
var typeNames = map[string]string{"PER": "شخص", "ORG": "منظمة", "LOC": "مكان", "MISC": "أخرى"}

func typeName(t string) string {
	if n, ok := typeNames[t]; ok {
		return n
	}
	return t
}

// typeClass is the CSS class that colours an entity type.
func typeClass(t string) string {
	if _, ok := typeNames[t]; ok {
		return "ent-" + strings.ToLower(t)
	}
	return "ent-misc"
}

// isSample reports whether a document is one of the demo's samples.
func isSample(origin string) bool { return strings.HasPrefix(origin, demoOriginPrefix) }
