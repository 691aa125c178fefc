package api

import (
	"io"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

// TestBodyWhereNoneIsExpectedIsRefused is issue 12, item 9: {"bogus":1} posted to routes that
// take no body was accepted (and acted on). It is refused, with words, before the route runs;
// the same routes without a body still work.
func TestBodyWhereNoneIsExpectedIsRefused(t *testing.T) {
	var quits atomic.Int32
	h := newTestAPI("headless", nil, nil, func() { quits.Add(1) })
	for _, route := range []string{
		"POST /api/app/quit", "POST /api/app/show", "POST /api/setup/procore/disconnect",
		"POST /api/setup/finish", "POST /api/sync/now",
		"GET /api/status", "GET /api/health",
	} {
		method, path, _ := strings.Cut(route, " ")
		code, body := call(h, method, path, `{"bogus":1}`)
		e, _ := body["error"].(map[string]any)
		if code != 400 || errorCode(body) != "unexpected_body" || !strings.Contains(e["message"].(string), "takes no request body") || e["fix"] == "" {
			t.Errorf("%s with a body: %d %v", route, code, body)
		}
	}
	// A body of unknown length (chunked) is found too.
	req := httptest.NewRequest("POST", "/api/app/quit", io.MultiReader(strings.NewReader("x")))
	req.ContentLength = -1
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 400 {
		t.Errorf("chunked body to quit: %d %s", rec.Code, rec.Body)
	}
	if n := quits.Load(); n != 0 {
		t.Fatalf("a refused request quit Joblink %d times", n)
	}
	// An empty JSON object says nothing and passes (clients that always send JSON send it).
	if code, body := call(h, "POST", "/api/app/show", " { }\n"); code != 409 || errorCode(body) != "no_window" {
		t.Fatalf("show with {}: %d %v", code, body)
	}
	if code, _ := call(h, "POST", "/api/app/quit", ""); code != 202 {
		t.Fatalf("quit without a body: %d", code)
	}
	if code, _ := call(h, "GET", "/api/status", ""); code != 200 {
		t.Fatalf("status without a body: %d", code)
	}
}

// TestBodylessRoutesExist: every route listed as taking no body is one the API serves, so the
// list does not drift from the routes.
func TestBodylessRoutesExist(t *testing.T) {
	h := newTestAPI("headless", nil, nil, nil)
	for route := range takesNoBody {
		method, path, _ := strings.Cut(route, " ")
		if code, body := call(h, method, path, ""); code == 404 || code == 405 {
			t.Errorf("%s is listed as taking no body but is not served: %d %v", route, code, body)
		}
	}
}
