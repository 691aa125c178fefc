package api

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"joblink/backend/localserver"
	"joblink/backend/problem"
	"joblink/backend/setup/wire"
)

// fakeSetup records what the handlers pass on; the real wizard is tested in backend/setup
// against the Procore simulator.
type fakeSetup struct {
	got  any
	fail error
}

func (f *fakeSetup) answer(req any) (wire.State, error) {
	f.got = req
	return wire.State{Step: "procore"}, f.fail
}
func (f *fakeSetup) State() wire.State { return wire.State{Step: "procore"} }
func (f *fakeSetup) SetEnvironment(_ context.Context, r wire.EnvironmentRequest) (wire.State, error) {
	return f.answer(r)
}
func (f *fakeSetup) StartBrowserSignIn(_ context.Context, c wire.Credentials) (wire.BrowserStart, error) {
	f.got = c
	return wire.BrowserStart{AuthorizeURL: "https://login.example/oauth/authorize"}, f.fail
}
func (f *fakeSetup) CodeSignInURL(id string) (wire.BrowserStart, error) {
	f.got = id
	return wire.BrowserStart{AuthorizeURL: "https://login.example/oob"}, f.fail
}
func (f *fakeSetup) CompleteBrowserSignIn(_ context.Context, q url.Values) error {
	f.got = q
	return f.fail
}
func (f *fakeSetup) SignInWithCode(_ context.Context, r wire.CodeRequest) (wire.State, error) {
	return f.answer(r)
}
func (f *fakeSetup) SignInServiceAccount(_ context.Context, c wire.Credentials) (wire.State, error) {
	return f.answer(c)
}
func (f *fakeSetup) Companies(context.Context) ([]wire.Company, error) {
	return []wire.Company{{ID: 5_000_000_001, Name: "Apex"}}, f.fail
}
func (f *fakeSetup) ChooseCompany(_ context.Context, r wire.CompanyRequest) (wire.State, error) {
	return f.answer(r)
}
func (f *fakeSetup) Disconnect(context.Context) (wire.State, error) { return f.answer(nil) }
func (f *fakeSetup) NewPassword(bool) (string, error)               { return "abcde-fghij-kmnpq-rstuv", f.fail }
func (f *fakeSetup) ChooseQuickBooks(r wire.QuickBooksRequest) (wire.State, error) {
	return f.answer(r)
}
func (f *fakeSetup) SetPreferences(r wire.PreferencesRequest) (wire.State, error) {
	return f.answer(r)
}
func (f *fakeSetup) Finish() (wire.State, error) { return f.answer(nil) }
func (f *fakeSetup) Accounts(types []string) ([]wire.ListEntry, error) {
	f.got = types
	return []wire.ListEntry{{ListID: "1", FullName: "Income", Type: "Income", Active: true}}, f.fail
}
func (f *fakeSetup) Items(types []string) ([]wire.ListEntry, error) {
	f.got = types
	return nil, f.fail
}

func newSetupAPI(f *fakeSetup) http.Handler {
	d := Deps{Version: "1", Mode: "headless", Log: zerolog.Nop()}
	if f != nil {
		d.Setup, d.QuickBooksLists = f, f
	}
	return localserver.LimitBody(1024, New(d))
}

// Every body-taking route decodes strictly: unknown fields, wrong types, trailing data and
// oversized bodies are refused before the wizard sees them.
func TestSetupBodiesAreStrict(t *testing.T) {
	routes := []struct{ method, path, good string }{
		{"PUT", "/api/setup/procore/environment", `{"environment":"custom","baseURL":"http://127.0.0.1:1"}`},
		{"POST", "/api/setup/procore/browser", `{"clientId":"a","clientSecret":"b"}`},
		{"POST", "/api/setup/procore/code", `{"code":"c","clientId":"a","clientSecret":"b"}`},
		{"POST", "/api/setup/procore/service-account", `{"clientId":"a","clientSecret":"b"}`},
		{"PUT", "/api/setup/procore/company", `{"id":5000000001}`},
		{"PUT", "/api/setup/quickbooks", `{"incomeAccount":"1","expenseAccount":"2","retainageItem":""}`},
		{"PUT", "/api/setup/preferences", `{"directExport":{"costcode":true},"pollMinutes":15,"callSharePercent":50,"autostart":false}`},
	}
	for _, rt := range routes {
		f := &fakeSetup{}
		h := newSetupAPI(f)
		if code, body := call(h, rt.method, rt.path, rt.good); code != 200 || body["step"] != "procore" && body["authorizeURL"] == nil {
			t.Errorf("%s %s good body: %d %v", rt.method, rt.path, code, body)
		}
		for _, bad := range []string{
			``, `{`, `[]`, `null x`, strings.TrimSuffix(rt.good, "}") + `,"extra":1}`, rt.good + rt.good,
			`{"pad":"` + strings.Repeat("x", 2000) + `"}`,
		} {
			f.got = nil
			code, body := call(h, rt.method, rt.path, bad)
			if c := errorCode(body); code < 400 || (c != "malformed_json" && c != "body_too_large") {
				t.Errorf("%s %s %.30q: %d %v", rt.method, rt.path, bad, code, body)
			}
			if f.got != nil {
				t.Errorf("%s %s %.30q reached the wizard", rt.method, rt.path, bad)
			}
		}
	}
	for body, want := range map[string]string{
		`{"id":"5"}`:   "malformed_json",
		`{"id":1.5}`:   "malformed_json",
		`{"id":-1e99}`: "malformed_json",
	} {
		if code, out := call(newSetupAPI(&fakeSetup{}), "PUT", "/api/setup/procore/company", body); code != 400 || errorCode(out) != want {
			t.Errorf("%s: %d %v", body, code, out)
		}
	}
	if code, out := call(newSetupAPI(&fakeSetup{}), "PUT", "/api/setup/preferences", `{"pollMinutes":1.5}`); code != 400 || errorCode(out) != "malformed_json" {
		t.Errorf("fractional minutes: %d %v", code, out)
	}
	if code, out := call(newSetupAPI(&fakeSetup{}), "PUT", "/api/setup/preferences", `{"callSharePercent":"50 %"}`); code != 400 || errorCode(out) != "malformed_json" {
		t.Errorf("a share in words: %d %v", code, out)
	}
	f := &fakeSetup{}
	if code, _ := call(newSetupAPI(f), "PUT", "/api/setup/preferences", `{"callSharePercent":30}`); code != 200 {
		t.Fatalf("share: %d", code)
	}
	if req, ok := f.got.(wire.PreferencesRequest); !ok || req.CallSharePercent == nil || *req.CallSharePercent != 30 || req.PollMinutes != nil {
		t.Errorf("the wizard got %#v", f.got)
	}
}

func FuzzSetupBodies(f *testing.F) {
	for _, s := range []string{`{"environment":"custom"}`, `{"id":1}`, `{"directExport":{"x":true}}`, `{"code":"\u0000"}`, `{}`, `nul`} {
		f.Add(s)
	}
	paths := []string{"/api/setup/procore/environment", "/api/setup/procore/company", "/api/setup/quickbooks", "/api/setup/preferences"}
	f.Fuzz(func(t *testing.T, body string) {
		for _, p := range paths {
			code, out := call(newSetupAPI(&fakeSetup{}), "PUT", p, body)
			if code != 200 && (code < 400 || code >= 500 || errorCode(out) == "") {
				t.Fatalf("%s %q: %d %v", p, body, code, out)
			}
		}
	})
}

func TestSetupErrorsKeepTheirStatusAndWords(t *testing.T) {
	f := &fakeSetup{fail: &wire.Error{Status: 409, Code: "setup_incomplete", Message: "No Procore company is chosen yet.", Fix: "Choose it."}}
	code, body := call(newSetupAPI(f), "POST", "/api/setup/finish", "")
	if e := body["error"].(map[string]any); code != 409 || e["code"] != "setup_incomplete" || e["fix"] != "Choose it." {
		t.Fatalf("finish: %d %v", code, body)
	}
	f.fail = &problem.Problem{Message: "Procore is down.", Fix: "Try later."}
	if code, body := call(newSetupAPI(f), "GET", "/api/setup/procore/companies", ""); code != 502 || errorCode(body) != "setup_failed" {
		t.Fatalf("problem: %d %v", code, body)
	}
	f.fail = errors.New("disk on fire")
	if code, body := call(newSetupAPI(f), "POST", "/api/setup/webconnector/password", "{}"); code != 500 || errorCode(body) != "setup_failed" {
		t.Fatalf("plain error: %d %v", code, body)
	}
	// Without a database there is no wizard, and every route says why.
	for _, p := range []string{"/api/setup", "/api/quickbooks/accounts"} {
		if code, body := call(newSetupAPI(nil), "GET", p, ""); code != 409 || errorCode(body) == "" {
			t.Fatalf("%s without a wizard: %d %v", p, code, body)
		}
	}
}

func TestCodeURLAndListFilters(t *testing.T) {
	f := &fakeSetup{}
	h := newSetupAPI(f)
	if code, body := call(h, "GET", "/api/setup/procore/browser?oob=1&clientId=abc", ""); code != 200 || f.got != "abc" || body["authorizeURL"] == nil {
		t.Fatalf("oob: %d %v %v", code, body, f.got)
	}
	if code, body := call(h, "GET", "/api/setup/procore/browser", ""); code != 400 || errorCode(body) != "oob_only" {
		t.Fatalf("without oob: %d %v", code, body)
	}
	code, body := call(h, "GET", "/api/quickbooks/accounts?type=Income&type=OtherIncome", "")
	if got := f.got.([]string); code != 200 || len(got) != 2 || got[1] != "OtherIncome" || len(body["accounts"].([]any)) != 1 {
		t.Fatalf("accounts: %d %v %v", code, body, f.got)
	}
	if code, body := call(h, "GET", "/api/quickbooks/items", ""); code != 200 || body["items"] == nil {
		t.Fatalf("items must be a list, never null: %d %v", code, body)
	}
}

func TestOAuthCallbackPage(t *testing.T) {
	f := &fakeSetup{}
	serve := func(query string) (int, string, http.Header) {
		rec := httptest.NewRecorder()
		OAuthCallback(f).ServeHTTP(rec, httptest.NewRequest("GET", "/oauth/callback"+query, nil))
		return rec.Code, rec.Body.String(), rec.Header()
	}
	code, page, hdr := serve("?code=SECRET-CODE-123&state=s1")
	if code != 200 || !strings.Contains(page, "Joblink is connected to Procore.") || strings.Contains(page, "SECRET-CODE-123") ||
		!strings.Contains(hdr.Get("Content-Security-Policy"), "default-src 'none'") || hdr.Get("Cache-Control") != "no-store" {
		t.Fatalf("success page: %d %v %s", code, hdr, page)
	}
	if q := f.got.(url.Values); q.Get("state") != "s1" {
		t.Fatalf("query passed on: %v", q)
	}
	f.fail = &wire.Error{Status: 400, Code: "sign_in_expired", Message: "The sign-in <expired>.", Fix: "Start again."}
	code, page, _ = serve("?code=SECRET-CODE-123&state=s1")
	if code != 400 || !strings.Contains(page, "The sign-in &lt;expired&gt;.") || !strings.Contains(page, "Start again.") || strings.Contains(page, "SECRET-CODE-123") {
		t.Fatalf("problem page: %d %s", code, page)
	}
}

// The strict decoder must hand the wizard exactly what was sent.
func TestSetupRequestsArePassedOn(t *testing.T) {
	f := &fakeSetup{}
	h := newSetupAPI(f)
	call(h, "PUT", "/api/setup/quickbooks", `{"incomeAccount":"80000001-1","retainageItem":""}`)
	q := f.got.(wire.QuickBooksRequest)
	if q.IncomeAccount == nil || *q.IncomeAccount != "80000001-1" || q.ExpenseAccount != nil || q.RetainageItem == nil || *q.RetainageItem != "" {
		t.Fatalf("quickbooks request: %+v", q)
	}
	call(h, "PUT", "/api/setup/procore/company", `{"id":5000000001}`)
	if c := f.got.(wire.CompanyRequest); c.ID == nil || *c.ID != 5_000_000_001 {
		t.Fatalf("company id lost precision: %+v", c)
	}
}
