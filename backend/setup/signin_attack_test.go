package setup_test

import (
	"net/url"
	"strings"
	"testing"

	"joblink/backend/setup"
)

// approvedCallback starts a browser sign-in, approves it at the simulator and returns the
// callback address Procore sends the browser to, without following it yet.
func approvedCallback(t *testing.T, r *rig) *url.URL {
	t.Helper()
	start := r.must("POST", "/api/setup/procore/browser", simApp)
	authorize := start["authorizeURL"].(string)
	if u, _ := url.Parse(authorize); u.Query().Get("code_challenge_method") != "S256" || len(u.Query().Get("code_challenge")) != 43 {
		t.Fatalf("the sign-in carries no S256 code challenge: %s", authorize)
	}
	resp := approve(t, authorize, "approve")
	resp.Body.Close()
	loc, err := url.Parse(resp.Header.Get("Location"))
	if err != nil || loc.Query().Get("code") == "" {
		t.Fatalf("no callback: %d %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	return loc
}

// withCode is the callback of one sign-in carrying the code of another.
func withCode(callback *url.URL, from *url.URL) string {
	u := *callback
	q := u.Query()
	q.Set("code", from.Query().Get("code"))
	u.RawQuery = q.Encode()
	return u.String()
}

// TestSignInAnswersCannotBeMixed is issue 12, item 10: sign-in A's state with sign-in B's code
// connected Joblink. With PKCE each code is bound to the sign-in that asked for it, so the mix
// is refused; B's own answer still works; and a used code replayed into a later sign-in is
// explained as refused with the connection unchanged, not as "no longer signed in".
func TestSignInAnswersCannotBeMixed(t *testing.T) {
	s := startSim(t)
	r := newRig(t, t.TempDir())
	r.must("PUT", "/api/setup/procore/environment", map[string]string{"environment": "custom", "baseURL": s.url})

	a, b := approvedCallback(t, r), approvedCallback(t, r)
	status, page := getPage(t, withCode(a, b))
	if status != 400 || !strings.Contains(page, "another sign-in attempt") {
		t.Fatalf("A's state with B's code: %d %s", status, page)
	}
	if p := obj(r.state(), "procore"); p["connected"] != false {
		t.Fatalf("a mixed answer connected Joblink: %v", p)
	}
	if status, page := getPage(t, b.String()); status != 200 || !strings.Contains(page, "Joblink is connected to Procore.") {
		t.Fatalf("B's own answer: %d %s", status, page)
	}

	if !strings.Contains(r.logs.String(), "the Procore sign-in is kept on this computer") {
		t.Fatalf("the log does not say how the sign-in is kept:\n%s", r.logs.String())
	}

	c := approvedCallback(t, r)
	status, page = getPage(t, withCode(c, b)) // B's code, already traded
	if status != 400 || !strings.Contains(page, "already used") || !strings.Contains(page, "if Joblink was connected to Procore, it still is") ||
		strings.Contains(page, "no longer signed in") {
		t.Fatalf("a replayed code: %d %s", status, page)
	}
	p := obj(r.state(), "procore")
	if p["connected"] != true {
		t.Fatalf("a replayed code disconnected Joblink: %v", p)
	}
	if pr := obj(p, "problem"); pr != nil && strings.Contains(pr["message"].(string), "no longer signed in") {
		t.Fatalf("the Procore step says the sign-in is lost: %v", pr)
	}
}

// TestPendingSignInsAreBounded: 300 sign-ins started (issue 12 saw all kept); only the newest
// MaxPendingSignIns wait for an answer, and the newest ones work.
func TestPendingSignInsAreBounded(t *testing.T) {
	s := startSim(t)
	r := newRig(t, t.TempDir())
	r.must("PUT", "/api/setup/procore/environment", map[string]string{"environment": "custom", "baseURL": s.url})
	var starts []string
	for range 300 {
		starts = append(starts, r.must("POST", "/api/setup/procore/browser", simApp)["authorizeURL"].(string))
	}
	answer := func(i int) (int, string) {
		resp := approve(t, starts[i], "approve")
		resp.Body.Close()
		return getPage(t, resp.Header.Get("Location"))
	}
	for _, i := range []int{0, 150, len(starts) - setup.MaxPendingSignIns - 1} {
		if status, page := answer(i); status != 400 || !strings.Contains(page, "does not belong to a sign-in started by this Joblink") {
			t.Fatalf("sign-in %d of 300 is still waiting: %d %s", i, status, page)
		}
	}
	if status, page := answer(len(starts) - setup.MaxPendingSignIns); status != 200 || !strings.Contains(page, "Joblink is connected to Procore.") {
		t.Fatalf("the oldest of the newest %d: %d %s", setup.MaxPendingSignIns, status, page)
	}
}
