package mapping_test

import (
	"strings"
	"testing"

	"joblink/backend/match"
	"joblink/backend/procoresim"
)

// A Procore company renamed as not in use ("ZZ - … (do not use)") is matched to its QuickBooks
// vendor but never offered for one click: the row's suggestion is Possible and says why; when
// the same company in use is in Procore too, that one takes the QuickBooks vendor.
func TestProcoreCompanyMarkedNotInUse(t *testing.T) {
	r, ctx := newRig(t)
	detectVendors(ctx, t, r, []*procoresim.Vendor{
		{ID: 9481, Name: "ZZ - Sierra Roofing (do not use)"},
		{ID: 9482, Name: "Delta Drywall (old)"},
		{ID: 9483, Name: "Delta Drywall"},
	})
	v := view(t, r, "vendors", "", "")
	s := rowOf(t, v, "vendor/9481").Suggestion
	if s == nil || s.FullName != "Sierra Roofing" || s.Confidence != match.Possible || !strings.Contains(s.Reason, "Procore's name marks this record as not in use (ZZ … (do not use))") {
		t.Errorf("marked company: %+v, want Sierra Roofing, possible, saying why", s)
	}
	if s := rowOf(t, v, "vendor/9483").Suggestion; s == nil || s.FullName != "Delta Drywall" || s.Confidence != match.Exact {
		t.Errorf("the company in use: %+v, want Delta Drywall, exact", s)
	}
	if s := rowOf(t, v, "vendor/9482").Suggestion; s != nil && (s.FullName == "Delta Drywall" || s.Confidence != match.Possible) {
		t.Errorf("the marked twin: %+v, want neither Delta Drywall nor one click", s)
	}
}
