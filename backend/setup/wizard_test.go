package setup_test

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"joblink/backend/kinds"
	"joblink/backend/problem"
	"joblink/backend/procore"
	"joblink/backend/procoresim"
	"joblink/backend/qbmirror"
	"joblink/backend/setup"
)

var simApp = map[string]string{"clientId": procoresim.DefaultClientID, "clientSecret": procoresim.DefaultClientSecret}

// fillMirror puts a chart of accounts and items into the QuickBooks mirror, as a refresh would.
func fillMirror(t *testing.T, r *rig) {
	t.Helper()
	m := qbmirror.New(r.st)
	now := time.Now()
	rec := func(kind qbmirror.Kind, id, name, typ string, active bool) qbmirror.Record {
		return qbmirror.Record{Kind: kind, ListID: id, Name: name, FullName: name, EditSequence: "1", TimeModified: now, Active: active, Type: typ}
	}
	// A cost-code item posting to the two accounts: the QuickBooks step offers them first.
	service := rec(qbmirror.Items, "90000002-1", "01-100", "Service", true)
	service.Fields = map[string]string{"IncomeAccountID": "80000001-1", "ExpenseAccountID": "80000002-1"}
	if err := m.Upsert([]qbmirror.Record{
		rec(qbmirror.Accounts, "80000001-1", "Construction Income", "Income", true),
		rec(qbmirror.Accounts, "80000002-1", "Job Materials", "CostOfGoodsSold", true),
		rec(qbmirror.Accounts, "80000003-1", "Checking", "Bank", true),
		rec(qbmirror.Accounts, "80000004-1", "Old Income", "Income", false),
		rec(qbmirror.Accounts, "80000005-1", "Interest Income", "OtherIncome", true),
		rec(qbmirror.Items, "90000001-1", "Retainage", "OtherCharge", true),
		service,
	}); err != nil {
		t.Fatal(err)
	}
	for _, k := range []qbmirror.Kind{qbmirror.Accounts, qbmirror.Items} {
		if err := m.CompleteRefresh(k, now, now); err != nil {
			t.Fatal(err)
		}
	}
}

func wantError(t *testing.T, code int, body map[string]any, wantStatus int, wantCode, wantWords string) {
	t.Helper()
	c, msg, fix := errOf(body)
	if code != wantStatus || c != wantCode || !strings.Contains(msg+" "+fix, wantWords) || msg == "" || fix == "" {
		t.Fatalf("got %d %s %q / %q; want %d %s mentioning %q", code, c, msg, fix, wantStatus, wantCode, wantWords)
	}
}

func TestWholeWizardWithBrowserSignIn(t *testing.T) {
	s := startSim(t)
	dir := t.TempDir()
	r := newRig(t, dir)

	st := r.state()
	if st["step"] != "procore" || st["completed"] != false || obj(st, "procore")["environment"] != "production" {
		t.Fatalf("fresh state: %v", st)
	}
	bs := obj(st, "procore", "browserSignIn")
	if bs["available"] != false || !strings.Contains(bs["reason"].(string), "no Procore app registration") {
		t.Fatalf("a dev build must explain why browser sign-in is unavailable: %v", bs)
	}
	code, body := r.call("POST", "/api/setup/procore/browser", map[string]string{})
	wantError(t, code, body, 409, "browser_sign_in_unavailable", "Service Account")

	// Finish before anything: the first step's words.
	code, body = r.call("POST", "/api/setup/finish", nil)
	wantError(t, code, body, 409, "setup_incomplete", "not connected to Procore")

	st = r.must("PUT", "/api/setup/procore/environment", map[string]string{"environment": "custom", "baseURL": s.url + "/"})
	if p := obj(st, "procore"); p["environment"] != "custom" || p["baseURL"] != s.url || obj(p, "browserSignIn")["available"] != true {
		t.Fatalf("custom environment: %v", p)
	}
	code, body = r.call("PUT", "/api/setup/procore/environment", map[string]string{"environment": "custom", "baseURL": "ftp://x/y"})
	wantError(t, code, body, 400, "bad_base_url", "http://")

	start := r.must("POST", "/api/setup/procore/browser", simApp)
	if start["opened"] != false || !strings.HasPrefix(start["authorizeURL"].(string), s.url+"/oauth/authorize?") {
		t.Fatalf("start: %v", start)
	}
	status, page, callback := followToCallback(t, approve(t, start["authorizeURL"].(string), "approve"))
	if status != 200 || !strings.Contains(page, "Joblink is connected to Procore.") || !strings.Contains(page, "close this tab") {
		t.Fatalf("callback page %d: %s", status, page)
	}
	if u := callback[strings.Index(callback, "code=")+5:]; strings.Contains(page, strings.SplitN(u, "&", 2)[0]) {
		t.Fatal("the callback page repeats the code")
	}
	select {
	case <-r.changes:
	default:
		t.Fatal("subscribers were not told about the connection")
	}
	// The same answer again is refused: single use.
	if status, page := getPage(t, callback); status != 400 || !strings.Contains(page, "already used") {
		t.Fatalf("replayed callback %d: %s", status, page)
	}

	st = r.state()
	p := obj(st, "procore")
	if st["step"] != "company" || p["connected"] != true || p["method"] != "browser" || obj(p, "user")["login"] != "pm@example.com" || p["problem"] != nil {
		t.Fatalf("after sign-in: %v", st)
	}
	if _, err := r.svc.ProcoreClient(); !isProblem(err, "No Procore company") {
		t.Fatalf("client without company: %v", err)
	}

	companies := r.must("GET", "/api/setup/procore/companies", nil)["companies"].([]any)
	if len(companies) != 2 || companies[1].(map[string]any)["name"] != "Birch Construction" {
		t.Fatalf("companies: %v", companies)
	}
	code, body = r.call("PUT", "/api/setup/procore/company", map[string]any{"id": 42})
	wantError(t, code, body, 400, "company_not_found", "42")
	st = r.must("PUT", "/api/setup/procore/company", map[string]any{"id": companyB})
	if c := obj(st, "procore", "company"); c["name"] != "Birch Construction" || int64(c["id"].(float64)) != companyB || st["step"] != "webconnector" {
		t.Fatalf("company: %v", st)
	}
	client, err := r.svc.ProcoreClient()
	if err != nil || client.CompanyID() != companyB {
		t.Fatalf("ProcoreClient: %v %v", client, err)
	}
	if me, err := client.Me(context.Background()); err != nil || me.Login != "pm@example.com" {
		t.Fatalf("me through the engine's client: %+v %v", me, err)
	}
	// The engine's client survives a token expiry: the shared OAuth refreshes and saves.
	s.ExpireAccessTokens()
	if _, err := client.Me(context.Background()); err != nil {
		t.Fatalf("after expiry: %v", err)
	}

	code, body = r.call("POST", "/api/setup/finish", nil)
	wantError(t, code, body, 409, "setup_incomplete", "password")
	pw := r.must("POST", "/api/setup/webconnector/password", map[string]any{})["password"].(string)
	if len(pw) < 16 || pw != r.wc.password {
		t.Fatalf("password %q, set %q", pw, r.wc.password)
	}
	code, body = r.call("POST", "/api/setup/finish", nil)
	wantError(t, code, body, 409, "setup_incomplete", "has not contacted")
	r.wc.contacted(&problem.Problem{Message: "QuickBooks answered with another company file.", Fix: "Open Apex.qbw."})
	code, body = r.call("POST", "/api/setup/finish", nil)
	wantError(t, code, body, 409, "setup_incomplete", "another company file")
	r.wc.contacted(nil)
	st = r.state()
	w := obj(st, "webConnector")
	if w["passwordSet"] != true || w["firstContactAt"] == nil || obj(w, "company")["name"] != "Apex Builders" || st["step"] != "quickbooks" {
		t.Fatalf("web connector step: %v", st)
	}

	code, body = r.call("POST", "/api/setup/finish", nil)
	wantError(t, code, body, 409, "setup_incomplete", "income account")
	if obj(r.state(), "quickbooks")["listsReady"] != false {
		t.Fatal("lists ready before any refresh")
	}
	fillMirror(t, r)
	st = r.must("PUT", "/api/setup/quickbooks", map[string]string{"incomeAccount": "80000001-1", "expenseAccount": "80000002-1"})
	q := obj(st, "quickbooks")
	if q["listsReady"] != true || obj(q, "incomeAccount")["fullName"] != "Construction Income" || q["retainageItem"] != nil ||
		!strings.Contains(q["notes"].([]any)[0].(string), "ask for one") || st["step"] != "preferences" {
		t.Fatalf("quickbooks step: %v", st)
	}
	st = r.must("PUT", "/api/setup/preferences", map[string]any{"directExport": map[string]bool{"costcode": true}, "pollMinutes": 30})
	if obj(st, "preferences")["pollMinutes"] != 30.0 || obj(st, "preferences", "directExport")["costcode"] != true || st["step"] != "done" {
		t.Fatalf("preferences: %v", st)
	}
	st = r.must("POST", "/api/setup/finish", nil)
	if st["completed"] != true || !r.svc.Completed() {
		t.Fatalf("finish: %v", st)
	}
	prefs, _ := r.svc.Preferences()
	choices, _ := r.svc.Choices()
	if prefs.PollInterval != 30*time.Minute || !prefs.DirectExport["costcode"] || prefs.DirectExport["invoice"] ||
		choices.ExpenseAccount.FullName != "Job Materials" || choices.RetainageItem != nil {
		t.Fatalf("engine view: %+v %+v", prefs, choices)
	}

	// Restart: everything survives, the connection included.
	secretsSeen := collectSecrets(t, r, pw)
	r.stop()
	r2 := newRig(t, dir, func(o *setup.Options) { // the Web Connector keeps its password and contact in the same database
		o.SetPassword, o.WebConnector = r.wc.SetPassword, r.wc.Status
	})
	st2 := r2.state()
	if st2["completed"] != true || st2["step"] != "done" || obj(st2, "procore")["connected"] != true ||
		obj(st2, "procore", "company")["name"] != "Birch Construction" || obj(st2, "quickbooks", "expenseAccount")["listID"] != "80000002-1" {
		t.Fatalf("after restart: %v", st2)
	}
	client, err = r2.svc.ProcoreClient()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := client.Me(context.Background()); err != nil {
		t.Fatalf("Procore call after restart: %v", err)
	}
	if logs := r.logs.String(); !strings.Contains(logs, "connected to Procore") || !strings.Contains(logs, "new Web Connector password made") {
		t.Fatalf("the log does not tell the story:\n%s", logs)
	}
	checkSecretsKept(t, r2, append(secretsSeen, collectSecrets(t, r2)...), r.logs.String()+r2.logs.String())
}

func isProblem(err error, words string) bool {
	p, ok := err.(*problem.Problem)
	return ok && strings.Contains(p.Message, words) && p.Fix != ""
}

func TestCallbackRefusesForeignAndExpiredAnswers(t *testing.T) {
	s := startSim(t)
	r := newRig(t, t.TempDir())
	r.must("PUT", "/api/setup/procore/environment", map[string]string{"environment": "custom", "baseURL": s.url})

	for name, query := range map[string]string{
		"no state":      "",
		"forged state":  "?code=abc&state=0123456789abcdef0123456789abcdef",
		"state missing": "?code=abc",
	} {
		status, page := getPage(t, r.base+"/oauth/callback"+query)
		if status != 400 || !strings.Contains(page, "could not finish") || !strings.Contains(page, "Sign in with Procore again") ||
			strings.Contains(page, "abc") {
			t.Errorf("%s: %d %s", name, status, page)
		}
	}

	// An attempt that takes longer than ten minutes.
	start := r.must("POST", "/api/setup/procore/browser", simApp)
	resp := approve(t, start["authorizeURL"].(string), "approve")
	r.clock.Advance(setup.SignInExpiry + time.Minute)
	status, page, _ := followToCallback(t, resp)
	if status != 400 || !strings.Contains(page, "longer than 10 minutes") {
		t.Fatalf("expired: %d %s", status, page)
	}
	if p := obj(r.state(), "procore"); p["connected"] != false || !strings.Contains(obj(p, "problem")["message"].(string), "10 minutes") {
		t.Fatalf("the UI is not told: %v", p)
	}

	// The bookkeeper says no at Procore.
	start = r.must("POST", "/api/setup/procore/browser", simApp)
	status, page, _ = followToCallback(t, approve(t, start["authorizeURL"].(string), "deny"))
	if status != 400 || !strings.Contains(page, "did not give Joblink access") {
		t.Fatalf("denied: %d %s", status, page)
	}
	if obj(r.state(), "procore")["connected"] != false {
		t.Fatal("connected after a refusal")
	}
}

func TestOutOfBandCodeSignIn(t *testing.T) {
	s := startSim(t)
	r := newRig(t, t.TempDir())
	r.must("PUT", "/api/setup/procore/environment", map[string]string{"environment": "custom", "baseURL": s.url})
	code, body := r.call("GET", "/api/setup/procore/browser?oob=1", nil)
	wantError(t, code, body, 400, "missing_field", "clientId")

	link := r.must("GET", "/api/setup/procore/browser?oob=1&clientId="+procoresim.DefaultClientID, nil)["authorizeURL"].(string)
	if !strings.Contains(link, "redirect_uri=urn%3Aietf%3Awg%3Aoauth%3A2.0%3Aoob") {
		t.Fatalf("oob link %s", link)
	}
	resp := approve(t, link, "approve")
	pageBytes := make([]byte, 4096)
	n, _ := resp.Body.Read(pageBytes)
	resp.Body.Close()
	m := oobCode.FindStringSubmatch(string(pageBytes[:n]))
	if m == nil {
		t.Fatalf("no code on the page: %s", pageBytes[:n])
	}

	code, body = r.call("POST", "/api/setup/procore/code", map[string]string{"code": "not-the-code", "clientId": procoresim.DefaultClientID, "clientSecret": procoresim.DefaultClientSecret})
	wantError(t, code, body, 400, "code_refused", "paste the new code")
	st := r.must("POST", "/api/setup/procore/code", map[string]string{"code": " " + m[1] + " ", "clientId": procoresim.DefaultClientID, "clientSecret": procoresim.DefaultClientSecret})
	if p := obj(st, "procore"); p["connected"] != true || p["method"] != "code" || p["problem"] != nil {
		t.Fatalf("code sign-in: %v", st)
	}
	checkSecretsKept(t, r, collectSecrets(t, r, m[1]), r.logs.String())
}

func TestServiceAccountAndDisconnect(t *testing.T) {
	s := startSim(t)
	r := newRig(t, t.TempDir())
	r.must("PUT", "/api/setup/procore/environment", map[string]string{"environment": "custom", "baseURL": s.url})

	code, body := r.call("POST", "/api/setup/procore/service-account", map[string]string{"clientId": procoresim.DefaultClientID, "clientSecret": "wrong-secret-123456"})
	wantError(t, code, body, 400, "procore_credentials", "did not recognise")
	if _, _, fix := errOf(body); !strings.Contains(fix, "Client ID and Client secret above") {
		t.Errorf("the fix does not point to the form's fields: %q", fix)
	}
	if p := obj(r.state(), "procore"); p["connected"] != false || !strings.Contains(obj(p, "problem")["message"].(string), "did not recognise") {
		t.Fatalf("wrong secret not shown on the step: %v", p)
	}
	code, body = r.call("POST", "/api/setup/procore/service-account", map[string]string{"clientId": procoresim.DefaultClientID})
	wantError(t, code, body, 400, "missing_field", "client secret")

	st := r.must("POST", "/api/setup/procore/service-account", simApp)
	if p := obj(st, "procore"); p["connected"] != true || p["method"] != "service_account" || st["step"] != "company" {
		t.Fatalf("service account: %v", st)
	}
	code, body = r.call("GET", "/api/setup/procore/companies", nil)
	wantError(t, code, body, 409, "company_id_needed", "company id")
	st = r.must("PUT", "/api/setup/procore/company", map[string]any{"id": companyA})
	if obj(st, "procore", "company")["name"] != "Apex Builders" || obj(st, "procore", "user")["name"] != "Developer Managed Service Account" {
		t.Fatalf("company for the service account: %v", st)
	}
	if list := r.must("GET", "/api/setup/procore/companies", nil)["companies"].([]any); len(list) != 2 {
		t.Fatalf("companies once one is known: %v", list)
	}
	client, err := r.svc.ProcoreClient()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := client.Me(context.Background()); err != nil {
		t.Fatal(err)
	}
	secrets := collectSecrets(t, r)
	checkSecretsKept(t, r, secrets, r.logs.String())

	st = r.must("POST", "/api/setup/procore/disconnect", nil)
	if p := obj(st, "procore"); p["connected"] != false || p["company"] != nil || p["method"] != nil || st["step"] != "procore" {
		t.Fatalf("after disconnect: %v", st)
	}
	for _, f := range []string{setup.TokenFileName, setup.AppFileName} {
		if _, err := os.Stat(filepath.Join(r.dir, f)); !os.IsNotExist(err) {
			t.Errorf("%s still on disk after disconnect: %v", f, err)
		}
	}
	if _, err := client.Me(context.Background()); err == nil {
		t.Fatal("the revoked sign-in still works at Procore")
	}
	if _, err := r.svc.ProcoreClient(); !isProblem(err, "not connected") {
		t.Fatalf("ProcoreClient after disconnect: %v", err)
	}
}

// The share of Procore's hourly limit regular reading may use reaches the Procore client: at
// once when it changes (every company copy shares the meter) and at start from what was kept.
func TestCallShareReachesTheProcoreClient(t *testing.T) {
	s := startSim(t)
	dir := t.TempDir()
	r := newRig(t, dir)
	r.must("PUT", "/api/setup/procore/environment", map[string]string{"environment": "custom", "baseURL": s.url})
	r.must("POST", "/api/setup/procore/service-account", simApp)
	r.must("PUT", "/api/setup/procore/company", map[string]any{"id": companyA})
	client, err := r.svc.ProcoreClient()
	if err != nil {
		t.Fatal(err)
	}
	budget := func(c interface{ Calls() *procore.CallMeter }) int { return c.Calls().Usage(time.Now()).Budget }
	if b := budget(client); b != procore.DefaultHourlyLimit/2 {
		t.Fatalf("default budget: %d", b)
	}
	st := r.must("PUT", "/api/setup/preferences", map[string]any{"callSharePercent": 25})
	if obj(st, "preferences")["callSharePercent"] != 25.0 {
		t.Fatalf("kept: %v", obj(st, "preferences"))
	}
	if b := budget(client); b != procore.DefaultHourlyLimit/4 {
		t.Fatalf("not applied at once: budget %d", b)
	}
	if prefs, _ := r.svc.Preferences(); prefs.CallShare != 0.25 {
		t.Fatalf("engine view: %v", prefs.CallShare)
	}
	r.must("PUT", "/api/setup/preferences", map[string]any{"pollMinutes": 20}) // left out: stays
	if b := budget(client); b != procore.DefaultHourlyLimit/4 {
		t.Fatalf("a change to something else reset the share: budget %d", b)
	}

	r.stop()
	r2 := newRig(t, dir)
	if p := obj(r2.state(), "preferences"); p["callSharePercent"] != 25.0 || p["pollMinutes"] != 20.0 {
		t.Fatalf("after restart: %v", p)
	}
	client, err = r2.svc.ProcoreClient()
	if err != nil {
		t.Fatal(err)
	}
	if b := budget(client); b != procore.DefaultHourlyLimit/4 {
		t.Fatalf("not applied at start: budget %d", b)
	}
}

func TestQuickBooksChoicesAreChecked(t *testing.T) {
	r := newRig(t, t.TempDir())
	fillMirror(t, r)
	for _, c := range []struct {
		body        map[string]string
		status      int
		code, words string
	}{
		{map[string]string{"incomeAccount": "80000003-1"}, 400, "wrong_account_type", "Income or Other Income"},
		{map[string]string{"expenseAccount": "80000001-1"}, 400, "wrong_account_type", "Expense, Cost of Goods Sold or Other Expense"},
		{map[string]string{"incomeAccount": "80000004-1"}, 400, "inactive_in_quickbooks", "Old Income"},
		{map[string]string{"incomeAccount": "nope"}, 400, "not_in_quickbooks", "Web Connector"},
		{map[string]string{"retainageItem": "80000001-1"}, 400, "not_in_quickbooks", "item"},
	} {
		code, body := r.call("PUT", "/api/setup/quickbooks", c.body)
		wantError(t, code, body, c.status, c.code, c.words)
	}
	st := r.must("PUT", "/api/setup/quickbooks", map[string]string{"incomeAccount": "80000005-1", "expenseAccount": "80000002-1", "retainageItem": "90000002-1"})
	q := obj(st, "quickbooks")
	if obj(q, "incomeAccount")["fullName"] != "Interest Income" || !strings.Contains(q["notes"].([]any)[0].(string), "Other Charge item is recommended") {
		t.Fatalf("choices: %v", q)
	}
	st = r.must("PUT", "/api/setup/quickbooks", map[string]string{"retainageItem": "90000001-1"})
	if q := obj(st, "quickbooks"); len(q["notes"].([]any)) != 0 || obj(q, "expenseAccount")["listID"] != "80000002-1" {
		t.Fatalf("a field left out must stay: %v", q)
	}
	st = r.must("PUT", "/api/setup/quickbooks", map[string]string{"retainageItem": ""})
	if obj(st, "quickbooks")["retainageItem"] != nil {
		t.Fatal("an empty id must clear the choice")
	}

	accounts := r.must("GET", "/api/quickbooks/accounts?type=Income&type=OtherIncome", nil)["accounts"].([]any)
	if len(accounts) != 3 || accounts[0].(map[string]any)["fullName"] != "Construction Income" {
		t.Fatalf("accounts: %v", accounts)
	}
	items := r.must("GET", "/api/quickbooks/items?type=Service", nil)["items"].([]any)
	if it := items[0].(map[string]any); len(items) != 1 || it["type"] != "Service" || it["incomeAccountID"] != "80000001-1" || it["expenseAccountID"] != "80000002-1" {
		t.Fatalf("items: %v", items)
	}
}

func TestPreferencesAndPassword(t *testing.T) {
	auto := &autostart{}
	r := newRig(t, t.TempDir(), func(o *setup.Options) { o.Autostart = auto })
	st := r.state()
	if p := obj(st, "preferences"); p["pollMinutes"] != 15.0 || len(obj(p, "directExport")) != 3 || obj(p, "autostart")["available"] != true ||
		p["callSharePercent"] != 50.0 {
		t.Fatalf("defaults: %v", p)
	}
	if prefs, _ := r.svc.Preferences(); prefs.CallShare != 0.5 {
		t.Fatalf("default call share: %v", prefs.CallShare)
	}
	for body, want := range map[string]string{
		`{"pollMinutes": 0}`:                              "bad_poll_minutes",
		`{"pollMinutes": 1441}`:                           "bad_poll_minutes",
		`{"callSharePercent": 9}`:                         "bad_call_share",
		`{"callSharePercent": 91}`:                        "bad_call_share",
		`{"callSharePercent": 0}`:                         "bad_call_share",
		`{"callSharePercent": 50, "pollMinutes": 0}`:      "bad_poll_minutes",
		`{"directExport": {"payroll": true}}`:             "unknown_kind",
		`{"pollMinutes": 5, "directExport": {"x": true}}`: "unknown_kind",
		`{"directExport": {"budget": true}}`:              "unknown_kind", // not built: not registered
		`{"directExport": {"jobcost": true}}`:             "unknown_kind", // registered, but offers no direct export
	} {
		var v map[string]any
		_ = jsonUnmarshal(body, &v)
		code, out := r.call("PUT", "/api/setup/preferences", v)
		if c, _, _ := errOf(out); code != 400 || c != want {
			t.Errorf("%s: %d %v", body, code, out)
		}
	}
	if prefs, _ := r.svc.Preferences(); prefs.PollInterval != 15*time.Minute || prefs.CallShare != 0.5 {
		t.Fatal("a refused request changed the preferences")
	}
	code, body := r.call("PUT", "/api/setup/preferences", map[string]any{"callSharePercent": 95})
	wantError(t, code, body, 400, "bad_call_share", "10 % to 90 %")
	st = r.must("PUT", "/api/setup/preferences", map[string]any{"autostart": true, "pollMinutes": 1440})
	if !auto.on || obj(st, "preferences", "autostart")["enabled"] != true || obj(st, "preferences")["pollMinutes"] != 1440.0 {
		t.Fatalf("autostart: %v", st)
	}
	auto.reason = "Headless Joblink is started by your service manager."
	code, body = r.call("PUT", "/api/setup/preferences", map[string]any{"autostart": true})
	if c, msg, _ := errOf(body); code != 409 || c != "autostart_unavailable" || !strings.Contains(msg, "service manager") {
		t.Fatalf("unavailable autostart: %d %v", code, body)
	}

	// Once a password is set, a new one without the bookkeeper's confirmation would stop the
	// working Web Connector, so it is refused and the set one stays.
	before := r.must("POST", "/api/setup/webconnector/password", map[string]any{})["password"].(string)
	code, body = r.call("POST", "/api/setup/webconnector/password", map[string]any{})
	wantError(t, code, body, 409, "password_replaces", "cannot sync until the new password")
	if r.wc.password != before || before == "" {
		t.Fatalf("an unconfirmed new password replaced the set one (%q → %q)", before, r.wc.password)
	}

	seen := map[string]bool{}
	for range 20 {
		pw := r.must("POST", "/api/setup/webconnector/password", map[string]any{"replace": true})["password"].(string)
		if len(pw) < 16 || seen[pw] || strings.ContainsAny(pw, "0O1lI") {
			t.Fatalf("password %q", pw)
		}
		seen[pw] = true
	}
	if strings.Contains(r.logs.String(), r.wc.password) {
		t.Fatal("the Web Connector password reached the log")
	}
}

func TestNoWebConnectorAndDemoPrefill(t *testing.T) {
	s := startSim(t)
	prefill := &setup.Prefill{Environment: "custom", BaseURL: s.url, ClientID: procoresim.DefaultClientID, ClientSecret: procoresim.DefaultClientSecret}
	opened := make(chan string, 1)
	r := newRig(t, t.TempDir(), func(o *setup.Options) {
		o.SetPassword, o.WebConnector = nil, nil
		o.Demo, o.Prefill = true, prefill
		o.OpenBrowser = func(u string) error { opened <- u; return nil }
	})
	st := r.state()
	if st["demo"] != true || obj(st, "prefill")["baseURL"] != s.url || obj(st, "procore")["environment"] != "custom" ||
		obj(st, "procore")["connected"] != false || obj(st, "webConnector", "problem") == nil {
		t.Fatalf("demo state: %v", st)
	}
	code, body := r.call("POST", "/api/setup/webconnector/password", map[string]any{})
	wantError(t, code, body, 409, "no_web_connector", "not running")
	// Demo: the simulator's app is used without typing it; tray mode opens the browser itself.
	start := r.must("POST", "/api/setup/procore/browser", map[string]string{})
	if start["opened"] != true || <-opened != start["authorizeURL"] {
		t.Fatalf("start: %v", start)
	}
	if status, page, _ := followToCallback(t, approve(t, start["authorizeURL"].(string), "approve")); status != 200 {
		t.Fatalf("demo sign-in: %s", page)
	}
	if obj(r.state(), "procore")["connected"] != true {
		t.Fatal("demo sign-in did not connect")
	}
}

func TestChangingEnvironmentDisconnects(t *testing.T) {
	s := startSim(t)
	r := newRig(t, t.TempDir())
	r.must("PUT", "/api/setup/procore/environment", map[string]string{"environment": "custom", "baseURL": s.url})
	r.must("POST", "/api/setup/procore/service-account", simApp)
	// The same choice again changes nothing.
	if st := r.must("PUT", "/api/setup/procore/environment", map[string]string{"environment": "custom", "baseURL": s.url}); obj(st, "procore")["connected"] != true {
		t.Fatal("re-choosing the same environment disconnected")
	}
	code, body := r.call("PUT", "/api/setup/procore/environment", map[string]string{"environment": "sandbox", "baseURL": s.url})
	wantError(t, code, body, 400, "unexpected_base_url", "custom")
	st := r.must("PUT", "/api/setup/procore/environment", map[string]string{"environment": "monthly_sandbox"})
	if p := obj(st, "procore"); p["connected"] != false || p["baseURL"] != "https://api-monthly.procore.com" {
		t.Fatalf("after switching: %v", p)
	}
	code, body = r.call("PUT", "/api/setup/procore/environment", map[string]string{"environment": "staging"})
	wantError(t, code, body, 400, "unknown_environment", "production")
	if code, body := r.call("GET", "/api/setup/procore/companies", nil); code != http.StatusConflict {
		t.Fatalf("companies while disconnected: %d %v", code, body)
	}
}

// Direct export is offered for the registered kinds only. A preference kept from a Joblink that
// registered more kinds is ignored, not an error; an unknown kind is refused with the kinds
// that can be chosen.
func TestDirectExportFollowsTheRegisteredKinds(t *testing.T) {
	dir := t.TempDir()
	budget := kinds.Kind{Name: "budget", Label: "Budgets", One: "Budget", Direction: kinds.ToQuickBooks, Rank: 30, DirectExport: "Budgets go at once."}
	r := newRig(t, dir, func(o *setup.Options) { o.Kinds = append(slices.Clone(testKinds), budget) })
	r.must("PUT", "/api/setup/preferences", map[string]any{"directExport": map[string]bool{"budget": true, "costcode": true}})
	r.stop()

	r2 := newRig(t, dir)
	de := obj(r2.state(), "preferences", "directExport")
	if len(de) != 3 || de["costcode"] != true || de["job"] != false || de["vendor"] != false {
		t.Fatalf("after the budget kind went away: %v", de)
	}
	if prefs, _ := r2.svc.Preferences(); len(prefs.DirectExport) != 3 || !prefs.DirectExport["costcode"] {
		t.Fatalf("engine view: %v", prefs.DirectExport)
	}
	st := r2.must("PUT", "/api/setup/preferences", map[string]any{"directExport": map[string]bool{"job": true}})
	if de := obj(st, "preferences", "directExport"); de["job"] != true || de["costcode"] != true || de["budget"] != nil {
		t.Fatalf("a change next to the kept preference: %v", de)
	}
	code, body := r2.call("PUT", "/api/setup/preferences", map[string]any{"directExport": map[string]bool{"budget": true}})
	if c, msg, fix := errOf(body); code != 400 || c != "unknown_kind" || !strings.Contains(msg, "“budget” is not a kind of record this Joblink exports") ||
		fix != "Use one of: costcode, job, vendor." {
		t.Fatalf("budget now: %d %v", code, body)
	}

	r3 := newRig(t, t.TempDir(), func(o *setup.Options) { o.Kinds = nil })
	if de := obj(r3.state(), "preferences", "directExport"); len(de) != 0 {
		t.Fatalf("no kinds registered: %v", de)
	}
	code, body = r3.call("PUT", "/api/setup/preferences", map[string]any{"directExport": map[string]bool{"costcode": true}})
	if c, _, fix := errOf(body); code != 400 || c != "unknown_kind" || !strings.Contains(fix, "no kind can skip approval") {
		t.Fatalf("no kinds registered: %d %v", code, body)
	}
}
