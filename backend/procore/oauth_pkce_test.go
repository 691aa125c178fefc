package procore_test

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"joblink/backend/problem"
	"joblink/backend/procore"
	"joblink/backend/procoresim"
)

// pkceCode starts a sign-in with verifier's challenge at the simulator (AutoApprove) and returns
// the code Procore sends back.
func pkceCode(t *testing.T, oauth *procore.OAuth, redirect, verifier string) string {
	t.Helper()
	link := oauth.AuthorizeURLWithPKCE(redirect, "state1", verifier)
	if u, _ := url.Parse(link); u.Query().Get("code_challenge_method") != "S256" || u.Query().Get("code_challenge") == "" ||
		strings.Contains(link, verifier) {
		t.Fatalf("the authorize address must carry the S256 challenge and never the verifier: %s", link)
	}
	browser := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := browser.Get(link)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	loc, _ := url.Parse(resp.Header.Get("Location"))
	code, err := procore.CheckCallback(loc.Query(), "state1")
	if err != nil {
		t.Fatal(err)
	}
	return code
}

// TestPKCESignIn: a code is traded only with its own sign-in's verifier; a refused code (another
// sign-in's, or one already used) is ErrCodeRefused with words saying nothing changed — not
// ErrSignInAgain, which would tell the bookkeeper the working connection is lost.
func TestPKCESignIn(t *testing.T) {
	r := newSimRig(t, procoresim.Options{AutoApprove: true})
	oauth := userOAuth(t, r, &procore.MemoryTokenStore{})
	redirect := procore.LoopbackRedirectURI(41741)
	mine, theirs := procore.NewVerifier(), procore.NewVerifier()
	if mine == theirs || len(mine) < 43 {
		t.Fatalf("verifiers: %q %q", mine, theirs)
	}
	code := pkceCode(t, oauth, redirect, theirs)
	for name, v := range map[string]string{"another sign-in's verifier": mine, "no verifier": ""} {
		_, err := oauth.ExchangeCodeWithVerifier(context.Background(), code, redirect, v)
		var p *problem.Problem
		if !errors.Is(err, procore.ErrCodeRefused) || errors.Is(err, procore.ErrSignInAgain) || !errors.As(err, &p) ||
			!strings.Contains(p.Message, "still is") {
			t.Fatalf("%s: %v", name, err)
		}
	}
	if _, err := oauth.ExchangeCodeWithVerifier(context.Background(), code, redirect, theirs); err != nil {
		t.Fatalf("its own verifier: %v", err)
	}
	_, err := oauth.ExchangeCodeWithVerifier(context.Background(), code, redirect, theirs)
	if !errors.Is(err, procore.ErrCodeRefused) || errors.Is(err, procore.ErrSignInAgain) {
		t.Fatalf("a replayed code: %v", err)
	}
}
