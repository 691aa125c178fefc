package procoresim

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// testClock is an injectable clock: tests move time instead of sleeping.
type testClock struct {
	mu  sync.Mutex
	now time.Time
}

func newTestClock() *testClock {
	return &testClock{now: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *testClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// harness is a simulator behind a real HTTP listener plus a plain net/http client, deliberately not
// Joblink's Procore client: these tests pin the wire protocol itself.
type harness struct {
	t       *testing.T
	sim     *Server
	http    *httptest.Server
	clock   *testClock
	client  *http.Client
	company *Company
}

const testCompanyID int64 = 5_000_000_017

// newHarness starts a simulator with the reference company unless opts already has companies.
// Rate limits are off unless the test sets them, so unrelated tests never trip them.
func newHarness(t *testing.T, opts Options) *harness {
	t.Helper()
	clock := newTestClock()
	if opts.Now == nil {
		opts.Now = clock.Now
	}
	if opts.HourlyLimit == 0 {
		opts.HourlyLimit = -1
	}
	if opts.SpikeLimit == 0 {
		opts.SpikeLimit = -1
	}
	var company *Company
	if opts.Companies == nil {
		var err error
		company, err = NewReferenceCompany()
		if err != nil {
			t.Fatalf("load reference company: %v", err)
		}
		opts.Companies = []*Company{company}
		if opts.Users == nil {
			opts.Users = ReferenceUsers(company)
		}
	}
	sim := New(opts)
	server := httptest.NewServer(sim)
	t.Cleanup(server.Close)
	client := &http.Client{
		Timeout: 10 * time.Second,
		// The OAuth tests inspect the 302 themselves.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	return &harness{t: t, sim: sim, http: server, clock: clock, client: client, company: company}
}

type response struct {
	status int
	header http.Header
	body   []byte
}

func (r response) json(t *testing.T, v any) {
	t.Helper()
	decoder := json.NewDecoder(bytes.NewReader(r.body))
	decoder.UseNumber()
	if err := decoder.Decode(v); err != nil {
		t.Fatalf("decode %d body %q: %v", r.status, truncate(r.body), err)
	}
}

func truncate(body []byte) string {
	if len(body) > 300 {
		return string(body[:300]) + "…"
	}
	return string(body)
}

func (h *harness) do(method, path string, headers map[string]string, body io.Reader) response {
	h.t.Helper()
	request, err := http.NewRequest(method, h.http.URL+path, body)
	if err != nil {
		h.t.Fatalf("new request: %v", err)
	}
	for key, value := range headers {
		request.Header.Set(key, value)
	}
	got, err := h.client.Do(request)
	if err != nil {
		h.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer got.Body.Close()
	raw, err := io.ReadAll(got.Body)
	if err != nil {
		h.t.Fatalf("read body: %v", err)
	}
	return response{status: got.StatusCode, header: got.Header, body: raw}
}

// api calls a /rest path as token on the reference company.
func (h *harness) api(method, path, token string, body any) response {
	h.t.Helper()
	headers := map[string]string{"Authorization": "Bearer " + token, "Procore-Company-Id": strconv.FormatInt(testCompanyID, 10)}
	var reader io.Reader
	if body != nil {
		encoded, err := json.Marshal(body)
		if err != nil {
			h.t.Fatalf("encode body: %v", err)
		}
		reader = bytes.NewReader(encoded)
		headers["Content-Type"] = "application/json"
	}
	return h.do(method, path, headers, reader)
}

func (h *harness) postForm(path string, form url.Values) response {
	h.t.Helper()
	return h.do("POST", path, map[string]string{"Content-Type": "application/x-www-form-urlencoded"}, strings.NewReader(form.Encode()))
}

// authorize runs the consent page for userID and returns the code from the 302.
func (h *harness) authorize(userID int64, redirectURI, state string) string {
	h.t.Helper()
	form := url.Values{"client_id": {DefaultClientID}, "redirect_uri": {redirectURI}, "response_type": {"code"},
		"state": {state}, "decision": {"approve"}, "user_id": {strconv.FormatInt(userID, 10)}}
	got := h.postForm("/oauth/authorize", form)
	if got.status != http.StatusFound {
		h.t.Fatalf("authorize: status %d, body %s", got.status, got.body)
	}
	location, err := url.Parse(got.header.Get("Location"))
	if err != nil {
		h.t.Fatalf("parse Location: %v", err)
	}
	return location.Query().Get("code")
}

type tokenResponse struct {
	AccessToken  string  `json:"access_token"`
	TokenType    string  `json:"token_type"`
	ExpiresIn    int64   `json:"expires_in"`
	RefreshToken *string `json:"refresh_token"`
	CreatedAt    int64   `json:"created_at"`
}

// login returns an access token and refresh token for userID through the real code flow.
func (h *harness) login(userID int64) (string, string) {
	h.t.Helper()
	redirect := "http://localhost:8765/oauth/callback"
	code := h.authorize(userID, redirect, "s1")
	got := h.postForm("/oauth/token", url.Values{"grant_type": {"authorization_code"}, "code": {code},
		"client_id": {DefaultClientID}, "client_secret": {DefaultClientSecret}, "redirect_uri": {redirect}})
	if got.status != http.StatusOK {
		h.t.Fatalf("token: status %d body %s", got.status, got.body)
	}
	var token tokenResponse
	got.json(h.t, &token)
	return token.AccessToken, *token.RefreshToken
}

func (h *harness) adminToken() string {
	access, _ := h.login(DefaultUserID)
	return access
}
