package procoresim

import (
	"encoding/json"
	"net/http"
	"slices"
	"strconv"
	"time"
)

// Requisition is a subcontractor invoice against a commitment (reference §10.1). Its amounts and
// summary are computed from its items, the commitment's retainage percent and approved change orders,
// so they always agree. With an origin_id it is synced with the ERP and immutable (§3.5).
type Requisition struct {
	ID               int64              `json:"id"`
	Number           int                `json:"number"`
	InvoiceNumber    *string            `json:"invoice_number"`
	ProjectID        int64              `json:"project_id"`
	CommitmentID     int64              `json:"commitment_id"`
	PeriodID         *int64             `json:"period_id"`
	BillingDate      *string            `json:"billing_date"`
	RequisitionStart *string            `json:"requisition_start"`
	RequisitionEnd   *string            `json:"requisition_end"`
	SubmittedAt      *string            `json:"submitted_at"`
	PaymentDate      *string            `json:"payment_date"`
	Status           string             `json:"status"`
	ERPStatus        *string            `json:"erp_status"`
	Final            bool               `json:"final"`
	Comment          *string            `json:"comment"`
	OriginID         *string            `json:"origin_id"`
	OriginData       *string            `json:"origin_data"`
	CreatedAt        string             `json:"created_at"`
	UpdatedAt        string             `json:"updated_at"`
	Items            []*RequisitionItem `json:"items"`
}

func (q *Requisition) rowID() int64         { return q.ID }
func (q *Requisition) rowOriginID() *string { return q.OriginID }

// RequisitionItem is one line of an invoice's continuation sheet. Retainage is held on completed work
// and on stored materials at the commitment's retainage percent and released on the final invoice.
// CostCodeID is a standard cost code, as on commitment line items.
type RequisitionItem struct {
	ID                                int64   `json:"id"`
	ItemType                          string  `json:"item_type"`
	ItemNumber                        string  `json:"item_number"`
	LineItemID                        *int64  `json:"line_item_id"`
	CostCodeID                        int64   `json:"cost_code_id"`
	DescriptionOfWork                 string  `json:"description_of_work"`
	ScheduledValue                    Decimal `json:"scheduled_value"`
	WorkCompletedFromPrevious         Decimal `json:"work_completed_from_previous_application"`
	WorkCompletedThisPeriod           Decimal `json:"work_completed_this_period"`
	MaterialsPresentlyStored          Decimal `json:"materials_presently_stored"`
	WorkRetainageFromPrevious         Decimal `json:"work_completed_retainage_from_previous_application"`
	WorkRetainageRetainedThisPeriod   Decimal `json:"work_completed_retainage_retained_this_period"`
	WorkRetainageReleasedThisPeriod   Decimal `json:"work_completed_retainage_released_this_period"`
	MaterialsRetainageCurrentlyHeld   Decimal `json:"materials_stored_retainage_currently_retained"`
	MaterialsRetainageFromPrevious    Decimal `json:"materials_stored_retainage_from_previous_application"`
	MaterialsRetainageReleasedThisPer Decimal `json:"materials_stored_retainage_released_this_period"`
}

// requisitionStatuses is the status enum (reference §10.1).
var requisitionStatuses = []string{"draft", "under_review", "revise_and_resubmit", "approved", "approved_as_noted", "pending_owner_approval"}

const messageRequisitionERP = "The invoice is not editable because it has been synced with ERP"

// AddRequisition stores an invoice; its commitment must exist in the same project.
func (c *Company) AddRequisition(q *Requisition) error {
	commitment := c.commitments.byID[q.CommitmentID]
	if commitment == nil || commitment.ProjectID != q.ProjectID || !slices.Contains(requisitionStatuses, q.Status) {
		return errMissingParent("requisition", q.ID)
	}
	c.stamp(&q.CreatedAt, &q.UpdatedAt)
	return c.requisitions.insert(q)
}

// itemFigures are an item's derived amounts.
type itemFigures struct {
	total, balance, percent, workRetained, materialsRetained, retained, previousRetained, gross, net float64
}

func (item *RequisitionItem) figures() itemFigures {
	scheduled := decimalValue(item.ScheduledValue)
	previous, this, stored := decimalValue(item.WorkCompletedFromPrevious), decimalValue(item.WorkCompletedThisPeriod), decimalValue(item.MaterialsPresentlyStored)
	f := itemFigures{total: previous + this + stored}
	f.balance = scheduled - f.total
	if scheduled != 0 {
		f.percent = f.total / scheduled * 100
	}
	f.previousRetained = decimalValue(item.WorkRetainageFromPrevious) + decimalValue(item.MaterialsRetainageFromPrevious)
	f.workRetained = decimalValue(item.WorkRetainageFromPrevious) + decimalValue(item.WorkRetainageRetainedThisPeriod) - decimalValue(item.WorkRetainageReleasedThisPeriod)
	f.materialsRetained = decimalValue(item.MaterialsRetainageCurrentlyHeld)
	f.retained = f.workRetained + f.materialsRetained
	f.gross = this + stored
	f.net = f.gross - (f.retained - f.previousRetained)
	return f
}

func money2(value float64) Decimal { return formatDecimal(round2(value)) }

// requisitionSummary is the G702-style summary (reference §10.1, all decimal strings).
func requisitionSummary(c *Company, q *Requisition) (map[string]any, float64, float64) {
	commitment := c.commitments.byID[q.CommitmentID]
	original, percent := decimalValue(commitment.GrandTotal), decimalValue(commitment.RetainagePercent)
	approved, _ := c.changeOrderTotals(commitment.ID)
	var completed, workRetained, materialsRetained, previousCompleted, previousRetained, stored, claimed, positive, negative float64
	for _, item := range requisitionItems(c, q) {
		f := item.figures()
		completed += f.total
		workRetained += f.workRetained
		materialsRetained += f.materialsRetained
		previousCompleted += decimalValue(item.WorkCompletedFromPrevious)
		previousRetained += f.previousRetained
		stored += decimalValue(item.MaterialsPresentlyStored)
		claimed += f.gross
		if item.ItemType == "change_order_item" {
			if scheduled := decimalValue(item.ScheduledValue); scheduled >= 0 {
				positive += scheduled
			} else {
				negative += scheduled
			}
		}
	}
	toDate := original + approved
	retained := workRetained + materialsRetained
	earned := completed - retained
	lessPrevious := previousCompleted - previousRetained
	summary := map[string]any{
		"original_contract_sum": money2(original), "net_change_by_change_orders": money2(approved),
		"contract_sum_to_date": money2(toDate), "total_completed_and_stored_to_date": money2(completed),
		"completed_work_retainage_percent": formatDecimal(percent), "completed_work_retainage_amount": money2(workRetained),
		"stored_materials_retainage_percent": formatDecimal(percent), "stored_materials_retainage_amount": money2(materialsRetained),
		"total_retainage": money2(retained), "total_earned_less_retainage": money2(earned),
		"less_previous_certificates_for_payment": money2(lessPrevious), "current_payment_due": money2(earned - lessPrevious),
		"balance_to_finish_including_retainage": money2(toDate - earned), "tax_applicable_to_this_payment": "0.0",
		"positive_change_order_item_total": money2(positive), "negative_change_order_item_total": money2(negative),
		"new_materials": money2(stored), "stored_materials": money2(stored),
	}
	percentComplete := 0.0
	if toDate != 0 {
		percentComplete = completed / toDate * 100
	}
	return summary, claimed, percentComplete
}

// requisitionItems are an invoice's stored items followed by one change_order_item per line of each
// approved change order of its commitment (reference §10.1 item types). The change order lines carry
// their amount as scheduled value and nothing billed yet, so the items' scheduled values add up to the
// summary's contract sum to date, which counts every approved change order.
func requisitionItems(c *Company, q *Requisition) []*RequisitionItem {
	items := slices.Clone(q.Items)
	for _, order := range c.changeOrders.rows {
		if order.ContractID != q.CommitmentID || order.Status != "approved" {
			continue
		}
		for _, line := range order.LineItems {
			description := order.Title
			if line.Description != nil && *line.Description != "" {
				description = *line.Description
			}
			items = append(items, &RequisitionItem{
				ID: line.ID, ItemType: "change_order_item", ItemNumber: "CO-" + order.Number + "." + strconv.Itoa(line.Position),
				LineItemID: line.CommitmentLineItemID, CostCodeID: line.CostCodeID, DescriptionOfWork: description,
				ScheduledValue: line.Amount, WorkCompletedFromPrevious: "0.0", WorkCompletedThisPeriod: "0.0",
				MaterialsPresentlyStored: "0.0", WorkRetainageFromPrevious: "0.0", WorkRetainageRetainedThisPeriod: "0.0",
				WorkRetainageReleasedThisPeriod: "0.0", MaterialsRetainageCurrentlyHeld: "0.0",
				MaterialsRetainageFromPrevious: "0.0", MaterialsRetainageReleasedThisPer: "0.0",
			})
		}
	}
	return items
}

func renderRequisitionItem(item *RequisitionItem) map[string]any {
	f := item.figures()
	object := map[string]any{}
	for key, value := range render(item) {
		object[key] = value
	}
	object["total_completed_and_stored_to_date"] = money2(f.total)
	object["total_completed_and_stored_to_date_percent"] = money2(f.percent)
	object["balance_to_finish"] = money2(f.balance)
	object["work_completed_retainage_currently_retained"] = money2(f.workRetained)
	object["total_retainage_currently_retained"] = money2(f.retained)
	object["total_retainage_from_previous_application"] = money2(f.previousRetained)
	object["gross_amount"], object["net_amount"], object["subcontractor_claimed_amount"] = money2(f.gross), money2(f.net), money2(f.gross)
	object["wbs_code"] = nil
	return object
}

// renderRequisition builds the v1.1 shape (items with view extended or items) or the v1.0 one,
// which has no vendor_id, invoice_type, previous_requisition_id, summary_text or items but adds
// comment and action_policy (reference §10.1).
func renderRequisition(c *Company, q *Requisition, version, view string) any {
	object := map[string]any{}
	for key, value := range render(q, "items", "comment") {
		object[key] = value
	}
	commitment := c.commitments.byID[q.CommitmentID]
	summary, claimed, percent := requisitionSummary(c, q)
	vendorName := any(nil)
	if vendor := c.vendors.byID[commitment.VendorID]; vendor != nil {
		vendorName = vendor.Name
	}
	object["commitment_type"], object["contract_name"], object["vendor_name"] = commitment.Type, commitment.Title, vendorName
	object["summary"], object["total_claimed_amount"], object["percent_complete"] = summary, money2(claimed), money2(percent)
	object["deletable"] = q.OriginID == nil && (q.Status == "draft" || q.Status == "under_review")
	object["electronic_signature_id"], object["attachments"] = nil, []any{}
	object["created_by"] = map[string]any{"id": DefaultUserID, "name": "Pat Manager", "login": "pm@example.com", "company_name": c.Name}
	object["currency_configuration"] = map[string]any{"currency_iso_code": "USD", "currency_exchange_rate": 1.0, "base_currency_iso_code": "USD"}
	if version == "v1.0" {
		object["comment"] = q.Comment
		object["action_policy"] = map[string]bool{"update": q.OriginID == nil, "destroy": object["deletable"].(bool)}
		return object
	}
	object["vendor_id"], object["invoice_type"] = commitment.VendorID, "requisition"
	object["previous_requisition_id"], object["move_materials_to_previous_work_completed"] = nil, false
	for _, other := range c.requisitions.rows {
		if other.CommitmentID == q.CommitmentID && other.Number == q.Number-1 {
			object["previous_requisition_id"] = other.ID
		}
	}
	object["summary_text"] = map[string]any{"project_address": nil, "subcontractor_address": nil}
	if view == "extended" || view == "items" {
		all := requisitionItems(c, q)
		items := make([]any, len(all))
		for i, item := range all {
			items[i] = renderRequisitionItem(item)
		}
		object["items"], object["item_packages"] = items, []any{}
	}
	return object
}

// handleListRequisitions is GET /rest/v1.x/requisitions?project_id= (reference §10.1); v1.1 pages 30
// by default.
func (s *Server) handleListRequisitions(version string) apiHandler {
	return func(w http.ResponseWriter, r *http.Request, c *call) {
		project := c.projectFromQuery(w, r)
		if project == nil {
			return
		}
		filters, ok := readFilters(w, r)
		if !ok {
			return
		}
		query := r.URL.Query()
		if status := query.Get("filters[status]"); status != "" && !slices.Contains(requisitionStatuses, status) {
			writeError(w, http.StatusBadRequest, "Invalid filters[status]", strconv.Quote(status)+" is not a requisition status")
			return
		}
		latest := map[int64]int{} // filters[is_last]: the highest number per commitment
		for _, q := range c.company.requisitions.rows {
			latest[q.CommitmentID] = max(latest[q.CommitmentID], q.Number)
		}
		var rows []*Requisition
		for _, q := range c.company.requisitions.rows {
			if q.ProjectID != project.ID || !filters.match(q.ID, q.OriginID, q.CreatedAt, q.UpdatedAt) {
				continue
			}
			if value := query.Get("filters[commitment_id]"); value != "" && value != strconv.FormatInt(q.CommitmentID, 10) {
				continue
			}
			if value := query.Get("filters[status]"); value != "" && value != q.Status {
				continue
			}
			if value := query.Get("filters[period_id]"); value != "" && (q.PeriodID == nil || value != strconv.FormatInt(*q.PeriodID, 10)) {
				continue
			}
			if value := query.Get("filters[is_last]"); version == "v1.1" && value != "" && (value == "true") != (latest[q.CommitmentID] == q.Number) {
				continue
			}
			rows = append(rows, q)
		}
		defaultPerPage := DefaultPerPage
		if version == "v1.1" {
			defaultPerPage = 30
		}
		page := paginateSized(w, r, orEmptyRows(rows), defaultPerPage, DefaultMaxPerPage)
		rendered := make([]any, len(page))
		for i, q := range page {
			rendered[i] = renderRequisition(c.company, q, version, query.Get("view"))
		}
		writeJSON(w, http.StatusOK, rendered)
	}
}

func (c *call) requisitionFromPath(w http.ResponseWriter, r *http.Request, idName, projectValue string) *Requisition {
	project := c.projectFromValue(w, projectValue)
	if project == nil {
		return nil
	}
	id, ok := pathID(w, r, idName, "Requisition")
	if !ok {
		return nil
	}
	q := c.company.requisitions.byID[id]
	if q == nil || q.ProjectID != project.ID {
		notFound(w, "Requisition")
		return nil
	}
	return q
}

// handleShowRequisition is GET /rest/v1.x/requisitions/{id}?project_id=.
func (s *Server) handleShowRequisition(version string) apiHandler {
	return func(w http.ResponseWriter, r *http.Request, c *call) {
		if q := c.requisitionFromPath(w, r, "id", r.URL.Query().Get("project_id")); q != nil {
			writeJSON(w, http.StatusOK, renderRequisition(c.company, q, version, r.URL.Query().Get("view")))
		}
	}
}

// handleRequisitionDetail is GET /rest/v1.0/requisitions/{requisition_id}/detail?project_id=: the
// continuation sheet, one entry per item.
func (s *Server) handleRequisitionDetail(w http.ResponseWriter, r *http.Request, c *call) {
	q := c.requisitionFromPath(w, r, "requisition_id", r.URL.Query().Get("project_id"))
	if q == nil {
		return
	}
	items := requisitionItems(c.company, q)
	detail := make([]any, len(items))
	for i, item := range items {
		detail[i] = renderRequisitionItem(item)
	}
	writeJSON(w, http.StatusOK, detail)
}

var requisitionFields = []string{"period_id", "requisition_start", "requisition_end", "billing_date", "final",
	"invoice_number", "payment_date", "origin_id", "origin_data", "status", "submitted_at", "comment"}

// handleUpdateRequisition is PATCH /rest/v1.0/requisitions/{id} with project_id and commitment_id in
// the body (reference §10.1): 422 once synced with the ERP, except a re-send of the stored values.
func (s *Server) handleUpdateRequisition(w http.ResponseWriter, r *http.Request, c *call) {
	var body struct {
		ProjectID    json.Number `json:"project_id"`
		CommitmentID json.Number `json:"commitment_id"`
		Requisition  attributes  `json:"requisition"`
	}
	if !decodeBody(w, r, &body) {
		return
	}
	if body.CommitmentID == "" {
		writeError(w, http.StatusBadRequest, "commitment_id is missing", "")
		return
	}
	existing := c.requisitionFromPath(w, r, "id", string(body.ProjectID))
	if existing == nil {
		return
	}
	if string(body.CommitmentID) != strconv.FormatInt(existing.CommitmentID, 10) {
		notFound(w, "Requisition")
		return
	}
	now := s.opts.Now().UTC().Format(time.RFC3339)
	k := kind[*Requisition]{
		table: c.company.requisitions, tooLargeStatus: http.StatusUnprocessableEntity,
		clone: func(q *Requisition) *Requisition { copied := *q; return &copied },
		apply: func(q *Requisition, attrs attributes) fieldErrors {
			problems := applyAttributes(q, attrs, requisitionFields, nil)
			if !slices.Contains(requisitionStatuses, q.Status) {
				problems.add("status", "is not included in the list")
			}
			q.UpdatedAt = now
			return problems
		},
		locked: func(q *Requisition) string {
			if q.OriginID != nil && *q.OriginID != "" {
				return messageRequisitionERP
			}
			return ""
		},
	}
	q, problems, locked := k.update(existing, body.Requisition)
	writeUpdateResult(w, renderRequisition(c.company, q, "v1.0", ""), problems, locked)
}
