package session

import (
	"bytes"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"joblink/internal/heappeak"
	"joblink/qbwc/soap"
)

// TestParallelGuessesAreCheckedOneAtATime sends 150 wrong passwords and the right one at
// once through the real handler on loopback, with the real argon2id cost. Before the
// password-check slot, all of them were hashed at once (2.8 GB), the lock-out never saw the
// failures in time and the right password got in; afterwards the lock shut out the real Web
// Connector for an hour.
func TestParallelGuessesAreCheckedOneAtATime(t *testing.T) {
	saved, savedVerify := defaultHashParams, verify
	defaultHashParams = hashParams{MemoryKiB: 19 * 1024, Time: 2, Threads: 1, SaltLen: 16, KeyLen: 32}
	var running, peak, checks atomic.Int32
	verify = func(password, encoded string) (bool, error) {
		n := running.Add(1)
		defer running.Add(-1)
		checks.Add(1)
		for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
		}
		return verifyPassword(password, encoded)
	}
	t.Cleanup(func() { defaultHashParams, verify = saved, savedVerify })

	r := newRig(t, newMemoryEngine(request1), nil)
	heapGrowth := heappeak.Start()

	const guesses = 150
	statuses := make([]string, guesses+1)
	var wg sync.WaitGroup
	for i := 0; i <= guesses; i++ {
		password := "wrong guess " + string(rune('a'+i%26))
		if i == guesses/2 {
			password = testPassword
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			statuses[i] = postAuthenticate(r, testUser, password)
		}()
	}
	wg.Wait()
	grew := heapGrowth()

	if p := peak.Load(); p > 1 {
		t.Errorf("%d password checks ran at once, want 1", p)
	}
	// At most FailureLimit wrong ones before the lock, plus the right one and, if it came
	// first and reset the count, FailureLimit more.
	if n := checks.Load(); n > 2*int32(r.m.cfg.FailureLimit)+1 {
		t.Errorf("%d passwords were hashed during the attack", n)
	}
	if grew > 300<<20 {
		t.Errorf("heap grew by %d MB during the attack", grew>>20)
	}
	for i, st := range statuses {
		if st == "" && i != guesses/2 {
			t.Fatalf("guess %d was accepted", i)
		}
	}
	t.Logf("%d hashed, heap peak +%d MB", checks.Load(), grew>>20)

	// The attack is over: the real Web Connector gets in once the (short) lock has run out.
	r.clock.Advance(r.m.cfg.LockoutMax)
	if got := r.authenticate(testUser, testPassword); got[1] != "" {
		t.Fatalf("%v after the attack, the right password answered %q", r.m.cfg.LockoutMax, got)
	}
	if r.m.cfg.LockoutMax > 30*time.Second {
		t.Fatalf("default LockoutMax %v locks the real Web Connector out too long", r.m.cfg.LockoutMax)
	}
}

// postAuthenticate is rig.authenticate for goroutines: it returns the status, or "http N"
// when the handler refused the call.
func postAuthenticate(r *rig, user, password string) string {
	body := envelope("authenticate", param{"strUserName", user}, param{"strPassword", password})
	resp, err := r.srv.Client().Post(r.srv.URL+soap.EndpointPath, "text/xml; charset=utf-8", bytes.NewReader(body))
	if err != nil {
		return "error " + err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		return "http " + resp.Status
	}
	// The second <string> of the ArrayOfString is the status.
	parts := strings.Split(string(b), "<string>")
	if len(parts) < 3 {
		return "unreadable " + string(b)
	}
	st, _, _ := strings.Cut(parts[2], "</string>")
	return st
}

// TestAdmitLargeBody: only a live session's data-carrying call may send a large body.
func TestAdmitLargeBody(t *testing.T) {
	r := newRig(t, newMemoryEngine(request1, request2), nil)
	if r.m.AdmitLargeBody("receiveResponseXML", "made-up") {
		t.Fatal("a made-up ticket was admitted")
	}
	ticket := r.authenticate(testUser, testPassword)[0]
	if r.m.AdmitLargeBody("receiveResponseXML", ticket) || r.m.AdmitLargeBody("authenticate", ticket) {
		t.Fatal("admitted with no request outstanding")
	}
	if !r.m.AdmitLargeBody("sendRequestXML", ticket) {
		t.Fatal("the HCP response of a live session was not admitted")
	}
	if got := r.send(ticket, fixture(t, hcpModern), testCompany); got != request1 {
		t.Fatalf("first request %q", got)
	}
	if !r.m.AdmitLargeBody("receiveResponseXML", ticket) {
		t.Fatal("the response to an outstanding request was not admitted")
	}
	r.clock.Advance(31 * time.Minute)
	if r.m.AdmitLargeBody("receiveResponseXML", ticket) {
		t.Fatal("an idle-expired session was admitted")
	}
}
