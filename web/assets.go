package web

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
)

//go:embed static
var staticFS embed.FS

// asset is one static file, served under a name carrying its checksum
// (style.1a2b3c4d.css) so that it can be cached forever.
type asset struct {
	body        []byte
	contentType string
}

// assets maps file names to checksum names and checksum names to files.
type assets struct {
	paths map[string]string // style.css → /static/style.1a2b3c4d.css
	files map[string]asset  // style.1a2b3c4d.css → file
}

func loadAssets() (*assets, error) {
	a := &assets{paths: map[string]string{}, files: map[string]asset{}}
	err := fs.WalkDir(staticFS, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := staticFS.ReadFile(p)
		if err != nil {
			return err
		}
		name := path.Base(p)
		sum := sha256.Sum256(body)
		ext := path.Ext(name)
		hashed := strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:4]) + ext
		a.paths[name] = "/static/" + hashed
		a.files[hashed] = asset{body, mime.TypeByExtension(ext)}
		return nil
	})
	return a, err
}

// path returns the URL of a static file; templates call it as asset.
func (a *assets) path(name string) (string, error) {
	p, ok := a.paths[name]
	if !ok {
		return "", fmt.Errorf("no static file %q", name)
	}
	return p, nil
}

func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	f, ok := s.assets.files[r.PathValue("name")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", f.contentType)
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	w.Write(f.body)
}
