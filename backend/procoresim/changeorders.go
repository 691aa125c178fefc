package procoresim

import (
	"encoding/json"
	"net/http"
	"sort"
	"strconv"
)

// CommitmentChangeOrder is a commitment change order (reference §9.6, PYSDK default3). Its line items
// are not part of the v1.0 shape; they come from the v2.0 line items endpoint.
type CommitmentChangeOrder struct {
	ID                            int64                        `json:"id"`
	ProjectID                     int64                        `json:"-"`
	ContractID                    int64                        `json:"contract_id"`
	BatchID                       *int64                       `json:"batch_id"`
	LegacyPackageID               *int64                       `json:"legacy_package_id"`
	LegacyRequestID               *int64                       `json:"legacy_request_id"`
	LocationID                    *int64                       `json:"location_id"`
	Number                        string                       `json:"number"`
	Title                         string                       `json:"title"`
	Description                   *string                      `json:"description"`
	Status                        string                       `json:"status"`
	Type                          string                       `json:"type"`
	Revision                      int                          `json:"revision"`
	Reference                     *string                      `json:"reference"`
	Executed                      bool                         `json:"executed"`
	Paid                          bool                         `json:"paid"`
	SignatureRequired             bool                         `json:"signature_required"`
	Private                       bool                         `json:"private"`
	FieldChange                   bool                         `json:"field_change"`
	GrandTotal                    Decimal                      `json:"grand_total"`
	ScheduleImpactAmount          *int                         `json:"schedule_impact_amount"`
	InvoicedDate                  *string                      `json:"invoiced_date"`
	DueDate                       *string                      `json:"due_date"`
	RevisedSubstantialCompletion  *string                      `json:"revised_substantial_completion_date"`
	SignedChangeOrderReceivedDate *string                      `json:"signed_change_order_received_date"`
	ReviewedAt                    *string                      `json:"reviewed_at"`
	ChangeReason                  *string                      `json:"change_reason"`
	OriginID                      *string                      `json:"origin_id"`
	OriginCode                    *string                      `json:"origin_code"`
	OriginData                    *string                      `json:"origin_data"`
	CreatedAt                     string                       `json:"created_at"`
	UpdatedAt                     string                       `json:"updated_at"`
	LineItems                     []*ChangeOrderLineItem       `json:"line_items"`
	ChangeEvents                  []map[string]json.RawMessage `json:"change_events"`
}

func (o *CommitmentChangeOrder) rowID() int64         { return o.ID }
func (o *CommitmentChangeOrder) rowOriginID() *string { return o.OriginID }

// ChangeOrderLineItem is one line of a change order. CostCodeID is a standard cost code, as on
// commitment line items; CommitmentLineItemID names the schedule-of-values line it changes, if any.
type ChangeOrderLineItem struct {
	ID                   int64   `json:"id"`
	CommitmentLineItemID *int64  `json:"commitment_line_item_id"`
	Description          *string `json:"description"`
	UOM                  *string `json:"uom"`
	Quantity             float64 `json:"quantity"`
	UnitCost             Decimal `json:"unit_cost"`
	Amount               Decimal `json:"amount"`
	ExtendedType         string  `json:"extended_type"`
	Position             int     `json:"position"`
	CostCodeID           int64   `json:"cost_code_id"`
	LineItemTypeID       int64   `json:"line_item_type_id"`
}

// changeOrderStatuses is the filters[status] enum; changeOrderPending are the states that count as
// pending change orders on the commitment and as pending cost changes on the budget.
var (
	changeOrderStatuses = map[string]bool{"draft": true, "pricing": true, "not_pricing": true, "pending": true, "revised": true,
		"proceeding": true, "not_proceeding": true, "pending_billable": true, "no_charge": true, "approved": true, "rejected": true, "void": true}
	changeOrderPending = map[string]bool{"pending": true, "revised": true, "pricing": true, "proceeding": true, "pending_billable": true}
)

// AddCommitmentChangeOrder stores a change order; its commitment must exist in the same project.
func (c *Company) AddCommitmentChangeOrder(order *CommitmentChangeOrder) error {
	commitment := c.commitments.byID[order.ContractID]
	if commitment == nil || commitment.ProjectID != order.ProjectID || !changeOrderStatuses[order.Status] {
		return errMissingParent("commitment change order", order.ID)
	}
	c.stamp(&order.CreatedAt, &order.UpdatedAt)
	return c.changeOrders.insert(order)
}

// changeOrderTotals are a commitment's approved and pending change order sums, which its
// approved_change_orders, pending_change_orders and revised_contract report.
func (c *Company) changeOrderTotals(commitmentID int64) (approved, pending float64) {
	for _, order := range c.changeOrders.rows {
		if order.ContractID != commitmentID {
			continue
		}
		switch {
		case order.Status == "approved":
			approved += decimalValue(order.GrandTotal)
		case changeOrderPending[order.Status]:
			pending += decimalValue(order.GrandTotal)
		}
	}
	return round2(approved), round2(pending)
}

func renderChangeOrder(c *Company, order *CommitmentChangeOrder, view string, show bool) any {
	object := render(order, "line_items", "change_events", "change_reason")
	vendorID := int64(0)
	if commitment := c.commitments.byID[order.ContractID]; commitment != nil {
		vendorID = commitment.VendorID
	}
	object["vendor_id"], _ = json.Marshal(vendorID)
	object["created_by"] = json.RawMessage(`{"id":7340032101,"name":"Pat Manager"}`)
	object["designated_reviewer"], object["received_from"], object["reviewed_by"] = nullJSON, nullJSON, nullJSON
	if order.ReviewedAt != nil {
		object["reviewed_by"] = object["created_by"]
	}
	object["change_order_change_reason"] = nullJSON
	if order.ChangeReason != nil {
		object["change_order_change_reason"], _ = json.Marshal(map[string]any{"id": 1, "change_reason": *order.ChangeReason})
	}
	object["currency_configuration"] = json.RawMessage(`{"currency_iso_code":"USD"}`)
	if view == "extended" {
		events := order.ChangeEvents
		if events == nil {
			events = []map[string]json.RawMessage{}
		}
		object["change_events"], _ = json.Marshal(events)
	}
	if show {
		object["attachments"] = json.RawMessage(`[]`)
	}
	return object
}

// handleListChangeOrders is GET /rest/v1.0/projects/{project_id}/commitment_change_orders (§9.6): a
// JSON array (the reference's reading of the spec conflict), paginated like the other v1.0 lists.
func (s *Server) handleListChangeOrders(w http.ResponseWriter, r *http.Request, c *call) {
	project := c.projectFromPath(w, r)
	if project == nil {
		return
	}
	filters, ok := readFilters(w, r)
	if !ok {
		return
	}
	query := r.URL.Query()
	match := map[string]func(*CommitmentChangeOrder) string{
		"filters[status]":             func(o *CommitmentChangeOrder) string { return o.Status },
		"filters[contract_id]":        func(o *CommitmentChangeOrder) string { return strconv.FormatInt(o.ContractID, 10) },
		"filters[executed]":           func(o *CommitmentChangeOrder) string { return strconv.FormatBool(o.Executed) },
		"filters[signature_required]": func(o *CommitmentChangeOrder) string { return strconv.FormatBool(o.SignatureRequired) },
		"filters[vendor_id]": func(o *CommitmentChangeOrder) string {
			if commitment := c.company.commitments.byID[o.ContractID]; commitment != nil {
				return strconv.FormatInt(commitment.VendorID, 10)
			}
			return ""
		},
	}
	if status := query.Get("filters[status]"); status != "" && !changeOrderStatuses[status] {
		writeError(w, http.StatusBadRequest, "Invalid filters[status]", strconv.Quote(status)+" is not a change order status")
		return
	}
	var rows []*CommitmentChangeOrder
	for _, order := range c.company.changeOrders.rows {
		if order.ProjectID != project.ID || !filters.match(order.ID, order.OriginID, order.CreatedAt, order.UpdatedAt) {
			continue
		}
		kept := true
		for name, field := range match {
			if value := query.Get(name); value != "" && value != field(order) {
				kept = false
			}
		}
		if kept {
			rows = append(rows, order)
		}
	}
	switch query.Get("sort") {
	case "-id":
		sort.SliceStable(rows, func(i, j int) bool { return rows[i].ID > rows[j].ID })
	case "created_at":
		sort.SliceStable(rows, func(i, j int) bool { return rows[i].CreatedAt < rows[j].CreatedAt })
	case "-created_at":
		sort.SliceStable(rows, func(i, j int) bool { return rows[i].CreatedAt > rows[j].CreatedAt })
	}
	view := query.Get("view")
	writeJSON(w, http.StatusOK, paginateRendered(w, r, orEmptyRows(rows), DefaultMaxPerPage, func(order *CommitmentChangeOrder) any {
		return renderChangeOrder(c.company, order, view, false)
	}))
}

func (c *call) changeOrderFromPath(w http.ResponseWriter, r *http.Request, idName string) (*CommitmentChangeOrder, *Project) {
	project := c.projectFromPath(w, r)
	if project == nil {
		return nil, nil
	}
	id, ok := pathID(w, r, idName, "Commitment change order")
	if !ok {
		return nil, nil
	}
	order := c.company.changeOrders.byID[id]
	if order == nil || order.ProjectID != project.ID {
		notFound(w, "Commitment change order")
		return nil, nil
	}
	return order, project
}

// handleShowChangeOrder is GET …/commitment_change_orders/{id}: the list fields plus attachments.
func (s *Server) handleShowChangeOrder(w http.ResponseWriter, r *http.Request, c *call) {
	if order, _ := c.changeOrderFromPath(w, r, "id"); order != nil {
		writeJSON(w, http.StatusOK, renderChangeOrder(c.company, order, r.URL.Query().Get("view"), true))
	}
}

// handleListChangeOrderLineItems is the v2.0 GET /rest/v2.0/companies/{company_id}/projects/{project_id}/
// commitment_change_orders/{id}/line_items (§9.6): string ids, {"data": [...]}, 10 per page by default.
func (s *Server) handleListChangeOrderLineItems(w http.ResponseWriter, r *http.Request, c *call) {
	if r.PathValue("company_id") != strconv.FormatInt(c.company.ID, 10) {
		notFound(w, "Company")
		return
	}
	order, project := c.changeOrderFromPath(w, r, "commitment_change_order_id")
	if order == nil {
		return
	}
	byStandard := map[int64]int64{}
	for _, code := range c.company.projectCostCodes(project) {
		if code.StandardCostCodeID != nil {
			byStandard[*code.StandardCostCodeID] = code.ID
		}
	}
	page := paginateSized(w, r, orEmptyRows(order.LineItems), v2PerPage, DefaultMaxPerPage)
	data := make([]any, len(page))
	for i, item := range page {
		object := map[string]any{
			"id": strconv.FormatInt(item.ID, 10), "commitment_line_item_id": nil, "prime_line_item_id": nil,
			"description": item.Description, "uom": item.UOM, "quantity": item.Quantity, "unit_cost": item.UnitCost,
			"amount": item.Amount, "extended_type": item.ExtendedType, "wbs_code_id": nil, "tax_code_id": nil,
			"position": item.Position, "wbs_code": nil, "work_breakdown_structure": nil,
		}
		if item.CommitmentLineItemID != nil {
			object["commitment_line_item_id"] = strconv.FormatInt(*item.CommitmentLineItemID, 10)
		}
		if projectCode, ok := byStandard[item.CostCodeID]; ok {
			if wbs, err := c.company.wbsCode(project.ID, projectCode, item.LineItemTypeID, 0); err == nil {
				object["wbs_code_id"] = strconv.FormatInt(wbs.ID, 10)
				rendered := renderWBSCode(c.company, wbs.ID).(map[string]any)
				rendered["id"] = strconv.FormatInt(wbs.ID, 10)
				object["wbs_code"] = rendered
				// work_breakdown_structure stays null: its real shape is undocumented ("values along the
				// requested axes", documents.md B5); resolve wbs_code_id through the project's WBS codes.
			}
		}
		data[i] = object
	}
	writeJSON(w, http.StatusOK, map[string]any{"data": data})
}

// v2PerPage is the v2.0 default page size (reference §3.1).
const v2PerPage = 10
