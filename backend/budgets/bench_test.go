package budgets_test

import (
	"context"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/budgets"
	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/backend/procore"
	"joblink/backend/procoresim"
	"joblink/internal/synctest"
	"joblink/qbwc/qbsim"
	"joblink/qbwc/qbxml"
)

// Issue 13 targets.
const (
	benchBudgets          = 300
	benchLines            = 60
	targetBudgetRoundTrip = 10 // Web Connector round trips to add the 300 estimates
	targetBudgetRuns      = 1  // runs from "accept" to the estimates existing in QuickBooks
)

// BenchmarkAccept300Budgets: 300 locked budgets of 60 lines on linked projects, read by the
// poller and accepted at once on Approvals, go to QuickBooks through the whole path (Procore
// simulator → engine → Web Connector endpoint → simulated QuickBooks). It reports the export's
// round trips, the runs from accept to QuickBooks, and Procore calls per project read (both
// kinds, sharing one read).
func BenchmarkAccept300Budgets(b *testing.B) {
	var roundTrips, runs int
	var callsPerProject, idleCalls float64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		br := benchRig(b, benchOptions{})
		r, linked := br.Rig, br.linked
		// Every linked project read once for both kinds (the poller spreads these reads over
		// its hourly call budget, see BenchmarkIdleBudgetsHour; here they are made at once to
		// count them).
		before := br.sim.APIRequests()
		for _, k := range []engine.Kind{budgets.BudgetKind, budgets.ChangeKind} {
			if _, err := r.Engine.Detect(context.Background(), k); err != nil {
				b.Fatal(err)
			}
		}
		callsPerProject = float64(br.sim.APIRequests()-before) / float64(linked)
		page, err := r.Engine.List(budgets.BudgetKind, engine.Query{Status: "ready", Limit: 1})
		if err != nil || page.Total != benchBudgets {
			b.Fatalf("%d budgets ready, want %d (%v)", page.Total, benchBudgets, err)
		}
		if _, err := r.Engine.Export(budgets.BudgetKind, engine.Selection{All: true}, engine.ByBookkeeper); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for runs = 0; r.Engine.HasWork(context.Background()); runs++ {
			if runs > 5 {
				b.Fatal("still work after 5 runs")
			}
			r.RunWebConnector(b)
		}
		b.StopTimer()
		roundTrips = r.Engine.LastRun().RoundTrips
		if est := queryEstimates(b, r.QB, qbxml.EstimateQuery{}); len(est) != benchBudgets || len(est[0].Lines) != benchLines {
			b.Fatalf("QuickBooks has %d estimates", len(est))
		}
		// Exported and still locked, a budget's original amounts cannot change: a read then
		// asks only for the lock, the modifications and the budget change lines.
		before = br.sim.APIRequests()
		for _, k := range []engine.Kind{budgets.BudgetKind, budgets.ChangeKind} {
			if _, err := r.Engine.Detect(context.Background(), k); err != nil {
				b.Fatal(err)
			}
		}
		idleCalls = float64(br.sim.APIRequests()-before) / float64(linked)
	}
	b.ReportMetric(float64(roundTrips), "roundtrips")
	b.ReportMetric(float64(runs), "runs-to-quickbooks")
	b.ReportMetric(callsPerProject, "procore-calls/project-read")
	b.ReportMetric(idleCalls, "procore-calls/exported-project-read")
	fmt.Printf("\n%d locked budgets of %d lines: %d export round trips (target ≤ %d), in QuickBooks %d run(s) after accept (target %d); "+
		"%.1f Procore calls per project read (both kinds), %.1f once exported\n", benchBudgets, benchLines, roundTrips, targetBudgetRoundTrip, runs, targetBudgetRuns, callsPerProject, idleCalls)
}

// benchOptions tune benchRig.
type benchOptions struct {
	// clock, when set, is the time of everything that reads it — the Procore simulator (its
	// rate-limit windows), the Procore client (its call meter) and the engine (its poll
	// schedule) — so that hours of polling pass without sleeping.
	clock *benchClock
	// unlocked adds linked projects whose budgets are not locked yet.
	unlocked int
}

// benchSetup is the rig with its own Procore simulator, counted.
type benchSetup struct {
	*synctest.Rig
	pc     *procoresim.Company
	sim    *procoresim.Server
	calls  *pathCounter
	linked int
	// unlockedIDs are the projects of benchOptions.unlocked.
	unlockedIDs []int64
}

// benchRig builds 60 cost codes exported as service items and 300 projects linked to jobs,
// each with a locked budget of 60 lines (and opts.unlocked more with unlocked budgets).
func benchRig(b *testing.B, opts benchOptions) *benchSetup {
	const list = int64(4_910_000_001)
	var benchCodes []synctest.StandardCode
	for c := range benchLines {
		code := fmt.Sprintf("%02d-%03d", 1+c/10, 100+c%10*10)
		benchCodes = append(benchCodes, synctest.StandardCode{ID: 4_911_000_000 + int64(c), Code: code, Name: "Bench code " + code})
	}
	bc := synctest.NewBudgetCompany(b, synctest.BudgetOptions{ID: 4_900_001, Name: "Bench Builders", CodeList: list, Codes: benchCodes,
		LineItemType: procoresim.LineItemType{ID: lineItemType, Name: "Cost", Code: "C"}, BudgetView: budgetView + 10_000, ViewName: "Standard"})
	pc := bc.Company
	qb, err := qbsim.NewReferenceCompany()
	must(b, err)
	_, err = qb.AddCustomer(qbsim.Customer{Name: "Bench Customer"})
	must(b, err)
	next := int64(4_930_000_000)
	setup := &benchSetup{pc: pc, linked: benchBudgets + opts.unlocked}
	for i := range setup.linked {
		p := int64(4_920_000_000 + i)
		name := "Bench Project " + strconv.Itoa(i)
		bc.AddBudgetProject(b, p, name)
		for c := range benchLines {
			next++
			bc.AddBudgetLine(b, bc.BudgetLine(next, p, c, float64(1000+17*c+i)))
		}
		if i < benchBudgets {
			pc.SetBudgetLocked(p, true)
		} else {
			setup.unlockedIDs = append(setup.unlockedIDs, p)
		}
		_, err := qb.AddCustomer(qbsim.Customer{Name: name, Parent: "Bench Customer"})
		must(b, err)
	}
	simOpts := procoresim.Options{Companies: []*procoresim.Company{pc}, SpikeLimit: -1}
	var engineClock func() time.Time
	if opts.clock != nil {
		simOpts.Now, engineClock = opts.clock.Now, opts.clock.Now
	}
	setup.sim = procoresim.New(simOpts)
	setup.calls = &pathCounter{h: setup.sim}
	url := synctest.Serve(b, setup.calls)
	var client *procore.Client
	flowClock := engineClock
	if flowClock == nil {
		// The flows' clock only times the daily re-read of exported lines: held still here, so
		// that a day turning during the benchmark does not add a re-read to the figures.
		still := time.Now()
		flowClock = func() time.Time { return still }
	}
	bf, cf := budgets.New(budgets.Deps{Procore: func() (*procore.Client, error) { return client, nil }, Now: flowClock})
	r := synctest.New(b, synctest.Options{Log: zerolog.Nop(), Lists: true, ProcoreURL: url, ProcoreCompanyID: pc.ID, QB: qb,
		Clock: engineClock, Flows: []engine.Flow{bf, cf}})
	if opts.clock != nil {
		// Every flow reads r.Client when it calls Procore: one client, one call meter, on the clock.
		r.Client = clockedClient(b, url, pc.ID, opts.clock)
	}
	client = r.Client
	bf.Keep(r.Store)
	setup.Rig = r
	ctx := context.Background()
	r.RunWebConnector(b)
	r.ChooseAccounts(b)
	if _, err := r.Engine.Detect(ctx, costcodes.Kind); err != nil {
		b.Fatal(err)
	}
	if _, err := r.Engine.Export(costcodes.Kind, engine.Selection{All: true}, engine.ByBookkeeper); err != nil {
		b.Fatal(err)
	}
	r.RunWebConnector(b)
	rr := &rig{Rig: r}
	rr.LinkJobs(b, "Bench Customer")
	return setup
}
