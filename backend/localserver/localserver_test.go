package localserver

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"joblink/backend/httpjson"
)

const testToken = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

// startTestServer runs the real listener and guard with an echo API on a free port.
func startTestServer(t *testing.T) (*Listener, string) {
	t.Helper()
	l, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	api := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			httpjson.TooLarge(w, tooBig.Limit)
			return
		}
		fmt.Fprintf(w, "%s %s %d", r.Method, r.URL.Path, len(body))
	})
	ui := UI(fstest.MapFS{"index.html": {Data: []byte("<h1>ui</h1>")}})
	g := &Guard{Port: l.Port, Token: testToken, MaxBody: 1024}
	srv := Serve(l, g.Handler(Routes{API: api, UI: ui}), nil)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	})
	return l, fmt.Sprintf("http://127.0.0.1:%d", l.Port)
}

// send sends req and returns the answer with its body read.
func send(t *testing.T, req *http.Request) (*http.Response, string) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func do(t *testing.T, method, url string, body io.Reader, header map[string]string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json") // the API takes nothing else; a test may override it
	}
	for k, v := range header {
		if k == "Host" {
			req.Host = v
		} else {
			req.Header.Set(k, v)
		}
	}
	return send(t, req)
}

func TestListenBindsBothLoopbacksOnOnePort(t *testing.T) {
	l, err := Listen("localhost:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	addrs := l.Addresses()
	if addrs[0] != fmt.Sprintf("127.0.0.1:%d", l.Port) {
		t.Fatalf("first address %v", addrs)
	}
	if probe, err := net.Listen("tcp6", "[::1]:0"); err == nil {
		probe.Close()
		if len(addrs) != 2 || addrs[1] != fmt.Sprintf("[::1]:%d", l.Port) {
			t.Fatalf("IPv6 loopback available but not bound: %v", addrs)
		}
	}
	for _, a := range addrs {
		host, _, _ := net.SplitHostPort(a)
		if !net.ParseIP(host).IsLoopback() {
			t.Fatalf("bound a non-loopback address %s", a)
		}
	}
}

func TestListenRefusesATakenPortClearly(t *testing.T) {
	taken, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	port := taken.Addr().(*net.TCPAddr).Port
	_, err = Listen(fmt.Sprintf("127.0.0.1:%d", port))
	var inUse *PortInUseError
	if !errors.As(err, &inUse) || inUse.Port != port {
		t.Fatalf("want PortInUseError for %d, got %v", port, err)
	}
	if !strings.Contains(err.Error(), "already in use") || !strings.Contains(err.Error(), "--addr") {
		t.Fatalf("message does not say what to do: %v", err)
	}
}

func TestListenRefusesNonLoopbackAndNonsense(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:41740", "192.168.1.5:41740", ":", "127.0.0.1", "127.0.0.1:http-ish", "127.0.0.1:70000"} {
		if l, err := Listen(addr); err == nil {
			l.Close()
			t.Errorf("Listen(%q) accepted", addr)
		}
	}
}

func TestHostHeaderMustNameThisListener(t *testing.T) {
	l, base := startTestServer(t)
	port := fmt.Sprint(l.Port)
	cases := map[string]int{
		"127.0.0.1:" + port:      200,
		"localhost:" + port:      200,
		"LOCALHOST:" + port:      200,
		"[::1]:" + port:          200,
		"evil.example:" + port:   403, // DNS rebinding
		"127.0.0.1":              403, // no port
		"127.0.0.1:1":            403, // another port
		"192.168.1.5:" + port:    403,
		"localhost.evil:" + port: 403,
	}
	for host, want := range cases {
		resp, body := do(t, "GET", base+"/api/health", nil, map[string]string{"Host": host})
		if resp.StatusCode != want {
			t.Errorf("Host %q: status %d, want %d (%s)", host, resp.StatusCode, want, body)
		}
		if want == 403 && !strings.Contains(body, `"forbidden_host"`) {
			t.Errorf("Host %q: body %s", host, body)
		}
	}
}

func TestTokenRequiredExceptForHealthAndUI(t *testing.T) {
	_, base := startTestServer(t)
	if resp, _ := do(t, "GET", base+"/api/health", nil, nil); resp.StatusCode != 200 {
		t.Fatalf("health without token: %d", resp.StatusCode)
	}
	if resp, body := do(t, "GET", base+"/", nil, nil); resp.StatusCode != 200 || !strings.Contains(body, "<h1>ui</h1>") {
		t.Fatalf("UI: %d %s", resp.StatusCode, body)
	}
	for name, auth := range map[string]string{
		"missing":       "",
		"garbage":       "Bearer !!!not-a-token!!!",
		"wrong":         "Bearer " + strings.Repeat("f", 64),
		"wrong scheme":  "Basic " + testToken,
		"empty bearer":  "Bearer ",
		"token only":    testToken,
		"prefix of key": "Bearer " + testToken[:63],
	} {
		h := map[string]string{}
		if auth != "" {
			h["Authorization"] = auth
		}
		resp, body := do(t, "GET", base+"/api/status", nil, h)
		if resp.StatusCode != 401 || !strings.Contains(body, `"unauthorized"`) || resp.Header.Get("WWW-Authenticate") == "" {
			t.Errorf("%s token: %d %s", name, resp.StatusCode, body)
		}
		if strings.Contains(body, testToken) {
			t.Errorf("%s token: the real token leaked in the reply", name)
		}
	}
	resp, body := do(t, "GET", base+"/api/status", nil, map[string]string{"Authorization": "bearer " + testToken})
	if resp.StatusCode != 200 || body != "GET /api/status 0" {
		t.Fatalf("right token: %d %s", resp.StatusCode, body)
	}
}

func TestForeignOriginCannotChangeState(t *testing.T) {
	l, base := startTestServer(t)
	auth := "Bearer " + testToken
	own := fmt.Sprintf("http://127.0.0.1:%d", l.Port)
	cases := []struct {
		method, origin, site string
		want                 int
	}{
		{"POST", own, "", 200},
		{"POST", fmt.Sprintf("http://localhost:%d", l.Port), "", 200},
		{"POST", "", "", 200}, // non-browser clients send no Origin
		{"POST", "https://evil.example", "", 403},
		{"PUT", "http://localhost:3000", "", 403}, // same machine, other port: another site
		{"DELETE", "null", "", 403},
		{"POST", "", "cross-site", 403},
		{"GET", "https://evil.example", "", 200}, // reads are protected by the token, not the Origin
	}
	for _, c := range cases {
		h := map[string]string{"Authorization": auth}
		if c.origin != "" {
			h["Origin"] = c.origin
		}
		if c.site != "" {
			h["Sec-Fetch-Site"] = c.site
		}
		resp, body := do(t, c.method, base+"/api/x", strings.NewReader("{}"), h)
		if resp.StatusCode != c.want {
			t.Errorf("%s Origin=%q Sec-Fetch-Site=%q: %d, want %d (%s)", c.method, c.origin, c.site, resp.StatusCode, c.want, body)
		}
	}
}

func TestOversizedBodiesGet413(t *testing.T) {
	_, base := startTestServer(t)
	auth := map[string]string{"Authorization": "Bearer " + testToken}
	resp, body := do(t, "POST", base+"/api/x", strings.NewReader(strings.Repeat("a", 1024)), auth)
	if resp.StatusCode != 200 {
		t.Fatalf("body at the limit: %d %s", resp.StatusCode, body)
	}
	resp, body = do(t, "POST", base+"/api/x", strings.NewReader(strings.Repeat("a", 1025)), auth)
	if resp.StatusCode != 413 || !strings.Contains(body, "body_too_large") {
		t.Fatalf("declared oversized body: %d %s", resp.StatusCode, body)
	}
	// A chunked body declares no length: the limit must still hold while reading.
	resp, body = do(t, "POST", base+"/api/x", io.MultiReader(strings.NewReader(strings.Repeat("b", 4096))), auth)
	if resp.StatusCode != 413 {
		t.Fatalf("chunked oversized body: %d %s", resp.StatusCode, body)
	}
}

func TestUIWithoutABuiltFrontendSaysSo(t *testing.T) {
	for _, assets := range []fs.FS{nil, fstest.MapFS{}} {
		assertNotBuiltPage(t, UI(assets))
	}
}

func assertNotBuiltPage(t *testing.T, h http.Handler) {
	t.Helper()
	srv := &http.Server{Handler: h}
	ln, _ := net.Listen("tcp4", "127.0.0.1:0")
	go srv.Serve(ln)
	defer srv.Close()
	resp, err := http.Get("http://" + ln.Addr().String() + "/")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), "built without its user interface") {
		t.Fatalf("%d %s", resp.StatusCode, b)
	}
}

func TestShutdownStopsServing(t *testing.T) {
	l, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := Serve(l, http.NotFoundHandler(), nil)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := net.DialTimeout("tcp4", fmt.Sprintf("127.0.0.1:%d", l.Port), time.Second); err == nil {
		t.Fatal("still accepting after Shutdown")
	}
}

func TestPublicRoutesSetTheirOwnBodyLimit(t *testing.T) {
	l, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	g := &Guard{Port: l.Port, Token: testToken, MaxBody: 1024}
	echoLen := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, err := io.ReadAll(r.Body)
		if err != nil {
			httpjson.TooLarge(w, 0)
			return
		}
		fmt.Fprint(w, len(b))
	})
	big := LimitBody(1<<20, echoLen)
	srv := Serve(l, g.Handler(Routes{API: echoLen, Public: map[string]http.Handler{"POST /qbwc": big}}), nil)
	defer srv.Shutdown(context.Background())
	base := fmt.Sprintf("http://127.0.0.1:%d", l.Port)

	// Ten times the API's limit is fine for the route that allows it...
	resp, body := do(t, "POST", base+"/qbwc", strings.NewReader(strings.Repeat("x", 10*1024)), nil)
	if resp.StatusCode != 200 || body != "10240" {
		t.Fatalf("public route: %d %s", resp.StatusCode, body)
	}
	// ...while its own limit still holds, and the API keeps its small one.
	if resp, _ := do(t, "POST", base+"/qbwc", strings.NewReader(strings.Repeat("x", 2<<20)), nil); resp.StatusCode != 413 {
		t.Fatalf("public route over its own limit: %d", resp.StatusCode)
	}
	auth := map[string]string{"Authorization": "Bearer " + testToken}
	if resp, _ := do(t, "POST", base+"/api/x", strings.NewReader(strings.Repeat("x", 2048)), auth); resp.StatusCode != 413 {
		t.Fatalf("API over its limit: %d", resp.StatusCode)
	}
}
