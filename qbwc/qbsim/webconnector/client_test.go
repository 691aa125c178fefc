package webconnector

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/qbwc/qbsim"
)

func referenceCompany(t *testing.T) *qbsim.Company {
	t.Helper()
	c, err := qbsim.NewReferenceCompany()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func testConfig(url string) Config {
	return Config{AppName: "Joblink", AppURL: url, UserName: "joblink", Password: "secret",
		OwnerID: "{57F3B9B1-86F1-4fcc-B1EE-566DE1813D20}", NoOpPause: 10 * time.Millisecond,
		CallTimeout: 2 * time.Second, Logger: zerolog.Nop()}
}

const accountQuery = `<AccountQueryRq requestID="acc"><ActiveStatus>All</ActiveStatus></AccountQueryRq>`
const customerIterator = `<CustomerQueryRq requestID="cust" iterator="Start"><MaxReturned>10</MaxReturned><ActiveStatus>All</ActiveStatus></CustomerQueryRq>`

func TestFullSessionAgainstThrowawayServer(t *testing.T) {
	svc, srv := newTestService(t, qbxmlSet(accountQuery), qbxmlSet(customerIterator))
	company := referenceCompany(t)
	company.SetCompanyDataExt("{57F3B9B1-86F1-4fcc-B1EE-566DE1813D20}", "FileID", "{CA1C3EB8-1B61-4747-A743-8D5B438B83AC}")
	r := New(testConfig(srv.URL), company, nil).RunOnce(context.Background())
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	want := []string{"serverVersion", "clientVersion", "authenticate",
		"sendRequestXML", "receiveResponseXML", // accounts
		"sendRequestXML", "receiveResponseXML", "sendRequestXML", "receiveResponseXML", "sendRequestXML", "receiveResponseXML", // 25 customers, 10 per page
		"closeConnection"}
	if got := r.Methods(); !slices.Equal(got, want) {
		t.Fatalf("calls:\n got %v\nwant %v", got, want)
	}
	if r.RequestSets != 4 || r.Requests != 4 || r.Progress != 100 || r.CloseMessage != "OK" || len(r.StatusErrors) != 0 {
		t.Errorf("report: %+v", r)
	}
	// strHCPResponse only on the first sendRequestXML, with the FileID.
	sends := svc.bodies["sendRequestXML"]
	if !strings.Contains(sends[0], "&lt;HostQueryRs") || !strings.Contains(sends[0], "FileID") {
		t.Error("first sendRequestXML lacks the HCP response")
	}
	for _, b := range sends[1:] {
		if !strings.Contains(b, "<strHCPResponse />") {
			t.Error("later sendRequestXML carries strHCPResponse")
		}
	}
	if !strings.Contains(sends[0], `<qbXMLCountry>US</qbXMLCountry><qbXMLMajorVers>13</qbXMLMajorVers><qbXMLMinorVers>0</qbXMLMinorVers></sendRequestXML>`) {
		t.Error("sendRequestXML version parameters")
	}
	for _, b := range svc.bodies["receiveResponseXML"] {
		if !strings.HasSuffix(b, "</response><hresult /><message /></receiveResponseXML></soap:Body></soap:Envelope>") {
			t.Errorf("receiveResponseXML tail: %s", b[len(b)-120:])
		}
	}
	customers := 0
	for _, resp := range svc.received {
		customers += strings.Count(resp, "<CustomerRet>")
	}
	if customers != 25 {
		t.Errorf("iterated %d customers, want 25", customers)
	}
	validateQBXML(t, append(append([]string{}, svc.sentQBXML...), svc.received...))
}

func TestAuthenticateOutcomes(t *testing.T) {
	for _, status := range []string{"none", "nvu", "busy"} {
		svc, srv := newTestService(t, qbxmlSet(accountQuery))
		svc.authStatus = status
		r := New(testConfig(srv.URL), referenceCompany(t), nil).RunOnce(context.Background())
		if got := r.Methods(); !slices.Equal(got, []string{"serverVersion", "clientVersion", "authenticate", "closeConnection"}) || r.AuthStatus != status {
			t.Errorf("%s: calls %v", status, got)
		}
	}
	// Wrong password: the service answers nvu.
	_, srv := newTestService(t)
	cfg := testConfig(srv.URL)
	cfg.Password = "wrong"
	if r := New(cfg, referenceCompany(t), nil).RunOnce(context.Background()); r.AuthStatus != "nvu" {
		t.Errorf("bad password: %q", r.AuthStatus)
	}
	// A company path from authenticate is what sendRequestXML reports.
	svc, srv := newTestService(t, qbxmlSet(accountQuery))
	svc.authStatus = `C:\Company Files\Other.QBW`
	New(testConfig(srv.URL), referenceCompany(t), nil).RunOnce(context.Background())
	if !strings.Contains(svc.bodies["sendRequestXML"][0], `<strCompanyFileName>C:\Company Files\Other.QBW</strCompanyFileName>`) {
		t.Error("company path from authenticate not used")
	}
}

func TestParseErrorGoesBackAsHresult(t *testing.T) {
	svc, srv := newTestService(t, qbxmlSet(`<BillAddRq><BillAdd><TxnDate>2024-03-10</TxnDate><VendorRef><FullName>Home Depot</FullName></VendorRef></BillAdd></BillAddRq>`))
	r := New(testConfig(srv.URL), referenceCompany(t), nil).RunOnce(context.Background())
	body := svc.bodies["receiveResponseXML"][0]
	if !strings.Contains(body, "<response /><hresult>0x80040400</hresult><message>QuickBooks found an error when parsing the provided XML text stream.") {
		t.Errorf("receiveResponseXML: %s", body)
	}
	if got := r.Methods(); !slices.Equal(got[len(got)-3:], []string{"receiveResponseXML", "getLastError", "closeConnection"}) {
		t.Errorf("calls after negative progress: %v", got)
	}
	if r.Progress != -1 || !strings.HasPrefix(r.LastError, "0x80040400") || len(r.ProcessorErrors) != 1 {
		t.Errorf("report: %+v", r)
	}
}

func TestConnectionErrorAndNoOp(t *testing.T) {
	svc, srv := newTestService(t, qbxmlSet(accountQuery))
	company := referenceCompany(t)
	company.InjectConnectionError(qbsim.ConnectionFault{}, 1)
	r := New(testConfig(srv.URL), company, nil).RunOnce(context.Background())
	if got := r.Methods(); !slices.Equal(got, []string{"serverVersion", "clientVersion", "authenticate", "connectionError"}) {
		t.Errorf("calls: %v", got)
	}
	if len(svc.connErrors) != 1 || svc.connErrors[0] != qbsim.HResultCannotStart {
		t.Errorf("connectionError hresult: %v", svc.connErrors)
	}

	// "" + NoOp pauses, then asks again.
	svc, srv = newTestService(t, qbxmlSet(accountQuery))
	svc.noOpsFirst = 2
	r = New(testConfig(srv.URL), company, nil).RunOnce(context.Background())
	if r.NoOps != 2 || r.RequestSets != 1 || r.Progress != 100 {
		t.Errorf("NoOp run: %+v (%v)", r, r.Methods())
	}
	// An empty request with a real error message ends the run.
	svc, srv = newTestService(t)
	svc.lastError = "Nothing to do"
	r = New(testConfig(srv.URL), company, nil).RunOnce(context.Background())
	if r.LastError != "Nothing to do" || r.Methods()[len(r.Methods())-1] != "closeConnection" {
		t.Errorf("empty request: %q %v", r.LastError, r.Methods())
	}
}

func TestTimeoutsAndScheduling(t *testing.T) {
	svc, srv := newTestService(t, qbxmlSet(accountQuery))
	svc.delay = 100 * time.Millisecond
	cfg := testConfig(srv.URL)
	cfg.CallTimeout = 20 * time.Millisecond
	if r := New(cfg, referenceCompany(t), nil).RunOnce(context.Background()); r.Err == nil {
		t.Error("per-call timeout not applied")
	}

	_, srv = newTestService(t)
	cfg = testConfig(srv.URL)
	cfg.RunEvery = 40 * time.Millisecond
	ctx, cancel := context.WithTimeout(context.Background(), 150*time.Millisecond)
	defer cancel()
	var mu sync.Mutex
	runs := 0
	New(cfg, referenceCompany(t), nil).Run(ctx, func(r *Report) {
		mu.Lock()
		defer mu.Unlock()
		runs++
	})
	if runs < 3 {
		t.Errorf("RunEvery 40ms over 150ms: %d runs", runs)
	}
}
