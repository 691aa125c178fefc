package procoresim

import (
	"net/http"
	"strconv"
	"testing"
)

func TestCommitmentsListShowAndLineItems(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	var subcontract, purchaseOrder *Commitment
	for _, c := range h.company.commitments.rows {
		if c.Type == WorkOrderContract && subcontract == nil {
			subcontract = c
		}
		if c.Type == PurchaseOrderContract && purchaseOrder == nil {
			purchaseOrder = c
		}
	}
	project := strconv.FormatInt(subcontract.ProjectID, 10)
	var list []map[string]any
	got := h.api("GET", "/rest/v1.0/work_order_contracts?project_id="+project, token, nil)
	got.json(t, &list)
	if got.status != http.StatusOK || len(list) == 0 || got.header.Get("Total") == "" {
		t.Fatalf("list: %d %s", got.status, truncate(got.body))
	}
	assertFields(t, "compact commitment", list[0], map[string]string{"id": "int", "number": "string", "title": "string",
		"status": "string", "grand_total": "string", "origin_id": "string|null", "vendor": "object"})
	if _, has := list[0]["retainage_percent"]; has {
		t.Error("the default compact view has no retainage_percent")
	}
	var extended []map[string]any
	h.api("GET", "/rest/v1.0/work_order_contracts?project_id="+project+"&view=extended", token, nil).json(t, &extended)
	assertFields(t, "extended commitment", extended[0], map[string]string{"retainage_percent": "string", "inclusions": "string|null",
		"accounting_method": "string", "executed": "bool", "currency_configuration": "object"})
	vendor := extended[0]["vendor"].(map[string]any)
	assertFields(t, "commitment vendor", vendor, map[string]string{"id": "int", "company": "string"})

	var show map[string]any
	h.api("GET", "/rest/v1.0/work_order_contracts/"+strconv.FormatInt(subcontract.ID, 10)+"?project_id="+project, token, nil).json(t, &show)
	items := show["line_items"].([]any)
	if len(items) != len(subcontract.LineItems) {
		t.Fatalf("show has %d line items, want %d", len(items), len(subcontract.LineItems))
	}
	assertFields(t, "commitment line item", items[0].(map[string]any), map[string]string{"id": "int", "amount": "string",
		"quantity": "string", "unit_cost": "string", "total_amount": "string", "cost_code": "object", "line_item_type": "object|null",
		"holder": "object", "origin_id": "string|null", "position": "int"})
	if _, has := show["payments_issued"]; !has {
		t.Error("show lacks payments_issued")
	}
	// A subcontract id under the purchase order path is not found.
	if got := h.api("GET", "/rest/v1.0/purchase_order_contracts/"+strconv.FormatInt(subcontract.ID, 10)+"?project_id="+project, token, nil); got.status != http.StatusNotFound {
		t.Errorf("wrong type: %d", got.status)
	}
	var lines []map[string]any
	lineList := h.api("GET", "/rest/v1.0/purchase_order_contracts/"+strconv.FormatInt(purchaseOrder.ID, 10)+"/line_items?project_id="+strconv.FormatInt(purchaseOrder.ProjectID, 10), token, nil)
	lineList.json(t, &lines)
	if len(lines) != len(purchaseOrder.LineItems) || lineList.header.Get("Total") != strconv.Itoa(len(purchaseOrder.LineItems)) {
		t.Errorf("PO line items: %d", len(lines))
	}
}

func TestContractPaymentsLockOnceSynced(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	var locked, open *ContractPayment
	for _, p := range h.company.contractPayments.rows {
		if p.OriginID != nil && locked == nil {
			locked = p
		}
		if p.OriginID == nil && open == nil {
			open = p
		}
	}
	body := func(p *ContractPayment, changes map[string]any) map[string]any {
		return map[string]any{"project_id": p.ProjectID, "contract_id": p.ContractID, "contract_payment": changes}
	}
	got := h.api("PATCH", "/rest/v1.0/contract_payments/"+strconv.FormatInt(locked.ID, 10), token, body(locked, map[string]any{"notes": "edited"}))
	assertGenericError(t, got, http.StatusUnprocessableEntity, messagePaymentERP)
	if got := h.api("PATCH", "/rest/v1.0/contract_payments/"+strconv.FormatInt(open.ID, 10), token, body(open, map[string]any{"notes": "edited"})); got.status != http.StatusOK {
		t.Errorf("open payment: %d %s", got.status, got.body)
	}
	created := h.api("POST", "/rest/v1.0/contract_payments", token, body(open, map[string]any{"date": "2026-02-01", "amount": "1250.00", "check_number": "5001", "origin_id": "qb-check-5001"}))
	var payment map[string]any
	created.json(t, &payment)
	if created.status != http.StatusCreated || payment["amount"] != "1250.0" {
		t.Errorf("create: %d %v", created.status, payment)
	}
	var list []map[string]any
	query := "?project_id=" + strconv.FormatInt(open.ProjectID, 10) + "&contract_id=" + strconv.FormatInt(open.ContractID, 10)
	h.api("GET", "/rest/v1.0/contract_payments"+query, token, nil).json(t, &list)
	assertFields(t, "contract payment", list[0], map[string]string{"id": "int", "contract_id": "int", "project_id": "int",
		"amount": "string", "date": "string|null", "check_number": "string|null", "payment_number": "int|null", "origin_id": "string|null"})
	if got := h.api("GET", "/rest/v1.0/contract_payments?project_id="+strconv.FormatInt(open.ProjectID, 10), token, nil); got.status != http.StatusBadRequest {
		t.Errorf("missing contract_id: %d", got.status)
	}
}
