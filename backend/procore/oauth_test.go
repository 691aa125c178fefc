package procore

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/logging"
)

// fakeProcore is a spec-following OAuth server and API with single-use rotating refresh tokens.
type fakeProcore struct {
	t          *testing.T
	mu         sync.Mutex
	generation int
	valid      map[string]bool // refresh tokens that may still be used
	access     map[string]bool
	refreshes  atomic.Int32
	store      *recordingStore
	lastForm   url.Values
	revoked    []string
}

// recordingStore remembers every saved pair so the API can check "persisted before used".
type recordingStore struct {
	MemoryTokenStore
	mu    sync.Mutex
	saved map[string]bool
}

func (r *recordingStore) Save(t Token) error {
	r.mu.Lock()
	if r.saved == nil {
		r.saved = map[string]bool{}
	}
	r.saved[t.AccessToken] = true
	r.mu.Unlock()
	return r.MemoryTokenStore.Save(t)
}

func (r *recordingStore) wasSaved(access string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.saved[access]
}

func (f *fakeProcore) issue() string {
	f.generation++
	access := fmt.Sprintf("access-%d-xxxxxxxx", f.generation)
	refresh := fmt.Sprintf("refresh-%d-yyyyyyyy", f.generation)
	f.access[access] = true
	f.valid[refresh] = true
	return fmt.Sprintf(`{"access_token":%q,"token_type":"bearer","expires_in":5400,"refresh_token":%q,"created_at":1484786897}`, access, refresh)
}

func (f *fakeProcore) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/oauth/token":
		if ct := r.Header.Get("Content-Type"); ct != "application/x-www-form-urlencoded" {
			f.t.Errorf("token request Content-Type %q", ct)
		}
		_ = r.ParseForm()
		f.mu.Lock()
		defer f.mu.Unlock()
		f.lastForm = r.PostForm
		if r.PostForm.Get("client_id") != "cid" || r.PostForm.Get("client_secret") != "client-secret-value" {
			writeJSON(w, 401, `{"error":"invalid_client","error_description":"Client authentication failed"}`)
			return
		}
		switch r.PostForm.Get("grant_type") {
		case "authorization_code":
			if r.PostForm.Get("code") != "the-code-123456" {
				writeJSON(w, 400, `{"error":"invalid_grant","error_description":"The authorization code is invalid"}`)
				return
			}
			writeJSON(w, 200, f.issue())
		case "refresh_token":
			f.refreshes.Add(1)
			time.Sleep(20 * time.Millisecond) // give concurrent callers time to pile up
			old := r.PostForm.Get("refresh_token")
			if !f.valid[old] {
				writeJSON(w, 400, `{"error":"invalid_grant","error_description":"The refresh token is invalid"}`)
				return
			}
			delete(f.valid, old) // single use
			writeJSON(w, 200, f.issue())
		case "client_credentials":
			writeJSON(w, 200, `{"access_token":"dmsa-access-zzzzzzzz","token_type":"bearer","expires_in":5400,"created_at":1484786897}`)
		}
	case "/oauth/revoke":
		_ = r.ParseForm()
		f.mu.Lock()
		f.revoked = append(f.revoked, r.PostForm.Get("token"))
		f.mu.Unlock()
		writeJSON(w, 200, `{}`)
	case "/oauth/token/info":
		writeJSON(w, 200, `{"resource_owner_id":4294967297,"scopes":[],"expires_in_seconds":5000,"application":{"uid":"cid"},"created_at":1}`)
	default:
		token := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		f.mu.Lock()
		ok := f.access[token]
		f.mu.Unlock()
		if !ok {
			writeJSON(w, 401, `{"code":401,"message":"The access token is invalid"}`)
			return
		}
		if f.store != nil && !f.store.wasSaved(token) {
			f.t.Errorf("access token %s used before it was saved", token)
		}
		writeJSON(w, 200, `{"id":1,"login":"b@example.com","name":"Bea"}`)
	}
}

func (f *fakeProcore) expireAllAccess() {
	f.mu.Lock()
	f.access = map[string]bool{}
	f.mu.Unlock()
}

func newFakeProcore(t *testing.T) (*fakeProcore, *httptest.Server) {
	f := &fakeProcore{t: t, valid: map[string]bool{}, access: map[string]bool{}, store: &recordingStore{}}
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	return f, srv
}

func newOAuth(t *testing.T, srv *httptest.Server, store TokenStore, tune ...func(*OAuthConfig)) *OAuth {
	cfg := OAuthConfig{Environment: CustomEnvironment(srv.URL), ClientID: "cid", ClientSecret: "client-secret-value", Store: store}
	for _, f := range tune {
		f(&cfg)
	}
	o, err := NewOAuth(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func TestAuthorizeURLAndCallback(t *testing.T) {
	_, srv := newFakeProcore(t)
	o := newOAuth(t, srv, &MemoryTokenStore{})
	state, err := NewState()
	if err != nil || len(state) != 32 {
		t.Fatalf("state %q %v", state, err)
	}
	u, _ := url.Parse(o.AuthorizeURL(LoopbackRedirectURI(41741), state))
	q := u.Query()
	if u.Path != "/oauth/authorize" || q.Get("response_type") != "code" || q.Get("client_id") != "cid" ||
		q.Get("redirect_uri") != "http://localhost:41741/oauth/callback" || q.Get("state") != state {
		t.Fatalf("authorize URL %s", u)
	}
	if _, err := CheckCallback(url.Values{"code": {"c"}, "state": {"other"}}, state); err == nil {
		t.Fatal("accepted a wrong state")
	}
	if _, err := CheckCallback(url.Values{"error": {"access_denied"}, "state": {state}}, state); err == nil {
		t.Fatal("accepted a refusal")
	}
	if code, err := CheckCallback(url.Values{"code": {"the-code-123456"}, "state": {state}}, state); err != nil || code != "the-code-123456" {
		t.Fatalf("code %q %v", code, err)
	}
}

func TestExchangeCodeThenConcurrentRefreshIsSingleAndPersistedFirst(t *testing.T) {
	fake, srv := newFakeProcore(t)
	o := newOAuth(t, srv, fake.store)
	ctx := context.Background()
	if _, err := o.ExchangeCode(ctx, "the-code-123456", OutOfBandRedirectURI); err != nil {
		t.Fatal(err)
	}
	if fake.lastForm.Get("redirect_uri") != OutOfBandRedirectURI {
		t.Fatalf("form %v", fake.lastForm)
	}
	c, err := New(Config{Environment: CustomEnvironment(srv.URL), Tokens: o, CompanyID: 7})
	if err != nil {
		t.Fatal(err)
	}
	fake.expireAllAccess() // every call now gets 401 once and must refresh

	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := c.Me(ctx)
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if n := fake.refreshes.Load(); n != 1 {
		t.Fatalf("%d refreshes for 8 concurrent 401s, want 1", n)
	}
	saved, _ := fake.store.Load()
	if saved.RefreshToken != "refresh-2-yyyyyyyy" || saved.RedirectURI != OutOfBandRedirectURI {
		t.Fatalf("saved %+v", saved)
	}
}

func TestReusedRefreshTokenMeansSignInAgainWithoutLoop(t *testing.T) {
	fake, srv := newFakeProcore(t)
	ctx := context.Background()
	o := newOAuth(t, srv, fake.store)
	if _, err := o.ExchangeCode(ctx, "the-code-123456", "http://localhost:1/oauth/callback"); err != nil {
		t.Fatal(err)
	}
	// Another copy of Joblink (or a lost answer) spent the refresh token already.
	fake.mu.Lock()
	fake.valid = map[string]bool{}
	fake.mu.Unlock()
	fake.expireAllAccess()
	c, _ := New(Config{Environment: CustomEnvironment(srv.URL), Tokens: o, CompanyID: 7})
	_, err := c.Me(ctx)
	if !errors.Is(err, ErrSignInAgain) {
		t.Fatalf("err = %v, want ErrSignInAgain", err)
	}
	var sia *SignInAgainError
	if !errors.As(err, &sia) || !strings.Contains(sia.Words(), "sign in again") {
		t.Fatalf("words: %v", err)
	}
	before := fake.refreshes.Load()
	for range 3 {
		if _, err := c.Me(ctx); !errors.Is(err, ErrSignInAgain) {
			t.Fatalf("later call: %v", err)
		}
	}
	if fake.refreshes.Load() != before {
		t.Fatal("the spent refresh token was tried again")
	}
	// Signing in again clears the state.
	if _, err := o.ExchangeCode(ctx, "the-code-123456", "http://localhost:1/oauth/callback"); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Me(ctx); err != nil {
		t.Fatalf("after new sign-in: %v", err)
	}
}

func TestExpiredTokenIsRefreshedBeforeTheCall(t *testing.T) {
	fake, srv := newFakeProcore(t)
	clock := newFakeClock()
	o := newOAuth(t, srv, fake.store, func(c *OAuthConfig) { c.Clock = clock })
	ctx := context.Background()
	if _, err := o.ExchangeCode(ctx, "the-code-123456", "x"); err != nil {
		t.Fatal(err)
	}
	_ = clock.Sleep(ctx, 89*time.Minute) // within the 2-minute skew of the 90-minute lifetime
	tok, err := o.AccessToken(ctx)
	if err != nil || tok != "access-2-xxxxxxxx" || fake.refreshes.Load() != 1 {
		t.Fatalf("token %q, refreshes %d, err %v", tok, fake.refreshes.Load(), err)
	}
}

func TestServiceAccountAndTokenInfoAndDisconnect(t *testing.T) {
	fake, srv := newFakeProcore(t)
	ctx := context.Background()
	store := NewFileTokenStore(filepath.Join(t.TempDir(), "procore-token"))
	o := newOAuth(t, srv, store, func(c *OAuthConfig) { c.ServiceAccount = true })
	tok, err := o.AccessToken(ctx) // no saved token: a service account signs itself in
	if err != nil || tok != "dmsa-access-zzzzzzzz" {
		t.Fatalf("token %q %v", tok, err)
	}
	saved, err := store.Load()
	if err != nil || !saved.ServiceAccount || saved.RefreshToken != "" {
		t.Fatalf("saved %+v %v", saved, err)
	}
	info, err := o.TokenInfo(ctx)
	if err != nil || info.ResourceOwnerID != 4294967297 || info.Application.UID != "cid" {
		t.Fatalf("info %+v %v", info, err)
	}
	if err := o.Disconnect(ctx); err != nil {
		t.Fatal(err)
	}
	if len(fake.revoked) != 1 || fake.revoked[0] != "dmsa-access-zzzzzzzz" {
		t.Fatalf("revoked %v", fake.revoked)
	}
	if _, err := store.Load(); !errors.Is(err, ErrNoToken) {
		t.Fatalf("store after disconnect: %v", err)
	}
	if _, err := o.AccessToken(ctx); !errors.Is(err, ErrSignInAgain) {
		t.Fatalf("after disconnect: %v", err)
	}
}

func TestWrongClientSecretHasWords(t *testing.T) {
	_, srv := newFakeProcore(t)
	o := newOAuth(t, srv, &MemoryTokenStore{}, func(c *OAuthConfig) { c.ClientSecret = "wrong-secret-value" })
	_, err := o.ExchangeCode(context.Background(), "the-code-123456", "x")
	if err == nil || !strings.Contains(err.Error(), "client id or secret") {
		t.Fatalf("err = %v", err)
	}
}

func TestSecretsNeverReachTheLog(t *testing.T) {
	fake, srv := newFakeProcore(t)
	var buf bytes.Buffer
	logger := zerolog.New(logging.NewRedactor(&buf)).Level(zerolog.DebugLevel)
	ctx := context.Background()
	o := newOAuth(t, srv, fake.store, func(c *OAuthConfig) { c.Logger = &logger })
	if _, err := o.ExchangeCode(ctx, "the-code-123456", "x"); err != nil {
		t.Fatal(err)
	}
	c, _ := New(Config{Environment: CustomEnvironment(srv.URL), Tokens: o, CompanyID: 7, Logger: &logger})
	fake.expireAllAccess()
	if _, err := c.Me(ctx); err != nil {
		t.Fatal(err)
	}
	tok, _ := fake.store.Load()
	// Log what careless code might log: the token, the error, the whole token struct.
	logger.Info().Str("token", tok.AccessToken).Interface("pair", tok).Str("refresh", tok.RefreshToken).
		Str("note", "secret is client-secret-value").Msg("debugging")
	out := buf.String()
	for _, secret := range []string{tok.AccessToken, tok.RefreshToken, "client-secret-value", "the-code-123456", "access-1-xxxxxxxx", "refresh-1-yyyyyyyy"} {
		if strings.Contains(out, secret) {
			t.Fatalf("log holds %q:\n%s", secret, out)
		}
	}
	if !strings.Contains(out, "procore sign-in renewed") {
		t.Fatalf("expected log lines, got:\n%s", out)
	}
}
