package budgets_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/budgets"
	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/backend/jobs"
	"joblink/backend/procore"
	"joblink/backend/procoresim"
	"joblink/backend/qbmirror"
	"joblink/backend/store"
	"joblink/internal/crashtest"
	"joblink/internal/synctest"
	"joblink/qbwc/qbsim"
	"joblink/qbwc/qbxml"
	"joblink/qbwc/qwc"
)

// The crash campaign: SIGKILL at random moments, and exactly as an answer to an estimate write
// is on its way back or a write set on its way out, while 30 estimates are added and then 10
// budget changes appended; after some kills QuickBooks forgets the answers it kept, so the
// restarted Joblink must find its estimates by look-up (the estimate's ExternalGUID, the markers in
// the lines). QuickBooks must end with one estimate per budget, each budget line once and
// each change's lines once; every item synced.

const crashChildEnv = "JOBLINK_BUDGETS_CRASH_CHILD"

// crashSpec sizes the campaign (kept small enough to run in well under a minute with -race).
type crashSpec struct {
	Seed     uint64
	Projects int
	Changes  int // on the first Changes projects, one each
}

const (
	crashCompanyID = 4_800_001
	crashProject0  = int64(4_810_000_000)
	crashCustomer  = "Crash Builders"
)

func crashProjectID(i int) int64 { return crashProject0 + int64(i) }

// crashCompany builds the Procore company of the spec, with the budget changes or without.
// Both processes build it the same way from the seed.
func crashCompany(t testing.TB, s crashSpec, withChanges bool) *procoresim.Company {
	pc := newBudgetCompany(t, crashCompanyID, "Crash Test Builders")
	next := int64(4_820_000_000)
	id := func() int64 { next++; return next }
	for i := range s.Projects {
		p := crashProjectID(i)
		pc.AddBudgetProject(t, p, crashName(i))
		rng := rand.New(rand.NewPCG(s.Seed, uint64(i)))
		var items []*procoresim.BudgetLineItem
		for c := range codes {
			if c > 1 && rng.IntN(2) == 0 {
				continue // every budget has the first two codes, some the others
			}
			amount := float64(1000+rng.IntN(90000)) + float64(rng.IntN(100))/100
			items = append(items, pc.AddBudgetLine(t, pc.BudgetLine(id(), p, c, amount)))
		}
		pc.SetBudgetLocked(p, true)
		if withChanges && i < s.Changes {
			amount := float64(100 + rng.IntN(5000))
			must(t, pc.AddBudgetChange(&procoresim.BudgetChange{ID: id(), ProjectID: p, Number: 1, Status: "approved", Title: ptr("Crash change"),
				ERPStatus: "not_in_erp", CreatedAt: "2026-11-01T08:00:00Z", UpdatedAt: "2026-11-01T08:00:00Z",
				Adjustments: []*procoresim.BudgetChangeAdjustment{
					{ID: id(), AdjustmentNumber: 1, WBSCodeID: items[0].WBSCodeID, Type: "budget_change", Amount: -amount, CalculationStrategy: "manual"},
					{ID: id(), AdjustmentNumber: 1, WBSCodeID: items[1].WBSCodeID, Type: "change_event", Amount: amount, CalculationStrategy: "manual"},
				}}))
		}
	}
	return pc.Company
}

func crashName(i int) string { return fmt.Sprintf("Crash Project %02d", i) }

// TestBudgetsCrashChild is the Joblink side, run as a child process the campaign kills.
func TestBudgetsCrashChild(t *testing.T) {
	if os.Getenv(crashChildEnv) == "" {
		t.Skip("run by TestBudgetsCrashCampaign as a child process")
	}
	companyID, _ := strconv.ParseInt(os.Getenv("CRASH_COMPANY"), 10, 64)
	var client *procore.Client
	bf, cf := budgets.New(budgets.Deps{Procore: func() (*procore.Client, error) { return client, nil }})
	r := synctest.New(t, synctest.Options{DataDir: os.Getenv("CRASH_DIR"), ProcoreURL: os.Getenv("CRASH_PROCORE"),
		ProcoreCompanyID: companyID, JoblinkOnly: true, DirectExport: true, Lists: true, Log: zerolog.Nop(),
		Flows: []engine.Flow{bf, cf}, BatchSize: 3})
	client = r.Client
	bf.Keep(r.Store)
	r.AccountsFromMirror()
	fileID, err := qwc.EnsureFileID(r.Store)
	must(t, err)
	crashtest.Ready(r.Connector.URL(), fileID)
	ctx := context.Background()
	for { // until killed
		time.Sleep(100 * time.Millisecond)
		for _, k := range []engine.Kind{costcodes.Kind, jobs.Kind} {
			if _, err := r.Engine.Detect(ctx, k); err != nil {
				fmt.Fprintln(os.Stderr, "detect:", err)
			}
		}
		if items, err := r.Engine.Items(jobs.Kind); err == nil {
			var links []engine.LinkSpec
			for _, it := range items {
				if it.State == engine.Synced {
					continue
				}
				if rec, err := r.Mirror.FindByName(qbmirror.Customers, crashCustomer+":"+it.Title); err == nil {
					links = append(links, engine.LinkSpec{ID: it.ID, Ref: engine.QBRef{ListID: rec.ListID, FullName: rec.FullName, EditSequence: rec.EditSequence}})
				}
			}
			if len(links) > 0 {
				_, _ = r.Engine.LinkAll(links, engine.ByBookkeeper)
			}
		}
		for _, k := range []engine.Kind{budgets.BudgetKind, budgets.ChangeKind} {
			if _, err := r.Engine.Detect(ctx, k); err != nil {
				fmt.Fprintln(os.Stderr, "detect:", err)
			}
		}
		if os.Getenv("CRASH_DEBUG") != "" {
			for _, k := range []engine.Kind{costcodes.Kind, jobs.Kind, budgets.BudgetKind, budgets.ChangeKind} {
				page, _ := r.Engine.List(k, engine.Query{Limit: 1})
				n, _ := r.Mirror.Count(qbmirror.Customers)
				fmt.Fprintln(os.Stderr, "DEBUG", k, page.Counts, "customers", n)
			}
		}
	}
}

// TestBudgetsCrashCampaign: see the comment at the top of the file.
func TestBudgetsCrashCampaign(t *testing.T) {
	if testing.Short() {
		t.Skip("the crash campaign takes a while")
	}
	if os.Getenv(crashChildEnv) != "" {
		t.Skip("child process")
	}
	spec := crashSpec{Seed: crashtest.Seed("BUDGETS_CRASH_SEED"), Projects: 30, Changes: 10}
	t.Logf("seed %d (BUDGETS_CRASH_SEED=%d reruns it)", spec.Seed, spec.Seed)
	rng := rand.New(rand.NewPCG(spec.Seed, 13))
	qb := qbsim.New()
	_, err := qb.AddAccount(qbsim.Account{Name: "Contract Revenue", Type: "Income"})
	must(t, err)
	_, err = qb.AddAccount(qbsim.Account{Name: "Job Costs", Type: "CostOfGoodsSold"})
	must(t, err)
	_, err = qb.AddCustomer(qbsim.Customer{Name: crashCustomer})
	must(t, err)
	for i := range spec.Projects {
		_, err := qb.AddCustomer(qbsim.Customer{Name: crashName(i), Parent: crashCustomer})
		must(t, err)
	}
	serve := func(withChanges bool) string {
		return synctest.Serve(t, procoresim.New(procoresim.Options{Companies: []*procoresim.Company{crashCompany(t, spec, withChanges)},
			HourlyLimit: -1, SpikeLimit: -1}))
	}
	dir := t.TempDir()
	c := crashtest.New(t, crashtest.Config{QB: qb, ChildTest: "TestBudgetsCrashChild",
		ChildEnv: []string{crashChildEnv + "=1", "CRASH_DIR=" + dir, "CRASH_COMPANY=" + strconv.Itoa(crashCompanyID)},
		Writes:   []string{"EstimateAdd", "EstimateMod"}, Lookup: "EstimateQuery"})
	// rounds runs kills killed rounds against the Procore at url, then finishes.
	rounds := func(label, url string, kills int) {
		env := []string{"CRASH_PROCORE=" + url}
		// Let the child read Procore and link the jobs the last session brought into the
		// mirror, so the session it is killed in carries estimates.
		c.Rounds(rng, kills, crashtest.RoundOptions{Label: label, Env: env, MaxNth: 3,
			Settle: 700 * time.Millisecond, MaxDelay: 1500 * time.Millisecond})
		// Done after three sessions in a row without a write set, a second apart: under -race
		// on a busy machine one pass of the child's detection loop can take longer than a
		// session.
		c.Finish(crashtest.FinishOptions{Env: env, Idle: 3, Pause: time.Second, Quiet: crashtest.NothingWritten})
	}
	start := time.Now()

	rounds("estimates", serve(false), 7)
	checkQuickBooks(t, qb, spec, false)

	rounds("budget changes", serve(true), 5) // the budget changes are approved
	checkQuickBooks(t, qb, spec, true)
	checkItems(t, dir, spec)

	c.Refusals("EstimateModRs 3200")
	t.Logf("%d kills (%s), QuickBooks forgot its answers %d times, %d write sets, %d look-ups; all right in %v",
		c.Kills, c.KillKinds(), c.Forgot, c.Wire.WriteSets, c.Wire.Lookups, time.Since(start).Round(time.Millisecond))
}

// checkQuickBooks: one estimate per project, its budget's lines once, each change's lines once.
func checkQuickBooks(t *testing.T, qb *qbsim.Company, spec crashSpec, withChanges bool) {
	t.Helper()
	pc := crashCompany(t, spec, withChanges)
	srv := procoresim.New(procoresim.Options{Companies: []*procoresim.Company{pc}, HourlyLimit: -1, SpikeLimit: -1})
	client := synctest.ProcoreClient(t, synctest.Serve(t, srv), crashCompanyID)
	all := queryEstimates(t, qb, qbxml.EstimateQuery{})
	byJob := map[string][]*qbxml.EstimateRet{}
	for _, e := range all {
		byJob[e.CustomerRef.FullName] = append(byJob[e.CustomerRef.FullName], e)
	}
	ctx := context.Background()
	for i := range spec.Projects {
		job := crashCustomer + ":" + crashName(i)
		es := byJob[job]
		if len(es) != 1 {
			t.Fatalf("%s has %d estimates", job, len(es))
		}
		rows, err := client.ListBudgetDetailRows(crashProjectID(i), budgetView+int64(i), procore.BudgetDetailRowsOptions{}).Collect(ctx)
		must(t, err)
		var want []string
		for _, row := range rows {
			n, err := qbxml.Decimal(row.OriginalBudgetAmount).Units(2)
			must(t, err)
			want = append(want, fmt.Sprintf("%s|%s", strings.SplitN(row.CostCode, " - ", 2)[0], qbxml.Cents(n)))
		}
		changeLines := 0
		if withChanges && i < spec.Changes {
			changeLines = 2
		}
		var got []string
		markers := map[string]int{}
		for _, l := range es[0].Lines {
			if j := strings.LastIndex(l.Desc, "[JL "); j >= 0 {
				markers[l.Desc[j:]]++
				continue
			}
			got = append(got, fmt.Sprintf("%s|%s", l.ItemRef.FullName, l.Amount))
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Fatalf("%s: budget lines %q, want %q", job, got, want)
		}
		appended := 0
		for m, n := range markers {
			if n != 2 {
				t.Fatalf("%s: change %s appended %d lines, want 2 (once)", job, m, n)
			}
			appended += n
		}
		if appended != changeLines {
			t.Fatalf("%s: %d change lines, want %d", job, appended, changeLines)
		}
	}
	if len(all) != spec.Projects {
		t.Fatalf("QuickBooks has %d estimates, want %d", len(all), spec.Projects)
	}
}

// checkItems opens the killed child's store: every budget and change item synced.
func checkItems(t *testing.T, dir string, spec crashSpec) {
	t.Helper()
	st, err := store.Open(store.Options{Dir: dir, BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	must(t, err)
	defer st.Close()
	bf, cf := budgets.New(budgets.Deps{Store: st})
	eng, err := engine.New(st, zerolog.Nop(), []engine.Flow{bf, cf})
	must(t, err)
	for kind, n := range map[engine.Kind]int{budgets.BudgetKind: spec.Projects, budgets.ChangeKind: spec.Changes} {
		page, err := eng.List(kind, engine.Query{Limit: 1})
		must(t, err)
		if page.Counts["synced"] != n || page.Counts["all"] != n {
			t.Errorf("%s items at the end: %v, want all %d synced", kind, page.Counts, n)
		}
	}
}
