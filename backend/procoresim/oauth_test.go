package procoresim

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

func TestConsentPageIsAFormThatRedirectsWithCodeAndState(t *testing.T) {
	h := newHarness(t, Options{})
	query := url.Values{"client_id": {DefaultClientID}, "redirect_uri": {"http://127.0.0.1:9/oauth/callback"},
		"response_type": {"code"}, "state": {"xyz123"}}
	page := h.do("GET", "/oauth/authorize?"+query.Encode(), nil, nil)
	if page.status != http.StatusOK || !strings.Contains(string(page.body), `<form method="post" action="/oauth/authorize">`) {
		t.Fatalf("consent page: %d %s", page.status, truncate(page.body))
	}
	query.Set("decision", "approve")
	got := h.postForm("/oauth/authorize", query)
	if got.status != http.StatusFound {
		t.Fatalf("approve: status %d", got.status)
	}
	location, _ := url.Parse(got.header.Get("Location"))
	if location.Host != "127.0.0.1:9" || location.Path != "/oauth/callback" {
		t.Errorf("redirected to %s", location)
	}
	if location.Query().Get("state") != "xyz123" || location.Query().Get("code") == "" {
		t.Errorf("redirect query %q lacks code or state echo", location.RawQuery)
	}
}

func TestAuthorizeRefusesUnregisteredRedirectAndUnknownClient(t *testing.T) {
	h := newHarness(t, Options{RedirectURIs: []string{"http://localhost:8765/oauth/callback"}})
	for name, query := range map[string]url.Values{
		"trailing slash differs": {"client_id": {DefaultClientID}, "redirect_uri": {"http://localhost:8765/oauth/callback/"}, "response_type": {"code"}},
		"unknown client":         {"client_id": {"someone-else"}, "redirect_uri": {"http://localhost:8765/oauth/callback"}, "response_type": {"code"}},
	} {
		got := h.do("GET", "/oauth/authorize?"+query.Encode(), nil, nil)
		if got.status != http.StatusBadRequest {
			t.Errorf("%s: status %d, want 400", name, got.status)
		}
	}
}

func TestAutoApproveAndOutOfBandCode(t *testing.T) {
	h := newHarness(t, Options{AutoApprove: true})
	query := url.Values{"client_id": {DefaultClientID}, "redirect_uri": {"http://localhost/cb"}, "response_type": {"code"}, "state": {"s"}}
	if got := h.do("GET", "/oauth/authorize?"+query.Encode(), nil, nil); got.status != http.StatusFound {
		t.Fatalf("auto approve: status %d", got.status)
	}
	query.Set("redirect_uri", oobRedirectURI)
	got := h.do("GET", "/oauth/authorize?"+query.Encode(), nil, nil)
	if got.status != http.StatusOK || !strings.Contains(string(got.body), `<pre id="code">`) {
		t.Fatalf("oob page: %d %s", got.status, truncate(got.body))
	}
}

func TestAuthorizationCodeIsSingleUseAndExpires(t *testing.T) {
	h := newHarness(t, Options{})
	redirect := "http://localhost:8765/oauth/callback"
	exchange := func(code string) response {
		return h.postForm("/oauth/token", url.Values{"grant_type": {"authorization_code"}, "code": {code},
			"client_id": {DefaultClientID}, "client_secret": {DefaultClientSecret}, "redirect_uri": {redirect}})
	}
	code := h.authorize(DefaultUserID, redirect, "st")
	first := exchange(code)
	if first.status != http.StatusOK {
		t.Fatalf("first exchange: %d %s", first.status, first.body)
	}
	var token tokenResponse
	first.json(t, &token)
	if token.TokenType != "bearer" || token.ExpiresIn != 5400 || token.RefreshToken == nil || token.CreatedAt != h.clock.Now().Unix() {
		t.Errorf("token response %+v", token)
	}
	assertOAuthError(t, exchange(code), http.StatusBadRequest, "invalid_grant")

	late := h.authorize(DefaultUserID, redirect, "st")
	h.clock.Advance(authCodeTTL + time.Second)
	assertOAuthError(t, exchange(late), http.StatusBadRequest, "invalid_grant")
}

func TestTokenEndpointAcceptsJSONAndRejectsBadClient(t *testing.T) {
	h := newHarness(t, Options{ClientID: "cid", ClientSecret: "sec"})
	body := strings.NewReader(`{"grant_type":"client_credentials","client_id":"cid","client_secret":"sec"}`)
	got := h.do("POST", "/oauth/token", map[string]string{"Content-Type": "application/json"}, body)
	if got.status != http.StatusOK {
		t.Fatalf("JSON client credentials: %d %s", got.status, got.body)
	}
	var raw map[string]any
	got.json(t, &raw)
	if _, has := raw["refresh_token"]; has {
		t.Error("client_credentials response must not carry a refresh_token")
	}
	bad := h.postForm("/oauth/token", url.Values{"grant_type": {"client_credentials"}, "client_id": {"cid"}, "client_secret": {"wrong"}})
	assertOAuthError(t, bad, http.StatusUnauthorized, "invalid_client")
}

func TestRefreshTokensRotateAndReuseIsInvalidGrant(t *testing.T) {
	h := newHarness(t, Options{})
	_, refresh := h.login(DefaultUserID)
	refreshWith := func(value string) response {
		return h.postForm("/oauth/token", url.Values{"grant_type": {"refresh_token"}, "refresh_token": {value},
			"client_id": {DefaultClientID}, "client_secret": {DefaultClientSecret}})
	}
	got := refreshWith(refresh)
	if got.status != http.StatusOK {
		t.Fatalf("refresh: %d %s", got.status, got.body)
	}
	var rotated tokenResponse
	got.json(t, &rotated)
	if rotated.RefreshToken == nil || *rotated.RefreshToken == refresh {
		t.Fatalf("refresh did not rotate: %+v", rotated)
	}
	reuse := refreshWith(refresh)
	assertOAuthError(t, reuse, http.StatusBadRequest, "invalid_grant")
	var body oauthError
	reuse.json(t, &body)
	if !strings.HasPrefix(body.Description, "The refresh token is invalid") {
		t.Errorf("error_description %q", body.Description)
	}
	if got := refreshWith(*rotated.RefreshToken); got.status != http.StatusOK {
		t.Errorf("the rotated refresh token must work once: %d", got.status)
	}
}

func TestTokenInfoAndRevoke(t *testing.T) {
	h := newHarness(t, Options{})
	access, refresh := h.login(DefaultUserID)
	h.clock.Advance(100 * time.Second)
	info := h.do("GET", "/oauth/token/info", map[string]string{"Authorization": "Bearer " + access}, nil)
	var body struct {
		ResourceOwnerID  int64             `json:"resource_owner_id"`
		Scopes           []string          `json:"scopes"`
		ExpiresInSeconds int64             `json:"expires_in_seconds"`
		Application      map[string]string `json:"application"`
		CreatedAt        int64             `json:"created_at"`
	}
	info.json(t, &body)
	if body.ResourceOwnerID != DefaultUserID || body.ExpiresInSeconds != 5300 || body.Application["uid"] != DefaultClientID {
		t.Errorf("token info %+v", body)
	}
	revoke := h.postForm("/oauth/revoke", url.Values{"token": {access}, "client_id": {DefaultClientID}, "client_secret": {DefaultClientSecret}})
	if revoke.status != http.StatusOK {
		t.Fatalf("revoke: %d", revoke.status)
	}
	if got := h.api("GET", "/rest/v1.0/me", access, nil); got.status != http.StatusUnauthorized {
		t.Errorf("revoked access token: status %d", got.status)
	}
	refreshed := h.postForm("/oauth/token", url.Values{"grant_type": {"refresh_token"}, "refresh_token": {refresh},
		"client_id": {DefaultClientID}, "client_secret": {DefaultClientSecret}})
	assertOAuthError(t, refreshed, http.StatusBadRequest, "invalid_grant")
	if again := h.postForm("/oauth/revoke", url.Values{"token": {"never-issued"}}); again.status != http.StatusOK {
		t.Errorf("revoking an unknown token: %d, want 200", again.status)
	}
}

func TestAccessTokensExpireAfterTTL(t *testing.T) {
	h := newHarness(t, Options{AccessTokenTTL: time.Minute})
	access, _ := h.login(DefaultUserID)
	if got := h.api("GET", "/rest/v1.0/me", access, nil); got.status != http.StatusOK {
		t.Fatalf("fresh token: %d", got.status)
	}
	h.clock.Advance(time.Minute)
	got := h.api("GET", "/rest/v1.0/me", access, nil)
	assertGenericError(t, got, http.StatusUnauthorized, "The access token is invalid")
	if !strings.Contains(got.header.Get("WWW-Authenticate"), "invalid_token") {
		t.Errorf("WWW-Authenticate %q", got.header.Get("WWW-Authenticate"))
	}
}

func assertOAuthError(t *testing.T, got response, status int, code string) {
	t.Helper()
	if got.status != status {
		t.Fatalf("status %d, want %d (body %s)", got.status, status, got.body)
	}
	var body oauthError
	got.json(t, &body)
	if body.Error != code || body.Description == "" {
		t.Errorf("OAuth error %+v, want error %q with a description", body, code)
	}
}

func assertGenericError(t *testing.T, got response, status int, message string) {
	t.Helper()
	if got.status != status {
		t.Fatalf("status %d, want %d (body %s)", got.status, status, truncate(got.body))
	}
	var body map[string]any
	got.json(t, &body)
	for _, key := range []string{"code", "message", "fields", "reason", "error"} {
		if _, present := body[key]; !present {
			t.Errorf("error body lacks %q: %s", key, got.body)
		}
	}
	if body["message"] != message {
		t.Errorf("message %q, want %q", body["message"], message)
	}
}
