package procoresim

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"time"
)

// BudgetModification is a legacy budget transfer between two budget line items (reference §8.7).
// Procore only accepts them on a locked budget, and unlocking destroys them by default (§8.6).
type BudgetModification struct {
	ID                   int64   `json:"id"`
	ProjectID            int64   `json:"-"`
	FromBudgetLineItemID *int64  `json:"from_budget_line_item_id"`
	ToBudgetLineItemID   int64   `json:"to_budget_line_item_id"`
	TransferAmount       Decimal `json:"transfer_amount"`
	Notes                *string `json:"notes"`
	OriginID             *string `json:"origin_id"`
	OriginData           *string `json:"origin_data"`
	CreatedAt            string  `json:"created_at"`
	UpdatedAt            string  `json:"updated_at"`
}

func (m *BudgetModification) rowID() int64         { return m.ID }
func (m *BudgetModification) rowOriginID() *string { return m.OriginID }

// BudgetChange is a budget change with its adjustment line items (reference §8.8). Amounts are JSON
// numbers. Approved adjustments count as approved budget changes on the budget, draft and under
// review ones as pending; void ones not at all.
type BudgetChange struct {
	ID              int64                     `json:"id"`
	ProjectID       int64                     `json:"project_id"`
	Number          int                       `json:"number"`
	Status          string                    `json:"status"`
	Title           *string                   `json:"title"`
	Description     *string                   `json:"description"`
	ERPStatus       string                    `json:"erp_status"`
	PrimeContractID *int64                    `json:"prime_contract_id"`
	Adjustments     []*BudgetChangeAdjustment `json:"adjustment_line_items"`
	CreatedAt       string                    `json:"created_at"`
	UpdatedAt       string                    `json:"updated_at"`
}

func (b *BudgetChange) rowID() int64         { return b.ID }
func (b *BudgetChange) rowOriginID() *string { return nil }

// BudgetChangeAdjustment is one adjustment line item of a budget change.
type BudgetChangeAdjustment struct {
	ID                  int64    `json:"id"`
	Ref                 *string  `json:"ref"`
	AdjustmentNumber    int      `json:"adjustment_number"`
	WBSCodeID           int64    `json:"wbs_code_id"`
	Description         *string  `json:"description"`
	Comment             *string  `json:"comment"`
	CalculationStrategy string   `json:"calculation_strategy"`
	Quantity            *float64 `json:"quantity"`
	Type                string   `json:"type"`
	UOM                 *string  `json:"uom"`
	UnitCost            *float64 `json:"unit_cost"`
	Amount              float64  `json:"amount"`
}

const (
	budgetModificationIDBase int64 = 7_300_000_000
	budgetChangeIDBase       int64 = 7_400_000_000
	budgetAdjustmentIDBase   int64 = 7_500_000_000
)

var (
	budgetChangeStatuses    = []string{"draft", "approved", "under_review", "void"}
	budgetChangeERPStatuses = []string{"not_in_erp", "ready_to_export", "exportging", "failed_to_export", "rejected", "invalid", "synced", "not_integrated"}
)

// AddBudgetModification stores a modification; both line items must belong to its project.
func (c *Company) AddBudgetModification(m *BudgetModification) error {
	to := c.budgetLineItems.byID[m.ToBudgetLineItemID]
	if to == nil || to.ProjectID != m.ProjectID {
		return errMissingParent("budget modification", m.ID)
	}
	if m.FromBudgetLineItemID != nil {
		if from := c.budgetLineItems.byID[*m.FromBudgetLineItemID]; from == nil || from.ProjectID != m.ProjectID {
			return errMissingParent("budget modification", m.ID)
		}
	}
	c.stamp(&m.CreatedAt, &m.UpdatedAt)
	return c.budgetModifications.insert(m)
}

// AddBudgetChange stores a budget change; each adjustment's WBS code must belong to its project.
func (c *Company) AddBudgetChange(change *BudgetChange) error {
	for _, adjustment := range change.Adjustments {
		if wbs := c.wbsCodes.byID[adjustment.WBSCodeID]; wbs == nil || wbs.ProjectID != change.ProjectID {
			return errMissingParent("budget change", change.ID)
		}
	}
	c.stamp(&change.CreatedAt, &change.UpdatedAt)
	return c.budgetChanges.insert(change)
}

// refuseRetiredModifications answers 405 with Allow: GET once the company uses Budget Changes (§8.7).
func refuseRetiredModifications(w http.ResponseWriter, c *call) bool {
	if !c.company.BudgetChangesMigrated {
		return false
	}
	w.Header().Set("Allow", "GET")
	writeError(w, http.StatusMethodNotAllowed, "Budget Modifications have been replaced by Budget Changes for this company; only GET is allowed", "")
	return true
}

func (s *Server) budgetModificationKind(c *call, project *Project) kind[*BudgetModification] {
	now := s.opts.Now().UTC().Format(time.RFC3339)
	lineOf := func(id int64) bool {
		item := c.company.budgetLineItems.byID[id]
		return item != nil && item.ProjectID == project.ID
	}
	return kind[*BudgetModification]{
		table: c.company.budgetModifications, idBase: budgetModificationIDBase, tooLargeStatus: http.StatusUnprocessableEntity,
		blank: func(id int64) *BudgetModification {
			return &BudgetModification{ID: id, ProjectID: project.ID, CreatedAt: now}
		},
		clone: func(m *BudgetModification) *BudgetModification { copied := *m; return &copied },
		apply: func(m *BudgetModification, attrs attributes) fieldErrors {
			problems := applyAttributes(m, attrs, []string{"to_budget_line_item_id", "from_budget_line_item_id",
				"transfer_amount", "notes", "origin_id", "origin_data"}, nil)
			if m.ToBudgetLineItemID == 0 || !lineOf(m.ToBudgetLineItemID) {
				problems.add("to_budget_line_item_id", "is invalid")
			}
			// Required unless the company allows modifications that change the grand total; the
			// simulator's companies do not.
			switch {
			case m.FromBudgetLineItemID == nil:
				problems.add("from_budget_line_item_id", "can't be blank")
			case !lineOf(*m.FromBudgetLineItemID) || *m.FromBudgetLineItemID == m.ToBudgetLineItemID:
				problems.add("from_budget_line_item_id", "is invalid")
			}
			if m.TransferAmount == "" {
				problems.add("transfer_amount", "can't be blank")
			} else if decimalValue(m.TransferAmount) <= 0 {
				problems.add("transfer_amount", "must be greater than 0")
			}
			if !c.company.budgetLocked[project.ID] {
				problems.add("base", messageBudgetNotLocked)
			}
			m.UpdatedAt = now
			return problems
		},
		visible: func(m *BudgetModification) bool { return m.ProjectID == project.ID },
		render:  func(m *BudgetModification) any { return m },
	}
}

// handleListBudgetModifications is GET /rest/v1.0/projects/{project_id}/budget_modifications (§8.7).
func (s *Server) handleListBudgetModifications(w http.ResponseWriter, r *http.Request, c *call) {
	project := c.projectFromPath(w, r)
	if project == nil {
		return
	}
	filters, ok := readFilters(w, r)
	if !ok {
		return
	}
	var rows []*BudgetModification
	for _, m := range c.company.budgetModifications.rows {
		if m.ProjectID == project.ID && filters.match(m.ID, m.OriginID, m.CreatedAt, m.UpdatedAt) {
			rows = append(rows, m)
		}
	}
	writeJSON(w, http.StatusOK, paginate(w, r, orEmptyRows(rows), DefaultMaxPerPage))
}

// handleShowBudgetModification is GET …/budget_modifications/{id}.
func (s *Server) handleShowBudgetModification(w http.ResponseWriter, r *http.Request, c *call) {
	project := c.projectFromPath(w, r)
	if project == nil {
		return
	}
	if m, found := s.budgetModificationKind(c, project).findFromPath(w, r, "id", "Budget modification"); found {
		writeJSON(w, http.StatusOK, m)
	}
}

type budgetModificationBody struct {
	BudgetModification attributes `json:"budget_modification"`
}

// handleCreateBudgetModification is POST …/budget_modifications → 201; 422 on an unlocked budget.
func (s *Server) handleCreateBudgetModification(w http.ResponseWriter, r *http.Request, c *call) {
	project := c.projectFromPath(w, r)
	if project == nil || refuseRetiredModifications(w, c) {
		return
	}
	var body budgetModificationBody
	if !decodeBody(w, r, &body) {
		return
	}
	if body.BudgetModification == nil {
		writeError(w, http.StatusBadRequest, "param is missing or the value is empty: budget_modification", "")
		return
	}
	k := s.budgetModificationKind(c, project)
	m, problems := k.create(body.BudgetModification)
	writeCreateResult(w, func() any { return m }, problems)
}

// handleUpdateBudgetModification is PATCH …/budget_modifications/{id}.
func (s *Server) handleUpdateBudgetModification(w http.ResponseWriter, r *http.Request, c *call) {
	project := c.projectFromPath(w, r)
	if project == nil || refuseRetiredModifications(w, c) {
		return
	}
	k := s.budgetModificationKind(c, project)
	existing, found := k.findFromPath(w, r, "id", "Budget modification")
	if !found {
		return
	}
	var body budgetModificationBody
	if !decodeBody(w, r, &body) {
		return
	}
	m, problems, locked := k.update(existing, body.BudgetModification)
	writeUpdateResult(w, m, problems, locked)
}

// handleDeleteBudgetModification is DELETE …/budget_modifications/{id} → 204.
func (s *Server) handleDeleteBudgetModification(w http.ResponseWriter, r *http.Request, c *call) {
	project := c.projectFromPath(w, r)
	if project == nil || refuseRetiredModifications(w, c) {
		return
	}
	existing, found := s.budgetModificationKind(c, project).findFromPath(w, r, "id", "Budget modification")
	if !found {
		return
	}
	c.company.budgetModifications.removeWhere(func(m *BudgetModification) bool { return m.ID == existing.ID })
	w.WriteHeader(http.StatusNoContent)
}

// writeBudgetChangeErrors sends the {"errors": [...]} body budget changes declare for 400/404/422 (§3.3).
func writeBudgetChangeErrors(w http.ResponseWriter, status int, problems fieldErrors) {
	list := []map[string]string{}
	for _, field := range sortedKeys(problems) {
		for _, message := range problems[field] {
			list = append(list, map[string]string{"field": field, "message": message})
		}
	}
	writeJSON(w, status, map[string]any{"errors": list})
}

func renderBudgetChange(c *Company, change *BudgetChange, show bool) any {
	object := render(change, "adjustment_line_items", "project_id", "created_at", "updated_at")
	total := 0.0
	for _, adjustment := range change.Adjustments {
		total += adjustment.Amount
	}
	object["amount"], _ = json.Marshal(round2(total))
	object["currency_configuration"] = json.RawMessage(`{"currency_iso_code":"USD"}`)
	if !show {
		object["change_event_line_item_ids"] = json.RawMessage(`[]`)
		return object
	}
	delete(object, "prime_contract_id")
	object["prime_contract"] = nullJSON
	object["attachments"], object["production_quantities"] = json.RawMessage(`[]`), json.RawMessage(`[]`)
	items := make([]any, len(change.Adjustments))
	for i, adjustment := range change.Adjustments {
		item := render(adjustment, "wbs_code_id")
		item["wbs_code"], _ = json.Marshal(renderWBSCode(c, adjustment.WBSCodeID))
		item["change_event_line_item_id"], item["change_event_line_item"] = nullJSON, nullJSON
		item["currency_configuration"] = json.RawMessage(`{"currency_iso_code":"USD"}`)
		items[i] = item
	}
	object["adjustment_line_items"], _ = json.Marshal(items)
	return object
}

// handleListBudgetChanges is GET /rest/v1.0/projects/{project_id}/budget_changes (§8.8): wrapped in
// {"data": [...]} and not paginated, as the spec declares.
func (s *Server) handleListBudgetChanges(w http.ResponseWriter, r *http.Request, c *call) {
	project := c.projectFromPath(w, r)
	if project == nil {
		return
	}
	data := []any{}
	for _, change := range c.company.budgetChanges.rows {
		if change.ProjectID == project.ID {
			data = append(data, renderBudgetChange(c.company, change, false))
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"data": data})
}

func (c *call) budgetChangeFromPath(w http.ResponseWriter, r *http.Request) (*BudgetChange, *Project) {
	project := c.projectFromPath(w, r)
	if project == nil {
		return nil, nil
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	change := c.company.budgetChanges.byID[id]
	if err != nil || change == nil || change.ProjectID != project.ID {
		writeBudgetChangeErrors(w, http.StatusNotFound, fieldErrors{"id": {"Budget change not found"}})
		return nil, nil
	}
	return change, project
}

// handleShowBudgetChange is GET …/budget_changes/{id} → {"data": {…, adjustment_line_items}}.
func (s *Server) handleShowBudgetChange(w http.ResponseWriter, r *http.Request, c *call) {
	if change, _ := c.budgetChangeFromPath(w, r); change != nil {
		writeJSON(w, http.StatusOK, map[string]any{"data": renderBudgetChange(c.company, change, true)})
	}
}

// applyBudgetChange copies a create/update body onto change and validates it; adjustment_line_items,
// when sent, replace the change's adjustments.
func (s *Server) applyBudgetChange(c *call, project *Project, change *BudgetChange, body attributes) fieldErrors {
	problems := applyAttributes(change, body, []string{"status", "number", "title", "description", "erp_status"}, nil)
	if !slices.Contains(budgetChangeStatuses, change.Status) {
		problems.add("status", "is not included in the list")
	}
	if !slices.Contains(budgetChangeERPStatuses, change.ERPStatus) {
		problems.add("erp_status", "is not included in the list")
	}
	raw, present := body["adjustment_line_items"]
	if !present {
		return problems
	}
	var items []attributes
	if err := json.Unmarshal(raw, &items); err != nil {
		problems.add("adjustment_line_items", "is invalid")
		return problems
	}
	next := c.company.nextAdjustmentID()
	change.Adjustments = nil
	for i, attrs := range items {
		adjustment := &BudgetChangeAdjustment{ID: next + int64(i), AdjustmentNumber: i + 1, CalculationStrategy: "manual", Type: "budget_change"}
		field := fmt.Sprintf("adjustment_line_items[%d]", i)
		for name, messages := range applyAttributes(adjustment, attrs, []string{"ref", "adjustment_number", "wbs_code_id",
			"description", "comment", "calculation_strategy", "quantity", "type", "uom", "unit_cost", "amount"}, nil) {
			problems[field+"."+name] = messages
		}
		if wbs := c.company.wbsCodes.byID[adjustment.WBSCodeID]; wbs == nil || wbs.ProjectID != project.ID {
			problems.add(field+".wbs_code_id", "is invalid")
		}
		if adjustment.CalculationStrategy == "automatic" {
			if adjustment.Quantity == nil || adjustment.UnitCost == nil {
				problems.add(field+".calculation_strategy", "automatic needs quantity and unit_cost")
			} else {
				adjustment.Amount = round2(*adjustment.Quantity * *adjustment.UnitCost)
			}
		} else if _, sent := attrs["amount"]; !sent {
			problems.add(field+".amount", "can't be blank")
		}
		if adjustment.Type != "budget_change" && adjustment.Type != "change_event" {
			problems.add(field+".type", "is not included in the list")
		}
		change.Adjustments = append(change.Adjustments, adjustment)
	}
	return problems
}

func (c *Company) nextAdjustmentID() int64 {
	next := budgetAdjustmentIDBase
	for _, change := range c.budgetChanges.rows {
		for _, adjustment := range change.Adjustments {
			next = max(next, adjustment.ID+1)
		}
	}
	return next
}

// handleCreateBudgetChange is POST …/budget_changes → 201; the body is not wrapped (§8.8). Like
// budget modifications, budget changes need a locked budget.
func (s *Server) handleCreateBudgetChange(w http.ResponseWriter, r *http.Request, c *call) {
	project := c.projectFromPath(w, r)
	if project == nil {
		return
	}
	var body attributes
	if !decodeBody(w, r, &body) {
		return
	}
	if _, sent := body["status"]; !sent {
		writeBudgetChangeErrors(w, http.StatusBadRequest, fieldErrors{"status": {"can't be blank"}})
		return
	}
	now := s.opts.Now().UTC().Format(time.RFC3339)
	change := &BudgetChange{ID: c.company.budgetChanges.nextID(budgetChangeIDBase), ProjectID: project.ID, ERPStatus: "not_in_erp", CreatedAt: now, UpdatedAt: now}
	for _, other := range c.company.budgetChanges.rows {
		if other.ProjectID == project.ID {
			change.Number = max(change.Number, other.Number)
		}
	}
	change.Number++
	problems := s.applyBudgetChange(c, project, change, body)
	if !c.company.budgetLocked[project.ID] {
		problems.add("base", messageBudgetNotLocked)
	}
	if len(problems) > 0 {
		writeBudgetChangeErrors(w, http.StatusBadRequest, problems)
		return
	}
	_ = c.company.budgetChanges.insert(change)
	writeJSON(w, http.StatusCreated, map[string]any{"data": renderBudgetChange(c.company, change, true)})
}

// handleUpdateBudgetChange is PATCH …/budget_changes/{id} → 200; 422 on invalid fields or on a void
// change, which is final.
func (s *Server) handleUpdateBudgetChange(w http.ResponseWriter, r *http.Request, c *call) {
	existing, project := c.budgetChangeFromPath(w, r)
	if existing == nil {
		return
	}
	var body attributes
	if !decodeBody(w, r, &body) {
		return
	}
	if existing.Status == "void" {
		writeBudgetChangeErrors(w, http.StatusUnprocessableEntity, fieldErrors{"status": {"a void budget change cannot be edited"}})
		return
	}
	changed := *existing
	changed.Adjustments = slices.Clone(existing.Adjustments)
	changed.UpdatedAt = s.opts.Now().UTC().Format(time.RFC3339)
	if problems := s.applyBudgetChange(c, project, &changed, body); len(problems) > 0 {
		writeBudgetChangeErrors(w, http.StatusUnprocessableEntity, problems)
		return
	}
	c.company.budgetChanges.replace(&changed)
	writeJSON(w, http.StatusOK, map[string]any{"data": renderBudgetChange(c.company, &changed, true)})
}
