// Package web serves Marsad's JSON API and its Arabic, right-to-left web
// interface from one http.Handler: server-rendered html/template pages and
// embedded, checksum-named static files, with no JavaScript and no build
// step. One handler per file: api_*.go for the API, ui_*.go for pages.
package web

import (
	"log/slog"
	"net/http"
	"runtime"
	"sync"
	"time"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/analyze"
)

// Store is what the server reads and writes.
type Store interface {
	marsad.DocumentStore
	marsad.SearchIndex
	marsad.StoryStore
	marsad.CorpusBrowser
}

// Defaults of Config.
const (
	DefaultMaxBody = 10 << 20 // bytes of a request body
	DefaultTimeout = 30 * time.Second
)

// Config configures a Server. Store is required.
type Config struct {
	Store Store
	// Analyze configures analyses; ContentType is set per request.
	Analyze analyze.Options
	Log     *slog.Logger
	// Token, when set, is required as "Authorization: Bearer TOKEN" by
	// the endpoints that write.
	Token string
	// MaxBody bounds request bodies (DefaultMaxBody when 0); Timeout
	// bounds each request (DefaultTimeout when 0).
	MaxBody int64
	Timeout time.Duration
	// Workers bounds concurrent analyses (GOMAXPROCS when 0); further
	// requests wait for a free slot.
	Workers int
	// LoopbackHosts, for a server that listens on loopback only, refuses
	// requests whose Host header names anything but a loopback host
	// (localhost, 127.0.0.1, [::1]): a web page elsewhere then cannot
	// reach the server by pointing its own domain at 127.0.0.1 (DNS
	// rebinding).
	LoopbackHosts bool
}

// Server is the web application. It is an http.Handler.
type Server struct {
	cfg     Config
	store   Store
	log     *slog.Logger
	pages   map[string]*pageTemplate
	assets  *assets
	slots   chan struct{} // analysis slots
	writeMu sync.Mutex    // serializes ingest + story clustering
	mux     *http.ServeMux
	handler http.Handler
}

// New returns a Server over cfg.Store.
func New(cfg Config) (*Server, error) {
	cfg = cfg.withDefaults()
	s := &Server{cfg: cfg, store: cfg.Store, log: cfg.Log, slots: make(chan struct{}, cfg.Workers)}
	var err error
	if s.assets, err = loadAssets(); err != nil {
		return nil, err
	}
	if s.pages, err = loadPages(s.templateFuncs()); err != nil {
		return nil, err
	}
	s.mux = s.routes()
	s.handler = s.middleware(s.mux)
	return s, nil
}

func (c Config) withDefaults() Config {
	if c.MaxBody <= 0 {
		c.MaxBody = DefaultMaxBody
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.Workers <= 0 {
		c.Workers = runtime.GOMAXPROCS(0)
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	if c.Analyze.MaxBytes <= 0 {
		c.Analyze.MaxBytes = int(c.MaxBody)
	}
	return c
}

// ServeHTTP serves a request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// routes registers every endpoint; method patterns make the mux answer
// 405 for the wrong method.
func (s *Server) routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/analyze", s.apiAnalyze)
	mux.HandleFunc("POST /api/documents", s.requireToken(s.apiPostDocument))
	mux.HandleFunc("GET /api/documents/{id}", s.apiGetDocument)
	mux.HandleFunc("GET /api/search", s.apiSearch)
	mux.HandleFunc("GET /api/entities", s.apiEntities)
	mux.HandleFunc("GET /api/entities/{id}", s.apiEntity)
	mux.HandleFunc("GET /api/stories", s.apiStories)
	mux.HandleFunc("GET /api/stories/{id}", s.apiStory)
	mux.HandleFunc("GET /api/openapi.json", s.apiOpenAPI)
	mux.HandleFunc("/api/", s.apiNotFound)

	mux.HandleFunc("GET /{$}", s.uiHome)
	mux.HandleFunc("GET /search", s.uiSearch)
	mux.HandleFunc("GET /documents/{id}", s.uiDocument)
	mux.HandleFunc("GET /entities", s.uiEntities)
	mux.HandleFunc("GET /entities/{id}", s.uiEntity)
	mux.HandleFunc("GET /stories/{id}", s.uiStory)
	mux.HandleFunc("GET /static/{name}", s.static)
	mux.HandleFunc("/", s.uiNotFound)
	return mux
}
