package mapping_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"joblink/backend/procoresim"
	"joblink/internal/synctest"
)

// The create dialog's customers come with the one the job likely goes under: the customer of
// the QuickBooks job Joblink matched the project to, with why, on every page of the search;
// none for a row without evidence, an unknown row, or no row asked about.
func TestParentsForALikelyParent(t *testing.T) {
	r := parentsRig(t)
	v := view(t, r, "jobs", "", "")
	row := rowOf(t, v, "job/91")
	if row.Suggestion == nil || !strings.HasPrefix(row.Suggestion.FullName, "Harbor Point Development LLC:") {
		t.Fatalf("Harbor Point Phase 2's suggestion: %+v", row.Suggestion)
	}
	for _, search := range []string{"", "zzz no customer"} {
		p, err := r.Mapping.ParentsFor("jobs", search, "job/91", 0, 5)
		if err != nil {
			t.Fatal(err)
		}
		if p.Likely == nil || p.Likely.FullName != "Harbor Point Development LLC" || !strings.Contains(p.Likely.Reason, row.Suggestion.FullName) {
			t.Fatalf("search %q: likely parent %+v", search, p.Likely)
		}
	}
	for _, id := range []string{"", "job/does-not-exist"} {
		if p, err := r.Mapping.ParentsFor("jobs", "", id, 0, 5); err != nil || p.Likely != nil {
			t.Errorf("for %q: likely %+v %v", id, p.Likely, err)
		}
	}
	for _, row := range v.Rows {
		if row.Suggestion != nil {
			continue
		}
		p, err := r.Mapping.ParentsFor("jobs", "", row.ID, 0, 5)
		if err != nil {
			t.Fatal(err)
		}
		if p.Likely != nil && !strings.Contains(p.Likely.Reason, "holds this customer's name") {
			t.Errorf("%s (no suggestion): likely %+v", row.Procore.Name, p.Likely)
		}
	}
	// Several rows: the customer they all point to, else none. A project named after the
	// customer, with no QuickBooks job of its own, points to it by name.
	if p, _ := r.Mapping.ParentsFor("jobs", "", "job/96", 0, 5); p.Likely == nil || p.Likely.FullName != "Harbor Point Development LLC" ||
		!strings.Contains(p.Likely.Reason, "holds this customer's name") {
		t.Errorf("a project named after its customer: likely %+v", p.Likely)
	}
	same := []string{"job/91", "job/96"} // by its match, by its name
	var other []string
	for _, row := range v.Rows {
		if row.Suggestion != nil && strings.Contains(row.Suggestion.FullName, ":") && !strings.HasPrefix(row.Suggestion.FullName, "Harbor Point Development LLC:") {
			other = append(other, row.ID)
		}
	}
	if len(other) == 0 {
		t.Fatal("no row matched to a job under another customer")
	}
	{
		p, _ := r.Mapping.ParentsFor("jobs", "", strings.Join(same, ","), 0, 5)
		if p.Likely == nil || p.Likely.FullName != "Harbor Point Development LLC" || !strings.Contains(p.Likely.Reason, "Each of the") {
			t.Errorf("%v: likely %+v", same, p.Likely)
		}
	}
	if p, _ := r.Mapping.ParentsFor("jobs", "", "job/91,"+other[0], 0, 5); p.Likely != nil {
		t.Errorf("job/91 and %s point to two customers, yet %+v", other[0], p.Likely)
	}
	if p, _ := r.Mapping.ParentsFor("jobs", "", "job/91,job/does-not-exist", 0, 5); p.Likely != nil {
		t.Errorf("with an unknown row: %+v", p.Likely)
	}
	// The list is in reading order: case and accents set aside.
	all, err := r.Mapping.Parents("jobs", "", 0, 500)
	if err != nil || len(all.Parents) < 2 {
		t.Fatalf("parents: %+v %v", all, err)
	}
	for i := 1; i < len(all.Parents); i++ {
		if a, b := strings.ToLower(all.Parents[i-1].FullName), strings.ToLower(all.Parents[i].FullName); a > b && !strings.ContainsAny(a+b, "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüý&'.,-") {
			t.Errorf("parents out of order: %q before %q", all.Parents[i-1].FullName, all.Parents[i].FullName)
		}
	}
}

// parentsRig is newRig's company with one more project, named after a QuickBooks customer
// that has no job of that name. The project is in Procore before the first poll, like the
// rest of messyCompany, and stamped like it: 2030-01-01. Added after a poll, that stamp would
// put it past the end of the incremental read's range (filters[updated_at] from the newest
// stamp seen, capped at now, to a day after now), as real Procore would; the count that
// disagrees then makes the poll read the projects in full, when the hour's call budget has room
// (synctest.TestIncrementalRead).
func parentsRig(t *testing.T) *synctest.Rig {
	t.Helper()
	pc := procoresim.NewCompany(4242, "Messy Builders")
	messyCompany(t, pc)
	if err := pc.AddProject(&procoresim.Project{ID: 96, Name: "Harbor Point Marina Dry Stack", Active: true,
		CreatedAt: "2030-01-01T00:00:00Z", UpdatedAt: "2030-01-01T00:00:00Z"}); err != nil {
		t.Fatal(err)
	}
	sim := procoresim.New(procoresim.Options{Companies: []*procoresim.Company{pc}, SpikeLimit: 10000})
	r := synctest.New(t, synctest.Options{Lists: true, ProcoreURL: synctest.Serve(t, sim), ProcoreCompanyID: pc.ID,
		ConnectedAt: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)})
	r.RunWebConnector(t)
	if err := r.Engine.PollOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	return r
}
