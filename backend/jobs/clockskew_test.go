package jobs_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"joblink/backend/engine"
	"joblink/backend/jobs"
	"joblink/backend/procore"
	"joblink/backend/procoresim"
	"joblink/backend/vendors"
	"joblink/internal/synctest"
)

// A PC whose clock runs days behind Procore's (a dead clock battery, a date set by hand) misses
// no project and no company: Procore stamps updated_at by its own clock, so the incremental
// reads (jobs and vendors) bound their filters[updated_at] ranges and their cursors by Procore's
// clock, which every answer's Date header gives, not by the PC's.
func TestPCClockDaysBehindProcoreMissesNothing(t *testing.T) {
	const skew = 3 * 24 * time.Hour
	procoreNow := func() time.Time { return time.Now().Add(skew) }
	stamp := func() string { return procoreNow().UTC().Format(time.RFC3339) }
	pc := procoresim.NewCompany(4545, "Skewed Builders")
	add := func(project, company int64, name string) {
		t.Helper()
		at := stamp()
		if err := pc.AddProject(&procoresim.Project{ID: project, Name: name + " Tower", Active: true, CreatedAt: at, UpdatedAt: at}); err != nil {
			t.Fatal(err)
		}
		if err := pc.AddVendor(&procoresim.Vendor{ID: company, Name: name + " Supply", IsActive: true, CreatedAt: at, UpdatedAt: at}); err != nil {
			t.Fatal(err)
		}
	}
	add(601, 701, "First")
	sim := procoresim.New(procoresim.Options{Companies: []*procoresim.Company{pc}, SpikeLimit: 10000, Now: procoreNow})
	r := synctest.New(t, synctest.Options{Lists: true, ProcoreURL: synctest.Serve(t, sim), ProcoreCompanyID: pc.ID})
	poll := func() {
		t.Helper()
		if err := r.Engine.PollOnce(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	has := func(kind engine.Kind, key string) bool {
		_, err := r.Engine.Get(engine.ItemID(kind, key))
		return err == nil
	}
	data := func(kind engine.Kind, key string) string {
		it, err := r.Engine.Get(engine.ItemID(kind, key))
		if err != nil {
			t.Fatal(err)
		}
		return string(it.Data)
	}
	poll()
	if !has(jobs.Kind, "601") || !has(vendors.Kind, "701") {
		t.Fatal("the first, full read missed a record")
	}
	// A change leaves Procore's count as it was: only the incremental read can see it.
	fresno := "Fresno"
	ctx := context.Background()
	if _, err := r.Client.UpdateProject(ctx, 601, procore.ProjectFields{City: &fresno}); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Client.UpdateVendor(ctx, 701, procore.VendorFields{City: &fresno}); err != nil {
		t.Fatal(err)
	}
	poll()
	if !strings.Contains(data(jobs.Kind, "601"), fresno) || !strings.Contains(data(vendors.Kind, "701"), fresno) {
		t.Errorf("a change made in Procore after the last poll was not read: project %s, company %s",
			data(jobs.Kind, "601"), data(vendors.Kind, "701"))
	}
	add(602, 702, "Second")
	poll()
	if !has(jobs.Kind, "602") || !has(vendors.Kind, "702") {
		t.Errorf("added after a poll, stamped by Procore's clock: project found %v, company found %v",
			has(jobs.Kind, "602"), has(vendors.Kind, "702"))
	}
}
