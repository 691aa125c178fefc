package procore_test

import (
	"context"
	"testing"

	"joblink/backend/procore"
	"joblink/backend/procoresim"
)

// The reads incremental detection is built from, against the simulator.

func TestCountIsOneCallAndLargePagesReadALongListInOne(t *testing.T) {
	r := newSimRig(t, procoresim.Options{})
	c := r.serviceAccountClient(t, 0)
	ctx := context.Background()
	before := r.sim.APIRequests()
	n, err := c.ListVendors(procore.ListVendorsOptions{View: "compact"}).Count(ctx)
	if err != nil || n != 3000 {
		t.Fatalf("count: %d %v", n, err)
	}
	projects, err := c.ListProjects(procore.ListProjectsOptions{Status: "All", Compact: true}).PerPage(procore.MaxPerPage).Collect(ctx)
	if err != nil || len(projects) != 300 || projects[0].ID == 0 || projects[0].Name == "" {
		t.Fatalf("compact projects: %d %v", len(projects), err)
	}
	lists, err := c.ListStandardCostCodeLists().Collect(ctx)
	if err != nil {
		t.Fatal(err)
	}
	codes, err := c.ListStandardCostCodes(lists[0].ID, procore.ListStandardCostCodesOptions{}).PerPage(procore.MaxPerPage).Collect(ctx)
	if err != nil || len(codes) != 1039 {
		t.Fatalf("codes: %d %v", len(codes), err)
	}
	if calls := r.sim.APIRequests() - before; calls != 4 {
		t.Fatalf("a count, 300 compact projects, the lists and 1,039 codes took %d calls, want 4", calls)
	}
	used, budget, left, _ := c.Calls().CallsThisHour(fastClock{}.Now())
	if used != 4 || budget != procoresim.DefaultHourlyLimit/2 || left != budget-used {
		t.Fatalf("the meter: used %d, budget %d, left %d", used, budget, left)
	}
}

func TestInactiveVendorsAreReadFromTheirOwnList(t *testing.T) {
	for _, hides := range []bool{false, true} {
		r := newSimRig(t, procoresim.Options{VendorListHidesInactive: hides})
		c := r.serviceAccountClient(t, 0)
		ctx := context.Background()
		inactive, err := c.ListInactiveVendors(procore.ListInactiveVendorsOptions{}).Collect(ctx)
		if err != nil || len(inactive) == 0 {
			t.Fatalf("inactive vendors: %d %v", len(inactive), err)
		}
		for _, v := range inactive {
			if v.IsActive || v.Name == "" {
				t.Fatalf("inactive list holds %+v", v)
			}
		}
		all, err := c.ListVendors(procore.ListVendorsOptions{}).Count(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if want := 3000 - map[bool]int{false: 0, true: len(inactive)}[hides]; all != want {
			t.Fatalf("hides=%v: /vendors counts %d, want %d", hides, all, want)
		}
	}
}
