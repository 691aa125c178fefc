package core

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestWindowAPIChecksBodiesLikeTheListener: the Wails window reaches the API through
// APIHandler, not the listener; the same body checks must apply there (a loose body refused
// before any route sees it), or the window would be the one way in with loose input.
func TestWindowAPIChecksBodiesLikeTheListener(t *testing.T) {
	c := startHeadless(t, t.TempDir(), true)
	cases := []struct {
		name, method, path, contentType, body string
		status                                int
		code                                  string
	}{
		{"duplicate key", "PUT", "/api/settings/autostart", "application/json", `{"enabled":true,"enabled":false}`, 400, "duplicate_key"},
		{"not JSON", "PUT", "/api/settings/autostart", "application/jsonx", `{"enabled":true}`, 415, "unsupported_media_type"},
		{"UTF-16", "PUT", "/api/settings/autostart", "application/json; charset=utf-16", `{"enabled":true}`, 415, "unsupported_media_type"},
	}
	for _, tc := range cases {
		req := httptest.NewRequest(tc.method, tc.path, strings.NewReader(tc.body))
		req.Header.Set("Content-Type", tc.contentType)
		rec := httptest.NewRecorder()
		c.APIHandler().ServeHTTP(rec, req)
		var out struct {
			Error struct{ Code, Message string }
		}
		json.Unmarshal(rec.Body.Bytes(), &out)
		if rec.Code != tc.status || out.Error.Code != tc.code || out.Error.Message == "" {
			t.Errorf("%s: %d %s; want %d %s with words", tc.name, rec.Code, rec.Body, tc.status, tc.code)
		}
	}
	// A body the route does take still passes.
	req := httptest.NewRequest("GET", "/api/status", nil)
	rec := httptest.NewRecorder()
	c.APIHandler().ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		t.Fatalf("status through the window: %d %s", rec.Code, rec.Body)
	}
}
