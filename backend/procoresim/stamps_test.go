package procoresim

import (
	"encoding/json"
	"net/http"
	"strconv"
	"testing"
	"time"
)

// A project, a directory company and the project's cost codes added without created_at or
// updated_at are served, as Procore always serves them, with both as ISO-8601 times: stamped by
// the simulator's clock when added, updated_at moved on every change (created_at kept), and
// found by an updated_at filter, as a client's incremental read looks for them.
func TestRecordsAddedWithoutStampsAreServedWithThem(t *testing.T) {
	h := newHarness(t, Options{})
	company := strconv.FormatInt(testCompanyID, 10)
	list := h.company.costCodeLists.rows[0].ID
	const projectID, vendorID int64 = 3_099_000_101, 9_099_000_101
	if err := h.company.AddProject(&Project{ID: projectID, Name: "Stampless Clinic", Active: true, StandardCostCodeListID: &list}); err != nil {
		t.Fatal(err)
	}
	if err := h.company.AddVendor(&Vendor{ID: vendorID, Name: "Stampless Supply", IsActive: true}); err != nil {
		t.Fatal(err)
	}
	added := h.clock.Now()
	token := h.adminToken()
	project := "/rest/v1.0/projects/" + strconv.FormatInt(projectID, 10)
	vendor := "/rest/v1.0/vendors/" + strconv.FormatInt(vendorID, 10)

	// stamps reads created_at and updated_at from a record as served.
	stamps := func(what string, record map[string]any) (created, updated time.Time) {
		t.Helper()
		for field, into := range map[string]*time.Time{"created_at": &created, "updated_at": &updated} {
			text, _ := record[field].(string)
			at, err := time.Parse(time.RFC3339, text)
			if err != nil {
				t.Fatalf("%s: %s %q is not an ISO-8601 time: %v", what, field, record[field], err)
			}
			*into = at
		}
		return created, updated
	}
	read := func(path string) map[string]any {
		t.Helper()
		var record map[string]any
		got := h.api("GET", path+"?company_id="+company, token, nil)
		if got.status != http.StatusOK {
			t.Fatalf("GET %s: %d %s", path, got.status, got.body)
		}
		got.json(t, &record)
		return record
	}
	for what, path := range map[string]string{"project": project, "vendor": vendor} {
		if c, u := stamps(what, read(path)); !c.Equal(added) || !u.Equal(added) {
			t.Errorf("%s added at %s: created_at %s, updated_at %s", what, added, c, u)
		}
	}
	var codes []map[string]any
	h.api("GET", "/rest/v1.0/cost_codes?project_id="+strconv.FormatInt(projectID, 10), token, nil).json(t, &codes)
	if len(codes) == 0 {
		t.Fatal("the project has no cost codes from its standard list")
	}
	for _, code := range codes {
		if c, u := stamps("cost code "+code["full_code"].(string), code); !c.Equal(added) || !u.Equal(added) {
			t.Errorf("cost code %v: created_at %s, updated_at %s, want %s", code["full_code"], c, u, added)
		}
	}

	// A change moves updated_at to the time of the change; created_at stays.
	h.clock.Advance(10 * time.Minute)
	changed := h.clock.Now()
	for what, change := range map[string]struct {
		path string
		body map[string]any
	}{
		"project": {project, map[string]any{"company_id": testCompanyID, "project": map[string]any{"zip": "78702"}}},
		"vendor":  {vendor, map[string]any{"company_id": testCompanyID, "vendor": map[string]any{"name": "Stampless Supply Co"}}},
	} {
		if got := h.api("PATCH", change.path, token, change.body); got.status != http.StatusOK {
			t.Fatalf("PATCH %s: %d %s", change.path, got.status, got.body)
		}
		if c, u := stamps(what, read(change.path)); !c.Equal(added) || !u.Equal(changed) {
			t.Errorf("%s changed at %s: created_at %s (want %s), updated_at %s", what, changed, c, added, u)
		}
	}

	// An incremental read finds them by updated_at.
	window := changed.Add(-time.Minute).Format(time.RFC3339) + "..." + changed.Add(time.Minute).Format(time.RFC3339)
	for _, list := range []string{"/rest/v1.0/projects", "/rest/v1.0/vendors"} {
		var rows []map[string]any
		h.api("GET", list+"?company_id="+company+"&filters[updated_at]="+window, token, nil).json(t, &rows)
		found := false
		for _, row := range rows {
			id := row["id"].(json.Number).String()
			found = found || id == strconv.FormatInt(projectID, 10) || id == strconv.FormatInt(vendorID, 10)
		}
		if !found {
			t.Errorf("%s changed in %s: not found (%d rows)", list, window, len(rows))
		}
	}
}
