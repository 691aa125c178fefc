package procoresim

import (
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"sort"
	"strconv"
	"time"
)

// BudgetView is a company budget view (reference §8.1). Every view is available on every project;
// Columns lists the ids of the source and formula columns its detail rows carry (§8.2).
type BudgetView struct {
	ID          int64    `json:"id"`
	Name        string   `json:"name"`
	Description *string  `json:"description"`
	Role        string   `json:"role"`
	CreatedAt   string   `json:"created_at"`
	UpdatedAt   string   `json:"updated_at"`
	Columns     []string `json:"columns"`
}

func (v *BudgetView) rowID() int64         { return v.ID }
func (v *BudgetView) rowOriginID() *string { return nil }

// budgetColumn is one entry of …/budget_detail_columns; its id is the key detail rows use.
type budgetColumn struct {
	ID           string `json:"id"`
	Name         string `json:"name"`
	Position     int    `json:"position"`
	Type         string `json:"type"`
	Aggregatable bool   `json:"aggregatable"`
	Filterable   bool   `json:"filterable"`
	Groupable    bool   `json:"groupable"`
}

// budgetColumns are the columns a view may show, in display order: "source" columns read other tools,
// "formula" columns combine them (reference §8.2 leaves the names to each view; these follow the
// Procore Standard Budget view).
var budgetColumns = []budgetColumn{
	{ID: "approved_budget_changes", Name: "Approved Budget Changes", Type: "source"},
	{ID: "revised_budget", Name: "Revised Budget", Type: "formula"},
	{ID: "pending_budget_changes", Name: "Pending Budget Changes", Type: "source"},
	{ID: "projected_budget", Name: "Projected Budget", Type: "formula"},
	{ID: "committed_costs", Name: "Committed Costs", Type: "source"},
	{ID: "direct_costs", Name: "Direct Costs", Type: "source"},
	{ID: "job_to_date_costs", Name: "Job to Date Costs", Type: "source"},
	{ID: "pending_cost_changes", Name: "Pending Cost Changes", Type: "source"},
	{ID: "projected_costs", Name: "Projected Costs", Type: "formula"},
	{ID: "forecast_to_complete", Name: "Forecast To Complete", Type: "source"},
	{ID: "estimated_cost_at_completion", Name: "Estimated Cost at Completion", Type: "formula"},
	{ID: "projected_over_under", Name: "Projected over Under", Type: "formula"},
}

// BudgetLineItem is one budget line: a project cost code × line item type (reference §8.3). Money is
// a JSON number here, unlike most v1.0 resources. DirectCosts is the manual figure the update body
// may send when the Direct Cost tool is off; JobToDateCosts is what the ERP reported (§13.6).
type BudgetLineItem struct {
	ID                   int64    `json:"id"`
	ProjectID            int64    `json:"project_id"`
	CostCodeID           int64    `json:"cost_code_id"`
	LineItemTypeID       int64    `json:"line_item_type_id"`
	WBSCodeID            int64    `json:"wbs_code_id"`
	OriginalBudgetAmount float64  `json:"original_budget_amount"`
	UOM                  *string  `json:"uom"`
	Quantity             *float64 `json:"quantity"`
	UnitCost             *float64 `json:"unit_cost"`
	CalculationStrategy  string   `json:"calculation_strategy"`
	DirectCosts          *float64 `json:"direct_costs"`
	JobToDateCosts       float64  `json:"job_to_date_costs"`
	CreatedAt            string   `json:"created_at"`
	UpdatedAt            string   `json:"updated_at"`
}

func (b *BudgetLineItem) rowID() int64         { return b.ID }
func (b *BudgetLineItem) rowOriginID() *string { return nil }

// WBSCode is the work-breakdown-structure code of a cost code × line item type pair in a project:
// what v1.1 budget line items, budget line item sync and budget change adjustments address.
type WBSCode struct {
	ID             int64
	ProjectID      int64
	CostCodeID     int64
	LineItemTypeID int64
}

func (w *WBSCode) rowID() int64         { return w.ID }
func (w *WBSCode) rowOriginID() *string { return nil }

const (
	budgetLineItemIDBase   int64 = 7_100_000_000
	wbsCodeIDBase          int64 = 7_200_000_000
	messageBudgetLocked          = "The budget is locked: original budget amounts can only change through budget changes or budget modifications"
	messageBudgetNotLocked       = "The budget must be locked first"
)

// AddBudgetView stores a budget view.
func (c *Company) AddBudgetView(v *BudgetView) error { return c.budgetViews.insert(v) }

// AddBudgetLineItem stores a budget line item; its project, project cost code and line item type must
// exist. WBSCodeID, when set, names the pair's WBS code; otherwise one is assigned.
func (c *Company) AddBudgetLineItem(item *BudgetLineItem) error {
	project := c.projects.byID[item.ProjectID]
	if project == nil || c.projectCostCode(project, item.CostCodeID) == nil || c.lineItemTypes.byID[item.LineItemTypeID] == nil {
		return errMissingParent("budget line item", item.ID)
	}
	wbs, err := c.wbsCode(item.ProjectID, item.CostCodeID, item.LineItemTypeID, item.WBSCodeID)
	if err != nil {
		return err
	}
	item.WBSCodeID = wbs.ID
	return c.budgetLineItems.insert(item)
}

// wbsCode finds or makes the WBS code of a pair; want, when non-zero, is the id a new one must get.
func (c *Company) wbsCode(projectID, costCodeID, typeID, want int64) (*WBSCode, error) {
	for _, w := range c.wbsCodes.rows {
		if w.ProjectID == projectID && w.CostCodeID == costCodeID && w.LineItemTypeID == typeID {
			if want != 0 && want != w.ID {
				return nil, fmt.Errorf("wbs code %d: the pair already has id %d", want, w.ID)
			}
			return w, nil
		}
	}
	id := want
	if id == 0 {
		id = c.wbsCodes.nextID(wbsCodeIDBase)
	}
	w := &WBSCode{ID: id, ProjectID: projectID, CostCodeID: costCodeID, LineItemTypeID: typeID}
	return w, c.wbsCodes.insert(w)
}

// renderWBSCode is the {id, flat_code, description} object: "01-100.L", "Project Management.Labor".
func renderWBSCode(c *Company, id int64) any {
	w := c.wbsCodes.byID[id]
	if w == nil {
		return nil
	}
	flat, description := "", ""
	if code := c.projectCodes.byID[w.CostCodeID]; code != nil {
		flat, description = code.FullCode, code.Name
	}
	if t := c.lineItemTypes.byID[w.LineItemTypeID]; t != nil {
		flat, description = flat+"."+t.Code, description+"."+t.Name
	}
	return map[string]any{"id": w.ID, "flat_code": flat, "description": description}
}

func round2(value float64) float64 { return math.Round(value*100) / 100 }

func decimalValue(d Decimal) float64 {
	value, _ := strconv.ParseFloat(string(d), 64)
	return value
}

// budgetFigures are one line's amounts; the column ids of budgetColumns name the same figures.
type budgetFigures struct {
	original, modifications, approvedChanges, pendingChanges   float64
	committed, directCosts, jobToDate, pendingCostChanges      float64
	revised, projectedBudget, projectedCosts, forecast, atCost float64
	overUnder                                                  float64
}

func (f budgetFigures) column(id string) float64 {
	return map[string]float64{
		"approved_budget_changes": f.approvedChanges, "revised_budget": f.revised, "pending_budget_changes": f.pendingChanges,
		"projected_budget": f.projectedBudget, "committed_costs": f.committed, "direct_costs": f.directCosts,
		"job_to_date_costs": f.jobToDate, "pending_cost_changes": f.pendingCostChanges, "projected_costs": f.projectedCosts,
		"forecast_to_complete": f.forecast, "estimated_cost_at_completion": f.atCost, "projected_over_under": f.overUnder,
	}[id]
}

// pairKey is a project cost code × line item type.
type pairKey struct{ costCode, lineItemType int64 }

// budgetLedger gathers, for one project, everything the budget columns read from other tools.
type budgetLedger struct {
	modifications   map[int64]float64 // by budget line item id
	approvedChanges map[int64]float64 // by WBS code id
	pendingChanges  map[int64]float64
	committed       map[pairKey]float64
	pendingCosts    map[pairKey]float64
}

// committedStatuses are the commitment states whose schedule of values counts as committed cost.
var committedStatuses = map[string]bool{"Approved": true, "Complete": true, "Received": true, "Partially Received": true, "Closed": true}

func (c *Company) budgetLedger(project *Project) budgetLedger {
	ledger := budgetLedger{modifications: map[int64]float64{}, approvedChanges: map[int64]float64{},
		pendingChanges: map[int64]float64{}, committed: map[pairKey]float64{}, pendingCosts: map[pairKey]float64{}}
	for _, m := range c.budgetModifications.rows {
		if m.ProjectID != project.ID {
			continue
		}
		amount := decimalValue(m.TransferAmount)
		ledger.modifications[m.ToBudgetLineItemID] += amount
		if m.FromBudgetLineItemID != nil {
			ledger.modifications[*m.FromBudgetLineItemID] -= amount
		}
	}
	for _, change := range c.budgetChanges.rows {
		if change.ProjectID != project.ID {
			continue
		}
		for _, adjustment := range change.Adjustments {
			switch change.Status {
			case "approved":
				ledger.approvedChanges[adjustment.WBSCodeID] += adjustment.Amount
			case "draft", "under_review":
				ledger.pendingChanges[adjustment.WBSCodeID] += adjustment.Amount
			}
		}
	}
	byStandard := map[int64]int64{}
	for _, code := range c.projectCostCodes(project) {
		if code.StandardCostCodeID != nil {
			byStandard[*code.StandardCostCodeID] = code.ID
		}
	}
	// Commitment lines name standard cost codes; the budget names the project's copies of them.
	pair := func(costCodeID, typeID int64) pairKey {
		if projectCode, ok := byStandard[costCodeID]; ok {
			costCodeID = projectCode
		}
		return pairKey{costCodeID, typeID}
	}
	for _, commitment := range c.commitments.rows {
		if commitment.ProjectID != project.ID || !committedStatuses[commitment.Status] || commitment.DeletedAt != nil {
			continue
		}
		for _, item := range commitment.LineItems {
			ledger.committed[pair(item.CostCodeID, item.LineItemTypeID)] += decimalValue(item.Amount)
		}
	}
	for _, order := range c.changeOrders.rows {
		if order.ProjectID != project.ID {
			continue
		}
		target := ledger.pendingCosts
		switch {
		case order.Status == "approved":
			target = ledger.committed
		case !changeOrderPending[order.Status]:
			continue
		}
		for _, item := range order.LineItems {
			target[pair(item.CostCodeID, item.LineItemTypeID)] += decimalValue(item.Amount)
		}
	}
	return ledger
}

func (l budgetLedger) figures(item *BudgetLineItem) budgetFigures {
	key := pairKey{item.CostCodeID, item.LineItemTypeID}
	f := budgetFigures{original: item.OriginalBudgetAmount, modifications: l.modifications[item.ID],
		approvedChanges: l.approvedChanges[item.WBSCodeID], pendingChanges: l.pendingChanges[item.WBSCodeID],
		committed: l.committed[key], pendingCostChanges: l.pendingCosts[key], jobToDate: item.JobToDateCosts}
	if item.DirectCosts != nil {
		f.directCosts = *item.DirectCosts
	}
	return f.derive()
}

// derive fills the formula columns.
func (f budgetFigures) derive() budgetFigures {
	f.revised = f.original + f.modifications + f.approvedChanges
	f.projectedBudget = f.revised + f.pendingChanges
	f.projectedCosts = f.committed + f.directCosts + f.pendingCostChanges
	f.forecast = math.Max(f.projectedBudget-f.projectedCosts, 0)
	f.atCost = f.projectedCosts + f.forecast
	f.overUnder = f.projectedBudget - f.atCost
	return f
}

// handleBudgetLockState is GET /rest/v1.0/projects/{project_id}/budget (reference §8.6): {"locked"}.
func (s *Server) handleBudgetLockState(w http.ResponseWriter, r *http.Request, c *call) {
	project := c.projectFromPath(w, r)
	if project == nil {
		return
	}
	writeJSON(w, http.StatusOK, map[string]bool{"locked": c.company.budgetLocked[project.ID]})
}

// handleBudgetLock is POST (lock, 201) and DELETE (unlock, 200) on …/budget/lock (reference §8.6).
// Locking a locked budget or unlocking an unlocked one is a 422: the state change is impossible.
// Unlocking destroys the project's budget modifications unless destroy_all_budget_line_item_transfers
// is false (the documented default is true).
func (s *Server) handleBudgetLock(lock bool) apiHandler {
	return func(w http.ResponseWriter, r *http.Request, c *call) {
		project := c.projectFromPath(w, r)
		if project == nil {
			return
		}
		if c.company.budgetLocked[project.ID] == lock {
			state := map[bool]string{true: "already locked", false: "not locked"}[lock]
			writeError(w, http.StatusUnprocessableEntity, "The budget is "+state, "")
			return
		}
		c.company.budgetLocked[project.ID] = lock
		status := http.StatusOK
		if lock {
			status = http.StatusCreated
		} else if r.URL.Query().Get("destroy_all_budget_line_item_transfers") != "false" {
			c.company.budgetModifications.removeWhere(func(m *BudgetModification) bool { return m.ProjectID == project.ID })
		}
		writeJSON(w, status, map[string]bool{"locked": lock})
	}
}

// handleListBudgetViews is GET /rest/v1.0/budget_views?project_id= (reference §8.1).
func (s *Server) handleListBudgetViews(w http.ResponseWriter, r *http.Request, c *call) {
	project := c.projectFromQuery(w, r)
	if project == nil {
		return
	}
	views := append([]*BudgetView(nil), c.company.budgetViews.rows...)
	switch r.URL.Query().Get("sort") {
	case "created_at":
		sort.SliceStable(views, func(i, j int) bool { return views[i].CreatedAt < views[j].CreatedAt })
	case "-created_at":
		sort.SliceStable(views, func(i, j int) bool { return views[i].CreatedAt > views[j].CreatedAt })
	}
	writeJSON(w, http.StatusOK, paginateRendered(w, r, views, DefaultMaxPerPage, func(v *BudgetView) any {
		object := render(v, "columns")
		base := fmt.Sprintf("%s/rest/v1.0/budget_views/%d/", originOf(r), v.ID)
		object["links"], _ = json.Marshal(map[string]string{
			"detail_rows":  base + "detail_rows?project_id=" + strconv.FormatInt(project.ID, 10),
			"summary_rows": base + "summary_rows?project_id=" + strconv.FormatInt(project.ID, 10),
		})
		object["created_by"], _ = json.Marshal(map[string]any{"id": DefaultUserID, "name": "Pat Manager", "login": "pm@example.com"})
		return object
	}))
}

// originOf is scheme://host of the request, for links the API hands out.
func originOf(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https" {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// budgetViewFromPath resolves {budget_view_id} and the required project_id.
func (c *call) budgetViewFromPath(w http.ResponseWriter, r *http.Request) (*BudgetView, *Project) {
	project := c.projectFromQuery(w, r)
	if project == nil {
		return nil, nil
	}
	id, ok := pathID(w, r, "budget_view_id", "Budget view")
	if !ok {
		return nil, nil
	}
	view := c.company.budgetViews.byID[id]
	if view == nil {
		notFound(w, "Budget view")
		return nil, nil
	}
	return view, project
}

// handleBudgetDetailColumns is GET /rest/v1.0/budget_views/{budget_view_id}/budget_detail_columns (not paginated).
func (s *Server) handleBudgetDetailColumns(w http.ResponseWriter, r *http.Request, c *call) {
	view, _ := c.budgetViewFromPath(w, r)
	if view == nil {
		return
	}
	columns := []budgetColumn{}
	for _, column := range budgetColumns {
		for _, id := range view.Columns {
			if id == column.ID {
				column.Position = len(columns) + 1
				column.Aggregatable, column.Filterable, column.Groupable = true, false, false
				columns = append(columns, column)
			}
		}
	}
	writeJSON(w, http.StatusOK, columns)
}

// detailRow is one budgeted or unbudgeted row before rendering.
type detailRow struct {
	item     *BudgetLineItem // nil on an unbudgeted row
	costCode *ProjectCostCode
	typeID   int64
	figures  budgetFigures
}

// handleBudgetDetailRows is GET /rest/v1.0/budget_views/{budget_view_id}/detail_rows?project_id=
// (reference §8.2): one row per budget line item (budget_row_type=budgeted, the default), per cost
// code × type that has costs but no budget line (unbudgeted, id null), or both (all).
func (s *Server) handleBudgetDetailRows(w http.ResponseWriter, r *http.Request, c *call) {
	view, project := c.budgetViewFromPath(w, r)
	if view == nil {
		return
	}
	query := r.URL.Query()
	rowType := query.Get("budget_row_type")
	if rowType == "" {
		rowType = "budgeted"
	}
	if rowType != "budgeted" && rowType != "unbudgeted" && rowType != "all" {
		writeError(w, http.StatusBadRequest, "Invalid budget_row_type", "budget_row_type must be budgeted, unbudgeted or all")
		return
	}
	filters := map[string]map[int64]bool{}
	for _, name := range []string{"cost_code_id[]", "category_id[]", "budget_line_item_id[]", "root_cost_code_id[]"} {
		ids, ok := parseIDList(w, r, name)
		if !ok {
			return
		}
		filters[name] = ids
	}
	company := c.company
	rows := company.budgetRows(project, rowType)
	var kept []detailRow
	for _, row := range rows {
		root := company.rootCostCode(row.costCode)
		if (filters["cost_code_id[]"] != nil && !filters["cost_code_id[]"][row.costCode.ID]) ||
			(filters["category_id[]"] != nil && !filters["category_id[]"][row.typeID]) ||
			(filters["root_cost_code_id[]"] != nil && !filters["root_cost_code_id[]"][root.ID]) ||
			(filters["budget_line_item_id[]"] != nil && (row.item == nil || !filters["budget_line_item_id[]"][row.item.ID])) {
			continue
		}
		kept = append(kept, row)
	}
	writeJSON(w, http.StatusOK, paginateRendered(w, r, orEmptyRows(kept), DefaultMaxPerPage, func(row detailRow) any {
		return renderDetailRow(c, project, view, row)
	}))
}

// budgetRows are a project's detail rows of rowType (budgeted, unbudgeted or all) in the documented
// default order (biller, root cost code, cost code, category); detail and summary rows both read them.
func (c *Company) budgetRows(project *Project, rowType string) []detailRow {
	ledger := c.budgetLedger(project)
	var rows []detailRow
	budgeted := map[pairKey]bool{}
	for _, item := range c.budgetLineItems.rows {
		if item.ProjectID != project.ID {
			continue
		}
		budgeted[pairKey{item.CostCodeID, item.LineItemTypeID}] = true
		if rowType != "unbudgeted" {
			rows = append(rows, detailRow{item: item, costCode: c.projectCodes.byID[item.CostCodeID], typeID: item.LineItemTypeID, figures: ledger.figures(item)})
		}
	}
	if rowType != "budgeted" {
		costs := map[pairKey]bool{}
		for key := range ledger.committed {
			costs[key] = true
		}
		for key := range ledger.pendingCosts {
			costs[key] = true
		}
		for key := range costs {
			code := c.projectCodes.byID[key.costCode]
			if budgeted[key] || code == nil {
				continue
			}
			f := budgetFigures{committed: ledger.committed[key], pendingCostChanges: ledger.pendingCosts[key]}.derive()
			rows = append(rows, detailRow{costCode: code, typeID: key.lineItemType, figures: f})
		}
	}
	// The documented default order: biller, root cost code, cost code, category.
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.costCode.FullCode != b.costCode.FullCode {
			return a.costCode.FullCode < b.costCode.FullCode
		}
		return a.typeID < b.typeID
	})
	return rows
}

func renderDetailRow(c *call, project *Project, view *BudgetView, row detailRow) any {
	company := c.company
	root := company.rootCostCode(row.costCode)
	category := ""
	if t := company.lineItemTypes.byID[row.typeID]; t != nil {
		category = t.Name
	}
	object := map[string]any{
		"id": nil, "deletable": false, "company_id": company.ID, "company": company.Name,
		"project_id": project.ID, "project": project.Name, "wbs_code_id": nil,
		"biller_id": project.ID, "biller": project.Name, "biller_type": "Project",
		"root_cost_code_id": root.ID, "root_cost_code": root.Name,
		"cost_code_id": row.costCode.ID, "cost_code_origin_id": row.costCode.OriginID, "cost_code": row.costCode.Name,
		"category_id": row.typeID, "category": category,
		"original_budget_amount": formatDecimal(round2(row.figures.original)),
		"budget_modifications":   formatDecimal(round2(row.figures.modifications)),
		"budget_forecast": map[string]any{"id": nil, "manual_amount": nil, "automatic_amount": formatDecimal(round2(row.figures.forecast)),
			"amount": formatDecimal(round2(row.figures.forecast)), "automatically_calculated": true, "calculation_strategy": "automatic", "notes": nil},
		"currency_configuration": map[string]string{"currency_iso_code": "USD"},
		"unbudgeted_reason":      "No budget line item for this cost code and cost type",
	}
	if row.item != nil {
		object["id"], object["wbs_code_id"], object["unbudgeted_reason"] = row.item.ID, row.item.WBSCodeID, nil
		object["deletable"] = !company.budgetLocked[project.ID] && row.figures.modifications == 0 && row.figures.approvedChanges == 0
	}
	for _, column := range view.Columns {
		object[column] = formatDecimal(round2(row.figures.column(column)))
	}
	return object
}

// renderBudgetLineItem is the v1.0 BudgetLineItem of reference §8.3.
func renderBudgetLineItem(c *Company, project *Project, item *BudgetLineItem) any {
	f := c.budgetLedger(project).figures(item)
	object := map[string]any{
		"id": item.ID, "original_budget_amount": item.OriginalBudgetAmount, "uom": item.UOM, "quantity": item.Quantity,
		"unit_cost": item.UnitCost, "calculation_strategy": item.CalculationStrategy,
		"approved_budget_changes": round2(f.approvedChanges + f.modifications), "revised_budget": round2(f.revised),
		"pending_budget_changes": round2(f.pendingChanges), "projected_budget": round2(f.projectedBudget),
		"committed_costs": round2(f.committed), "direct_costs": round2(f.directCosts), "pending_cost_changes": round2(f.pendingCostChanges),
		"projected_costs": round2(f.projectedCosts), "budget_forecast": round2(f.forecast),
		"estimated_cost_at_completion": round2(f.atCost), "projected_over_under": round2(f.overUnder),
		"cost_code": nil, "division": nil, "line_item_type": nil,
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
