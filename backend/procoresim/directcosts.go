package procoresim

import (
	"encoding/json"
	"net/http"
	"time"
)

// DirectCost is a project direct cost (reference §11.1, list shape). Once it has an origin_id it is
// synced with the ERP and immutable (reference §3.5): edits answer 422.
type DirectCost struct {
	ID             int64   `json:"id"`
	ProjectID      int64   `json:"-"`
	DirectCostType string  `json:"direct_cost_type"`
	DirectCostDate *string `json:"direct_cost_date"`
	Description    *string `json:"description"`
	InvoiceNumber  *string `json:"invoice_number"`
	Status         string  `json:"status"`
	Amount         Decimal `json:"amount"`
	GrandTotal     Decimal `json:"grand_total"`
	PaymentDate    *string `json:"payment_date"`
	ReceivedDate   *string `json:"received_date"`
	Terms          *string `json:"terms"`
	VendorID       *int64  `json:"vendor_id"`
	VendorName     *string `json:"vendor_name"`
	OriginID       *string `json:"origin_id"`
	OriginData     *string `json:"origin_data"`
	CreatedAt      string  `json:"created_at"`
	UpdatedAt      string  `json:"updated_at"`
}

func (d *DirectCost) rowID() int64         { return d.ID }
func (d *DirectCost) rowOriginID() *string { return d.OriginID }

const (
	directCostIDBase     int64 = 6_100_000_000
	messageDirectCostERP       = "The direct cost is not editable because it has been synced with ERP"
)

var directCostTypes = map[string]bool{"invoice": true, "expense": true, "payroll": true, "subcontractor_invoice": true}
var directCostStatuses = map[string]bool{"draft": true, "pending": true, "revise_and_resubmit": true, "approved": true}

var directCostFields = []string{"direct_cost_date", "description", "invoice_number", "status", "payment_date",
	"received_date", "terms", "vendor_id", "origin_id", "origin_data"}

// renderDirectCost adds what the list shape derives from other records: vendor name, employee,
// currency, and the grand total, which is the sum of the lines once the cost has any (§11.4).
func renderDirectCost(c *call, d *DirectCost) map[string]json.RawMessage {
	object := render(d)
	if lines := c.company.directCostLinesOf(d.ID); len(lines) > 0 {
		total := 0.0
		for _, line := range lines {
			total += decimalValue(line.Amount)
		}
		object["amount"], _ = json.Marshal(money2(total))
		object["grand_total"] = object["amount"]
	}
	vendorName := json.RawMessage("null")
	if d.VendorID != nil {
		if vendor := c.company.vendors.byID[*d.VendorID]; vendor != nil {
			vendorName, _ = json.Marshal(vendor.Name)
		}
	}
	object["vendor"], object["vendor_name"] = vendorName, vendorName
	object["employee"], object["deleted_at"] = nullJSON, nullJSON
	object["currency_configuration"] = json.RawMessage(`{"currency_iso_code":"USD","currency_exchange_rate":1.0,"base_currency_iso_code":"USD"}`)
	return object
}

// renderDirectCostShow is the show (and create, update, sync) shape of §11.1: the vendor as
// {id, name}, company and project, and the lines.
func renderDirectCostShow(c *call, d *DirectCost) any {
	object := renderDirectCost(c, d)
	if d.VendorID != nil {
		object["vendor"], _ = json.Marshal(map[string]any{"id": *d.VendorID, "name": json.RawMessage(object["vendor_name"])})
	}
	object["company"], _ = json.Marshal(companyRef{ID: c.company.ID, Name: c.company.Name})
	if project := c.company.projects.byID[d.ProjectID]; project != nil {
		object["project"], _ = json.Marshal(companyRef{ID: project.ID, Name: project.Name})
	}
	lines := c.company.directCostLinesOf(d.ID)
	rendered := make([]any, len(lines))
	for i, line := range lines {
		rendered[i] = renderDirectCostLine(c, line)
	}
	object["line_items"], _ = json.Marshal(rendered)
	object["line_items_count"], _ = json.Marshal(len(lines))
	object["attachments"], object["attachments_count"] = json.RawMessage(`[]`), json.RawMessage(`0`)
	return object
}

func (s *Server) directCostKind(c *call, project *Project) kind[*DirectCost] {
	now := s.opts.Now().UTC().Format(time.RFC3339)
	return kind[*DirectCost]{
		table: c.company.directCosts, idBase: directCostIDBase, tooLargeStatus: http.StatusUnprocessableEntity,
		blank: func(id int64) *DirectCost {
			return &DirectCost{ID: id, ProjectID: project.ID, Status: "draft", Amount: "0.0", GrandTotal: "0.0", CreatedAt: now}
		},
		clone: func(d *DirectCost) *DirectCost { copied := *d; return &copied },
		apply: func(d *DirectCost, attrs attributes) fieldErrors {
			problems := fieldErrors{}
			if kindValue, present := stringAttr(attrs, "direct_cost_type"); present {
				switch {
				case d.DirectCostType != "" && (kindValue == nil || *kindValue != d.DirectCostType):
					problems.add("direct_cost_type", "can only be set when creating")
				case kindValue == nil || !directCostTypes[*kindValue]:
					problems.add("direct_cost_type", "is not included in the list")
				default:
					d.DirectCostType = *kindValue
				}
			}
			for field, message := range applyAttributes(d, attrs, directCostFields, nil) {
				problems[field] = message
			}
			if d.DirectCostType == "" {
				problems.add("direct_cost_type", "can't be blank")
			}
			if !directCostStatuses[d.Status] {
				problems.add("status", "is not included in the list")
			}
			if d.VendorID != nil && c.company.vendors.byID[*d.VendorID] == nil {
				problems.add("vendor_id", "is invalid")
			}
			if d.DirectCostType == "invoice" && (d.InvoiceNumber == nil || *d.InvoiceNumber == "") {
				problems.add("invoice_number", "can't be blank")
			}
			d.UpdatedAt = now
			return problems
		},
		locked: func(d *DirectCost) string {
			if d.OriginID != nil && *d.OriginID != "" {
				return messageDirectCostERP
			}
			return ""
		},
		visible: func(d *DirectCost) bool { return d.ProjectID == project.ID },
		render:  func(d *DirectCost) any { return renderDirectCostShow(c, d) },
	}
}

// handleListDirectCosts is GET /rest/v1.x/projects/{project_id}/direct_costs (reference §11.1).
func (s *Server) handleListDirectCosts(w http.ResponseWriter, r *http.Request, c *call) {
	project := c.projectFromPath(w, r)
	if project == nil {
		return
	}
	filters, ok := readFilters(w, r)
	if !ok {
		return
	}
	var rows []*DirectCost
	for _, d := range c.company.directCosts.rows {
		if d.ProjectID == project.ID && filters.match(d.ID, d.OriginID, d.CreatedAt, d.UpdatedAt) {
			rows = append(rows, d)
		}
	}
	writeJSON(w, http.StatusOK, paginateRendered(w, r, rows, DefaultMaxPerPage, func(d *DirectCost) any { return renderDirectCost(c, d) }))
}

// handleShowDirectCost is GET /rest/v1.x/projects/{project_id}/direct_costs/{id}: the show shape.
func (s *Server) handleShowDirectCost(w http.ResponseWriter, r *http.Request, c *call) {
	project := c.projectFromPath(w, r)
	if project == nil {
		return
	}
	k := s.directCostKind(c, project)
	if d, found := k.findFromPath(w, r, "id", "Direct cost"); found {
		writeJSON(w, http.StatusOK, k.render(d))
	}
}

// directCostBody accepts v1.1's "direct_cost" and v1.0's "item" keys (reference §11.2).
type directCostBody struct {
	DirectCost attributes `json:"direct_cost"`
	Item       attributes `json:"item"`
}

func (b directCostBody) attributes(version string) attributes {
	if version == "v1.0" && b.Item != nil {
		return b.Item
	}
	if b.DirectCost != nil {
		return b.DirectCost
	}
	return b.Item
}

// handleCreateDirectCost is POST /rest/v1.x/projects/{project_id}/direct_costs. The v1.1 body may
// carry line_items (§11.2); they are stored as the cost's lines, and if one is refused nothing is
// stored and the answer names it (line_items[i].field).
func (s *Server) handleCreateDirectCost(version string) apiHandler {
	return func(w http.ResponseWriter, r *http.Request, c *call) {
		project := c.projectFromPath(w, r)
		if project == nil {
			return
		}
		var body directCostBody
		if !decodeBody(w, r, &body) {
			return
		}
		attrs := body.attributes(version)
		if attrs == nil {
			writeError(w, http.StatusBadRequest, "param is missing or the value is empty: direct_cost", "")
			return
		}
		var lines []attributes
		if raw, present := attrs["line_items"]; present && json.Unmarshal(raw, &lines) != nil {
			writeFieldErrors(w, http.StatusUnprocessableEntity, "Validation failed: line_items is invalid", fieldErrors{"line_items": {"is invalid"}})
			return
		}
		k := s.directCostKind(c, project)
		d, problems := k.create(attrs)
		if len(problems) == 0 {
			problems = s.addCreatedLines(c, project, d, lines)
		}
		writeCreateResult(w, func() any { return k.render(d) }, problems)
	}
}

// handleUpdateDirectCost is PATCH /rest/v1.x/projects/{project_id}/direct_costs/{id}; 422 when locked.
func (s *Server) handleUpdateDirectCost(version string) apiHandler {
	return func(w http.ResponseWriter, r *http.Request, c *call) {
		project := c.projectFromPath(w, r)
		if project == nil {
			return
		}
		k := s.directCostKind(c, project)
		existing, found := k.findFromPath(w, r, "id", "Direct cost")
		if !found {
			return
		}
		var body directCostBody
		if !decodeBody(w, r, &body) {
			return
		}
		d, problems, locked := k.update(existing, body.attributes(version))
		writeUpdateResult(w, k.render(d), problems, locked)
	}
}

// handleSyncDirectCosts is PATCH /rest/v1.0/projects/{project_id}/direct_costs/sync (reference §11.3).
func (s *Server) handleSyncDirectCosts(w http.ResponseWriter, r *http.Request, c *call) {
	project := c.projectFromPath(w, r)
	if project == nil {
		return
	}
	var body syncRequest
	if !decodeBody(w, r, &body) {
		return
	}
	s.directCostKind(c, project).sync(w, body.Updates)
}
