package procoresim

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// lineMoney is a budget line item amount as the real show sends it: a decimal string in Ruby's
// BigDecimal style ("45000.0", "12933.36"), where the OpenAPI declares numbers (documents.md B6).
func lineMoney(value float64) Decimal { return formatDecimal(round2(value) + 0) } // + 0 turns -0 into 0

// lineMoneyOrNull is lineMoney for an optional input (quantity, unit cost).
func lineMoneyOrNull(value *float64) any {
	if value == nil {
		return nil
	}
	return lineMoney(*value)
}

// renderBudgetLineItem is the v1.0 BudgetLineItem of reference §8.3 as the real show returns it
// (PDOCS show-budget-line-item.png): amounts as strings, budget_modifications beside
// approved_budget_changes.
func renderBudgetLineItem(c *Company, project *Project, item *BudgetLineItem) any {
	f := c.budgetLedger(project).figures(item)
	object := map[string]any{
		"id": item.ID, "original_budget_amount": lineMoney(item.OriginalBudgetAmount), "uom": item.UOM,
		"quantity": lineMoneyOrNull(item.Quantity), "unit_cost": lineMoneyOrNull(item.UnitCost),
		"calculation_strategy": item.CalculationStrategy, "budget_modifications": lineMoney(f.modifications),
		"approved_budget_changes": lineMoney(f.approvedChanges), "revised_budget": lineMoney(f.revised),
		"pending_budget_changes": lineMoney(f.pendingChanges), "projected_budget": lineMoney(f.projectedBudget),
		"committed_costs": lineMoney(f.committed), "direct_costs": lineMoney(f.directCosts),
		"pending_cost_changes": lineMoney(f.pendingCostChanges), "projected_costs": lineMoney(f.projectedCosts),
		"budget_forecast": lineMoney(f.forecast), "estimated_cost_at_completion": lineMoney(f.atCost),
		"projected_over_under": lineMoney(f.overUnder), "cost_code": nil, "division": nil, "line_item_type": nil,
		"currency_configuration": map[string]string{"currency_iso_code": "USD"},
	}
	if code := c.projectCodes.byID[item.CostCodeID]; code != nil {
		object["cost_code"] = map[string]any{"id": code.ID, "name": code.Name, "code": code.Code, "full_code": code.FullCode}
		root := c.rootCostCode(code)
		object["division"] = map[string]any{"id": root.ID, "name": root.Name, "full_code": root.FullCode}
	}
	if t := c.lineItemTypes.byID[item.LineItemTypeID]; t != nil {
		object["line_item_type"] = map[string]any{"id": t.ID, "name": t.Name}
	}
	return object
}

// renderBudgetLineItemV11 is the v1.1 shape (reference §8.3), which budget line item sync returns.
func renderBudgetLineItemV11(c *Company, item *BudgetLineItem) any {
	return map[string]any{
		"id": item.ID, "original_budget_amount": item.OriginalBudgetAmount, "uom": item.UOM, "quantity": item.Quantity,
		"unit_cost": item.UnitCost, "calculation_strategy": item.CalculationStrategy,
		"wbs_code": renderWBSCode(c, item.WBSCodeID), "currency_configuration": map[string]string{"currency_iso_code": "USD"},
	}
}

// budgetLineItemFromRequest resolves {id} and project_id to one of the project's budget line items.
func (c *call) budgetLineItemFromRequest(w http.ResponseWriter, r *http.Request, projectValue string) (*BudgetLineItem, *Project) {
	project := c.projectFromValue(w, projectValue)
	if project == nil {
		return nil, nil
	}
	id, ok := pathID(w, r, "id", "Budget line item")
	if !ok {
		return nil, nil
	}
	item := c.company.budgetLineItems.byID[id]
	if item == nil || item.ProjectID != project.ID {
		notFound(w, "Budget line item")
		return nil, nil
	}
	return item, project
}

// projectFromValue resolves a required project_id from the query or a body to a visible project.
func (c *call) projectFromValue(w http.ResponseWriter, value string) *Project {
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

// handleShowBudgetLineItem is GET /rest/v1.x/budget_line_items/{id}?project_id= (reference §8.3).
func (s *Server) handleShowBudgetLineItem(version string) apiHandler {
	return func(w http.ResponseWriter, r *http.Request, c *call) {
		item, project := c.budgetLineItemFromRequest(w, r, r.URL.Query().Get("project_id"))
		if item == nil {
			return
		}
		if version == "v1.1" {
			writeJSON(w, http.StatusOK, renderBudgetLineItemV11(c.company, item))
			return
		}
		writeJSON(w, http.StatusOK, renderBudgetLineItem(c.company, project, item))
	}
}

var budgetLineItemFields = []string{"original_budget_amount", "uom", "quantity", "unit_cost", "calculation_strategy"}

// applyBudgetLineItem copies a create/update/sync item onto a copy of the line and validates it.
// Locking freezes the original budget: a change to any of its inputs (or a new line) is refused.
func (s *Server) applyBudgetLineItem(c *call, project *Project, existing *BudgetLineItem, attrs attributes, allowDirectCosts bool) (*BudgetLineItem, fieldErrors, string) {
	now := s.opts.Now().UTC().Format(time.RFC3339)
	item := &BudgetLineItem{ProjectID: project.ID, CalculationStrategy: "manual", CreatedAt: now}
	if existing != nil {
		copied := *existing
		item = &copied
	}
	problems := applyAttributes(item, attrs, budgetLineItemFields, nil)
	if wbsID, present, err := int64Attr(attrs, "wbs_code_id"); err != nil {
		problems.add("wbs_code_id", "is invalid")
	} else if present {
		wbs := c.company.wbsCodes.byID[wbsID]
		if wbs == nil || wbs.ProjectID != project.ID {
			problems.add("wbs_code_id", "is invalid")
		} else {
			item.CostCodeID, item.LineItemTypeID = wbs.CostCodeID, wbs.LineItemTypeID
		}
	}
	for name, target := range map[string]*int64{"cost_code_id": &item.CostCodeID, "line_item_type_id": &item.LineItemTypeID} {
		if id, present, err := int64Attr(attrs, name); err != nil {
			problems.add(name, "is invalid")
		} else if present {
			*target = id
		}
	}
	if raw, present := attrs["direct_costs"]; present {
		if !allowDirectCosts {
			problems.add("direct_costs", "is not permitted")
		} else if err := json.Unmarshal(raw, &item.DirectCosts); err != nil {
			problems.add("direct_costs", "is invalid")
		}
	}
	if item.CostCodeID == 0 {
		problems.add("cost_code_id", "can't be blank")
	} else if c.company.projectCostCode(project, item.CostCodeID) == nil {
		problems.add("cost_code_id", "is invalid")
	}
	if item.LineItemTypeID == 0 {
		problems.add("line_item_type_id", "can't be blank")
	} else if c.company.lineItemTypes.byID[item.LineItemTypeID] == nil {
		problems.add("line_item_type_id", "is invalid")
	}
	switch item.CalculationStrategy {
	case "automatic":
		if item.Quantity == nil || item.UnitCost == nil {
			problems.add("calculation_strategy", "automatic needs quantity and unit_cost")
		} else {
			item.OriginalBudgetAmount = round2(*item.Quantity * *item.UnitCost)
		}
	case "manual":
	default:
		problems.add("calculation_strategy", "is not included in the list")
	}
	if len(problems) > 0 {
		return nil, problems, ""
	}
	for _, other := range c.company.budgetLineItems.rows {
		if other.ProjectID == project.ID && other.CostCodeID == item.CostCodeID && other.LineItemTypeID == item.LineItemTypeID &&
			(existing == nil || other.ID != existing.ID) {
			return nil, fieldErrors{"cost_code_id": {"has already been taken for this line item type"}}, ""
		}
	}
	if c.company.budgetLocked[project.ID] {
		if existing == nil || !sameOriginalBudget(existing, item) {
			return nil, nil, messageBudgetLocked
		}
	}
	item.UpdatedAt = now
	return item, nil, ""
}

// sameOriginalBudget says whether two versions of a line have the same original budget and inputs.
func sameOriginalBudget(a, b *BudgetLineItem) bool {
	return a.OriginalBudgetAmount == b.OriginalBudgetAmount && a.CostCodeID == b.CostCodeID && a.LineItemTypeID == b.LineItemTypeID &&
		a.CalculationStrategy == b.CalculationStrategy && equalPointers(a.Quantity, b.Quantity) &&
		equalPointers(a.UnitCost, b.UnitCost) && equalPointers(a.UOM, b.UOM)
}

func equalPointers[T comparable](a, b *T) bool {
	return (a == nil) == (b == nil) && (a == nil || *a == *b)
}

// storeBudgetLineItem saves a validated line, assigning an id and WBS code to a new one.
func (c *Company) storeBudgetLineItem(item *BudgetLineItem, isNew bool) {
	wbs, _ := c.wbsCode(item.ProjectID, item.CostCodeID, item.LineItemTypeID, 0)
	item.WBSCodeID = wbs.ID
	if isNew {
		item.ID = c.budgetLineItems.nextID(budgetLineItemIDBase)
		_ = c.budgetLineItems.insert(item)
		return
	}
	c.budgetLineItems.replace(item)
}

// writeBudgetLineItemError answers a rejected budget line item write with the {"message","error"}
// 422 the reference gives these endpoints (plus the generic fields and an errors map).
func writeBudgetLineItemError(w http.ResponseWriter, problems fieldErrors, lockedReason string) {
	if lockedReason != "" {
		writeError(w, http.StatusUnprocessableEntity, lockedReason, "locked")
		return
	}
	writeFieldErrors(w, http.StatusUnprocessableEntity, "Validation failed: "+describe(problems), problems)
}

type budgetLineItemBody struct {
	ProjectID      json.Number `json:"project_id"`
	BudgetLineItem attributes  `json:"budget_line_item"`
}

// handleCreateBudgetLineItem is POST /rest/v1.0/budget_line_items (reference §8.4) → 201.
func (s *Server) handleCreateBudgetLineItem(w http.ResponseWriter, r *http.Request, c *call) {
	var body budgetLineItemBody
	if !decodeBody(w, r, &body) {
		return
	}
	project := c.projectFromValue(w, string(body.ProjectID))
	if project == nil {
		return
	}
	if body.BudgetLineItem == nil {
		writeError(w, http.StatusBadRequest, "param is missing or the value is empty: budget_line_item", "")
		return
	}
	item, problems, locked := s.applyBudgetLineItem(c, project, nil, body.BudgetLineItem, false)
	if item == nil {
		writeBudgetLineItemError(w, problems, locked)
		return
	}
	c.company.storeBudgetLineItem(item, true)
	writeJSON(w, http.StatusCreated, renderBudgetLineItem(c.company, project, item))
}

// handleUpdateBudgetLineItem is PATCH /rest/v1.0/budget_line_items/{id} (reference §8.4).
func (s *Server) handleUpdateBudgetLineItem(w http.ResponseWriter, r *http.Request, c *call) {
	var body budgetLineItemBody
	if !decodeBody(w, r, &body) {
		return
	}
	existing, project := c.budgetLineItemFromRequest(w, r, string(body.ProjectID))
	if existing == nil {
		return
	}
	if _, sent := body.BudgetLineItem["direct_costs"]; sent && project.DirectCostsTool {
		refuseDirectCostsWithToolOn(w)
		return
	}
	item, problems, locked := s.applyBudgetLineItem(c, project, existing, body.BudgetLineItem, true)
	if item == nil {
		writeBudgetLineItemError(w, problems, locked)
		return
	}
	c.company.storeBudgetLineItem(item, false)
	writeJSON(w, http.StatusOK, renderBudgetLineItem(c.company, project, item))
}

// handleSyncBudgetLineItems is POST /rest/v1.0/budget_line_items/sync (reference §8.5): its own
// envelope, {"project_id", "budget_line_items": [...]}, answered with a plain array of v1.1 lines.
// There is no per-item error list in that envelope, so the call is all or nothing: the first bad item
// is a 422 and nothing is saved. An item without id updates the line its wbs_code_id already has.
func (s *Server) handleSyncBudgetLineItems(w http.ResponseWriter, r *http.Request, c *call) {
	var body struct {
		ProjectID       json.Number  `json:"project_id"`
		BudgetLineItems []attributes `json:"budget_line_items"`
	}
	if !decodeBody(w, r, &body) {
		return
	}
	project := c.projectFromValue(w, string(body.ProjectID))
	if project == nil {
		return
	}
	if body.BudgetLineItems == nil {
		writeError(w, http.StatusBadRequest, "param is missing or the value is empty: budget_line_items", "")
		return
	}
	if len(body.BudgetLineItems) > SyncBatchLimit {
		writeError(w, http.StatusUnprocessableEntity, fmt.Sprintf("Attributes for a maximum of %d resources may be passed with each call; got %d", SyncBatchLimit, len(body.BudgetLineItems)), "")
		return
	}
	type pending struct {
		item  *BudgetLineItem
		isNew bool
	}
	var writes []pending
	seen := map[pairKey]bool{}
	for index, attrs := range body.BudgetLineItems {
		var existing *BudgetLineItem
		id, hasID, err := int64Attr(attrs, "id")
		wbsID, hasWBS, wbsErr := int64Attr(attrs, "wbs_code_id")
		switch {
		case err != nil || wbsErr != nil:
			writeBudgetLineItemError(w, fieldErrors{fmt.Sprintf("budget_line_items[%d]", index): {"id and wbs_code_id must be integers"}}, "")
			return
		case !hasWBS:
			writeBudgetLineItemError(w, fieldErrors{fmt.Sprintf("budget_line_items[%d].wbs_code_id", index): {"can't be blank"}}, "")
			return
		case hasID:
			existing = c.company.budgetLineItems.byID[id]
			if existing == nil || existing.ProjectID != project.ID {
				writeBudgetLineItemError(w, fieldErrors{fmt.Sprintf("budget_line_items[%d].id", index): {messageNotFoundByID}}, "")
				return
			}
		default:
			if wbs := c.company.wbsCodes.byID[wbsID]; wbs != nil {
				for _, other := range c.company.budgetLineItems.rows {
					if other.ProjectID == project.ID && other.WBSCodeID == wbs.ID {
						existing = other
					}
				}
			}
		}
		item, problems, locked := s.applyBudgetLineItem(c, project, existing, attrs, false)
		if item == nil {
			prefixed := fieldErrors{}
			for field, messages := range problems {
				prefixed[fmt.Sprintf("budget_line_items[%d].%s", index, field)] = messages
			}
			writeBudgetLineItemError(w, prefixed, locked)
			return
		}
		// One line per item: a second item for the same line (or the same new pair) is refused.
		key := pairKey{item.CostCodeID, item.LineItemTypeID}
		if seen[key] {
			writeBudgetLineItemError(w, fieldErrors{fmt.Sprintf("budget_line_items[%d]", index): {"repeats a line item of this call"}}, "")
			return
		}
		seen[key] = true
		writes = append(writes, pending{item, existing == nil})
	}
	entities := make([]any, 0, len(writes))
	for _, write := range writes {
		c.company.storeBudgetLineItem(write.item, write.isNew)
		entities = append(entities, renderBudgetLineItemV11(c.company, write.item))
	}
	writeJSON(w, http.StatusOK, entities)
}

// messageDirectCostsToolOn explains the refusal of a direct_costs write on a project whose Direct
// Costs tool is on.
const messageDirectCostsToolOn = "Direct costs can only be entered on a budget line item while the project's Direct Costs tool is turned off; " +
	"with the tool on, the budget's Direct Costs column adds up the project's direct costs"

// refuseDirectCostsWithToolOn answers a direct_costs write while the project's Direct Costs tool is on.
// Procore documents the field as "Include only if Direct Cost tool is turned off" (MCPCAT
// RestV10BudgetLineItemsIdPatch) but not what happens otherwise (documents.md A5: ignored or 422).
// ASSUMPTION: the simulator refuses the whole update with 422 and a field error, so a client that
// ignores the tool learns of it instead of believing a figure was written.
func refuseDirectCostsWithToolOn(w http.ResponseWriter) {
	writeFieldErrors(w, http.StatusUnprocessableEntity, "Validation failed: direct_costs "+messageDirectCostsToolOn,
		fieldErrors{"direct_costs": {messageDirectCostsToolOn}})
}
