package web_test

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/marsad/marsad/web"
)

// TestLoopbackHosts checks that a loopback-only server refuses a request
// that names another host (DNS rebinding) and serves its own.
func TestLoopbackHosts(t *testing.T) {
	fx := newFixture(t, web.Config{LoopbackHosts: true})
	get := func(host string) (int, string) {
		req, err := http.NewRequest(http.MethodGet, fx.srv.URL+"/api/search?q=القاهرة", nil)
		if err != nil {
			t.Fatal(err)
		}
		if host != "" {
			req.Host = host
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var body struct {
			Error struct{ Code string } `json:"error"`
		}
		_ = json.NewDecoder(resp.Body).Decode(&body)
		return resp.StatusCode, body.Error.Code
	}
	if status, code := get("rebind.example:8080"); status != http.StatusForbidden || code != web.EHOST {
		t.Errorf("foreign Host: status %d code %q, want 403 %q", status, code, web.EHOST)
	}
	for _, host := range []string{"", "localhost:8080"} {
		if status, _ := get(host); status != http.StatusOK {
			t.Errorf("Host %q: status %d, want 200", host, status)
		}
	}
}
