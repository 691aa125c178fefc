package setup_test

import (
	"bytes"
	"context"
	"encoding/json"
	"html"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/api"
	"joblink/backend/kinds"
	"joblink/backend/localserver"
	"joblink/backend/problem"
	"joblink/backend/procoresim"
	"joblink/backend/setup"
	"joblink/backend/setup/wire"
	"joblink/backend/store"
)

// These tests drive the wizard the way the UI and the bookkeeper's browser do: over real HTTP,
// through the token guard, against the real Procore simulator.

const uiToken = "test-ui-token-0123456789"

// Simulated Procore companies: ids beyond 32 bits on purpose.
const (
	companyA = int64(5_000_000_001)
	companyB = int64(5_000_000_002)
)

// sim is the Procore simulator on a real port.
type sim struct {
	*procoresim.Server
	url string
}

func startSim(t *testing.T) *sim {
	t.Helper()
	s := procoresim.New(procoresim.Options{Companies: []*procoresim.Company{
		procoresim.NewCompany(companyA, "Apex Builders"), procoresim.NewCompany(companyB, "Birch Construction"),
	}})
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return &sim{Server: s, url: srv.URL}
}

// clock is a settable clock for sign-in expiry.
type clock struct {
	mu  sync.Mutex
	off time.Duration
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return time.Now().Add(c.off) }
func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.off += d
}

// webConnector stands in for the Web Connector endpoint: it keeps the password and the
// contact the test says happened.
type webConnector struct {
	mu       sync.Mutex
	password string
	contact  *time.Time
	problem  *problem.Problem
}

func (w *webConnector) SetPassword(pw string) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.password = pw
	return nil
}

func (w *webConnector) Status() setup.WebConnectorStatus {
	w.mu.Lock()
	defer w.mu.Unlock()
	st := setup.WebConnectorStatus{URL: "http://localhost:41740/qbwc", PasswordSet: w.password != "", Problem: w.problem}
	if w.contact != nil {
		st.LastContactAt = w.contact
		st.Company = &setupCompany
	}
	return st
}

func (w *webConnector) contacted(p *problem.Problem) {
	w.mu.Lock()
	defer w.mu.Unlock()
	at := time.Now().UTC().Truncate(time.Second)
	w.contact, w.problem = &at, p
}

// syncBuffer is a log sink safe for the race detector.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// rig is one running Joblink's wizard: store, service, API and callback on a loopback listener.
type rig struct {
	t       *testing.T
	dir     string
	st      *store.Store
	svc     *setup.Service
	wc      *webConnector
	clock   *clock
	logs    *syncBuffer
	base    string // http://127.0.0.1:PORT
	port    int
	server  *localserver.Server
	opts    setup.Options
	changes chan struct{}
}

// testKinds are the registered kinds the wizard is given: three that offer direct export and
// one that does not.
var testKinds = []kinds.Kind{
	{Name: "costcode", Label: "Cost codes", One: "Cost code", Direction: kinds.ToQuickBooks, Rank: 10, DirectExport: "Cost codes go at once."},
	{Name: "job", Label: "Jobs", One: "Job", Direction: kinds.ToQuickBooks, Rank: 20, DirectExport: "Jobs go at once."},
	{Name: "vendor", Label: "Vendors", One: "Vendor", Direction: kinds.ToQuickBooks, Rank: 20, DirectExport: "Vendors go at once."},
	{Name: "jobcost", Label: "Job costs", One: "Job cost", Direction: kinds.ToProcore, Rank: 90},
}

// newRig starts the wizard in dir; the same dir again is a restart.
func newRig(t *testing.T, dir string, tune ...func(*setup.Options)) *rig {
	t.Helper()
	r := &rig{t: t, dir: dir, wc: &webConnector{}, clock: &clock{}, logs: &syncBuffer{}, changes: make(chan struct{}, 100)}
	// Debug level and no redaction: nothing secret may reach the log in the first place.
	logger := zerolog.New(r.logs).Level(zerolog.DebugLevel)
	var err error
	r.st, err = store.Open(store.Options{Dir: filepath.Join(dir, "db"), BackupDir: filepath.Join(dir, "backups"),
		BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := localserver.Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	r.port = ln.Port
	r.base = "http://127.0.0.1:" + strconv.Itoa(ln.Port)
	r.opts = setup.Options{Store: r.st, DataDir: dir, Port: ln.Port, Log: logger,
		SetPassword: r.wc.SetPassword, WebConnector: r.wc.Status, Now: r.clock.Now, Kinds: testKinds}
	for _, f := range tune {
		f(&r.opts)
	}
	r.svc, err = setup.New(r.opts)
	if err != nil {
		ln.Close()
		t.Fatal(err)
	}
	r.svc.Subscribe(func() { r.changes <- struct{}{} })
	h := api.New(api.Deps{Version: "test", Mode: "headless", Setup: r.svc, QuickBooksLists: r.svc, Log: logger})
	guard := &localserver.Guard{Port: ln.Port, Token: uiToken}
	site := guard.Handler(localserver.Routes{API: h, Public: map[string]http.Handler{"GET /oauth/callback": api.OAuthCallback(r.svc)}})
	r.server = localserver.Serve(ln, site, log.New(io.Discard, "", 0))
	t.Cleanup(r.stop)
	return r
}

// stop shuts the listener and closes the store (a restart reopens them).
func (r *rig) stop() {
	if r.server == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = r.server.Shutdown(ctx)
	_ = r.st.Close()
	r.server = nil
}

// call makes one API request with the UI token and decodes the JSON answer.
func (r *rig) call(method, path string, body any) (int, map[string]any) {
	r.t.Helper()
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			r.t.Fatal(err)
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, r.base+path, rd)
	if err != nil {
		r.t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+uiToken)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		r.t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	raw, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(raw, &out); err != nil {
		r.t.Fatalf("%s %s: not JSON (%d): %s", method, path, resp.StatusCode, raw)
	}
	return resp.StatusCode, out
}

// must is call that expects 200.
func (r *rig) must(method, path string, body any) map[string]any {
	r.t.Helper()
	code, out := r.call(method, path, body)
	if code != http.StatusOK {
		r.t.Fatalf("%s %s: %d %v", method, path, code, out)
	}
	return out
}

func (r *rig) state() map[string]any { r.t.Helper(); return r.must("GET", "/api/setup", nil) }

// errOf returns the error's code, message and fix.
func errOf(body map[string]any) (code, message, fix string) {
	e, _ := body["error"].(map[string]any)
	code, _ = e["code"].(string)
	message, _ = e["message"].(string)
	fix, _ = e["fix"].(string)
	return
}

func obj(m map[string]any, path ...string) map[string]any {
	for _, k := range path {
		m, _ = m[k].(map[string]any)
	}
	return m
}

// browser plays the bookkeeper's browser: it never follows redirects by itself.
var browser = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

var hiddenInput = regexp.MustCompile(`<input type="hidden" name="([a-z_]+)" value="([^"]*)">`)

// approve opens the authorize page, posts the simulator's consent form with decision, and
// returns the answer (a redirect, or the out-of-band code page).
func approve(t *testing.T, authorizeURL, decision string) *http.Response {
	t.Helper()
	resp, err := browser.Get(authorizeURL)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("authorize page: %d %s", resp.StatusCode, page)
	}
	form := url.Values{"decision": {decision}, "user_id": {strconv.FormatInt(procoresim.DefaultUserID, 10)}}
	for _, m := range hiddenInput.FindAllStringSubmatch(string(page), -1) {
		form.Set(m[1], html.UnescapeString(m[2]))
	}
	u, _ := url.Parse(authorizeURL)
	u.RawQuery = ""
	resp, err = browser.PostForm(u.String(), form)
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

// followToCallback takes Procore's redirect to Joblink's callback and returns the page.
func followToCallback(t *testing.T, resp *http.Response) (int, string, string) {
	t.Helper()
	resp.Body.Close()
	if resp.StatusCode != http.StatusFound {
		t.Fatalf("consent answered %d, want a redirect", resp.StatusCode)
	}
	loc := resp.Header.Get("Location")
	if !strings.HasPrefix(loc, "http://localhost:") || !strings.Contains(loc, "/oauth/callback?") {
		t.Fatalf("redirect to %q", loc)
	}
	code, page := getPage(t, loc)
	return code, page, loc
}

func getPage(t *testing.T, link string) (int, string) {
	t.Helper()
	resp, err := browser.Get(link)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Fatalf("callback page is %q", ct)
	}
	return resp.StatusCode, string(b)
}

var setupCompany = wire.QuickBooksCompany{File: `C:\Company\Apex.qbw`, Name: "Apex Builders", Product: "QuickBooks Enterprise Solutions: Contractor 24.0", Version: "16.0", Country: "US"}

var oobCode = regexp.MustCompile(`<pre id="code">([^<]+)</pre>`)
