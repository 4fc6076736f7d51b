package web

import (
	_ "embed"
	"net/http"
)

// openAPI describes the JSON API (OpenAPI 3.1), written by hand.
//
//go:embed openapi.json
var openAPI []byte

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(openAPI)
}
