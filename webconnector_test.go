package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/api"
	"joblink/backend/core"
	"joblink/qbwc"
	"joblink/qbwc/qbsim"
	"joblink/qbwc/qbsim/webconnector"
	"joblink/qbwc/qwc"
)

// TestWebConnectorRunRefreshesTheLists is the "done means": Joblink's own listener and
// Web Connector endpoint, driven over HTTP by the simulated Web Connector against the
// simulated company, fill the store's mirror of the QuickBooks lists, and the status API
// shows the company file, its QuickBooks version and the last contact.
func TestWebConnectorRunRefreshesTheLists(t *testing.T) {
	wc := &webConnector{}
	c, err := core.Start(core.Config{Mode: core.ModeHeadless, DataDir: t.TempDir(), Addr: "127.0.0.1:0",
		RequireStore: true, Console: io.Discard, AttachWebConnector: wc.attach})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	stop, err := wc.startSimulation(true, c, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()

	reference, err := qbsim.NewReferenceCompany()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{
		"account":  reference.ListCount(qbsim.KindAccount),
		"item":     reference.ListCount(qbsim.KindItemService) + reference.ListCount(qbsim.KindItemNonInventory) + reference.ListCount(qbsim.KindItemOtherCharge),
		"vendor":   reference.ListCount(qbsim.KindVendor),
		"customer": reference.ListCount(qbsim.KindCustomer),
	}
	token, _ := os.ReadFile(c.Layout.TokenFile())

	var qb *api.QuickBooksInfo
	deadline := time.Now().Add(30 * time.Second)
	for {
		qb = quickBooksStatus(t, c.URL(), strings.TrimSpace(string(token)))
		if qb != nil && qb.LastResult != "" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no Web Connector run finished within 30 s: %+v", qb)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if qb.State != "connected" || qb.Company == nil || qb.Company.Version != "34.0" || qb.LastContactAt == nil ||
		!strings.HasSuffix(qb.Company.File, "Joblink Demo Construction.QBW") || !qb.PasswordSet {
		t.Fatalf("QuickBooks status: %+v company %+v", qb, qb.Company)
	}
	for _, l := range qb.Lists {
		if l.Count != want[l.Kind] || l.RefreshedAt == nil || l.Problem != nil {
			t.Errorf("%s: %d records (want %d), refreshed %v, problem %v", l.Kind, l.Count, want[l.Kind], l.RefreshedAt, l.Problem)
		}
	}
	if len(qb.Lists) != 4 {
		t.Fatalf("lists: %+v", qb.Lists)
	}
	if words := c.StateInWords(); !strings.Contains(words, "connected to Joblink Demo Construction") {
		t.Errorf("tooltip: %q", words)
	}
	log, _ := os.ReadFile(c.Layout.LogFile())
	for _, must := range []string{`"message":"Web Connector session closed"`, `"message":"QuickBooks list refresh ended"`} {
		if !strings.Contains(string(log), must) {
			t.Errorf("log lacks %s", must)
		}
	}
}

func quickBooksStatus(t *testing.T, base, token string) *api.QuickBooksInfo {
	t.Helper()
	req, _ := http.NewRequest("GET", base+"api/status", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var st api.Status
	if err := json.NewDecoder(resp.Body).Decode(&st); err != nil {
		t.Fatal(err)
	}
	return st.QuickBooks
}

func TestPasswordFileRules(t *testing.T) {
	short := t.TempDir() + "/short"
	os.WriteFile(short, []byte("abc\n"), 0o600)
	code, _, stderr := runCapture("--headless", "--data", t.TempDir(), "--addr", "127.0.0.1:0", "--qbwc-password-file", short)
	if code != core.ExitUsage || !strings.Contains(stderr, "at least 8 characters") {
		t.Fatalf("short password: %d %q", code, stderr)
	}
	code, _, stderr = runCapture("--headless", "--data", t.TempDir(), "--addr", "127.0.0.1:0", "--qbwc-password-file", "/nonexistent/pw")
	if code != core.ExitUsage || !strings.Contains(stderr, "password file") {
		t.Fatalf("missing file: %d %q", code, stderr)
	}
}

// TestSecondCompanyFileIsRefusedAndShown: after the first company file is pinned, a Web
// Connector run from another company file is refused, and Joblink's dashboard says so,
// naming both files.
func TestSecondCompanyFileIsRefusedAndShown(t *testing.T) {
	const password = "correct horse battery"
	wc := &webConnector{}
	c, err := core.Start(core.Config{Mode: core.ModeHeadless, DataDir: t.TempDir(), Addr: "127.0.0.1:0",
		RequireStore: true, Console: io.Discard, AttachWebConnector: wc.attach, WebConnectorPassword: password})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	token, _ := os.ReadFile(c.Layout.TokenFile())
	tok := strings.TrimSpace(string(token))

	run := func(company *qbsim.Company) *webconnector.Report {
		client := webconnector.New(webconnector.Config{AppName: "Joblink", AppURL: wc.connector.URL(), UserName: qbwc.UserName,
			Password: password, OwnerID: qwc.OwnerID, CompanyFile: company.Info().FilePath, CallTimeout: 30 * time.Second,
			Logger: zerolog.Nop()}, company, &http.Client{Timeout: time.Minute})
		return client.RunOnce(context.Background())
	}
	first, err := qbsim.NewReferenceCompany()
	if err != nil {
		t.Fatal(err)
	}
	if r := run(first); r.Err != nil || r.Progress != 100 {
		t.Fatalf("first company: %+v", r)
	}
	if qb := quickBooksStatus(t, c.URL(), tok); qb.State != "connected" {
		t.Fatalf("after the first company: %+v", qb)
	}

	info := first.Info()
	info.CompanyName, info.FilePath = "Other Books LLC", `D:\Books\Other Books.QBW`
	second, err := qbsim.NewReferenceCompany(qbsim.WithInfo(info))
	if err != nil {
		t.Fatal(err)
	}
	r := run(second)
	if r.RequestSets != 0 || !strings.Contains(r.LastError, "Other Books.QBW") {
		t.Fatalf("the second company was not refused: %+v", r)
	}
	qb := quickBooksStatus(t, c.URL(), tok)
	if qb.State != "problem" || qb.Problem == nil ||
		!strings.Contains(qb.Problem.Message, "Other Books.QBW") || !strings.Contains(qb.Problem.Message, "Joblink Demo Construction.QBW") {
		t.Fatalf("dashboard after the refusal: %+v problem %+v", qb, qb.Problem)
	}
	if words := c.StateInWords(); !strings.Contains(words, "needs attention") {
		t.Errorf("tooltip after the refusal: %q", words)
	}
	// Nothing of the other company reached the mirror: the first company's vendors are still all there is.
	for _, l := range qb.Lists {
		if l.Kind == "vendor" && l.Count != first.ListCount(qbsim.KindVendor) {
			t.Fatalf("vendors %d after the refused run", l.Count)
		}
	}
}
