package procoresim

import (
	"math"
	"net/http"
	"strconv"
	"testing"
)

func TestRequisitionsWithRetainage(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	var negative, synced, open *Requisition
	statuses := map[string]bool{}
	retained := false
	for _, q := range h.company.requisitions.rows {
		statuses[q.Status] = true
		summary, _, _ := requisitionSummary(h.company, q)
		if number(t, string(summary["current_payment_due"].(Decimal))) < 0 && negative == nil {
			negative = q
		}
		if number(t, string(summary["total_retainage"].(Decimal))) > 0 {
			retained = true
		}
		if q.OriginID != nil && synced == nil {
			synced = q
		}
		if q.OriginID == nil && open == nil {
			open = q
		}
	}
	if negative == nil || synced == nil || open == nil || !retained || !statuses["approved"] || !statuses["under_review"] {
		t.Fatalf("fixture requisitions lack a case: negative %v synced %v open %v retained %v statuses %v", negative != nil, synced != nil, open != nil, retained, statuses)
	}
	project := strconv.FormatInt(negative.ProjectID, 10)
	count := 0
	for _, q := range h.company.requisitions.rows {
		if q.ProjectID == negative.ProjectID {
			count++
		}
	}
	var list []map[string]any
	got := h.api("GET", "/rest/v1.1/requisitions?project_id="+project+"&view=extended", token, nil)
	got.json(t, &list)
	if got.status != http.StatusOK || got.header.Get("Total") != strconv.Itoa(count) || got.header.Get("Per-Page") != "30" {
		t.Fatalf("v1.1 list: %d Total %s Per-Page %s", got.status, got.header.Get("Total"), got.header.Get("Per-Page"))
	}
	assertFields(t, "v1.1 requisition", list[0], map[string]string{"id": "int", "number": "int", "invoice_number": "string|null",
		"project_id": "int", "commitment_id": "int", "commitment_type": "string", "contract_name": "string", "vendor_id": "int",
		"vendor_name": "string", "billing_date": "string", "requisition_start": "string", "requisition_end": "string",
		"status": "string", "erp_status": "string|null", "final": "bool", "deletable": "bool", "percent_complete": "string",
		"total_claimed_amount": "string", "origin_id": "string|null", "created_by": "object", "currency_configuration": "object",
		"summary": "object", "items": "array", "previous_requisition_id": "int|null"})
	summary := list[0]["summary"].(map[string]any)
	assertFields(t, "summary", summary, map[string]string{"original_contract_sum": "string", "net_change_by_change_orders": "string",
		"contract_sum_to_date": "string", "total_completed_and_stored_to_date": "string", "completed_work_retainage_percent": "string",
		"completed_work_retainage_amount": "string", "total_retainage": "string", "total_earned_less_retainage": "string",
		"less_previous_certificates_for_payment": "string", "current_payment_due": "string", "balance_to_finish_including_retainage": "string"})
	earned := number(t, summary["total_completed_and_stored_to_date"]) - number(t, summary["total_retainage"])
	if math.Abs(earned-number(t, summary["total_earned_less_retainage"])) > 0.011 ||
		math.Abs(earned-number(t, summary["less_previous_certificates_for_payment"])-number(t, summary["current_payment_due"])) > 0.011 {
		t.Errorf("summary does not add up: %v", summary)
	}
	item := list[0]["items"].([]any)[0].(map[string]any)
	assertFields(t, "requisition item", item, map[string]string{"id": "int", "item_type": "string", "scheduled_value": "string",
		"work_completed_this_period": "string", "work_completed_retainage_retained_this_period": "string", "net_amount": "string"})

	var v10 []map[string]any
	h.api("GET", "/rest/v1.0/requisitions?project_id="+project, token, nil).json(t, &v10)
	for _, absent := range []string{"vendor_id", "invoice_type", "items", "summary_text", "previous_requisition_id"} {
		if _, has := v10[0][absent]; has {
			t.Errorf("v1.0 requisition has %s", absent)
		}
	}
	assertFields(t, "v1.0 requisition", v10[0], map[string]string{"comment": "string|null", "action_policy": "object", "summary": "object"})

	var filtered []map[string]any
	h.api("GET", "/rest/v1.1/requisitions?project_id="+project+"&filters[commitment_id]="+strconv.FormatInt(negative.CommitmentID, 10)+"&filters[is_last]=true", token, nil).json(t, &filtered)
	if len(filtered) != 1 {
		t.Errorf("last invoice of a commitment: %d", len(filtered))
	}
	if got := h.api("GET", "/rest/v1.1/requisitions?project_id="+project+"&filters[status]=paid", token, nil); got.status != http.StatusBadRequest {
		t.Errorf("unknown status: %d", got.status)
	}
	if got := h.api("GET", "/rest/v1.1/requisitions", token, nil); got.status != http.StatusBadRequest {
		t.Errorf("missing project_id: %d", got.status)
	}

	var shown map[string]any
	h.api("GET", "/rest/v1.1/requisitions/"+strconv.FormatInt(negative.ID, 10)+"?project_id="+project, token, nil).json(t, &shown)
	if number(t, shown["summary"].(map[string]any)["current_payment_due"]) >= 0 {
		t.Errorf("negative invoice: %v", shown["summary"])
	}
	var detail []map[string]any
	h.api("GET", "/rest/v1.0/requisitions/"+strconv.FormatInt(negative.ID, 10)+"/detail?project_id="+project, token, nil).json(t, &detail)
	if len(detail) != len(negative.Items) {
		t.Errorf("detail: %d items", len(detail))
	}
	assertFields(t, "detail item", detail[0], map[string]string{"balance_to_finish": "string", "total_completed_and_stored_to_date_percent": "string",
		"total_retainage_currently_retained": "string", "work_completed_retainage_currently_retained": "string"})

	patch := func(q *Requisition, changes map[string]any) response {
		return h.api("PATCH", "/rest/v1.0/requisitions/"+strconv.FormatInt(q.ID, 10), token,
			map[string]any{"project_id": q.ProjectID, "commitment_id": q.CommitmentID, "requisition": changes})
	}
	assertGenericError(t, patch(synced, map[string]any{"invoice_number": "edited"}), http.StatusUnprocessableEntity, messageRequisitionERP)
	if got := patch(synced, map[string]any{"status": synced.Status}); got.status != http.StatusOK {
		t.Errorf("re-sending a synced invoice's status: %d %s", got.status, got.body)
	}
	got = patch(open, map[string]any{"status": "approved", "payment_date": "2026-02-27", "origin_id": "qb-bill-77"})
	var updated map[string]any
	got.json(t, &updated)
	if got.status != http.StatusOK || updated["origin_id"] != "qb-bill-77" || updated["payment_date"] != "2026-02-27" {
		t.Errorf("update: %d %s", got.status, got.body)
	}
	if got := patch(open, map[string]any{"status": "paid"}); got.status != http.StatusUnprocessableEntity {
		t.Errorf("bad status on a now-synced invoice: %d", got.status)
	}
	if got := h.api("PATCH", "/rest/v1.0/requisitions/"+strconv.FormatInt(open.ID, 10), token, map[string]any{"project_id": open.ProjectID, "requisition": map[string]any{}}); got.status != http.StatusBadRequest {
		t.Errorf("missing commitment_id: %d", got.status)
	}
}
