package web

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	marsad "github.com/marsad/marsad"
)

// Error codes of the web server, beside marsad's.
const (
	ETOOLARGE = "too_large" // the request body is over the size limit
	EBUSY     = "busy"      // no analysis slot freed up before the request's deadline
	EMETHOD   = "method_not_allowed"
	ETIMEOUT  = "timeout"        // the request ran out of time (Config.Timeout)
	ECANCELED = "canceled"       // the client went away; nobody reads the answer
	EHOST     = "forbidden_host" // the Host header names a host this server does not serve
)

// statusOf maps error codes to HTTP statuses: the one place that does.
var statusOf = map[string]int{
	marsad.EINVALID:  http.StatusBadRequest,
	marsad.ENOTFOUND: http.StatusNotFound,
	marsad.ECONFLICT: http.StatusConflict,
	marsad.EUNAUTH:   http.StatusUnauthorized,
	ETOOLARGE:        http.StatusRequestEntityTooLarge,
	EBUSY:            http.StatusServiceUnavailable,
	EMETHOD:          http.StatusMethodNotAllowed,
	ETIMEOUT:         http.StatusServiceUnavailable,
	ECANCELED:        499, // as nginx logs a client that closed the request
	EHOST:            http.StatusForbidden,
	marsad.EINTERNAL: http.StatusInternalServerError,
}

// errorInfo returns err's code, HTTP status and the message users may see.
// Internal errors are logged and shown only as "internal error".
func (s *Server) errorInfo(r *http.Request, err error) (code string, status int, msg string) {
	code = marsad.ErrorCode(err)
	if code == marsad.EINTERNAL {
		err = contextError(r, err)
		code = marsad.ErrorCode(err)
	}
	status, ok := statusOf[code]
	if !ok || code == marsad.EINTERNAL {
		s.log.Error("internal error", "method", r.Method, "path", r.URL.Path, "err", err)
		return marsad.EINTERNAL, http.StatusInternalServerError, "internal error"
	}
	return code, status, marsad.ErrorMessage(err)
}

// contextError turns the error of a request whose context ended into
// a timeout or a cancellation, which are not internal failures.
func contextError(r *http.Request, err error) error {
	switch ctxErr := r.Context().Err(); {
	case errors.Is(ctxErr, context.DeadlineExceeded):
		return marsad.Errorf(ETIMEOUT, "the request took too long")
	case ctxErr != nil:
		return marsad.Errorf(ECANCELED, "the request was canceled")
	}
	return err
}

type errorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// apiError writes err as {"error": {"code", "message"}}.
func (s *Server) apiError(w http.ResponseWriter, r *http.Request, err error) {
	var body errorBody
	var status int
	body.Error.Code, status, body.Error.Message = s.errorInfo(r, err)
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="marsad"`)
	}
	writeJSON(w, status, body)
}

// writeJSON writes v as compact JSON (indenting a large analysis costs a
// tenth of a request's time), with <, > and & left as they are: the
// content type is JSON, never sniffed as HTML (see securityHeaders).
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

// apiNotFound answers API requests no endpoint matches: 405 when the
// path has an endpoint for another method, else 404.
func (s *Server) apiNotFound(w http.ResponseWriter, r *http.Request) {
	var allow []string
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := s.mux.Handler(probe); pattern != "/api/" {
			allow = append(allow, m)
		}
	}
	if len(allow) > 0 {
		w.Header().Set("Allow", strings.Join(allow, ", "))
		s.apiError(w, r, marsad.Errorf(EMETHOD, "%s %s is not allowed (allowed: %s)", r.Method, r.URL.Path, strings.Join(allow, ", ")))
		return
	}
	s.apiError(w, r, marsad.Errorf(marsad.ENOTFOUND, "no endpoint %s %s (see /api/openapi.json)", r.Method, r.URL.Path))
}
