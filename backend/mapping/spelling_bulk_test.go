package mapping_test

import (
	"strings"
	"testing"

	"joblink/backend/engine"
	"joblink/backend/mapping"
	"joblink/backend/procoresim"
)

// One bulk create takes the Latin spelling per record: the records sent with latinSpelling
// go spelt so, one without it beside them is refused with a fix naming no button (the bulk
// dialog has none; the bookkeeper includes the record with its spelling instead), and a
// record whose letters have no Latin spelling (Chinese) is refused even with latinSpelling.
func TestBulkCreateTakesTheLatinSpellingPerRecord(t *testing.T) {
	r, ctx := newRig(t)
	detectVendors(ctx, t, r, []*procoresim.Vendor{
		{ID: 9281, Name: "Lodz Builders", City: ptr("Łódź")},
		{ID: 9282, Name: "Krakow Builders", City: ptr("Kraków Łagiewniki")},
		{ID: 9283, Name: "Beijing Builders", City: ptr("北京")},
		{ID: 9284, Name: "Gdansk Builders", City: ptr("Łeba")},
		{ID: 9285, Name: "Reno Builders", City: ptr("Reno")},
	})
	res, err := r.Mapping.Create("vendors", []mapping.CreateRequest{
		{ID: "vendor/9281", LatinSpelling: true},
		{ID: "vendor/9282", LatinSpelling: true},
		{ID: "vendor/9283", LatinSpelling: true},
		{ID: "vendor/9284"},
		{ID: "vendor/9285"},
	}, engine.ByBookkeeper)
	if err != nil {
		t.Fatal(err)
	}
	queued := strings.Join(res.Queued, " ")
	if len(res.Queued) != 3 || !strings.Contains(queued, "vendor/9281") || !strings.Contains(queued, "vendor/9282") || !strings.Contains(queued, "vendor/9285") {
		t.Fatalf("queued %v, want 9281, 9282 (spelt) and 9285 (as it is); failed %+v", res.Queued, res.Failed)
	}
	failed := map[string]mapping.ItemProblem{}
	for _, f := range res.Failed {
		failed[f.ID] = f
	}
	if len(failed) != 2 {
		t.Fatalf("failed %+v, want 9283 and 9284", res.Failed)
	}
	chinese, polish := failed["vendor/9283"], failed["vendor/9284"]
	if !strings.Contains(chinese.Fix, "Correct the city") {
		t.Errorf("北京 with latinSpelling: fix %q, want to correct it in Procore", chinese.Fix)
	}
	if strings.Contains(polish.Fix, "“Use the Latin spelling”") || !strings.Contains(polish.Fix, `"Leba"`) {
		t.Errorf("Łeba without latinSpelling: fix %q names a button Create in QuickBooks may not have, or not the spelling", polish.Fix)
	}
}
