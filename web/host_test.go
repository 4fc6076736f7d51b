package web

import "testing"

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
