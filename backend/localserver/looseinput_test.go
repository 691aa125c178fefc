package localserver

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// The loose inputs issue 12 found on the listener, each sent to the real listener and guard.

func TestAPIBodiesMustBeDeclaredJSON(t *testing.T) {
	_, base := startTestServer(t)
	for ct, want := range map[string]int{
		"application/json":                 200,
		"application/json; charset=UTF-8":  200,
		"Application/JSON":                 200,
		"application/jsonx":                415,
		"application/json; charset=utf-16": 415,
		"application/json; boundary=x":     415,
		"text/plain":                       415,
		"":                                 415,
	} {
		h := map[string]string{"Authorization": "Bearer " + testToken}
		if ct != "" {
			h["Content-Type"] = ct
		}
		resp, body := doRaw(t, "POST", base+"/api/x", `{"a":1}`, h)
		if resp.StatusCode != want {
			t.Errorf("Content-Type %q: %d, want %d (%s)", ct, resp.StatusCode, want, body)
		}
	}
	// No body, no Content-Type needed.
	resp, body := doRaw(t, "POST", base+"/api/x", "", map[string]string{"Authorization": "Bearer " + testToken})
	if resp.StatusCode != 200 {
		t.Errorf("empty body: %d %s", resp.StatusCode, body)
	}
}

func TestDuplicateJSONKeysAreRefused(t *testing.T) {
	_, base := startTestServer(t)
	for doc, want := range map[string]int{
		`{"a":1,"a":2}`:                     400,
		`{"x":{"b":1,"b":2}}`:               400,
		`[{"a":1},{"c":[1,{"d":1,"d":0}]}]`: 400,
		`{"x":{"a":1},"a":2}`:               200,
		`[{"a":1},{"a":2}]`:                 200,
		`{"a":{"a":{"a":"a"}}}`:             200,
		`{"a":["a","a"],"b":"a"}`:           200,
		`{"a":1,`:                           200, // malformed: the route explains it
	} {
		resp, body := doRaw(t, "POST", base+"/api/x", doc, map[string]string{"Authorization": "Bearer " + testToken, "Content-Type": "application/json"})
		if resp.StatusCode != want || want == 400 && !strings.Contains(body, "duplicate_key") {
			t.Errorf("%s: %d, want %d (%s)", doc, resp.StatusCode, want, body)
		}
	}
}

func TestSecFetchSiteIsReadWithoutCase(t *testing.T) {
	_, base := startTestServer(t)
	for site, want := range map[string]int{"Cross-Site": 403, "CROSS-SITE": 403, "same-site": 403, "Same-Origin": 200, "none": 200} {
		resp, body := do(t, "POST", base+"/api/x", strings.NewReader("{}"),
			map[string]string{"Authorization": "Bearer " + testToken, "Sec-Fetch-Site": site})
		if resp.StatusCode != want {
			t.Errorf("Sec-Fetch-Site %q: %d, want %d (%s)", site, resp.StatusCode, want, body)
		}
	}
}

// TestAbsoluteFormRequestLineIsRefused: "GET http://127.0.0.1:P/… HTTP/1.1" with Host: evil.com
// was answered 200, because Go takes the host from the request line and drops the header.
func TestAbsoluteFormRequestLineIsRefused(t *testing.T) {
	l, _ := startTestServer(t)
	addr := fmt.Sprintf("127.0.0.1:%d", l.Port)
	for _, target := range []string{"http://" + addr + "/api/health", "http://" + addr + "/"} {
		c, err := net.DialTimeout("tcp4", addr, 5*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		c.SetDeadline(time.Now().Add(5 * time.Second))
		fmt.Fprintf(c, "GET %s HTTP/1.1\r\nHost: evil.com\r\nConnection: close\r\n\r\n", target)
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		c.Close()
		if resp.StatusCode != http.StatusBadRequest {
			t.Errorf("GET %s with Host evil.com: %d, want 400", target, resp.StatusCode)
		}
	}
}

func TestUIDoesNotListFolders(t *testing.T) {
	h := UI(fstest.MapFS{"index.html": {Data: []byte("<h1>ui</h1>")}, "assets/app.js": {Data: []byte("x")}})
	for path, want := range map[string]int{"/assets/": 404, "/assets/app.js": 200, "/": 200} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if rec.Code != want || want == 404 && strings.Contains(rec.Body.String(), "app.js") {
			t.Errorf("GET %s: %d, want %d (%.80s)", path, rec.Code, want, rec.Body.String())
		}
	}
}

// doRaw sends body with exactly the given headers (no Content-Type unless given).
func doRaw(t *testing.T, method, url, body string, header map[string]string) (*http.Response, string) {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, url, rd)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	return send(t, req)
}

// TestAPIBodyOfUnknownLength: the Wails window's requests reach APIBody in process with
// ContentLength -1 and no Content-Type, GETs included; the window's Dashboard said "Joblink
// expected a JSON body but the request did not say what it sent" for every plain read.
func TestAPIBodyOfUnknownLength(t *testing.T) {
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		fmt.Fprintf(w, "body %q", b)
	})
	h := APIBody(1<<10, ok)
	for _, c := range []struct {
		method, body, contentType string
		want                      int
	}{
		{"GET", "", "", 200},
		{"POST", "", "", 200},
		{"POST", `{"a":1}`, "application/json", 200},
		{"POST", `{"a":1}`, "", 415},
		{"POST", `{"a":1,"a":2}`, "application/json", 400},
		{"POST", strings.Repeat("x", 2<<10), "", 413},
	} {
		r := httptest.NewRequest(c.method, "/api/status", io.NopCloser(strings.NewReader(c.body)))
		r.ContentLength = -1
		if c.contentType != "" {
			r.Header.Set("Content-Type", c.contentType)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != c.want {
			t.Errorf("%s %q (%q): %d, want %d: %s", c.method, c.body, c.contentType, w.Code, c.want, w.Body)
		}
		if c.want == 200 && !strings.Contains(w.Body.String(), fmt.Sprintf("%q", c.body)) {
			t.Errorf("%s %q: the route read %s", c.method, c.body, w.Body)
		}
	}
}
