package procore_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/backend/jobs"
	"joblink/backend/procore"
	"joblink/backend/procoresim"
	"joblink/backend/qbmirror"
	"joblink/backend/store"
	"joblink/backend/vendors"
)

// The sync engine with the three built flows, reading the Procore simulator over HTTP: what
// a poll costs is counted by the simulator, as Procore would count it.

// simClock is the one clock of the simulator, the client and the engine: it moves when a test
// says, and when the client waits (pacing, a retry), as real time would.
type simClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *simClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *simClock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	c.now = c.now.Add(max(d, 0))
	c.mu.Unlock()
	return ctx.Err()
}

// set moves the clock to t (never back).
func (c *simClock) set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if t.After(c.now) {
		c.now = t
	}
}

type engineRig struct {
	sim     *procoresim.Server
	company *procoresim.Company
	clock   *simClock
	url     string
	st      *store.Store
	client  *procore.Client // Joblink's
	user    *procore.Client // someone working in Procore
	flows   []engine.Flow
	e       *engine.Engine
	start   time.Time
	counter *countingTransport // 429 answers, as the client saw them
}

type engineRigOptions struct {
	sim   procoresim.Options
	extra func(client func() (*procore.Client, error)) []engine.Flow // project-scoped test kinds
}

func newEngineRig(tb testing.TB, o engineRigOptions) *engineRig {
	tb.Helper()
	start := time.Now().UTC().Truncate(time.Hour).Add(time.Hour) // after every fixture's updated_at
	r := &engineRig{clock: &simClock{now: start}, start: start, counter: &countingTransport{}}
	company, err := procoresim.NewReferenceCompany()
	if err != nil {
		tb.Fatal(err)
	}
	r.company = company
	o.sim.Companies = []*procoresim.Company{company}
	o.sim.Now = r.clock.Now
	r.sim = procoresim.New(o.sim)
	srv := httptest.NewServer(r.sim)
	tb.Cleanup(srv.Close)
	r.url = srv.URL
	r.client, r.user = r.signIn(tb), r.signIn(tb)
	r.st, err = store.Open(store.Options{Dir: tb.TempDir(), BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { r.st.Close() })
	get := func() (*procore.Client, error) { return r.client, nil }
	mirror := qbmirror.New(r.st)
	r.flows = []engine.Flow{
		costcodes.New(costcodes.Deps{Procore: get, Mirror: mirror,
			Accounts: func() (costcodes.Accounts, error) { return costcodes.Accounts{}, costcodes.ErrNoAccounts }}),
		jobs.New(jobs.Deps{Procore: get, Mirror: mirror}),
		vendors.New(vendors.Deps{Procore: get, Mirror: mirror, Store: r.st}),
	}
	if o.extra != nil {
		r.flows = append(r.flows, o.extra(get)...)
	}
	r.restart(tb)
	return r
}

// restart makes a new engine on the same store, as a restarted Joblink would.
func (r *engineRig) restart(tb testing.TB) {
	tb.Helper()
	e, err := engine.New(r.st, zerolog.Nop(), r.flows, engine.WithClock(r.clock.Now))
	if err != nil {
		tb.Fatal(err)
	}
	r.e = e
}

func (r *engineRig) signIn(tb testing.TB) *procore.Client {
	tb.Helper()
	env := procore.CustomEnvironment(r.url)
	httpClient := &http.Client{Transport: r.counter, Timeout: 30 * time.Second}
	oauth, err := procore.NewOAuth(procore.OAuthConfig{Environment: env, ClientID: procoresim.DefaultClientID,
		ClientSecret: procoresim.DefaultClientSecret, Store: &procore.MemoryTokenStore{}, HTTPClient: httpClient,
		Clock: r.clock, ServiceAccount: true})
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := oauth.SignInServiceAccount(context.Background()); err != nil {
		tb.Fatalf("service account sign-in: %v", err)
	}
	c, err := procore.New(procore.Config{Environment: env, Tokens: oauth, CompanyID: r.company.ID, ServiceAccount: true,
		HTTPClient: httpClient, Clock: r.clock})
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// pollAt runs a poll at start+after and returns the Procore calls it made, as the simulator
// counted them.
func (r *engineRig) pollAt(tb testing.TB, after time.Duration) int {
	tb.Helper()
	r.clock.set(r.start.Add(after))
	before := r.sim.APIRequests()
	if err := r.e.PollOnce(context.Background()); err != nil {
		tb.Fatalf("poll at +%s: %v", after, err)
	}
	return int(r.sim.APIRequests() - before)
}

func (r *engineRig) item(tb testing.TB, kind engine.Kind, key string) *engine.Item {
	tb.Helper()
	it, err := r.e.Get(engine.ItemID(kind, key))
	if err != nil {
		tb.Fatalf("%s %s: %v", kind, key, err)
	}
	return it
}

func (r *engineRig) count(tb testing.TB, kind engine.Kind) int {
	tb.Helper()
	page, err := r.e.List(kind, engine.Query{Limit: 1})
	if err != nil {
		tb.Fatal(err)
	}
	return page.Total
}
