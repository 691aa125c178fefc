package procore_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync/atomic"
	"testing"
	"time"

	"joblink/backend/procore"
	"joblink/backend/procoresim"
)

// These tests run the client against the Procore simulator: two independent implementations
// of the same wire protocol, talking real HTTP.

// countingTransport counts the requests that reach the API (not the OAuth endpoints).
type countingTransport struct {
	api, tooMany atomic.Int64
}

func (c *countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := http.DefaultTransport.RoundTrip(r)
	if len(r.URL.Path) > 5 && r.URL.Path[:5] == "/rest" {
		c.api.Add(1)
		if err == nil && resp.StatusCode == http.StatusTooManyRequests {
			c.tooMany.Add(1)
		}
	}
	return resp, err
}

// fastClock never really sleeps, so retries and pacing cost no test time.
type fastClock struct{}

func (fastClock) Now() time.Time { return time.Now() }
func (fastClock) Sleep(ctx context.Context, d time.Duration) error {
	return ctx.Err()
}

type simRig struct {
	sim     *procoresim.Server
	company *procoresim.Company
	url     string
	counter *countingTransport
}

func newSimRig(t testing.TB, opts procoresim.Options) *simRig {
	t.Helper()
	company, err := procoresim.NewReferenceCompany()
	if err != nil {
		t.Fatal(err)
	}
	opts.Companies = []*procoresim.Company{company}
	sim := procoresim.New(opts)
	srv := httptest.NewServer(sim)
	t.Cleanup(srv.Close)
	return &simRig{sim: sim, company: company, url: srv.URL, counter: &countingTransport{}}
}

// serviceAccountClient signs in with client credentials, as an ERP integration does.
func (r *simRig) serviceAccountClient(t testing.TB, perPage int) *procore.Client {
	t.Helper()
	httpClient := &http.Client{Transport: r.counter, Timeout: 30 * time.Second}
	env := procore.CustomEnvironment(r.url)
	oauth, err := procore.NewOAuth(procore.OAuthConfig{Environment: env, ClientID: procoresim.DefaultClientID,
		ClientSecret: procoresim.DefaultClientSecret, Store: &procore.MemoryTokenStore{}, HTTPClient: httpClient,
		Clock: fastClock{}, ServiceAccount: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := oauth.SignInServiceAccount(context.Background()); err != nil {
		t.Fatalf("service account sign-in: %v", err)
	}
	c, err := procore.New(procore.Config{Environment: env, Tokens: oauth, CompanyID: r.company.ID, ServiceAccount: true,
		HTTPClient: httpClient, Clock: fastClock{}, PerPage: perPage})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestReadAllVendorsThroughEveryFault(t *testing.T) {
	r := newSimRig(t, procoresim.Options{})
	c := r.serviceAccountClient(t, 250)
	ctx := context.Background()

	// Mid-run, before different pages: a 429 storm, an overloaded server, a dropped
	// connection, and every access token expiring at once.
	faults := map[int]func(){
		1: func() { r.sim.InjectRateLimitStorm(3) },
		3: func() { r.sim.InjectUnavailable(2, time.Second) },
		5: func() { r.sim.DropConnections(1) },
		7: func() { r.sim.ExpireAccessTokens() },
	}
	pager := c.ListVendors(procore.ListVendorsOptions{})
	var all []procore.Vendor
	for pageNo := 0; pageNo == 0 || pager.More(); pageNo++ {
		if inject := faults[pageNo]; inject != nil {
			inject()
		}
		vendors, err := pager.Next(ctx)
		if err != nil {
			t.Fatalf("after %d vendors: %v", len(all), err)
		}
		all = append(all, vendors...)
	}
	if len(all) != pager.Total() || len(all) != 3000 {
		t.Fatalf("read %d vendors, Total says %d", len(all), pager.Total())
	}
	seen := map[int64]bool{}
	big := false
	for _, v := range all {
		if seen[v.ID] {
			t.Fatalf("vendor %d read twice", v.ID)
		}
		seen[v.ID] = true
		big = big || v.ID > 1<<31
	}
	if !big {
		t.Error("no id above 2^31 came through: the fixture or the decoding lost them")
	}
	if n := r.sim.InjectedFaults(); n < 6 {
		t.Errorf("only %d faults were actually injected", n)
	}
}

func TestIncrementalPollWithNothingChangedIsOneCallPerKind(t *testing.T) {
	r := newSimRig(t, procoresim.Options{})
	c := r.serviceAccountClient(t, 0)
	ctx := context.Background()
	since := procore.TimeRange{From: time.Now().Add(time.Minute)}
	before := r.counter.api.Load()
	projects, err := c.ListProjects(procore.ListProjectsOptions{Updated: since}).Collect(ctx)
	if err != nil {
		t.Fatal(err)
	}
	vendors, err := c.ListVendors(procore.ListVendorsOptions{Updated: since}).Collect(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(projects)+len(vendors) != 0 {
		t.Fatalf("nothing changed, yet %d projects and %d vendors came back", len(projects), len(vendors))
	}
	if calls := r.counter.api.Load() - before; calls != 2 {
		t.Fatalf("%d calls for an idle poll of two kinds", calls)
	}
}

func TestBrowserSignInAgainstTheSimulator(t *testing.T) {
	r := newSimRig(t, procoresim.Options{AutoApprove: true})
	env := procore.CustomEnvironment(r.url)
	store := &procore.MemoryTokenStore{}
	oauth, err := procore.NewOAuth(procore.OAuthConfig{Environment: env, ClientID: procoresim.DefaultClientID,
		ClientSecret: procoresim.DefaultClientSecret, Store: store, Clock: fastClock{}})
	if err != nil {
		t.Fatal(err)
	}
	state, err := procore.NewState()
	if err != nil {
		t.Fatal(err)
	}
	redirect := procore.LoopbackRedirectURI(41740)
	// The "browser": follow the authorize URL but stop at the redirect to Joblink's callback.
	browser := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := browser.Get(oauth.AuthorizeURL(redirect, state))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	loc, err := url.Parse(resp.Header.Get("Location"))
	if err != nil || resp.StatusCode != http.StatusFound {
		t.Fatalf("authorize answered %d %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	code, err := procore.CheckCallback(loc.Query(), state)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := procore.CheckCallback(loc.Query(), "forged-state"); err == nil {
		t.Fatal("a callback with another state was accepted")
	}
	if _, err := oauth.ExchangeCode(context.Background(), code, redirect); err != nil {
		t.Fatalf("exchange: %v", err)
	}
	if _, err := oauth.ExchangeCode(context.Background(), code, redirect); err == nil {
		t.Fatal("an authorization code worked twice")
	}
	c, err := procore.New(procore.Config{Environment: env, Tokens: oauth, CompanyID: r.company.ID, Clock: fastClock{}})
	if err != nil {
		t.Fatal(err)
	}
	me, err := c.Me(context.Background())
	if err != nil || me.ID == 0 {
		t.Fatalf("me: %+v %v", me, err)
	}
	// The access token expires: the client refreshes (rotating the refresh token) and goes on.
	old, _ := store.Load()
	r.sim.ExpireAccessTokens()
	if _, err := c.Me(context.Background()); err != nil {
		t.Fatalf("after expiry: %v", err)
	}
	rotated, _ := store.Load()
	if rotated.RefreshToken == old.RefreshToken || rotated.AccessToken == old.AccessToken {
		t.Fatal("the refresh did not rotate and persist the token pair")
	}
	// Replaying the spent refresh token is refused: sign in again, never a loop.
	if err := store.Save(old); err != nil {
		t.Fatal(err)
	}
	replay, _ := procore.NewOAuth(procore.OAuthConfig{Environment: env, ClientID: procoresim.DefaultClientID,
		ClientSecret: procoresim.DefaultClientSecret, Store: store, Clock: fastClock{}})
	if _, err := replay.Refresh(context.Background(), old.AccessToken); !errors.Is(err, procore.ErrSignInAgain) {
		t.Fatalf("replayed refresh token: %v", err)
	}
}

// BenchmarkReadReferenceCompany counts the Procore calls to read the whole reference company
// (projects, standard cost codes, vendors), then what the product spends when nothing
// changes, counted by the simulator: the engine's idle poll with the three built flows
// (Engine.PollOnce), and an idle hour with all 300 projects linked to QuickBooks jobs and five
// per-project document kinds (targets: pages at the largest page size plus one per kind; 5
// calls an idle poll; at most 1,800 calls an hour, half Procore's 3,600; a change on an active
// project seen within 15 minutes; no 429).
func BenchmarkReadReferenceCompany(b *testing.B) {
	for i := 0; i < b.N; i++ {
		r := newSimRig(b, procoresim.Options{})
		c := r.serviceAccountClient(b, 0)
		ctx := context.Background()
		start := r.counter.api.Load()
		projects, err := c.ListProjects(procore.ListProjectsOptions{Status: "All"}).Collect(ctx)
		if err != nil {
			b.Fatal(err)
		}
		lists, err := c.ListStandardCostCodeLists().Collect(ctx)
		if err != nil {
			b.Fatal(err)
		}
		codes := 0
		for _, l := range lists {
			cc, err := c.ListStandardCostCodes(l.ID, procore.ListStandardCostCodesOptions{}).Collect(ctx)
			if err != nil {
				b.Fatal(err)
			}
			codes += len(cc)
		}
		vendors, err := c.ListVendors(procore.ListVendorsOptions{}).Collect(ctx)
		if err != nil {
			b.Fatal(err)
		}
		full := r.counter.api.Load() - start
		pages := func(n int) int64 { return int64((n + procore.DefaultPerPage - 1) / procore.DefaultPerPage) }
		target := pages(len(projects)) + pages(codes) + int64(len(lists)) + pages(len(vendors)) + 3

		quiet, _ := quietCompany(b, false)
		idle := quiet.pollAt(b, 30*time.Minute)
		hour := measureProjectHour(b)
		b.ReportMetric(float64(full), "calls-full-read")
		b.ReportMetric(float64(idle), "calls-idle-poll")
		b.ReportMetric(float64(hour.idleHour), "calls-idle-hour")
		b.ReportMetric(hour.activeSeen.Minutes(), "minutes-to-see-active-change")
		if i == 0 {
			fmt.Printf("Procore calls to read %d projects, %d cost codes in %d lists, %d vendors: %d (target ≤ %d)\n",
				len(projects), codes, len(lists), len(vendors), full, target)
			fmt.Printf("Procore calls for the engine's idle poll of cost codes, projects and companies (simulator's count): %d (target ≤ %d); 429 answers: %d (target 0)\n",
				idle, idleCost(false), r.counter.tooMany.Load()+quiet.counter.tooMany.Load()+hour.tooMany)
			fmt.Printf("Procore calls in the busiest idle hour, 300 linked projects × 5 document kinds (simulator's count): %d (target ≤ %d, half of %d); busiest poll %d\n",
				hour.idleHour, hour.budget, procoresim.DefaultHourlyLimit, hour.busiest)
			fmt.Printf("A change seen after %s on an active project (target ≤ 15m), %s on a quiet one\n", hour.activeSeen, hour.quietSeen)
		}
	}
}

// TestCreateWithOriginIDSurvivesALostAnswer: Procore creates the vendor but the answer is lost;
// the client finds it by origin_id instead of creating a second one. Without an origin_id the
// create is not repeated, and the error says the outcome is unknown.
func TestCreateWithOriginIDSurvivesALostAnswer(t *testing.T) {
	r := newSimRig(t, procoresim.Options{})
	c := r.serviceAccountClient(t, 0)
	ctx := context.Background()
	origin := "QB-VENDOR-80000099-1"
	name := "Lost Answer Electric LLC"

	r.sim.LoseResponses(1)
	v, err := c.CreateVendor(ctx, procore.VendorFields{Name: &name, OriginID: &origin})
	if err != nil {
		t.Fatalf("create after a lost answer: %v", err)
	}
	if v.ID == 0 || v.Name != name {
		t.Fatalf("returned vendor %+v", v)
	}
	found, err := c.ListVendors(procore.ListVendorsOptions{OriginID: origin}).Collect(ctx)
	if err != nil || len(found) != 1 {
		t.Fatalf("vendors with origin_id %s: %d (%v) — the lost answer made a duplicate", origin, len(found), err)
	}

	// Repeating the same create later (say, after a crash) returns the same vendor.
	again, err := c.CreateVendor(ctx, procore.VendorFields{Name: &name, OriginID: &origin})
	if err != nil || again.ID != v.ID {
		t.Fatalf("repeat: %+v %v", again, err)
	}

	other := "No Origin Plumbing"
	before, _ := c.ListVendors(procore.ListVendorsOptions{}).Collect(ctx)
	r.sim.LoseResponses(1)
	if _, err := c.CreateVendor(ctx, procore.VendorFields{Name: &other}); err == nil {
		t.Fatal("a create without origin_id reported success although its answer was lost")
	}
	after, _ := c.ListVendors(procore.ListVendorsOptions{}).Collect(ctx)
	if len(after) != len(before)+1 {
		t.Fatalf("without origin_id the create was repeated or lost: %d → %d vendors", len(before), len(after))
	}
}
