package web

import (
	"net"
	"strings"
	"testing"
)

func TestIsLoopbackHost(t *testing.T) {
	for host, want := range map[string]bool{
		"127.0.0.1:8080": true, "localhost:8080": true, "LOCALHOST": true, "localhost.": true,
		"[::1]:8080": true, "::1": true, "127.1.2.3": true, "app.localhost:80": true,
		"evil.example": false, "evil.example:8080": false, "127.0.0.1.evil.example": false,
		"10.0.0.1:8080": false, "": false, "localhost.evil.example": false,
	} {
		if got := isLoopbackHost(host); got != want {
			t.Errorf("isLoopbackHost(%+q) = %v, want %v", host, got, want)
		}
	}
}

// FuzzIsLoopbackHost checks that whatever a client sends as Host, the check
// never panics and accepts only names that resolve to this machine.
func FuzzIsLoopbackHost(f *testing.F) {
	for _, s := range []string{"127.0.0.1:8080", "localhost", "[::1]:80", "evil.example", "[", ":", "localhost:", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, host string) {
		if !isLoopbackHost(host) {
			return
		}
		h := host
		if x, _, err := net.SplitHostPort(host); err == nil {
			h = x
		}
		h = strings.TrimSuffix(strings.ToLower(strings.Trim(h, "[]")), ".")
		if ip := net.ParseIP(h); ip != nil && !ip.IsLoopback() {
			t.Fatalf("accepted non-loopback address %+q", host)
		}
		if net.ParseIP(h) == nil && h != "localhost" && !strings.HasSuffix(h, ".localhost") {
			t.Fatalf("accepted %+q", host)
		}
	})
}
