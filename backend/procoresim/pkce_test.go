package procoresim

import (
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

const pkceRedirect = "http://127.0.0.1:9/oauth/callback"

// pkceCode approves an authorize request carrying challenge and method (either may be empty)
// through the consent form, as a browser does, and returns the code.
func pkceCode(t *testing.T, h *harness, challenge, method string) string {
	t.Helper()
	form := url.Values{"client_id": {DefaultClientID}, "redirect_uri": {pkceRedirect}, "response_type": {"code"},
		"state": {"s1"}, "decision": {"approve"}}
	if challenge != "" {
		form.Set("code_challenge", challenge)
	}
	if method != "" {
		form.Set("code_challenge_method", method)
	}
	page := h.do("GET", "/oauth/authorize?"+form.Encode(), nil, nil)
	if page.status != http.StatusOK || challenge != "" && !strings.Contains(string(page.body), `name="code_challenge" value="`+challenge+`"`) {
		t.Fatalf("consent page does not carry the challenge: %d %s", page.status, truncate(page.body))
	}
	got := h.postForm("/oauth/authorize", form)
	loc, _ := url.Parse(got.header.Get("Location"))
	if got.status != http.StatusFound || loc.Query().Get("code") == "" {
		t.Fatalf("approve: %d %s", got.status, truncate(got.body))
	}
	return loc.Query().Get("code")
}

func trade(h *harness, code, verifier string) response {
	form := url.Values{"grant_type": {"authorization_code"}, "client_id": {DefaultClientID}, "client_secret": {DefaultClientSecret},
		"code": {code}, "redirect_uri": {pkceRedirect}}
	if verifier != "" {
		form.Set("code_verifier", verifier)
	}
	return h.postForm("/oauth/token", form)
}

func s256(v string) string {
	sum := sha256.Sum256([]byte(v))
	return base64.RawURLEncoding.EncodeToString(sum[:])
}

// TestPKCEBindsTheCodeToItsVerifier: a code issued with a code challenge is traded only with the
// verifier it was made from (S256 or plain), as Doorkeeper checks it; anything else is
// invalid_grant and leaves the code unused.
func TestPKCEBindsTheCodeToItsVerifier(t *testing.T) {
	h := newHarness(t, Options{})
	verifier := strings.Repeat("v", 20) + "-._~" + strings.Repeat("9", 24) // 48 unreserved characters
	other := strings.Repeat("o", 48)

	code := pkceCode(t, h, s256(verifier), "S256")
	for name, v := range map[string]string{"no verifier": "", "another verifier": other, "the challenge itself": s256(verifier), "too short": "abc"} {
		if got := trade(h, code, v); got.status != http.StatusBadRequest || !strings.Contains(string(got.body), "invalid_grant") {
			t.Errorf("%s: %d %s", name, got.status, truncate(got.body))
		}
	}
	if got := trade(h, code, verifier); got.status != http.StatusOK {
		t.Fatalf("the right verifier: %d %s", got.status, truncate(got.body))
	}

	plain := pkceCode(t, h, verifier, "") // no method: plain
	if got := trade(h, plain, other); got.status != http.StatusBadRequest {
		t.Errorf("plain with another verifier: %d", got.status)
	}
	if got := trade(h, plain, verifier); got.status != http.StatusOK {
		t.Errorf("plain with its verifier: %d %s", got.status, truncate(got.body))
	}

	bare := pkceCode(t, h, "", "")
	if got := trade(h, bare, verifier); got.status != http.StatusBadRequest {
		t.Errorf("a verifier for a code issued without a challenge: %d", got.status)
	}
	if got := trade(h, bare, ""); got.status != http.StatusOK {
		t.Errorf("a code without PKCE: %d %s", got.status, truncate(got.body))
	}

	query := url.Values{"client_id": {DefaultClientID}, "redirect_uri": {pkceRedirect}, "response_type": {"code"},
		"code_challenge": {s256(verifier)}, "code_challenge_method": {"S512"}}
	if got := h.do("GET", "/oauth/authorize?"+query.Encode(), nil, nil); got.status != http.StatusBadRequest || !strings.Contains(string(got.body), "invalid_request") {
		t.Errorf("an unsupported challenge method: %d %s", got.status, truncate(got.body))
	}
}
