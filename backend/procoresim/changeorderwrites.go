package procoresim

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"time"
)

// Commitment change order writes: POST, PATCH and DELETE on
// /rest/v1.0/projects/{project_id}/commitment_change_orders[/{id}] (reference §9.6). The reference
// names these calls but not their bodies, so they mirror the other v1.0 creates: the attributes sit
// under one key, {"commitment_change_order": {...}}, with the field names of the show shape plus
// contract_id (required on create, fixed afterwards). Because v1.0 shows no line items, the lines a
// change order's grand total comes from may be sent as line_items (the §9.3 line fields plus
// commitment_line_item_id); sent on an update they replace the lines. An approved change order keeps
// its lines and cannot be deleted (§3.5).

const (
	changeOrderIDBase     int64 = 6_800_000_000
	changeOrderLineIDBase int64 = 6_850_000_000
	messageApprovedLocked       = "An approved change order cannot have its line items changed or be deleted"
)

var (
	changeOrderFields = []string{"number", "title", "description", "status", "reference", "executed", "paid",
		"signature_required", "private", "field_change", "schedule_impact_amount", "invoiced_date", "due_date",
		"revised_substantial_completion_date", "signed_change_order_received_date", "origin_id", "origin_code", "origin_data"}
	changeOrderLineFields = []string{"description", "uom", "quantity", "unit_cost", "amount", "extended_type"}
)

func (s *Server) changeOrderKind(c *call, project *Project) kind[*CommitmentChangeOrder] {
	now := s.opts.Now().UTC().Format(time.RFC3339)
	orders := c.company.changeOrders
	return kind[*CommitmentChangeOrder]{
		table: orders, idBase: changeOrderIDBase, tooLargeStatus: http.StatusUnprocessableEntity,
		blank: func(id int64) *CommitmentChangeOrder {
			return &CommitmentChangeOrder{ID: id, ProjectID: project.ID, Status: "draft", Type: "CommitmentChangeOrder",
				GrandTotal: "0.0", CreatedAt: now}
		},
		clone: func(o *CommitmentChangeOrder) *CommitmentChangeOrder { copied := *o; return &copied },
		apply: func(o *CommitmentChangeOrder, attrs attributes) fieldErrors {
			stored, isStored := orders.byID[o.ID]
			problems := applyAttributes(o, attrs, changeOrderFields, nil)
			if id, present, err := int64Attr(attrs, "contract_id"); err != nil {
				problems.add("contract_id", "is invalid")
			} else if present && isStored && id != o.ContractID {
				problems.add("contract_id", "cannot be changed")
			} else if present {
				o.ContractID = id
			}
			commitment := c.company.commitments.byID[o.ContractID]
			switch {
			case o.ContractID == 0:
				problems.add("contract_id", "can't be blank")
			case commitment == nil || commitment.ProjectID != project.ID:
				problems.add("contract_id", "is invalid")
			}
			if !changeOrderStatuses[o.Status] {
				problems.add("status", "is not included in the list")
			}
			if raw, present := attrs["line_items"]; present && commitment != nil {
				if isStored && stored.Status == "approved" {
					problems.add("line_items", messageApprovedLocked)
				} else {
					for field, messages := range s.applyChangeOrderLines(c, project, commitment, o, raw) {
						problems[field] = messages
					}
				}
			}
			if o.Number == "" && commitment != nil {
				count := 0
				for _, other := range orders.rows {
					if other.ContractID == o.ContractID {
						count++
					}
				}
				o.Number = fmt.Sprintf("%03d", count+1)
			}
			o.UpdatedAt = now
			return problems
		},
		visible: func(o *CommitmentChangeOrder) bool { return o.ProjectID == project.ID },
		render:  func(o *CommitmentChangeOrder) any { return renderChangeOrder(c.company, o, "", true) },
	}
}

// applyChangeOrderLines replaces o's lines with those in raw and sets its grand total to their sum.
// Cost codes may be the project's or the standard codes behind them (lines store standard codes, as
// commitment lines do); commitment_line_item_id must be a line of the change order's commitment.
func (s *Server) applyChangeOrderLines(c *call, project *Project, commitment *Commitment, o *CommitmentChangeOrder, raw json.RawMessage) fieldErrors {
	problems := fieldErrors{}
	var items []attributes
	if err := json.Unmarshal(raw, &items); err != nil {
		problems.add("line_items", "is invalid")
		return problems
	}
	standardOf := map[int64]int64{}
	for _, code := range c.company.projectCostCodes(project) {
		if code.StandardCostCodeID != nil {
			standardOf[code.ID] = *code.StandardCostCodeID
		}
	}
	next := changeOrderLineIDBase
	for _, other := range c.company.changeOrders.rows {
		for _, line := range other.LineItems {
			next = max(next, line.ID+1)
		}
	}
	lines := make([]*ChangeOrderLineItem, 0, len(items))
	total := 0.0
	for i, attrs := range items {
		field := fmt.Sprintf("line_items[%d].", i)
		line := &ChangeOrderLineItem{ID: next + int64(i), Quantity: 1, UnitCost: "0.0", Amount: "0.0", ExtendedType: "manual", Position: i + 1}
		for name, messages := range applyAttributes(line, attrs, changeOrderLineFields, nil) {
			problems[field+name] = messages
		}
		for name, target := range map[string]*int64{"cost_code_id": &line.CostCodeID, "line_item_type_id": &line.LineItemTypeID} {
			if id, present, err := int64Attr(attrs, name); err != nil {
				problems.add(field+name, "is invalid")
			} else if present {
				*target = id
			}
		}
		if standard, ok := standardOf[line.CostCodeID]; ok {
			line.CostCodeID = standard
		}
		if c.company.costCodes.byID[line.CostCodeID] == nil {
			problems.add(field+"cost_code_id", "is invalid")
		}
		if line.LineItemTypeID != 0 && c.company.lineItemTypes.byID[line.LineItemTypeID] == nil {
			problems.add(field+"line_item_type_id", "is invalid")
		}
		if id, present, err := int64Attr(attrs, "commitment_line_item_id"); err != nil {
			problems.add(field+"commitment_line_item_id", "is invalid")
		} else if present {
			if !slices.ContainsFunc(commitment.LineItems, func(item *CommitmentLineItem) bool { return item.ID == id }) {
				problems.add(field+"commitment_line_item_id", "is not a line of the commitment")
			}
			line.CommitmentLineItemID = &id
		}
		switch line.ExtendedType {
		case "calculated":
			line.Amount = money2(line.Quantity * decimalValue(line.UnitCost))
		case "manual":
		default:
			problems.add(field+"extended_type", "is not included in the list")
		}
		total += decimalValue(line.Amount)
		lines = append(lines, line)
	}
	o.LineItems, o.GrandTotal = lines, money2(total)
	return problems
}

type changeOrderBody struct {
	ChangeOrder attributes `json:"commitment_change_order"`
}

func decodeChangeOrderBody(w http.ResponseWriter, r *http.Request) (attributes, bool) {
	var body changeOrderBody
	if !decodeBody(w, r, &body) {
		return nil, false
	}
	if body.ChangeOrder == nil {
		writeError(w, http.StatusBadRequest, "param is missing or the value is empty: commitment_change_order", "")
		return nil, false
	}
	return body.ChangeOrder, true
}

// handleCreateChangeOrder is POST …/commitment_change_orders → 201 show shape.
func (s *Server) handleCreateChangeOrder(w http.ResponseWriter, r *http.Request, c *call) {
	project := c.projectFromPath(w, r)
	if project == nil {
		return
	}
	attrs, ok := decodeChangeOrderBody(w, r)
	if !ok {
		return
	}
	k := s.changeOrderKind(c, project)
	order, problems := k.create(attrs)
	writeCreateResult(w, func() any { return k.render(order) }, problems)
}

// handleUpdateChangeOrder is PATCH …/commitment_change_orders/{id} → 200.
func (s *Server) handleUpdateChangeOrder(w http.ResponseWriter, r *http.Request, c *call) {
	project := c.projectFromPath(w, r)
	if project == nil {
		return
	}
	k := s.changeOrderKind(c, project)
	existing, found := k.findFromPath(w, r, "id", "Commitment change order")
	if !found {
		return
	}
	attrs, ok := decodeChangeOrderBody(w, r)
	if !ok {
		return
	}
	order, problems, locked := k.update(existing, attrs)
	writeUpdateResult(w, k.render(order), problems, locked)
}

// handleDeleteChangeOrder is DELETE …/commitment_change_orders/{id} → 204; 422 when approved.
func (s *Server) handleDeleteChangeOrder(w http.ResponseWriter, r *http.Request, c *call) {
	project := c.projectFromPath(w, r)
	if project == nil {
		return
	}
	existing, found := s.changeOrderKind(c, project).findFromPath(w, r, "id", "Commitment change order")
	if !found {
		return
	}
	if existing.Status == "approved" {
		writeError(w, http.StatusUnprocessableEntity, messageApprovedLocked, "locked")
		return
	}
	c.company.changeOrders.removeWhere(func(o *CommitmentChangeOrder) bool { return o.ID == existing.ID })
	w.WriteHeader(http.StatusNoContent)
}
