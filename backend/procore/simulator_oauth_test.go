package procore_test

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"testing"
	"time"

	"joblink/backend/procore"
	"joblink/backend/procoresim"
)

// browserCode runs the simulator's consent (AutoApprove) and returns the code for redirect.
func browserCode(t *testing.T, oauth *procore.OAuth, redirect string) string {
	t.Helper()
	state, err := procore.NewState()
	if err != nil {
		t.Fatal(err)
	}
	browser := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := browser.Get(oauth.AuthorizeURL(redirect, state))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	loc, err := url.Parse(resp.Header.Get("Location"))
	if err != nil {
		t.Fatal(err)
	}
	code, err := procore.CheckCallback(loc.Query(), state)
	if err != nil {
		t.Fatal(err)
	}
	return code
}

func userOAuth(t *testing.T, r *simRig, store procore.TokenStore) *procore.OAuth {
	t.Helper()
	oauth, err := procore.NewOAuth(procore.OAuthConfig{Environment: procore.CustomEnvironment(r.url), ClientID: procoresim.DefaultClientID,
		ClientSecret: procoresim.DefaultClientSecret, Store: store, Clock: fastClock{}})
	if err != nil {
		t.Fatal(err)
	}
	return oauth
}

// TestRefreshThroughAnOverloadedTokenEndpoint: a refresh answered 503 with Retry-After is sent
// again a bounded number of times. A short outage ends in a rotated, saved pair; a long one in
// an *APIError (503, RetryAfter) with the old refresh token still saved and still good.
func TestRefreshThroughAnOverloadedTokenEndpoint(t *testing.T) {
	r := newSimRig(t, procoresim.Options{AutoApprove: true})
	store := &procore.MemoryTokenStore{}
	oauth := userOAuth(t, r, store)
	redirect := procore.LoopbackRedirectURI(41741)
	if _, err := oauth.ExchangeCode(context.Background(), browserCode(t, oauth, redirect), redirect); err != nil {
		t.Fatal(err)
	}
	c, err := procore.New(procore.Config{Environment: procore.CustomEnvironment(r.url), Tokens: oauth, CompanyID: r.company.ID, Clock: fastClock{}})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()

	// Two 503s, then the refresh goes through.
	first, _ := store.Load()
	r.sim.ExpireAccessTokens()
	r.sim.InjectTokenUnavailable(2, 3*time.Second)
	if _, err := c.Me(ctx); err != nil {
		t.Fatalf("after two 503s on the refresh: %v", err)
	}
	second, _ := store.Load()
	if second.RefreshToken == first.RefreshToken {
		t.Fatal("the refresh did not rotate the saved pair")
	}

	// The outage outlasts the attempts: a typed error, a bounded number of tries, nothing lost.
	r.sim.ExpireAccessTokens()
	before := r.sim.InjectedFaults()
	r.sim.InjectTokenUnavailable(100, 3*time.Second)
	_, err = c.Me(ctx)
	var apiErr *procore.APIError
	if !errors.As(err, &apiErr) || apiErr.Status != http.StatusServiceUnavailable || apiErr.RetryAfter != 3*time.Second {
		t.Fatalf("a refresh through a long outage: %v", err)
	}
	if errors.Is(err, procore.ErrSignInAgain) {
		t.Fatal("an overloaded token endpoint must not sign the user out")
	}
	if tries := r.sim.InjectedFaults() - before; tries < 2 || tries > 5 {
		t.Fatalf("%d token requests for one refresh: retries must be few and bounded", tries)
	}
	if kept, _ := store.Load(); kept.RefreshToken != second.RefreshToken {
		t.Fatal("the saved refresh token changed although no refresh succeeded")
	}
	r.sim.InjectTokenUnavailable(0, 0)
	if _, err := c.Me(ctx); err != nil {
		t.Fatalf("after the outage the saved refresh token must still work: %v", err)
	}
	if third, _ := store.Load(); third.RefreshToken == second.RefreshToken {
		t.Fatal("the recovery did not rotate the pair")
	}
}

// TestExchangeThroughASlowOrOverloadedTokenEndpoint: the code exchange survives a 503 and a slow
// answer; a caller that gives up on a slow exchange gets a timeout and its code stays usable.
func TestExchangeThroughASlowOrOverloadedTokenEndpoint(t *testing.T) {
	r := newSimRig(t, procoresim.Options{AutoApprove: true})
	oauth := userOAuth(t, r, &procore.MemoryTokenStore{})
	redirect := procore.LoopbackRedirectURI(41742)

	r.sim.InjectTokenUnavailable(1, time.Second)
	if _, err := oauth.ExchangeCode(context.Background(), browserCode(t, oauth, redirect), redirect); err != nil {
		t.Fatalf("exchange after one 503: %v", err)
	}

	code := browserCode(t, oauth, redirect)
	r.sim.SlowTokenRequests(1, 2*time.Second)
	short, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err := oauth.ExchangeCode(short, code, redirect)
	var te *procore.TransportError
	if !errors.As(err, &te) || te.Kind != procore.Timeout {
		t.Fatalf("an exchange the caller gave up on: %v", err)
	}
	r.sim.SlowTokenRequests(1, 50*time.Millisecond)
	if _, err := oauth.ExchangeCode(context.Background(), code, redirect); err != nil {
		t.Fatalf("the code of the abandoned exchange, on a slow endpoint: %v", err)
	}
}
