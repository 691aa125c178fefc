package mapping_test

import (
	"testing"

	"joblink/backend/engine"
	"joblink/backend/mapping"
	"joblink/backend/procoresim"
)

// A record not in QuickBooks says which of its fields QuickBooks could store only spelt
// otherwise, with the spelling (none for Chinese), so the create dialog can offer it before
// sending; creating it with latinSpelling sends them so, without it nothing is sent.
func TestLatinFieldsOnRowsToCreate(t *testing.T) {
	r, ctx := newRig(t)
	detectVendors(ctx, t, r, []*procoresim.Vendor{
		{ID: 9181, Name: "Lodz Builders", City: ptr("Łódź")},
		{ID: 9182, Name: "Beijing Builders", City: ptr("北京")},
		{ID: 9183, Name: "Reno Builders", City: ptr("Reno")},
	})
	v := view(t, r, "vendors", "", "")
	if f := rowOf(t, v, "vendor/9181").LatinFields; len(f) != 1 || f[0].Field != "city" || f[0].Text != "Łódź" || f[0].Latin != "Lódz" {
		t.Fatalf("Łódź: %+v", f)
	}
	if f := rowOf(t, v, "vendor/9182").LatinFields; len(f) != 1 || f[0].Latin != "" {
		t.Fatalf("北京: %+v", f)
	}
	if f := rowOf(t, v, "vendor/9183").LatinFields; f != nil {
		t.Fatalf("Reno: %+v", f)
	}
	res, err := r.Mapping.Create("vendors", []mapping.CreateRequest{{ID: "vendor/9181"}}, engine.ByBookkeeper)
	if err != nil || len(res.Queued) != 0 || len(res.Failed) != 1 {
		t.Fatalf("without the spelling: %+v %v", res, err)
	}
	res, err = r.Mapping.Create("vendors", []mapping.CreateRequest{{ID: "vendor/9181", LatinSpelling: true}}, engine.ByBookkeeper)
	if err != nil || len(res.Queued) != 1 {
		t.Fatalf("with the spelling: %+v %v", res, err)
	}
}
