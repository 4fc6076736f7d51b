package web

import (
	"net"
	"net/http"
	"strings"

	marsad "github.com/marsad/marsad"
)

// loopbackHostsOnly refuses requests whose Host is not a loopback host
// (see Config.LoopbackHosts).
func (s *Server) loopbackHostsOnly(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !isLoopbackHost(r.Host) {
			s.apiError(w, r, marsad.Errorf(EHOST, "host %q is not served here: use http://127.0.0.1 or http://localhost", r.Host))
			return
		}
		h.ServeHTTP(w, r)
	})
}

// isLoopbackHost reports whether a Host header value (host or host:port)
// names the local machine: localhost, *.localhost or a loopback address.
func isLoopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.ToLower(strings.Trim(host, "[]")), ".")
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
