package session

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// The client used by the tests reproduces QBWC's envelopes byte for byte.
func TestEnvelopeMatchesCapture(t *testing.T) {
	got := envelope("sendRequestXML", param{"ticket", "c94c84b3d59fe7a1603b765dd734e481"}, param{"strHCPResponse", fixture(t, hcpQB2006)},
		param{"strCompanyFileName", testCompany}, param{"qbXMLCountry", "US"}, param{"qbXMLMajorVers", "5"}, param{"qbXMLMinorVers", "0"})
	if want := fixture(t, "consolibyte2008__18_sendRequestXML__qbwc_request.xml"); string(got) != want {
		t.Fatalf("test envelope differs from the capture:\n%s\n---\n%s", got, want)
	}
}

func TestHappyPath(t *testing.T) {
	r := newRig(t, newMemoryEngine(request1, request2), nil)
	if v, _ := r.call("serverVersion"); v != "Joblink test" {
		t.Errorf("serverVersion %q", v)
	}
	if v, _ := r.call("clientVersion", param{"strVersion", "2.3.0.215"}); v != "" {
		t.Errorf("clientVersion %q", v)
	}
	auth := r.authenticate(testUser, testPassword)
	ticket := auth[0]
	if len(ticket) != 36 || auth[1] != "" || len(auth) != 2 {
		t.Fatalf("authenticate = %q", auth)
	}
	if got := r.send(ticket, fixture(t, hcpModern), testCompany); got != request1 {
		t.Fatalf("first request set %q", got)
	}
	if got := r.receive(ticket, customerAddRs(t), "", ""); got != "33" {
		t.Fatalf("progress after first response %s, want 33", got)
	}
	if got := r.send(ticket, "", testCompany); got != request2 {
		t.Fatalf("second request set %q", got)
	}
	if got := r.receive(ticket, customerAddRs(t), "", ""); got != "100" {
		t.Fatalf("progress after last response %s, want 100 (nothing left)", got)
	}
	if got := r.close(ticket); got != "Exported 2" {
		t.Fatalf("closeConnection %q", got)
	}
	if out, ok := r.m.LastOutcome(); !ok || !out.OK || out.Problem != "" {
		t.Fatalf("a good session's outcome: %+v %v", out, ok)
	}
	begun, handled, ended, _ := r.engine.counts()
	if begun != 1 || handled != 2 || ended != 1 || r.engine.endErrs[0] != nil {
		t.Fatalf("engine saw begin %d handle %d end %d (%v)", begun, handled, ended, r.engine.endErrs)
	}
	info := r.engine.lastInfo
	if info.Host.ProductName != "QuickBooks Enterprise Solutions 24.0" || info.Host.Major != 34 || info.FileID != testFileID ||
		info.CompanyFile != testCompany || info.RequestsSent != 2 || info.ResponsesReceived != 2 || info.QBXMLMajor != 16 {
		t.Fatalf("engine info %+v", info)
	}
	pin, found, err := r.m.PinnedCompany()
	if err != nil || !found || pin.FileID != testFileID || pin.Path != testCompany || pin.Name != "Test Company" {
		t.Fatalf("pin %+v %v %v", pin, found, err)
	}
	if n := countRecords(t, r); n != 0 {
		t.Fatalf("%d session records left after close", n)
	}
	// The ticket is dead now.
	if got := r.send(ticket, "", testCompany); got != "" {
		t.Fatalf("closed ticket got %q", got)
	}
	if got := r.lastError(ticket); got != unknownTicketWords {
		t.Fatalf("getLastError on closed ticket %q", got)
	}
}

func countRecords(t testing.TB, r *rig) int {
	n := 0
	err := r.store.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: sessionPrefix})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			n++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestNoWorkAndPostpone(t *testing.T) {
	e := newMemoryEngine()
	e.hasWork = false
	r := newRig(t, e, func(c *Config) { c.NoWorkRetryAfter = 10 * time.Minute; c.MinRunEvery = time.Minute })
	auth := r.authenticate(testUser, testPassword)
	if strings.Join(auth[1:], ",") != "none,600,60" {
		t.Fatalf("authenticate = %q", auth)
	}
	if got := r.close(auth[0]); got != nothingToDo {
		t.Fatalf("close %q", got)
	}
}

func TestWrongPasswordAndThrottle(t *testing.T) {
	r := newRig(t, newMemoryEngine(request1), func(c *Config) { c.LockoutBase, c.LockoutMax = time.Minute, time.Hour })
	if got := r.authenticate("someone", testPassword); got[1] != "nvu" || got[0] == "" {
		t.Fatalf("wrong user: %q", got)
	}
	if out, _ := r.m.LastOutcome(); out.OK || !strings.Contains(out.Problem, "wrong user name or password") {
		t.Fatalf("wrong password outcome: %+v", out)
	}
	for i := 0; i < 4; i++ {
		if got := r.authenticate(testUser, "wrong password"); got[1] != "nvu" {
			t.Fatalf("wrong password %d: %q", i, got)
		}
	}
	// Five failures in ten minutes: even the right password is put off ("busy", retry when
	// the lock ends), unchecked.
	if got := r.authenticate(testUser, testPassword); got[1] != "busy" || got[2] != "60" {
		t.Fatalf("locked out, right password answered %q", got)
	}
	if out, _ := r.m.LastOutcome(); !strings.Contains(out.Problem, "locked out") {
		t.Fatalf("lock-out outcome: %+v", out)
	}
	r.clock.Advance(61 * time.Second)
	got := r.authenticate(testUser, testPassword)
	if got[1] != "" {
		t.Fatalf("after the lock, right password answered %q", got[1])
	}
	r.close(got[0])

	// Lockouts double while failures continue without a success in between.
	m := r.m
	for round, lock := range []time.Duration{time.Minute, 2 * time.Minute, 4 * time.Minute} {
		for i := 0; i < 5; i++ {
			m.Authenticate(context.Background(), testUser, "nope")
		}
		r.clock.Advance(lock - time.Second)
		if ok, _ := m.throttle.allowed(r.clock.Now()); ok {
			t.Fatalf("round %d: lock shorter than %v", round, lock)
		}
		r.clock.Advance(time.Second)
		if ok, _ := m.throttle.allowed(r.clock.Now()); !ok {
			t.Fatalf("round %d: lock longer than %v", round, lock)
		}
	}
	// Failures spread wider than the window do not lock.
	m.throttle.succeeded()
	for i := 0; i < 10; i++ {
		m.Authenticate(context.Background(), testUser, "nope")
		r.clock.Advance(3 * time.Minute)
	}
	if res := m.Authenticate(context.Background(), testUser, testPassword); res.Status != "" {
		t.Fatalf("spread-out failures locked the login: %q", res.Status)
	}
}

func TestNoPasswordSet(t *testing.T) {
	r := newRig(t, newMemoryEngine(request1), nil)
	if err := r.store.Update(func(txn *badger.Txn) error { return txn.Delete(keyPassword) }); err != nil {
		t.Fatal(err)
	}
	if got := r.authenticate(testUser, testPassword); got[1] != "nvu" {
		t.Fatalf("no password set: %q", got)
	}
}

func TestExpiredTicket(t *testing.T) {
	r := newRig(t, newMemoryEngine(request1, request2), nil)
	ticket := r.authenticate(testUser, testPassword)[0]
	if got := r.send(ticket, fixture(t, hcpModern), testCompany); got != request1 {
		t.Fatalf("first request %q", got)
	}
	r.clock.Advance(31 * time.Minute)
	if got := r.receive(ticket, customerAddRs(t), "", ""); got != "-1" {
		t.Fatalf("expired ticket: receiveResponseXML %s", got)
	}
	if got := r.send(ticket, "", testCompany); got != "" {
		t.Fatalf("expired ticket: sendRequestXML %q", got)
	}
	if got := r.lastError(ticket); got != unknownTicketWords {
		t.Fatalf("expired ticket: getLastError %q", got)
	}
	if _, _, ended, _ := r.engine.counts(); ended != 1 || !errors.Is(r.engine.endErrs[0], ErrExpired) {
		t.Fatalf("engine End %d %v", ended, r.engine.endErrs)
	}
	if countRecords(t, r) != 0 {
		t.Fatal("expired session record kept")
	}
	// The company is free again.
	if got := r.authenticate(testUser, testPassword); got[1] != "" {
		t.Fatalf("after expiry: %q", got)
	}
}

func TestSecondCompanyRefused(t *testing.T) {
	r := newRig(t, newMemoryEngine(request1), nil)
	first := r.authenticate(testUser, testPassword)[0]
	if got := r.send(first, fixture(t, hcpModern), testCompany); got != request1 {
		t.Fatalf("first company: %q", got)
	}
	r.receive(first, customerAddRs(t), "", "")
	r.close(first)

	// Same HCP but another FileID and path: another company file.
	other := strings.Replace(fixture(t, hcpModern), "ee032e95-47f7-2564-096f-2d4545fcb021", "11111111-2222-3333-4444-555555555555", 1)
	second := r.authenticate(testUser, testPassword)[0]
	const otherPath = `D:\Books\Other & Co.QBW`
	if got := r.send(second, other, otherPath); got != "" {
		t.Fatalf("second company got a request: %q", got)
	}
	msg := r.lastError(second)
	if !strings.Contains(msg, testCompany) || !strings.Contains(msg, otherPath) {
		t.Fatalf("message does not name both files: %q", msg)
	}
	if got := r.receive(second, customerAddRs(t), "", ""); got != "-1" {
		t.Fatalf("refused session: receiveResponseXML %s", got)
	}
	if got := r.close(second); got != msg {
		t.Fatalf("close %q, want the error", got)
	}
	if begun, _, _, _ := r.engine.counts(); begun != 1 {
		t.Fatalf("engine begun %d times", begun)
	}
	if out, ok := r.m.LastOutcome(); !ok || out.OK || out.Problem != msg {
		t.Fatalf("Joblink's own view of the refusal: %+v %v", out, ok)
	}
	// The same file moved to another folder is still the same file (FileID matches).
	third := r.authenticate(testUser, testPassword)[0]
	if got := r.send(third, fixture(t, hcpModern), `E:\Moved\Test Company.QBW`); got == "" {
		t.Fatalf("moved file refused: %q", r.lastError(third))
	}
	if pin, _, _ := r.m.PinnedCompany(); pin.Path != `E:\Moved\Test Company.QBW` {
		t.Fatalf("pin path not updated: %+v", pin)
	}
}

func TestCompanyPinnedByPathWithoutFileID(t *testing.T) {
	r := newRig(t, newMemoryEngine(request1), func(c *Config) { c.OwnerID = "{00000000-0000-0000-0000-000000000000}" })
	first := r.authenticate(testUser, testPassword)[0]
	if got := r.send(first, fixture(t, hcpModern), testCompany); got == "" {
		t.Fatalf("refused: %s", r.lastError(first))
	}
	r.close(first)
	second := r.authenticate(testUser, testPassword)[0]
	if got := r.send(second, fixture(t, hcpModern), `c:/kpalmer/qbw/TEST COMPANY.qbw`); got == "" {
		t.Fatalf("same path in other spelling refused: %s", r.lastError(second))
	}
	r.close(second)
	third := r.authenticate(testUser, testPassword)[0]
	if got := r.send(third, fixture(t, hcpModern), `C:\Other.QBW`); got != "" {
		t.Fatal("other path accepted")
	}
}

func TestOldOrUnreadableQuickBooksRefused(t *testing.T) {
	tests := []struct{ fixture, want string }{
		{hcpQB2006, "QuickBooks Pro 2006 (version 16) is too old for Joblink, which needs QuickBooks Desktop 2022 or newer (version 32)."},
		{hcpQB2013, "QuickBooks Accountant 2013 (version 23) is too old"},
		{hcpCorrupted, "could not read QuickBooks' description"},
	}
	for _, tt := range tests {
		t.Run(tt.fixture, func(t *testing.T) {
			r := newRig(t, newMemoryEngine(request1), nil)
			ticket := r.authenticate(testUser, testPassword)[0]
			if got := r.send(ticket, fixture(t, tt.fixture), testCompany); got != "" {
				t.Fatalf("got a request set %q", got)
			}
			if msg := r.lastError(ticket); !strings.Contains(msg, tt.want) {
				t.Fatalf("getLastError %q, want %q", msg, tt.want)
			}
			if _, found, _ := r.m.PinnedCompany(); found {
				t.Fatal("a refused file was pinned")
			}
		})
	}
	for _, product := range []string{"QuickBooks Online Plus", "QuickBooks Desktop for Mac 2024"} {
		r := newRig(t, newMemoryEngine(request1), nil)
		ticket := r.authenticate(testUser, testPassword)[0]
		hcp := strings.Replace(fixture(t, hcpModern), "QuickBooks Enterprise Solutions 24.0", product, 1)
		if got := r.send(ticket, hcp, testCompany); got != "" {
			t.Fatalf("%s accepted", product)
		}
		if msg := r.lastError(ticket); !strings.Contains(msg, "does not support") {
			t.Fatalf("%s: %q", product, msg)
		}
	}
}

func TestMissingHCP(t *testing.T) {
	r := newRig(t, newMemoryEngine(request1), nil)
	ticket := r.authenticate(testUser, testPassword)[0]
	if got := r.send(ticket, "", testCompany); got != "" {
		t.Fatal("accepted without HCP")
	}
	if msg := r.lastError(ticket); !strings.Contains(msg, "did not pass on") {
		t.Fatalf("%q", msg)
	}
}

func TestConnectionErrorRetries(t *testing.T) {
	r := newRig(t, newMemoryEngine(request1), nil)
	// Pin a company first so the "needs a path" errors can name it.
	t0 := r.authenticate(testUser, testPassword)[0]
	r.send(t0, fixture(t, hcpModern), testCompany)
	r.receive(t0, customerAddRs(t), "", "")
	r.close(t0)

	connErr := func(ticket, hresult, msg string) string {
		text, _ := r.call("connectionError", param{"ticket", ticket}, param{"hresult", hresult}, param{"message", msg})
		return text
	}
	// Captured parameters: johnballantyne/qbws#9.
	ticket := r.authenticate(testUser, testPassword)[0]
	for i, want := range []string{"", "", "done"} {
		if got := connErr(ticket, "0x80040408", "Could not start QuickBooks."); got != want {
			t.Fatalf("attempt %d: %q, want %q", i+1, got, want)
		}
	}
	msg := r.lastError(ticket)
	if !strings.Contains(msg, "could not start QuickBooks") || !strings.Contains(msg, "0x80040408") || !strings.Contains(msg, "same Windows user") {
		t.Fatalf("getLastError %q", msg)
	}
	if got := r.close(ticket); got != msg {
		t.Fatalf("close %q", got)
	}

	tests := []struct{ hresult, first, words string }{
		{"0x80040416", testCompany, "not running"},
		{"-2147220458", testCompany, "not running"}, // 0x80040416 in signed decimal
		{"0x80040401", "", "could not access QuickBooks"},
		{"0x80040414", "", "waiting for an answer"},
		{"0x80040418", "done", "Admin user in single-user mode"},
		{"0x80040420", "done", "Integrated Applications"},
		{"0x80040400", "done", "could not read a request"},
		{"0x80049999", "done", "QuickBooks reported error 0x80049999: Strange thing."},
	}
	for _, tt := range tests {
		ticket := r.authenticate(testUser, testPassword)[0]
		if got := connErr(ticket, tt.hresult, "Strange thing."); got != tt.first {
			t.Errorf("%s: first answer %q, want %q", tt.hresult, got, tt.first)
		}
		if msg := r.lastError(ticket); !strings.Contains(msg, tt.words) {
			t.Errorf("%s: getLastError %q lacks %q", tt.hresult, msg, tt.words)
		}
		r.close(ticket)
	}
	if got := connErr("no-such-ticket", "0x80040408", ""); got != "done" {
		t.Fatalf("unknown ticket: %q", got)
	}
}

func TestReceiveWithHRESULT(t *testing.T) {
	r := newRig(t, newMemoryEngine(request1, request2), nil)
	ticket := r.authenticate(testUser, testPassword)[0]
	r.send(ticket, fixture(t, hcpModern), testCompany)
	// Captured parameters: NodeGeeks/loopback-connector-quickbooks#14.
	if got := r.receive(ticket, "", "0x80040400", "QuickBooks found an error when parsing the provided XML text stream."); got != "-1" {
		t.Fatalf("progress %s", got)
	}
	if msg := r.lastError(ticket); !strings.Contains(msg, "could not read a request Joblink sent") {
		t.Fatalf("getLastError %q", msg)
	}
	r.close(ticket)
	if _, _, ended, _ := r.engine.counts(); ended != 1 || r.engine.endErrs[0] == nil {
		t.Fatalf("engine not told of the failure: %v", r.engine.endErrs)
	}
}

func TestOutOfOrderCalls(t *testing.T) {
	r := newRig(t, newMemoryEngine(request1, request2), nil)
	ticket := r.authenticate(testUser, testPassword)[0]
	// receiveResponseXML before any request: ignored, progress 0.
	if got := r.receive(ticket, customerAddRs(t), "", ""); got != "0" {
		t.Fatalf("early receive %s", got)
	}
	if got := r.send(ticket, fixture(t, hcpModern), testCompany); got != request1 {
		t.Fatalf("first %q", got)
	}
	// sendRequestXML again before the response: the same request set, not the next one.
	if got := r.send(ticket, "", testCompany); got != request1 {
		t.Fatalf("repeated send %q", got)
	}
	_, _, _, nextCalls := r.engine.counts()
	if nextCalls != 1 {
		t.Fatalf("engine Next called %d times", nextCalls)
	}
	if got := r.receive(ticket, customerAddRs(t), "", ""); got != "33" {
		t.Fatalf("receive %s", got)
	}
	// A second response for the same request set is ignored.
	if got := r.receive(ticket, customerAddRs(t), "", ""); got != "33" {
		t.Fatalf("duplicate receive %s", got)
	}
	if _, handled, _, _ := r.engine.counts(); handled != 1 {
		t.Fatalf("engine handled %d responses", handled)
	}
	// authenticate while this session waits for sendRequestXML: busy.
	if got := r.authenticate(testUser, testPassword); got[1] != "busy" || got[2] != "60" {
		t.Fatalf("second authenticate %q", got)
	}
	// Once this session is finished (waiting only for closeConnection), a new authenticate
	// replaces it (Intuit: drop the old ticket).
	r.send(ticket, "", testCompany)
	if got := r.receive(ticket, customerAddRs(t), "", ""); got != "100" {
		t.Fatalf("last receive %s", got)
	}
	next := r.authenticate(testUser, testPassword)
	if next[1] != "" {
		t.Fatalf("after a finished session: %q", next)
	}
	if _, _, ended, _ := r.engine.counts(); ended != 1 || !errors.Is(r.engine.endErrs[0], ErrAbandoned) {
		t.Fatalf("old session not ended as abandoned: %v", r.engine.endErrs)
	}
	if got := r.lastError(ticket); got != unknownTicketWords {
		t.Fatalf("old ticket still known: %q", got)
	}
}

func TestAbandonedSessionTakenOver(t *testing.T) {
	r := newRig(t, newMemoryEngine(request1, request2), nil)
	ticket := r.authenticate(testUser, testPassword)[0]
	r.send(ticket, fixture(t, hcpModern), testCompany)
	r.clock.Advance(11 * time.Minute)
	if got := r.authenticate(testUser, testPassword); got[1] != "" {
		t.Fatalf("silent session still holds the company: %q", got)
	}
	if !errors.Is(r.engine.endErrs[0], ErrAbandoned) {
		t.Fatalf("End %v", r.engine.endErrs)
	}
}

func TestNoOpPause(t *testing.T) {
	e := newMemoryEngine(request1)
	e.pauseFor = 2
	r := newRig(t, e, nil)
	ticket := r.authenticate(testUser, testPassword)[0]
	for i := 0; i < 2; i++ {
		if got := r.send(ticket, fixture(t, hcpModern), testCompany); got != "" {
			t.Fatalf("pause %d: %q", i, got)
		}
		if got := r.lastError(ticket); got != "NoOp" {
			t.Fatalf("pause %d: getLastError %q", i, got)
		}
	}
	if got := r.send(ticket, "", testCompany); got != request1 {
		t.Fatalf("after pauses %q", got)
	}
	if begun, _, _, _ := r.engine.counts(); begun != 1 {
		t.Fatalf("Begin called %d times", begun)
	}

	e2 := newMemoryEngine(request1)
	e2.pauseFor = 100
	r2 := newRig(t, e2, func(c *Config) { c.MaxPauses = 3 })
	ticket = r2.authenticate(testUser, testPassword)[0]
	r2.send(ticket, fixture(t, hcpModern), testCompany)
	for i := 0; i < 3; i++ {
		r2.send(ticket, "", testCompany)
	}
	if got := r2.lastError(ticket); !strings.Contains(got, "waited too long") {
		t.Fatalf("after too many pauses %q", got)
	}
}

func TestEngineErrorShown(t *testing.T) {
	e := newMemoryEngine(request1, request2)
	e.handleErr = &Problem{Message: "Procore refused the vendor list.", Fix: "Reconnect Procore in Joblink."}
	r := newRig(t, e, nil)
	ticket := r.authenticate(testUser, testPassword)[0]
	r.send(ticket, fixture(t, hcpModern), testCompany)
	if got := r.receive(ticket, customerAddRs(t), "", ""); got != "-1" {
		t.Fatalf("progress %s", got)
	}
	if got := r.lastError(ticket); got != "Procore refused the vendor list. Reconnect Procore in Joblink." {
		t.Fatalf("getLastError %q", got)
	}
}

func TestConcurrentSessions(t *testing.T) {
	r := newRig(t, newMemoryEngine(request1), nil)
	const n = 8
	results := make([][]string, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res := r.m.Authenticate(context.Background(), testUser, testPassword)
			results[i] = []string{res.Ticket, res.Status}
		}()
	}
	wg.Wait()
	var working []string
	for _, res := range results {
		switch res[1] {
		case "":
			working = append(working, res[0])
		case "busy":
		default:
			t.Fatalf("unexpected status %q", res[1])
		}
	}
	if len(working) != 1 {
		t.Fatalf("%d sessions got the company, want 1", len(working))
	}
	// The working session runs through while another one is refused meanwhile.
	if got := r.send(working[0], fixture(t, hcpModern), testCompany); got != request1 {
		t.Fatalf("%q", got)
	}
	if got := r.authenticate(testUser, testPassword); got[1] != "busy" {
		t.Fatalf("while working: %q", got)
	}
	r.receive(working[0], customerAddRs(t), "", "")
	r.close(working[0])
	if got := r.authenticate(testUser, testPassword); got[1] != "" {
		t.Fatalf("after close: %q", got)
	}
}

func TestInterruptedSessionReportedOnRestart(t *testing.T) {
	r := newRig(t, newMemoryEngine(request1, request2), nil)
	ticket := r.authenticate(testUser, testPassword)[0]
	if got := r.send(ticket, fixture(t, hcpModern), testCompany); got != request1 {
		t.Fatal(got)
	}
	if countRecords(t, r) != 1 {
		t.Fatal("no session record while a request set is out")
	}
	// A second Manager on the same store is what the next start of Joblink does.
	e2 := newMemoryEngine()
	if _, err := New(context.Background(), Config{UserName: testUser}, r.store, e2, parseHCPForTest, r.m.log); err != nil {
		t.Fatal(err)
	}
	if e2.ended != 1 || !errors.Is(e2.endErrs[0], ErrInterrupted) || e2.lastInfo.RequestsSent != 1 || e2.lastInfo.Host.Major != 34 {
		t.Fatalf("restart: End %d %v %+v", e2.ended, e2.endErrs, e2.lastInfo)
	}
	if countRecords(t, r) != 0 {
		t.Fatal("record kept after being reported")
	}
}

func TestClientVersion(t *testing.T) {
	r := newRig(t, newMemoryEngine(), nil)
	for version, want := range map[string]string{
		"2.0.0.116": "O:2.2", // captured, consolibyte 2008
		"2.2.0.71":  "W:",    // captured, johnballantyne/qbws#10
		"2.3.0.215": "",      // captured, jsgoupil/quickbooks-sync#62
		"3.0":       "",      // newer
		"":          "",      // unreadable: let it through
		"two":       "",      // unreadable
	} {
		got, _ := r.call("clientVersion", param{"strVersion", version})
		if !strings.HasPrefix(got, want) || (want == "" && got != "") {
			t.Errorf("clientVersion(%q) = %q, want prefix %q", version, got, want)
		}
	}
}

func TestShutdownEndsSessions(t *testing.T) {
	r := newRig(t, newMemoryEngine(request1), nil)
	ticket := r.authenticate(testUser, testPassword)[0]
	r.send(ticket, fixture(t, hcpModern), testCompany)
	r.m.Shutdown(context.Background())
	if !errors.Is(r.engine.endErrs[0], ErrShutdown) {
		t.Fatalf("End %v", r.engine.endErrs)
	}
	if got := r.receive(ticket, customerAddRs(t), "", ""); got != "-1" {
		t.Fatalf("after shutdown %s", got)
	}
}
