package procoresim

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// DirectCostLineItem is one line of a direct cost (reference §11.4). CostCodeID names a project
// cost code, as budget lines do; the line's WBS code follows from the code and the line item type.
// A line of an ERP-synced direct cost (origin_id set) is as immutable as the cost itself (§3.5).
type DirectCostLineItem struct {
	ID             int64   `json:"id"`
	ProjectID      int64   `json:"-"`
	DirectCostID   int64   `json:"-"`
	CostCodeID     int64   `json:"-"`
	LineItemTypeID int64   `json:"-"`
	Amount         Decimal `json:"amount"`
	Quantity       Decimal `json:"quantity"`
	UnitCost       Decimal `json:"unit_cost"`
	ExtendedType   string  `json:"extended_type"`
	UOM            *string `json:"uom"`
	Description    *string `json:"description"`
	Position       int     `json:"position"`
	TaxCodeID      *int64  `json:"tax_code_id"`
	OriginID       *string `json:"origin_id"`
	OriginData     *string `json:"origin_data"`
	CreatedAt      string  `json:"created_at"`
	UpdatedAt      string  `json:"updated_at"`
}

func (l *DirectCostLineItem) rowID() int64         { return l.ID }
func (l *DirectCostLineItem) rowOriginID() *string { return l.OriginID }

const directCostLineIDBase int64 = 6_150_000_000

var directCostLineFields = []string{"amount", "quantity", "unit_cost", "uom", "description", "extended_type",
	"tax_code_id", "origin_id", "origin_data"}

// AddDirectCostLine stores a direct cost line; its direct cost must exist in the same project.
func (c *Company) AddDirectCostLine(line *DirectCostLineItem) error {
	if cost := c.directCosts.byID[line.DirectCostID]; cost == nil || cost.ProjectID != line.ProjectID {
		return errMissingParent("direct cost line", line.ID)
	}
	c.stamp(&line.CreatedAt, &line.UpdatedAt)
	return c.directCostLines.insert(line)
}

// directCostLinesOf returns a direct cost's lines in id order.
func (c *Company) directCostLinesOf(directCostID int64) []*DirectCostLineItem {
	var lines []*DirectCostLineItem
	for _, line := range c.directCostLines.rows {
		if line.DirectCostID == directCostID {
			lines = append(lines, line)
		}
	}
	return lines
}

// renderDirectCostLine is the line item shape of §11.4, with the cost code, type, WBS code and
// holder the line points at.
func renderDirectCostLine(c *call, line *DirectCostLineItem) any {
	object := render(line)
	object["total_amount"], object["extended_amount"] = object["amount"], object["amount"]
	object["cost_code"], object["line_item_type"], object["wbs_code"] = nullJSON, nullJSON, nullJSON
	if code := c.company.projectCodes.byID[line.CostCodeID]; code != nil {
		object["cost_code"], _ = json.Marshal(map[string]any{"id": code.ID, "full_code": code.FullCode, "name": code.Name, "origin_id": code.OriginID})
	}
	if t := c.company.lineItemTypes.byID[line.LineItemTypeID]; t != nil {
		object["line_item_type"], _ = json.Marshal(t)
	}
	if wbs, err := c.company.wbsCode(line.ProjectID, line.CostCodeID, line.LineItemTypeID, 0); err == nil {
		object["wbs_code"], _ = json.Marshal(renderWBSCode(c.company, wbs.ID))
	}
	object["holder"], _ = json.Marshal(map[string]any{"id": line.DirectCostID, "holder_type": "DirectCost"})
	if project := c.company.projects.byID[line.ProjectID]; project != nil {
		object["project"], _ = json.Marshal(companyRef{ID: project.ID, Name: project.Name})
	}
	object["currency_configuration"] = json.RawMessage(`{"currency_iso_code":"USD"}`)
	return object
}

// directCostLineKind writes a project's direct cost lines. withinCreate is set while the lines of a
// direct cost's own create are stored: the new cost may already carry an origin_id, which locks it
// against later edits but not against the lines it was created with.
func (s *Server) directCostLineKind(c *call, project *Project, withinCreate bool) kind[*DirectCostLineItem] {
	now := s.opts.Now().UTC().Format(time.RFC3339)
	lines := c.company.directCostLines
	parentLocked := func(line *DirectCostLineItem) string {
		if d := c.company.directCosts.byID[line.DirectCostID]; d != nil && !withinCreate {
			if d.OriginID != nil && *d.OriginID != "" {
				return messageDirectCostERP
			}
		}
		return ""
	}
	return kind[*DirectCostLineItem]{
		table: lines, idBase: directCostLineIDBase, tooLargeStatus: http.StatusUnprocessableEntity,
		blank: func(id int64) *DirectCostLineItem {
			return &DirectCostLineItem{ID: id, ProjectID: project.ID, Amount: "0.0", Quantity: "1.0", UnitCost: "0.0",
				ExtendedType: "manual", CreatedAt: now}
		},
		clone: func(line *DirectCostLineItem) *DirectCostLineItem { copied := *line; return &copied },
		apply: func(line *DirectCostLineItem, attrs attributes) fieldErrors {
			_, stored := lines.byID[line.ID]
			problems := applyAttributes(line, attrs, directCostLineFields, nil)
			if id, present, err := int64Attr(attrs, "direct_cost_id"); err != nil {
				problems.add("direct_cost_id", "is invalid")
			} else if present && stored && id != line.DirectCostID {
				problems.add("direct_cost_id", "cannot be changed")
			} else if present {
				line.DirectCostID = id
			}
			if d := c.company.directCosts.byID[line.DirectCostID]; line.DirectCostID == 0 {
				problems.add("direct_cost_id", "can't be blank")
			} else if d == nil || d.ProjectID != project.ID {
				problems.add("direct_cost_id", "is invalid")
			} else if !stored && parentLocked(line) != "" {
				problems.add("base", messageDirectCostERP)
			}
			// Either wbs_code_id or cost_code_id with line_item_type_id; wbs_code_id wins (§11.4).
			wbsID, hasWBS, err := int64Attr(attrs, "wbs_code_id")
			wbs := c.company.wbsCodes.byID[wbsID]
			switch {
			case err != nil || hasWBS && (wbs == nil || wbs.ProjectID != project.ID):
				problems.add("wbs_code_id", "is invalid")
			case hasWBS:
				line.CostCodeID, line.LineItemTypeID = wbs.CostCodeID, wbs.LineItemTypeID
			default:
				for name, target := range map[string]*int64{"cost_code_id": &line.CostCodeID, "line_item_type_id": &line.LineItemTypeID} {
					if id, present, err := int64Attr(attrs, name); err != nil {
						problems.add(name, "is invalid")
					} else if present {
						*target = id
					}
				}
			}
			if problems["wbs_code_id"] == nil && c.company.projectCostCode(project, line.CostCodeID) == nil {
				problems.add("cost_code_id", "is invalid")
			}
			if problems["wbs_code_id"] == nil && c.company.lineItemTypes.byID[line.LineItemTypeID] == nil {
				problems.add("line_item_type_id", "is invalid")
			}
			switch line.ExtendedType {
			case "calculated":
				line.Amount = money2(decimalValue(line.Quantity) * decimalValue(line.UnitCost))
			case "manual":
			default:
				problems.add("extended_type", "is not included in the list")
			}
			if !stored {
				for _, other := range c.company.directCostLinesOf(line.DirectCostID) {
					line.Position = max(line.Position, other.Position)
				}
				line.Position++
			}
			line.UpdatedAt = now
			return problems
		},
		locked:  parentLocked,
		visible: func(line *DirectCostLineItem) bool { return line.ProjectID == project.ID },
		render:  func(line *DirectCostLineItem) any { return renderDirectCostLine(c, line) },
	}
}

// addCreatedLines stores the line_items of a v1.1 direct cost create (§11.2: wbs_code_id,
// manual_amount or quantity × unit_cost, …) as lines of d. If one is refused, d and the lines stored
// so far are removed again and the problems name the line.
func (s *Server) addCreatedLines(c *call, project *Project, d *DirectCost, items []attributes) fieldErrors {
	k := s.directCostLineKind(c, project, true)
	for i, item := range items {
		attrs := attributes{"direct_cost_id": json.RawMessage(strconv.FormatInt(d.ID, 10))}
		for _, name := range []string{"wbs_code_id", "quantity", "unit_cost", "uom", "description", "origin_id", "origin_data"} {
			if value, present := item[name]; present {
				attrs[name] = value
			}
		}
		if amount, present := item["manual_amount"]; present {
			attrs["amount"], attrs["extended_type"] = amount, json.RawMessage(`"manual"`)
		} else {
			attrs["extended_type"] = json.RawMessage(`"calculated"`)
		}
		if _, problems := k.create(attrs); len(problems) > 0 {
			c.company.directCostLines.removeWhere(func(line *DirectCostLineItem) bool { return line.DirectCostID == d.ID })
			c.company.directCosts.removeWhere(func(other *DirectCost) bool { return other.ID == d.ID })
			prefixed := fieldErrors{}
			for field, messages := range problems {
				prefixed[fmt.Sprintf("line_items[%d].%s", i, field)] = messages
			}
			return prefixed
		}
	}
	return nil
}

// handleListProjectDirectCostLines is GET /rest/v1.0/projects/{project_id}/direct_costs/line_items:
// every line of the project, narrowed by filters[direct_cost_id], filters[cost_code_id] and
// filters[line_item_type_id] besides the shared filters.
func (s *Server) handleListProjectDirectCostLines(w http.ResponseWriter, r *http.Request, c *call) {
	project := c.projectFromPath(w, r)
	if project == nil {
		return
	}
	s.writeDirectCostLines(w, r, c, project, 0)
}

// handleListDirectCostLines is GET …/direct_costs/{direct_cost_id}/line_items.
func (s *Server) handleListDirectCostLines(w http.ResponseWriter, r *http.Request, c *call) {
	d, project := s.directCostOfLines(w, r, c)
	if d != nil {
		s.writeDirectCostLines(w, r, c, project, d.ID)
	}
}

func (s *Server) writeDirectCostLines(w http.ResponseWriter, r *http.Request, c *call, project *Project, directCostID int64) {
	filters, ok := readFilters(w, r)
	if !ok {
		return
	}
	query := r.URL.Query()
	match := map[string]func(*DirectCostLineItem) int64{
		"filters[direct_cost_id]":    func(l *DirectCostLineItem) int64 { return l.DirectCostID },
		"filters[cost_code_id]":      func(l *DirectCostLineItem) int64 { return l.CostCodeID },
		"filters[line_item_type_id]": func(l *DirectCostLineItem) int64 { return l.LineItemTypeID },
	}
	var rows []*DirectCostLineItem
	for _, line := range c.company.directCostLines.rows {
		if line.ProjectID != project.ID || directCostID != 0 && line.DirectCostID != directCostID ||
			!filters.match(line.ID, line.OriginID, line.CreatedAt, line.UpdatedAt) {
			continue
		}
		kept := true
		for name, field := range match {
			if value := query.Get(name); value != "" && value != strconv.FormatInt(field(line), 10) {
				kept = false
			}
		}
		if kept {
			rows = append(rows, line)
		}
	}
	writeJSON(w, http.StatusOK, paginateRendered(w, r, orEmptyRows(rows), DefaultMaxPerPage, func(line *DirectCostLineItem) any {
		return renderDirectCostLine(c, line)
	}))
}

// directCostOfLines resolves {project_id} and {direct_cost_id}, answering 404 itself.
func (s *Server) directCostOfLines(w http.ResponseWriter, r *http.Request, c *call) (*DirectCost, *Project) {
	project := c.projectFromPath(w, r)
	if project == nil {
		return nil, nil
	}
	d, found := s.directCostKind(c, project).findFromPath(w, r, "direct_cost_id", "Direct cost")
	if !found {
		return nil, nil
	}
	return d, project
}

// lineOfDirectCost resolves …/direct_costs/{direct_cost_id}/line_items/{id} to a line of that cost.
func (s *Server) lineOfDirectCost(w http.ResponseWriter, r *http.Request, c *call) (*DirectCostLineItem, kind[*DirectCostLineItem], bool) {
	d, project := s.directCostOfLines(w, r, c)
	if d == nil {
		return nil, kind[*DirectCostLineItem]{}, false
	}
	k := s.directCostLineKind(c, project, false)
	line, found := k.findFromPath(w, r, "id", "Direct cost line item")
	if found && line.DirectCostID != d.ID {
		notFound(w, "Direct cost line item")
		return nil, k, false
	}
	return line, k, found
}

// handleShowDirectCostLine is GET …/direct_costs/{direct_cost_id}/line_items/{id}.
func (s *Server) handleShowDirectCostLine(w http.ResponseWriter, r *http.Request, c *call) {
	if line, k, found := s.lineOfDirectCost(w, r, c); found {
		writeJSON(w, http.StatusOK, k.render(line))
	}
}

type directCostLineBody struct {
	LineItem attributes `json:"line_item"`
}

// handleCreateDirectCostLine is POST …/direct_costs/{direct_cost_id}/line_items with
// {"line_item": {...}} → 201; 422 on an ERP-synced direct cost.
func (s *Server) handleCreateDirectCostLine(w http.ResponseWriter, r *http.Request, c *call) {
	d, project := s.directCostOfLines(w, r, c)
	if d == nil {
		return
	}
	var body directCostLineBody
	if !decodeBody(w, r, &body) {
		return
	}
	if body.LineItem == nil {
		writeError(w, http.StatusBadRequest, "param is missing or the value is empty: line_item", "")
		return
	}
	body.LineItem["direct_cost_id"] = json.RawMessage(strconv.FormatInt(d.ID, 10))
	k := s.directCostLineKind(c, project, false)
	line, problems := k.create(body.LineItem)
	writeCreateResult(w, func() any { return k.render(line) }, problems)
}

// handleUpdateDirectCostLine is PATCH …/direct_costs/{direct_cost_id}/line_items/{id}.
func (s *Server) handleUpdateDirectCostLine(w http.ResponseWriter, r *http.Request, c *call) {
	existing, k, found := s.lineOfDirectCost(w, r, c)
	if !found {
		return
	}
	var body directCostLineBody
	if !decodeBody(w, r, &body) {
		return
	}
	line, problems, locked := k.update(existing, body.LineItem)
	writeUpdateResult(w, k.render(line), problems, locked)
}

// handleDeleteDirectCostLine is DELETE …/direct_costs/{direct_cost_id}/line_items/{id} → 204; 422 on
// an ERP-synced direct cost.
func (s *Server) handleDeleteDirectCostLine(w http.ResponseWriter, r *http.Request, c *call) {
	existing, k, found := s.lineOfDirectCost(w, r, c)
	if !found {
		return
	}
	if reason := k.locked(existing); reason != "" {
		writeError(w, http.StatusUnprocessableEntity, reason, "locked")
		return
	}
	c.company.directCostLines.removeWhere(func(line *DirectCostLineItem) bool { return line.ID == existing.ID })
	w.WriteHeader(http.StatusNoContent)
}

// handleSyncDirectCostLines is PATCH /rest/v1.0/projects/{project_id}/direct_costs/line_items/sync
// (§11.4): the usual envelope; direct_cost_id is required when creating.
func (s *Server) handleSyncDirectCostLines(w http.ResponseWriter, r *http.Request, c *call) {
	project := c.projectFromPath(w, r)
	if project == nil {
		return
	}
	var body syncRequest
	if !decodeBody(w, r, &body) {
		return
	}
	s.directCostLineKind(c, project, false).sync(w, body.Updates)
}
