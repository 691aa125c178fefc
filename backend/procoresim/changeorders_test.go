package procoresim

import (
	"math"
	"net/http"
	"strconv"
	"testing"
)

func TestCommitmentChangeOrders(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	// The project with the most change orders, and one of its approved and pending orders.
	counts := map[int64]int{}
	for _, order := range h.company.changeOrders.rows {
		counts[order.ProjectID]++
	}
	var projectID int64
	for id, n := range counts {
		if n > counts[projectID] || (n == counts[projectID] && id < projectID) {
			projectID = id
		}
	}
	statuses := map[string]int{}
	for _, order := range h.company.changeOrders.rows {
		statuses[order.Status]++
	}
	if statuses["approved"] == 0 || statuses["pending"] == 0 || statuses["draft"] == 0 {
		t.Fatalf("fixture statuses: %v", statuses)
	}
	base := "/rest/v1.0/projects/" + strconv.FormatInt(projectID, 10) + "/commitment_change_orders"
	var list []map[string]any
	got := h.api("GET", base, token, nil)
	got.json(t, &list)
	if got.status != http.StatusOK || len(list) != counts[projectID] || got.header.Get("Total") != strconv.Itoa(counts[projectID]) {
		t.Fatalf("list: %d, %d orders, want %d", got.status, len(list), counts[projectID])
	}
	assertFields(t, "change order", list[0], map[string]string{"id": "int", "contract_id": "int", "number": "string",
		"title": "string", "description": "string|null", "status": "string", "type": "string", "revision": "int",
		"executed": "bool", "paid": "bool", "signature_required": "bool", "private": "bool", "field_change": "bool",
		"grand_total": "string", "schedule_impact_amount": "int|null", "due_date": "string|null", "reviewed_at": "string|null",
		"batch_id": "null", "legacy_package_id": "null", "created_by": "object", "change_order_change_reason": "object|null",
		"origin_id": "string|null", "origin_code": "string|null", "currency_configuration": "object", "created_at": "string"})
	if _, has := list[0]["change_events"]; has {
		t.Error("change_events belong to the extended view")
	}
	var extended []map[string]any
	h.api("GET", base+"?view=extended", token, nil).json(t, &extended)
	assertFields(t, "extended change order", extended[0], map[string]string{"change_events": "array"})

	for _, status := range []string{"approved", "pending"} {
		var filtered []map[string]any
		h.api("GET", base+"?filters[status]="+status, token, nil).json(t, &filtered)
		for _, order := range filtered {
			if order["status"] != status {
				t.Errorf("filters[status]=%s returned %v", status, order["status"])
			}
		}
	}
	if got := h.api("GET", base+"?filters[status]=Approved", token, nil); got.status != http.StatusBadRequest {
		t.Errorf("unknown status: %d", got.status)
	}
	contract := id(list[0]["contract_id"])
	var byContract []map[string]any
	h.api("GET", base+"?filters[contract_id]="+contract+"&sort=-id", token, nil).json(t, &byContract)
	for i, order := range byContract {
		if id(order["contract_id"]) != contract || (i > 0 && id(order["id"]) > id(byContract[i-1]["id"])) {
			t.Errorf("filters[contract_id] with sort=-id: %v", order)
		}
	}

	var show map[string]any
	h.api("GET", base+"/"+id(list[0]["id"]), token, nil).json(t, &show)
	assertFields(t, "shown change order", show, map[string]string{"attachments": "array", "grand_total": "string"})
	if got := h.api("GET", "/rest/v1.0/projects/"+strconv.FormatInt(h.company.projects.rows[299].ID, 10)+"/commitment_change_orders/"+id(list[0]["id"]), token, nil); got.status != http.StatusNotFound {
		t.Errorf("change order under another project: %d", got.status)
	}

	// Line items: v2.0, string ids, {"data": [...]}, 10 per page by default.
	order := h.company.changeOrders.byID[mustInt(t, id(list[0]["id"]))]
	lines := "/rest/v2.0/companies/" + strconv.FormatInt(testCompanyID, 10) + "/projects/" + strconv.FormatInt(projectID, 10) +
		"/commitment_change_orders/" + strconv.FormatInt(order.ID, 10) + "/line_items"
	var page struct {
		Data []map[string]any `json:"data"`
	}
	got = h.api("GET", lines, token, nil)
	got.json(t, &page)
	if got.status != http.StatusOK || len(page.Data) != len(order.LineItems) || got.header.Get("Per-Page") != "10" {
		t.Fatalf("line items: %d %s", got.status, truncate(got.body))
	}
	assertFields(t, "change order line", page.Data[0], map[string]string{"id": "string", "commitment_line_item_id": "string|null",
		"description": "string|null", "quantity": "number|int", "unit_cost": "string", "amount": "string", "extended_type": "string",
		"wbs_code_id": "string|null", "position": "int", "wbs_code": "object|null"})
	if got := h.api("GET", "/rest/v2.0/companies/1/projects/"+strconv.FormatInt(projectID, 10)+"/commitment_change_orders/"+strconv.FormatInt(order.ID, 10)+"/line_items", token, nil); got.status != http.StatusNotFound {
		t.Errorf("another company in the path: %d", got.status)
	}

	// The commitment's change order sums follow its change orders.
	commitment := h.company.commitments.byID[order.ContractID]
	path := "/rest/v1.0/work_order_contracts/"
	if commitment.Type == PurchaseOrderContract {
		path = "/rest/v1.0/purchase_order_contracts/"
	}
	var shown map[string]any
	h.api("GET", path+strconv.FormatInt(commitment.ID, 10)+"?project_id="+strconv.FormatInt(projectID, 10), token, nil).json(t, &shown)
	approved := 0.0
	for _, o := range h.company.changeOrders.rows {
		if o.ContractID == commitment.ID && o.Status == "approved" {
			approved += decimalValue(o.GrandTotal)
		}
	}
	if math.Abs(number(t, shown["approved_change_orders"])-approved) > 0.011 ||
		math.Abs(number(t, shown["revised_contract"])-number(t, shown["grand_total"])-approved) > 0.011 {
		t.Errorf("approved_change_orders %v revised %v, want approved %.2f", shown["approved_change_orders"], shown["revised_contract"], approved)
	}
}

func mustInt(t *testing.T, text string) int64 {
	t.Helper()
	value, err := strconv.ParseInt(text, 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	return value
}
