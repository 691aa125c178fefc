package mapping_test

import (
	"context"
	"strings"
	"testing"

	"joblink/backend/match"
	"joblink/backend/procoresim"
	"joblink/internal/synctest"
	"joblink/qbwc/qbsim"
)

// The Jobs page compares a project with a QuickBooks job's customer and job together, offers
// a customer without jobs, and does not offer another client's job of the same title.
func TestJobsPageMatchesCustomerAndJob(t *testing.T) {
	pc := procoresim.NewCompany(4250, "Residential Builders")
	for _, p := range []*procoresim.Project{
		{ID: 301, Name: "Hendricks Kitchen Remodel"},
		{ID: 302, Name: "Lindgren Deck"},
		{ID: 303, Name: "Abara Kitchen Remodel"},
		{ID: 304, Name: "Riverside Clinic TI", ProjectNumber: ptr("24-017")},
	} {
		p.Active, p.CreatedAt, p.UpdatedAt = true, "2030-01-01T00:00:00Z", "2030-01-01T00:00:00Z"
		if err := pc.AddProject(p); err != nil {
			t.Fatal(err)
		}
	}
	qb := qbsim.New()
	for _, c := range []qbsim.Customer{
		{Name: "Hendricks, Paul"},
		{Name: "Kitchen Remodel", Parent: "Hendricks, Paul"},
		{Name: "Nguyen, Lan"},
		{Name: "Kitchen Remodel", Parent: "Nguyen, Lan"},
		{Name: "Lindgren, Eva"},
		{Name: "Riverside Medical Group"},
		{Name: "23-114 Riverside Clinic TI", Parent: "Riverside Medical Group"},
		{Name: "24-017 Riverside Clinic TI", Parent: "Riverside Medical Group"},
	} {
		if _, err := qb.AddCustomer(c); err != nil {
			t.Fatal(err)
		}
	}
	sim := procoresim.New(procoresim.Options{Companies: []*procoresim.Company{pc}, SpikeLimit: 10000})
	r := synctest.New(t, synctest.Options{Lists: true, QB: qb, ProcoreURL: synctest.Serve(t, sim), ProcoreCompanyID: pc.ID})
	r.RunWebConnector(t)
	if err := r.Engine.PollOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	v := view(t, r, "jobs", "", "")
	for _, c := range []struct {
		id, want, reason string // want "" for no one-click suggestion
	}{
		{"job/301", "Hendricks, Paul:Kitchen Remodel", `customer "Hendricks, Paul"`},
		{"job/302", "Lindgren, Eva", "has no jobs"},
		{"job/303", "", ""},
		{"job/304", "Riverside Medical Group:24-017 Riverside Clinic TI", "same project number (24-017)"},
	} {
		s := rowOf(t, v, c.id).Suggestion
		switch {
		case c.want == "" && s != nil && s.Confidence != match.Possible:
			t.Errorf("%s: offered %q at %s (%s)", c.id, s.FullName, s.Confidence, s.Reason)
		case c.want != "" && (s == nil || s.FullName != c.want || s.Confidence != match.Likely || !strings.Contains(s.Reason, c.reason)):
			t.Errorf("%s: suggestion %+v, want %q at likely with %q", c.id, s, c.want, c.reason)
		}
	}
}
