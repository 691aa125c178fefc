package mapping_test

import (
	"strings"
	"testing"

	"joblink/backend/engine"
	"joblink/backend/procoresim"
	"joblink/backend/vendors"
)

// The Latin spelling is offered on a record that waits for it (an export asked for and stopped),
// not on one merely ready (Create in QuickBooks offers the name there) nor on one Chinese letters
// leave without a spelling; accepting a ready one is refused with the way to create it.
func TestLatinSpellingOfferedOnlyWhereItWaits(t *testing.T) {
	r, ctx := newRig(t)
	detectVendors(ctx, t, r, []*procoresim.Vendor{
		{ID: 71, Name: "Строймонтаж", City: ptr("Łódź")},
		{ID: 72, Name: "Волга Сталь"},
		{ID: 73, Name: "北京建工"},
	})
	if row := rowOf(t, view(t, r, "vendors", "", ""), "vendor/71"); row.LatinSpelling != nil {
		t.Fatalf("a ready record offers a spelling: %+v", row.LatinSpelling)
	}
	if _, err := r.Engine.Export(vendors.Kind, engine.Selection{IDs: []string{"vendor/71", "vendor/73"}}, engine.ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	r.RunWebConnector(t)
	v := view(t, r, "vendors", "", "")
	offer := rowOf(t, v, "vendor/71").LatinSpelling
	if offer == nil || offer.Name != "Stroymontazh" || len(offer.Fields) != 1 || offer.Fields[0].Field != "city" || offer.Fields[0].Latin != "Lódz" {
		t.Fatalf("the waiting record's offer: %+v", offer)
	}
	if o := rowOf(t, v, "vendor/73").LatinSpelling; o != nil {
		t.Fatalf("Chinese letters offered a spelling: %+v", o)
	}
	res, err := r.Mapping.AcceptSpelling("vendors", []string{"vendor/72", "vendor/73", "vendor/71"}, engine.ByBookkeeper)
	if err != nil || len(res.Queued) != 1 || res.Queued[0] != "vendor/71" || len(res.Failed) != 2 {
		t.Fatalf("accept: %+v %v", res, err)
	}
	for _, f := range res.Failed {
		want := map[string]string{"vendor/72": "Create in QuickBooks", "vendor/73": "type the name in the Latin alphabet"}[f.ID]
		if !strings.Contains(f.Fix, want) {
			t.Errorf("%s: %+v, want a fix saying %q", f.ID, f, want)
		}
	}
}
