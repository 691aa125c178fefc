package procoresim

import (
	"net/http"
	"net/url"
	"strconv"
	"testing"
	"time"
)

// What the real API shows of deleted and inactive records, which incremental readers rely on.

func listIDs(t *testing.T, h *harness, token, path string) []int64 {
	t.Helper()
	got := h.api("GET", path, token, nil)
	if got.status != http.StatusOK {
		t.Fatalf("GET %s: %d %s", path, got.status, truncate(got.body))
	}
	var rows []struct {
		ID int64 `json:"id"`
	}
	got.json(t, &rows)
	ids := make([]int64, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	return ids
}

func contains(ids []int64, id int64) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

func TestDeletedStandardCostCodeVanishesAndDateFiltersAreIgnored(t *testing.T) {
	h := newHarness(t, Options{})
	token := h.adminToken()
	list := h.company.costCodeLists.rows[0].ID
	base := "/rest/v1.0/standard_cost_codes?per_page=2000&company_id=" + strconv.FormatInt(testCompanyID, 10) +
		"&standard_cost_code_list_id=" + strconv.FormatInt(list, 10)
	all := listIDs(t, h, token, base)
	// Standard cost codes have no updated_at: a date filter is not one the list takes, and it
	// narrows nothing.
	since := url.QueryEscape(h.clock.Now().Add(time.Hour).Format(time.RFC3339) + "..." + h.clock.Now().Add(2*time.Hour).Format(time.RFC3339))
	if filtered := listIDs(t, h, token, base+"&filters[updated_at]="+since); len(filtered) != len(all) {
		t.Fatalf("filters[updated_at] narrowed the list from %d to %d codes", len(all), len(filtered))
	}
	var leaf int64
	for _, code := range h.company.costCodes.rows {
		if code.ListID == list && code.ParentID != nil {
			leaf = code.ID
		}
	}
	path := "/rest/v1.0/standard_cost_codes/" + strconv.FormatInt(leaf, 10) + "?company_id=" + strconv.FormatInt(testCompanyID, 10)
	if got := h.api("DELETE", path, token, nil); got.status != http.StatusOK {
		t.Fatalf("delete: %d %s", got.status, got.body)
	}
	after := listIDs(t, h, token, base)
	if len(after) != len(all)-1 || contains(after, leaf) {
		t.Fatalf("after the delete the list has %d codes (was %d), deleted one listed: %v", len(after), len(all), contains(after, leaf))
	}
	if got := h.api("DELETE", path, token, nil); got.status != http.StatusNotFound {
		t.Fatalf("deleting it again: %d", got.status)
	}
	var parent int64
	for _, code := range h.company.costCodes.rows {
		if code.ParentID != nil {
			parent = *code.ParentID
		}
	}
	parentPath := "/rest/v1.0/standard_cost_codes/" + strconv.FormatInt(parent, 10) + "?company_id=" + strconv.FormatInt(testCompanyID, 10)
	if got := h.api("DELETE", parentPath, token, nil); got.status != http.StatusUnprocessableEntity {
		t.Fatalf("deleting a code with sub-codes: %d", got.status)
	}
}

func TestInactiveVendorsHaveTheirOwnList(t *testing.T) {
	for _, hides := range []bool{false, true} {
		h := newHarness(t, Options{VendorListHidesInactive: hides})
		token := h.adminToken()
		company := strconv.FormatInt(testCompanyID, 10)
		inactive := listIDs(t, h, token, "/rest/v1.0/companies/"+company+"/vendors/inactive?per_page=2000&view=compact")
		main := listIDs(t, h, token, "/rest/v1.0/vendors?per_page=10000&view=compact&company_id="+company)
		if len(inactive) == 0 {
			t.Fatal("the reference company has inactive vendors; the list is empty")
		}
		for _, id := range inactive {
			if h.company.vendors.byID[id].IsActive {
				t.Fatalf("active vendor %d in the inactive list", id)
			}
			if contains(main, id) == hides {
				t.Fatalf("hides=%v: inactive vendor %d in the main list: %v", hides, id, !hides)
			}
		}
		if got := h.api("GET", "/rest/v1.0/companies/1/vendors/inactive", token, nil); got.status != http.StatusNotFound {
			t.Fatalf("another company in the path: %d", got.status)
		}
	}
}

func TestVendorAndProjectChangesStampUpdatedAt(t *testing.T) {
	h := newHarness(t, Options{})
	h.clock.Advance(24 * 365 * time.Hour) // after every fixture's updated_at
	token := h.adminToken()
	company := strconv.FormatInt(testCompanyID, 10)
	from := h.clock.Now()
	window := url.QueryEscape(from.Format(time.RFC3339) + "..." + from.Add(time.Hour).Format(time.RFC3339))
	vendor, project := h.company.vendors.rows[0].ID, h.company.projects.rows[0].ID
	if got := h.api("PATCH", "/rest/v1.0/vendors/"+strconv.FormatInt(vendor, 10), token,
		map[string]any{"company_id": testCompanyID, "vendor": map[string]any{"is_active": false}}); got.status != http.StatusOK {
		t.Fatalf("inactivate vendor: %d %s", got.status, got.body)
	}
	if got := h.api("PATCH", "/rest/v1.0/projects/"+strconv.FormatInt(project, 10), token,
		map[string]any{"company_id": testCompanyID, "project": map[string]any{"active": false}}); got.status != http.StatusOK {
		t.Fatalf("inactivate project: %d %s", got.status, got.body)
	}
	vendors := listIDs(t, h, token, "/rest/v1.0/vendors?company_id="+company+"&filters[updated_at]="+window)
	projects := listIDs(t, h, token, "/rest/v1.0/projects?company_id="+company+"&filters[by_status]=All&filters[updated_at]="+window)
	if len(vendors) != 1 || vendors[0] != vendor || len(projects) != 1 || projects[0] != project {
		t.Fatalf("changed since %s: vendors %v, projects %v", from, vendors, projects)
	}
	// Without by_status=All the inactive project is not listed (Procore lists active projects).
	if ids := listIDs(t, h, token, "/rest/v1.0/projects?company_id="+company+"&filters[updated_at]="+window); len(ids) != 0 {
		t.Fatalf("the default project list showed an inactive project: %v", ids)
	}
}

func TestDeletedContractsShowOnlyWhenAskedFor(t *testing.T) {
	h := newHarness(t, Options{})
	h.clock.Advance(24 * 365 * time.Hour) // after every fixture's updated_at
	token := h.adminToken()
	var draft *Commitment
	for _, c := range h.company.commitments.rows {
		if c.Type == WorkOrderContract && c.Status == "Draft" && !h.company.commitmentInUse(c.ID) {
			draft = c
			break
		}
	}
	if draft == nil {
		t.Fatal("no deletable draft subcontract in the reference company")
	}
	project := strconv.FormatInt(draft.ProjectID, 10)
	list := "/rest/v1.0/work_order_contracts?project_id=" + project
	from := h.clock.Now()
	path := "/rest/v1.0/work_order_contracts/" + strconv.FormatInt(draft.ID, 10) + "?project_id=" + project
	if got := h.api("DELETE", path, token, nil); got.status != http.StatusOK {
		t.Fatalf("delete: %d %s", got.status, got.body)
	}
	if got := h.api("GET", path, token, nil); got.status != http.StatusNotFound {
		t.Fatalf("show after delete: %d", got.status)
	}
	if ids := listIDs(t, h, token, list); contains(ids, draft.ID) {
		t.Fatal("a deleted contract is listed without include_deleted")
	}
	window := url.QueryEscape(from.Format(time.RFC3339) + "..." + from.Add(time.Hour).Format(time.RFC3339))
	got := h.api("GET", list+"&filters[include_deleted]=with&filters[updated_at]="+window, token, nil)
	var rows []struct {
		ID        int64   `json:"id"`
		DeletedAt *string `json:"deleted_at"`
	}
	got.json(t, &rows)
	if len(rows) != 1 || rows[0].ID != draft.ID || rows[0].DeletedAt == nil {
		t.Fatalf("changed since the delete, deleted included: %s", truncate(got.body))
	}
	if ids := listIDs(t, h, token, list+"&filters[include_deleted]=only"); len(ids) != 1 || ids[0] != draft.ID {
		t.Fatalf("only deleted: %v", ids)
	}
	for _, c := range h.company.commitments.rows {
		if c.Status == "Approved" && c.Type == WorkOrderContract {
			p := "/rest/v1.0/work_order_contracts/" + strconv.FormatInt(c.ID, 10) + "?project_id=" + strconv.FormatInt(c.ProjectID, 10)
			if got := h.api("DELETE", p, token, nil); got.status != http.StatusUnprocessableEntity {
				t.Fatalf("deleting an approved contract: %d", got.status)
			}
			break
		}
	}
}

func TestAProjectTakenFromAUserVanishesAndCallsAreCounted(t *testing.T) {
	h := newHarness(t, Options{})
	token := h.adminToken()
	company := strconv.FormatInt(testCompanyID, 10)
	before := h.sim.APIRequests()
	all := listIDs(t, h, token, "/rest/v1.0/projects?per_page=1000&filters[by_status]=All&company_id="+company)
	h.sim.SetVisibleProjects(DefaultUserID, all[1:])
	after := listIDs(t, h, token, "/rest/v1.0/projects?per_page=1000&filters[by_status]=All&company_id="+company)
	if len(after) != len(all)-1 || contains(after, all[0]) {
		t.Fatalf("after taking project %d away: %d of %d listed", all[0], len(after), len(all))
	}
	if got := h.api("GET", "/rest/v1.0/projects/"+strconv.FormatInt(all[0], 10)+"?company_id="+company, token, nil); got.status != http.StatusNotFound {
		t.Fatalf("show of a project taken away: %d", got.status)
	}
	if n := h.sim.APIRequests() - before; n != 3 {
		t.Fatalf("the simulator counted %d API requests, 3 were made", n)
	}
}
