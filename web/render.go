package web

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"

	marsad "github.com/marsad/marsad"
)

//go:embed templates/*.html
var templateFS embed.FS

type pageTemplate = template.Template

// head is what the layout reads of every page's data.
type head struct {
	Title string // the page's title, before the site's name
	Q     string // the search box's text
}

// loadPages parses each page template with the layout.
func loadPages(funcs template.FuncMap) (map[string]*pageTemplate, error) {
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	pages := map[string]*pageTemplate{}
	for _, n := range names {
		base := path.Base(n)
		if base == "layout.html" {
			continue
		}
		t, err := template.New(base).Funcs(funcs).ParseFS(templateFS, "templates/layout.html", n)
		if err != nil {
			return nil, fmt.Errorf("template %s: %w", base, err)
		}
		pages[strings.TrimSuffix(base, ".html")] = t
	}
	return pages, nil
}

// render executes a page into a buffer first, so that a template error
// becomes a clean 500 rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, name string, status int, data any) {
	var buf bytes.Buffer
	if err := s.pages[name].ExecuteTemplate(&buf, "layout", data); err != nil {
		s.log.Error("render", "page", name, "path", r.URL.Path, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(status)
	buf.WriteTo(w)
}

// errorPage is the data of the error page.
type errorPage struct {
	head
	Status  int
	Message string
}

// pageError renders err as an HTML page with the status its code maps to.
func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	_, status, msg := s.errorInfo(r, err)
	title := "خطأ"
	if status == http.StatusNotFound {
		title = "الصفحة غير موجودة"
	}
	s.render(w, r, "error", status, errorPage{head{Title: title}, status, msg})
}

func (s *Server) uiNotFound(w http.ResponseWriter, r *http.Request) {
	s.pageError(w, r, marsad.Errorf(marsad.ENOTFOUND, "لا توجد صفحة بهذا العنوان: %s", r.URL.Path))
}
