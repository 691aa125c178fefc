package match

import (
	"strings"
	"testing"
)

// A vendor's name is not a path: QuickBooks nests customers and jobs ("Customer:Job"), items and
// accounts, but not vendors, so a ':' in a vendor's name is part of the name.
func TestFlatIndexKeepsColon(t *testing.T) {
	const name = "Rojas Holdings, LLC DBA: Desert Tile"
	vendors := NewFlatIndex([]Entry{{ID: "v1", Name: name}, {ID: "v2", Name: "Desert Sun Glass"}})
	for _, c := range []struct {
		procore string
		conf    Confidence
	}{
		{name, Exact},
		{"Rojas Holdings LLC dba Desert Tile", Likely},
		{"Desert Tile", Likely},    // the trade name of the d/b/a
		{"Rojas Holdings", Likely}, // the legal name
	} {
		got := vendors.Suggest(Entry{Name: c.procore}, 1)
		if len(got) == 0 || got[0].ID != "v1" || got[0].Confidence != c.conf {
			t.Errorf("%q: got %+v, want v1 %s", c.procore, got, c.conf)
			continue
		}
		if r := got[0].Reason; strings.Contains(r, "job") || strings.Contains(r, "under") {
			t.Errorf("%q: reason %q speaks of a job on the Vendors page", c.procore, r)
		}
	}

	// The same name on the Customers & Jobs list is a job under a customer.
	jobs := NewIndex([]Entry{{ID: "c1", Name: "Rojas Holdings, LLC DBA"}, {ID: "j1", Name: name}})
	got := jobs.Suggest(Entry{Name: "Desert Tile"}, 1)
	if len(got) == 0 || got[0].ID != "j1" || got[0].Confidence != Exact || !strings.Contains(got[0].Reason, `the job "Desert Tile"`) {
		t.Errorf("jobs: got %+v, want the job Desert Tile", got)
	}
}
