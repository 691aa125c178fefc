package procoresim

import (
	"encoding/json"
	"net/http"
	"strconv"
)

// Commitment types: subcontracts and purchase orders share one table, told apart by Type, because
// their list shapes differ only in a few fields (reference §9.1).
const (
	WorkOrderContract     = "WorkOrderContract"
	PurchaseOrderContract = "PurchaseOrderContract"
)

// Commitment is a work order contract (subcontract) or purchase order contract. Fields specific to one
// type are dropped from the other's JSON by renderCommitment.
type Commitment struct {
	ID                   int64                 `json:"id"`
	Type                 string                `json:"-"`
	ProjectID            int64                 `json:"-"`
	VendorID             int64                 `json:"-"`
	Number               string                `json:"number"`
	Title                string                `json:"title"`
	Status               string                `json:"status"`
	Description          *string               `json:"description"`
	AccountingMethod     string                `json:"accounting_method"`
	Executed             bool                  `json:"executed"`
	Private              bool                  `json:"private"`
	GrandTotal           Decimal               `json:"grand_total"`
	RevisedContract      Decimal               `json:"revised_contract"`
	ApprovedChangeOrders Decimal               `json:"approved_change_orders"`
	PendingChangeOrders  Decimal               `json:"pending_change_orders"`
	RetainagePercent     Decimal               `json:"retainage_percent"`
	OriginID             *string               `json:"origin_id"`
	OriginCode           *string               `json:"origin_code"`
	OriginData           *string               `json:"origin_data"`
	ContractDate         *string               `json:"contract_date"`
	Inclusions           *string               `json:"inclusions"`
	Exclusions           *string               `json:"exclusions"`
	BillToAddress        *string               `json:"bill_to_address"`
	ShipToAddress        *string               `json:"ship_to_address"`
	PaymentTerms         *string               `json:"payment_terms"`
	DeliveryDate         *string               `json:"delivery_date"`
	CreatedAt            string                `json:"created_at"`
	UpdatedAt            string                `json:"updated_at"`
	LineItems            []*CommitmentLineItem `json:"-"`
	// DeletedAt is set when the contract was deleted: Procore keeps it, hidden from lists
	// unless filters[include_deleted] asks (see commitmentdelete.go).
	DeletedAt *string `json:"-"`
}

// CommitmentLineItem is one schedule-of-values line (reference §9.3).
type CommitmentLineItem struct {
	ID             int64   `json:"id"`
	Amount         Decimal `json:"amount"`
	Description    *string `json:"description"`
	Quantity       Decimal `json:"quantity"`
	UnitCost       Decimal `json:"unit_cost"`
	UOM            *string `json:"uom"`
	TotalAmount    Decimal `json:"total_amount"`
	ExtendedAmount Decimal `json:"extended_amount"`
	ExtendedType   string  `json:"extended_type"`
	Position       int     `json:"position"`
	CostCodeID     int64   `json:"-"`
	LineItemTypeID int64   `json:"-"`
	OriginID       *string `json:"origin_id"`
	OriginData     *string `json:"origin_data"`
	CreatedAt      string  `json:"created_at"`
	UpdatedAt      string  `json:"updated_at"`
}

func (c *Commitment) rowID() int64         { return c.ID }
func (c *Commitment) rowOriginID() *string { return c.OriginID }

// AddCommitment stores a commitment with its line items; its project and vendor must exist.
func (c *Company) AddCommitment(commitment *Commitment) error {
	if c.projects.byID[commitment.ProjectID] == nil || c.vendors.byID[commitment.VendorID] == nil {
		return errMissingParent("commitment", commitment.ID)
	}
	c.stamp(&commitment.CreatedAt, &commitment.UpdatedAt)
	for _, item := range commitment.LineItems {
		c.stamp(&item.CreatedAt, &item.UpdatedAt)
	}
	return c.commitments.insert(commitment)
}

var (
	purchaseOrderOnly = []string{"bill_to_address", "ship_to_address", "payment_terms", "delivery_date"}
	workOrderOnly     = []string{"inclusions", "exclusions"}
	// The compact view (the list default, reference §9.1) keeps the identifying and money fields.
	commitmentCompact = []string{"id", "number", "title", "status", "executed", "grand_total", "origin_id", "origin_code",
		"vendor", "project", "created_at", "updated_at", "deleted_at"}
)

func renderCommitment(c *call, commitment *Commitment, view string, withLineItems bool) map[string]json.RawMessage {
	drop := purchaseOrderOnly
	if commitment.Type == PurchaseOrderContract {
		drop = workOrderOnly
	}
	object := render(commitment, drop...)
	// Change order sums are derived from the change orders themselves, so they always agree (§9.6).
	approved, pending := c.company.changeOrderTotals(commitment.ID)
	object["approved_change_orders"], _ = json.Marshal(formatDecimal(approved))
	object["pending_change_orders"], _ = json.Marshal(formatDecimal(pending))
	object["revised_contract"], _ = json.Marshal(formatDecimal(round2(decimalValue(commitment.GrandTotal) + approved)))
	vendor := map[string]any{"id": commitment.VendorID, "company": nil}
	if v := c.company.vendors.byID[commitment.VendorID]; v != nil {
		vendor["company"] = v.Name
		if withLineItems { // the show shape adds the vendor's origin fields (reference §9.2)
			vendor["origin_id"], vendor["origin_data"] = v.OriginID, v.OriginData
		}
	}
	object["vendor"], _ = json.Marshal(vendor)
	project := c.company.projects.byID[commitment.ProjectID]
	object["project"], _ = json.Marshal(companyRef{ID: project.ID, Name: project.Name})
	object["deleted_at"] = nullJSON
	if commitment.DeletedAt != nil {
		object["deleted_at"], _ = json.Marshal(*commitment.DeletedAt)
	}
	object["currency_configuration"] = json.RawMessage(`{"currency_iso_code":"USD"}`)
	if withLineItems {
		items := make([]any, len(commitment.LineItems))
		for i, item := range commitment.LineItems {
			items[i] = renderCommitmentLineItem(c, commitment, item)
		}
		object["line_items"], _ = json.Marshal(items)
		object["payments_issued"], _ = json.Marshal(paymentsIssued(c, commitment))
		return object
	}
	if view != "extended" {
		object = keep(object, commitmentCompact...)
	}
	return object
}

func renderCommitmentLineItem(c *call, commitment *Commitment, item *CommitmentLineItem) map[string]json.RawMessage {
	object := render(item)
	costCode := map[string]any{"id": item.CostCodeID}
	if code := c.company.costCodes.byID[item.CostCodeID]; code != nil {
		costCode["name"], costCode["code"], costCode["full_code"], costCode["origin_id"] = code.Name, code.Code, code.FullCode, code.OriginID
	}
	object["cost_code"], _ = json.Marshal(costCode)
	object["line_item_type"] = nullJSON
	if t := c.company.lineItemTypes.byID[item.LineItemTypeID]; t != nil {
		object["line_item_type"], _ = json.Marshal(t)
	}
	object["holder"], _ = json.Marshal(map[string]any{"id": commitment.ID, "holder_type": commitment.Type})
	object["tax_code_id"], object["wbs_code"] = nullJSON, nullJSON
	return object
}

// commitmentFromRequest resolves {id} and project_id to a visible commitment of the route's type.
func (c *call) commitmentFromRequest(w http.ResponseWriter, r *http.Request, commitmentType, idName string) *Commitment {
	if c.projectFromQuery(w, r) == nil {
		return nil
	}
	id, ok := pathID(w, r, idName, "Commitment")
	if !ok {
		return nil
	}
	commitment := c.company.commitments.byID[id]
	if commitment == nil || commitment.DeletedAt != nil || commitment.Type != commitmentType ||
		strconv.FormatInt(commitment.ProjectID, 10) != r.URL.Query().Get("project_id") {
		notFound(w, "Commitment")
		return nil
	}
	return commitment
}

// projectFromQuery resolves the required project_id query parameter to a visible project.
func (c *call) projectFromQuery(w http.ResponseWriter, r *http.Request) *Project {
	value := r.URL.Query().Get("project_id")
	if value == "" {
		writeError(w, http.StatusBadRequest, "project_id is missing", "")
		return nil
	}
	id, err := strconv.ParseInt(value, 10, 64)
	project := c.visibleProject(id)
	if err != nil || project == nil {
		notFound(w, "Project")
		return nil
	}
	return project
}

// handleListCommitments is GET /rest/v1.0/{work_order,purchase_order}_contracts?project_id= (§9.1).
func (s *Server) handleListCommitments(commitmentType string) apiHandler {
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
		deleted, ok := readIncludeDeleted(w, r)
		if !ok {
			return
		}
		var rows []*Commitment
		for _, commitment := range c.company.commitments.rows {
			if commitment.Type != commitmentType || commitment.ProjectID != project.ID ||
				!filters.match(commitment.ID, commitment.OriginID, commitment.CreatedAt, commitment.UpdatedAt) ||
				!deleted.shows(commitment.DeletedAt != nil) {
				continue
			}
			if status := query.Get("filters[status]"); status != "" && status != commitment.Status {
				continue
			}
			rows = append(rows, commitment)
		}
		view := query.Get("view")
		writeJSON(w, http.StatusOK, paginateRendered(w, r, rows, DefaultMaxPerPage, func(commitment *Commitment) any {
			return renderCommitment(c, commitment, view, false)
		}))
	}
}

// handleShowCommitment is GET /rest/v1.0/{work_order,purchase_order}_contracts/{id}?project_id= (§9.2).
func (s *Server) handleShowCommitment(commitmentType string) apiHandler {
	return func(w http.ResponseWriter, r *http.Request, c *call) {
		if commitment := c.commitmentFromRequest(w, r, commitmentType, "id"); commitment != nil {
			writeJSON(w, http.StatusOK, renderCommitment(c, commitment, "", true))
		}
	}
}

// handleListCommitmentLineItems is GET …/{contract_id}/line_items?project_id= (§9.3).
func (s *Server) handleListCommitmentLineItems(commitmentType string) apiHandler {
	return func(w http.ResponseWriter, r *http.Request, c *call) {
		commitment := c.commitmentFromRequest(w, r, commitmentType, "contract_id")
		if commitment == nil {
			return
		}
		filters, ok := readFilters(w, r)
		if !ok {
			return
		}
		var rows []*CommitmentLineItem
		for _, item := range commitment.LineItems {
			if filters.match(item.ID, item.OriginID, item.CreatedAt, item.UpdatedAt) {
				rows = append(rows, item)
			}
		}
		writeJSON(w, http.StatusOK, paginateRendered(w, r, rows, DefaultMaxPerPage, func(item *CommitmentLineItem) any {
			return renderCommitmentLineItem(c, commitment, item)
		}))
	}
}
