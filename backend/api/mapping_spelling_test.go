package api_test

import (
	"context"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"joblink/backend/api"
	"joblink/backend/engine"
	"joblink/backend/procoresim"
	"joblink/backend/qbmirror"
	"joblink/internal/synctest"
)

// A vendor QuickBooks could store only by changing its letters waits with the Latin spelling
// offered on its row; POST …/accept-spelling sends it spelt so, in one action.
func TestMappingAcceptSpelling(t *testing.T) {
	r := synctest.New(t, synctest.Options{Lists: true, Log: zerolog.Nop()})
	r.RunWebConnector(t)
	ctx := context.Background()
	v := &procoresim.Vendor{ID: 99001, Name: "Строймонтаж", City: ptrTo("Łódź"), IsActive: true,
		CreatedAt: "2030-01-01T00:00:00Z", UpdatedAt: "2030-01-01T00:00:00Z"}
	if err := r.PCompany.AddVendor(v); err != nil {
		t.Fatal(err)
	}
	if err := r.Engine.PollOnce(ctx); err != nil {
		t.Fatal(err)
	}
	h := api.New(api.Deps{Engine: r.Engine, Mapping: r.Mapping, VendorSettings: vendorSettingsStore{r}, Log: zerolog.Nop()})
	id := engine.ItemID("vendor", "99001")

	// Exported without the page, it waits: nothing reaches QuickBooks.
	if _, err := r.Engine.Export("vendor", engine.Selection{IDs: []string{id}}, engine.ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	r.RunWebConnector(t)
	if it, _ := r.Engine.Get(id); it.Status() != "attention" || !strings.Contains(it.Failure.Fix, `"Stroymontazh"`) {
		t.Fatalf("exported as is: %s %+v", it.Status(), it.Failure)
	}
	_ = r.Mapping.Refresh("vendors")
	code, view := doJSON(t, h, "GET", "/api/mapping/vendors?q=Строймонтаж", "")
	rows, _ := view["rows"].([]any)
	if code != 200 || len(rows) != 1 {
		t.Fatalf("row: %d %v", code, view)
	}
	offer, _ := rows[0].(map[string]any)["latinSpelling"].(map[string]any)
	fields, _ := offer["fields"].([]any)
	if offer["name"] != "Stroymontazh" || len(fields) != 1 || fields[0].(map[string]any)["latin"] != "Lódz" {
		t.Fatalf("the row offers %v", offer)
	}

	if code, res := doJSON(t, h, "POST", "/api/mapping/vendors/accept-spelling", `{"ids":[]}`); code != 400 {
		t.Fatalf("nothing chosen: %d %v", code, res)
	}
	code, res := doJSON(t, h, "POST", "/api/mapping/vendors/accept-spelling", `{"ids":["`+id+`"]}`)
	if queued, _ := res["queued"].([]any); code != 200 || len(queued) != 1 {
		t.Fatalf("accept: %d %v", code, res)
	}
	r.RunWebConnector(t)
	rec, err := r.Mirror.FindByName(qbmirror.Vendors, "Stroymontazh")
	if it, _ := r.Engine.Get(id); err != nil || it.State != engine.Synced || it.QB.ListID != rec.ListID {
		t.Fatalf("not sent spelt so: %s %+v %v", it.State, it.Failure, err)
	}
}

func ptrTo(s string) *string { return &s }
