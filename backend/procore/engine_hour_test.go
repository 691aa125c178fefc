package procore_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"joblink/backend/engine"
	"joblink/backend/jobs"
	"joblink/backend/procore"
)

// An idle hour with 300 projects linked to QuickBooks jobs and five document kinds read per
// project, on the 15-minute poll: the calls the simulator counts, and how soon a change is
// seen on an active project and on a quiet one.

type hourFigures struct {
	idleHour   int           // Procore calls in the busiest idle hour (4 polls), once settled
	busiest    int           // the most calls one poll made
	activeSeen time.Duration // from a change on an active project to the poll that saw it
	quietSeen  time.Duration // the same on a quiet project
	budget     int
	tooMany    int64 // 429 answers
}

const pollEvery = 15 * time.Minute

func measureProjectHour(tb testing.TB) hourFigures {
	tb.Helper()
	r := newEngineRig(tb, engineRigOptions{extra: documentKinds})
	ctx := context.Background()
	project, contract := aSubcontract(tb, r)
	r.pollAt(tb, 0)
	items, err := r.e.Items(jobs.Kind)
	if err != nil {
		tb.Fatal(err)
	}
	var links []engine.LinkSpec
	for i, it := range items {
		links = append(links, engine.LinkSpec{ID: it.ID, Ref: engine.QBRef{ListID: "JOB-" + strconv.Itoa(i), FullName: it.Title}})
	}
	if _, err := r.e.LinkAll(links, engine.ByBookkeeper); err != nil {
		tb.Fatal(err)
	}
	// Three hours: the first read of 1,500 project lists, spread over the passes, then the
	// quiet schedule.
	at := time.Duration(0)
	for at < 3*time.Hour {
		at += pollEvery
		r.pollAt(tb, at)
	}
	// Two idle hours: quiet projects come round every 62½ minutes (1,500 reads an hour do
	// not fit the 1,440 planned for projects), so hours differ; the busiest one counts.
	var f hourFigures
	var polls []int
	for range 8 {
		at += pollEvery
		n := r.pollAt(tb, at)
		polls = append(polls, n)
		f.busiest = max(f.busiest, n)
	}
	for i := 0; i+4 <= len(polls); i++ {
		f.idleHour = max(f.idleHour, polls[i]+polls[i+1]+polls[i+2]+polls[i+3])
	}
	if st := r.e.PollStatus().Calls; st != nil {
		f.budget = st.Budget
	}
	// A change on a quiet project is seen when its turn comes; the project is active from then
	// on, and its next change is seen in the next poll.
	change := func(title string) time.Duration {
		changedAt := r.start.Add(at + 5*time.Minute)
		r.clock.set(changedAt)
		if _, err := r.user.UpdateWorkOrderContract(ctx, project, contract, procore.WorkOrderContractFields{
			ContractFields: procore.ContractFields{Title: &title}}); err != nil {
			tb.Fatal(err)
		}
		key := strconv.FormatInt(project, 10) + "/" + strconv.FormatInt(contract, 10)
		for range 12 {
			at += pollEvery
			r.pollAt(tb, at)
			if it, err := r.e.Get(engine.ItemID("test-subcontract", key)); err == nil && it.Title == title {
				return r.start.Add(at).Sub(changedAt)
			}
		}
		tb.Fatalf("the change %q was not seen in three hours", title)
		return 0
	}
	f.quietSeen = change("Changed on a quiet project")
	f.activeSeen = change("Changed again, now that the project is active")
	f.tooMany = r.counter.tooMany.Load()
	return f
}

// aSubcontract finds a subcontract to change (with the other user's client, before anything is
// counted).
func aSubcontract(tb testing.TB, r *engineRig) (project, contract int64) {
	tb.Helper()
	projects, err := r.user.ListProjects(procore.ListProjectsOptions{Status: "All", Compact: true}).PerPage(procore.MaxPerPage).Collect(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	for _, p := range projects {
		contracts, err := r.user.ListWorkOrderContracts(p.ID, procore.ListContractsOptions{}).Collect(context.Background())
		if err != nil {
			tb.Fatal(err)
		}
		for _, c := range contracts {
			if !strings.EqualFold(c.Status, "void") {
				return p.ID, c.ID
			}
		}
	}
	tb.Fatal("no subcontract in the reference company")
	return 0, 0
}

func TestAnIdleHourWithEveryProjectLinkedStaysWithinTheBudget(t *testing.T) {
	if testing.Short() {
		t.Skip("simulates six hours of polls against the simulator")
	}
	f := measureProjectHour(t)
	if f.budget != 1800 || f.idleHour > f.budget {
		t.Fatalf("an idle hour cost %d Procore calls; the budget is %d", f.idleHour, f.budget)
	}
	if f.activeSeen > pollEvery {
		t.Fatalf("a change on an active project was seen after %s, want within %s", f.activeSeen, pollEvery)
	}
	if f.quietSeen > 90*time.Minute {
		t.Fatalf("a change on a quiet project was seen after %s", f.quietSeen)
	}
	t.Logf("idle hour: %d calls (busiest poll %d); change seen after %s on an active project, %s on a quiet one",
		f.idleHour, f.busiest, f.activeSeen, f.quietSeen)
}
