package web

import (
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
	"strings"

	marsad "github.com/marsad/marsad"
)

// requireToken lets a request through when no token is configured or
// when it carries "Authorization: Bearer TOKEN".
func (s *Server) requireToken(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.cfg.Token != "" && !tokenMatches(r.Header.Get("Authorization"), s.cfg.Token) {
			s.apiError(w, r, marsad.Errorf(marsad.EUNAUTH, "this endpoint needs the header \"Authorization: Bearer TOKEN\" with the server's token"))
			return
		}
		h(w, r)
	}
}

// tokenMatches compares in constant time; hashing first makes the time
// independent of the lengths too.
func tokenMatches(header, token string) bool {
	got, ok := strings.CutPrefix(header, "Bearer ")
	if !ok {
		return false
	}
	a, b := sha256.Sum256([]byte(strings.TrimSpace(got))), sha256.Sum256([]byte(token))
	return subtle.ConstantTimeCompare(a[:], b[:]) == 1
}
