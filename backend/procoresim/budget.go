package procoresim

import (
	"encoding/json"
	"fmt"

	"net/http"
	"sort"
	"strconv"
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
// "formula" columns combine them. Detail and summary rows key each column by its display NAME
// ("Job to Date Costs"), as the real responses do (documents.md B2, PDOCS screenshots); the id is
// what budget_detail_columns reports, and whether Procore's ids equal the names is unknown, so the
// simulator keeps them different and a client must look columns up by name. Names follow the
// Procore Standard Budget view.
var budgetColumns = []budgetColumn{
	{ID: "approved_cos", Name: "Approved COs", Type: "source"},
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

// budgetColumnName is the display name of a column id (the key rows use).
func budgetColumnName(id string) string {
	for _, column := range budgetColumns {
		if column.ID == id {
			return column.Name
		}
	}
	return id
}

// BudgetLineItem is one budget line: a project cost code × line item type (reference §8.3). The
// responses carry its money as decimal strings, as the real show does (documents.md B6). DirectCosts
// is the manual figure an update may write while the project's Direct Costs tool is off; job-to-date
// costs are computed from the other tools (budgetledger.go), never stored.
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
	CreatedAt            string   `json:"created_at"`
	UpdatedAt            string   `json:"updated_at"`
}

func (b *BudgetLineItem) rowID() int64         { return b.ID }
func (b *BudgetLineItem) rowOriginID() *string { return nil }

const (
	budgetLineItemIDBase   int64 = 7_100_000_000
	messageBudgetLocked          = "The budget is locked: original budget amounts can only change through budget changes or budget modifications"
	messageBudgetNotLocked       = "The budget must be locked first"
)

// AddBudgetView stores a budget view.
func (c *Company) AddBudgetView(v *BudgetView) error {
	c.stamp(&v.CreatedAt, &v.UpdatedAt)
	return c.budgetViews.insert(v)
}

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
	c.stamp(&item.CreatedAt, &item.UpdatedAt)
	return c.budgetLineItems.insert(item)
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
