package budgets_test

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"joblink/backend/budgets"
	"joblink/backend/engine"
	"joblink/backend/procore"
	"joblink/backend/procoresim"
	"joblink/qbwc/qbxml"
)

// Issue 13: "Procore calls to detect them on an idle company within the engine's call
// budget", measured as the product runs — the engine's poller on its 15-minute schedule,
// spending the Procore client's call meter — not by reading every project at once.
const (
	benchPollEvery = engine.DefaultPollInterval
	// idleDayPolls is the idle time measured: 26 hours, so that every exported budget's daily
	// re-read of its lines falls in it.
	idleDayPolls = 26 * 4
	// targetLockSeen: a quiet project is read at least hourly, so a budget locked just after
	// its project was read is seen on the poll after the hour (plus one poll of slack).
	targetLockSeen = time.Hour + 2*benchPollEvery
)

// BenchmarkIdleBudgetsHour: 300 projects linked to QuickBooks jobs, each with a locked budget
// of 60 lines, and one more linked project whose budget is not locked yet. The poller finds
// the 300 budgets (its first read spread over its hourly budget), the bookkeeper accepts them
// all and the next Web Connector run adds the estimates; then, with nothing changing, the
// poller goes on for hours. Reported: the Procore calls of the busiest idle hour (every call
// the poller makes: cost codes, projects, vendors and both budget kinds, including the daily
// re-read of each exported budget's lines, as the simulator counts them) against the engine's
// hourly call budget, the busiest single poll, 429 answers,
// the time the first read took, and — worst case — how long until a budget locked just after
// its project was read is seen ready on Approvals.
func BenchmarkIdleBudgetsHour(b *testing.B) {
	var f idleFigures
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		f = measureIdleBudgets(b)
	}
	b.ReportMetric(float64(f.idleHour), "calls-idle-hour")
	b.ReportMetric(float64(f.budgetIdleHour), "budget-calls-idle-hour")
	b.ReportMetric(float64(f.callBudget), "call-budget-hour")
	b.ReportMetric(float64(f.busiest), "calls-busiest-idle-poll")
	b.ReportMetric(float64(f.tooMany), "procore-429")
	b.ReportMetric(f.firstRead.Minutes(), "minutes-to-detect-300")
	b.ReportMetric(f.lockSeen.Minutes(), "minutes-to-see-locked-budget")
	fmt.Printf("\nIdle company, %d linked projects with exported locked budgets (+1 unlocked), polled every %s: "+
		"%d Procore calls in the busiest idle hour (%d of them budget reads; engine's call budget %d an hour), busiest poll %d, 429 answers %d; "+
		"first read of the %d budgets took %s of polling; a budget locked just after its project was read is seen after %s (target ≤ %s)\n",
		benchBudgets, benchPollEvery, f.idleHour, f.budgetIdleHour, f.callBudget, f.busiest, f.tooMany,
		benchBudgets, f.firstRead, f.lockSeen, targetLockSeen)
}

type idleFigures struct {
	idleHour, budgetIdleHour int // calls in the busiest four consecutive idle polls (all; budget paths)
	callBudget               int // the engine's hourly call budget (PollStatus)
	busiest                  int // the most calls one idle poll made
	tooMany                  int64
	firstRead                time.Duration // polling until the 300 budgets were all ready
	lockSeen                 time.Duration // a budget locked just after its project's read → ready
}

func measureIdleBudgets(b *testing.B) idleFigures {
	clock := newBenchClock()
	br := benchRig(b, benchOptions{clock: clock, unlocked: 1})
	ctx := context.Background()
	var f idleFigures
	poll := func() (all, budget int) {
		b.Helper()
		clock.advance(benchPollEvery)
		a, bu := br.calls.counts()
		if err := br.Engine.PollOnce(ctx); err != nil {
			b.Fatalf("poll at %s: %v", clock.Now().Format(time.RFC3339), err)
		}
		a2, bu2 := br.calls.counts()
		return int(a2 - a), int(bu2 - bu)
	}
	ready := func() int {
		page, err := br.Engine.List(budgets.BudgetKind, engine.Query{Status: "ready", Limit: 1})
		must(b, err)
		return page.Total
	}

	// The first read, as the poller spreads it.
	for polls := 1; ; polls++ {
		if polls > 48 {
			b.Fatalf("%d of %d budgets ready after 12 hours of polling", ready(), benchBudgets)
		}
		poll()
		if ready() == benchBudgets {
			f.firstRead = time.Duration(polls) * benchPollEvery
			break
		}
	}
	// Accepted at once; in QuickBooks on the next run.
	if _, err := br.Engine.Export(budgets.BudgetKind, engine.Selection{All: true}, engine.ByBookkeeper); err != nil {
		b.Fatal(err)
	}
	for runs := 0; br.Engine.HasWork(ctx); runs++ {
		if runs > 5 {
			b.Fatal("still work after 5 runs")
		}
		br.RunWebConnector(b)
	}
	if est := queryEstimates(b, br.QB, qbxml.EstimateQuery{}); len(est) != benchBudgets {
		b.Fatalf("QuickBooks has %d estimates, want %d", len(est), benchBudgets)
	}
	// Three hours for the schedule to settle (every project read once since the export), then
	// a whole idle day and more measured — each exported budget's lines are read again once a
	// day, at its own moment — and quiet projects come round on their own interval, so hours
	// differ and the busiest four consecutive polls count.
	for range 12 {
		poll()
	}
	var all, budget []int
	for range idleDayPolls {
		a, bu := poll()
		all, budget = append(all, a), append(budget, bu)
		f.busiest = max(f.busiest, a)
	}
	for i := 0; i+4 <= len(all); i++ {
		f.idleHour = max(f.idleHour, all[i]+all[i+1]+all[i+2]+all[i+3])
		f.budgetIdleHour = max(f.budgetIdleHour, budget[i]+budget[i+1]+budget[i+2]+budget[i+3])
	}
	if st := br.Engine.PollStatus().Calls; st != nil {
		f.callBudget = st.Budget
	}
	if page, err := br.Engine.List(budgets.BudgetKind, engine.Query{Status: "ready", Limit: 1}); err != nil || page.Total != 0 {
		b.Fatalf("idle: %d budgets ready after the export (%v)", page.Total, err)
	}

	// The worst case for a newly locked budget: locked right after the poll that read its
	// project, so it waits for the project's next turn.
	unlocked := br.unlockedIDs[0]
	lockPath := "/rest/v1.0/projects/" + strconv.FormatInt(unlocked, 10) + "/budget"
	for polls := 0; ; polls++ {
		if polls > 12 {
			b.Fatalf("project %d's budget lock was not read in 3 hours", unlocked)
		}
		before := br.calls.path(lockPath)
		poll()
		if br.calls.path(lockPath) > before {
			break
		}
	}
	br.pc.SetBudgetLocked(unlocked, true)
	lockedAt := clock.Now()
	id := budgets.BudgetItemID(strconv.FormatInt(unlocked, 10))
	for polls := 0; ; polls++ {
		if polls > 16 {
			b.Fatalf("a budget locked at %s was not seen in 4 hours", lockedAt.Format(time.RFC3339))
		}
		poll()
		if it, err := br.Engine.Get(id); err == nil && it.Status() == "ready" {
			f.lockSeen = clock.Now().Sub(lockedAt)
			break
		}
	}
	f.tooMany = br.calls.tooMany.Load()
	return f
}

// benchClock is the time of the simulator, the Procore client and the engine.
type benchClock struct {
	mu  sync.Mutex
	now time.Time
}

// newBenchClock starts after every fixture's updated_at, on the hour.
func newBenchClock() *benchClock {
	return &benchClock{now: time.Now().UTC().Truncate(time.Hour).Add(time.Hour)}
}

func (c *benchClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Sleep moves the clock on: a client pacing itself does not hold the benchmark up.
func (c *benchClock) Sleep(ctx context.Context, d time.Duration) error {
	c.advance(max(d, 0))
	return ctx.Err()
}

func (c *benchClock) advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

// clockedClient signs in to the simulator at url as a service account, on clock: its call
// meter counts the hour by that clock.
func clockedClient(b *testing.B, url string, companyID int64, clock *benchClock) *procore.Client {
	env := procore.CustomEnvironment(url)
	oauth, err := procore.NewOAuth(procore.OAuthConfig{Environment: env, ClientID: procoresim.DefaultClientID,
		ClientSecret: procoresim.DefaultClientSecret, Store: &procore.MemoryTokenStore{}, ServiceAccount: true, Clock: clock})
	must(b, err)
	_, err = oauth.SignInServiceAccount(context.Background())
	must(b, err)
	c, err := procore.New(procore.Config{Environment: env, Tokens: oauth, CompanyID: companyID, ServiceAccount: true,
		PerPage: procore.MaxPerPage, Clock: clock})
	must(b, err)
	return c
}

// pathCounter counts the Procore API requests the simulator answers: all of them, those only
// the budgets flows make (budget, budget modifications and changes, WBS codes, a project's
// cost codes), each path, and 429 answers.
type pathCounter struct {
	h       http.Handler
	all     atomic.Int64
	budget  atomic.Int64
	tooMany atomic.Int64
	mu      sync.Mutex
	paths   map[string]int
}

func (p *pathCounter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.URL.Path, "/rest/") {
		p.all.Add(1)
		if strings.Contains(r.URL.Path, "/budget") || strings.Contains(r.URL.Path, "/wbs_codes") ||
			(r.URL.Path == "/rest/v1.0/cost_codes" && r.URL.Query().Has("project_id")) {
			p.budget.Add(1)
		}
		p.mu.Lock()
		if p.paths == nil {
			p.paths = map[string]int{}
		}
		p.paths[r.URL.Path]++
		p.mu.Unlock()
	}
	sw := &statusWriter{ResponseWriter: w}
	p.h.ServeHTTP(sw, r)
	if sw.code == http.StatusTooManyRequests {
		p.tooMany.Add(1)
	}
}

func (p *pathCounter) counts() (all, budget int64) { return p.all.Load(), p.budget.Load() }

func (p *pathCounter) path(path string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.paths[path]
}

type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	w.code = code
	w.ResponseWriter.WriteHeader(code)
}
