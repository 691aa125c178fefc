package localserver

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/rs/zerolog"
)

// TestRequestLog: one debug line per request with the way it came, method, route and status,
// the status of a refusal made before any route included; never the body, query or token.
func TestRequestLog(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("PUT /api/things/{id}", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`{}`))
	})
	var buf bytes.Buffer
	log := zerolog.New(&buf).Level(zerolog.DebugLevel)
	h := RequestLog(log, "window", APIBody(1<<10, mux))

	put := httptest.NewRequest("PUT", "/api/things/7?secret=q", strings.NewReader(`{"password":"hunter2"}`))
	put.Header.Set("Content-Type", "application/json")
	put.Header.Set("Authorization", "Bearer tok-123")
	h.ServeHTTP(httptest.NewRecorder(), put)
	refused := httptest.NewRequest("POST", "/api/things/7", strings.NewReader(`{"a":1}`))
	h.ServeHTTP(httptest.NewRecorder(), refused) // no Content-Type: 415 before the route

	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 lines, got %q", buf.String())
	}
	for _, bad := range []string{"hunter2", "tok-123", "secret"} {
		if strings.Contains(buf.String(), bad) {
			t.Errorf("the log holds %q: %s", bad, buf.String())
		}
	}
	want := []map[string]any{
		{"via": "window", "method": "PUT", "route": "/api/things/{id}", "path": "/api/things/7", "status": 200.0},
		{"via": "window", "method": "POST", "route": "", "path": "/api/things/7", "status": 415.0},
	}
	for i, line := range lines {
		var got map[string]any
		if err := json.Unmarshal([]byte(line), &got); err != nil {
			t.Fatal(err)
		}
		for k, v := range want[i] {
			if got[k] != v {
				t.Errorf("line %d: %s = %v, want %v (%s)", i, k, got[k], v, line)
			}
		}
		if got["level"] != "debug" {
			t.Errorf("line %d is not at debug level: %s", i, line)
		}
	}

	buf.Reset()
	quiet := RequestLog(log.Level(zerolog.InfoLevel), "window", mux)
	quiet.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/api/things/7", nil))
	if buf.Len() != 0 {
		t.Errorf("logged above debug level: %s", buf.String())
	}
}
