package procoresim

import (
	"net/http"
	"strconv"
)

// budgetGroupings are the group_by values of the summary rows (reference §8.2). Each maps a detail
// row to its group's id (a string in the summary shape) and name.
var budgetGroupings = map[string]func(c *Company, project *Project, row detailRow) (id, name string){
	"project": func(_ *Company, project *Project, _ detailRow) (string, string) {
		return strconv.FormatInt(project.ID, 10), project.Name
	},
	// Without sub jobs the project is the only biller.
	"biller": func(_ *Company, project *Project, _ detailRow) (string, string) {
		return strconv.FormatInt(project.ID, 10), project.Name
	},
	"category": func(c *Company, _ *Project, row detailRow) (string, string) {
		name := ""
		if t := c.lineItemTypes.byID[row.typeID]; t != nil {
			name = t.Name
		}
		return strconv.FormatInt(row.typeID, 10), name
	},
	"cost_code": func(_ *Company, _ *Project, row detailRow) (string, string) {
		return strconv.FormatInt(row.costCode.ID, 10), row.costCode.FullCode + " - " + row.costCode.Name
	},
	"root_cost_code": func(c *Company, _ *Project, row detailRow) (string, string) {
		root := c.rootCostCode(row.costCode)
		return strconv.FormatInt(root.ID, 10), root.FullCode + " - " + root.Name
	},
	"cost_code_name": func(_ *Company, _ *Project, row detailRow) (string, string) {
		return row.costCode.Name, row.costCode.Name
	},
	"root_cost_code_name": func(c *Company, _ *Project, row detailRow) (string, string) {
		root := c.rootCostCode(row.costCode)
		return root.Name, root.Name
	},
}

// budgetSummary is one group being added up: the fixed amounts and the view's columns.
type budgetSummary struct {
	id, name                          string
	original, modifications, forecast float64
	columns                           map[string]float64
	lineItemIDs                       []string // budget_line_item_ids: the group's budget lines, as strings
}

// handleBudgetSummaryRows is GET /rest/v1.0/budget_views/{budget_view_id}/summary_rows?project_id=&group_by=
// (reference §8.2): the view's detail rows, budgeted and unbudgeted, added up per group in the order
// the groups first appear among the detail rows. The reference names no default for group_by (the
// links of the budget views omit it), so without one the whole project is one group.
func (s *Server) handleBudgetSummaryRows(w http.ResponseWriter, r *http.Request, c *call) {
	view, project := c.budgetViewFromPath(w, r)
	if view == nil {
		return
	}
	groupBy := r.URL.Query().Get("group_by")
	if groupBy == "" {
		groupBy = "project"
	}
	group, known := budgetGroupings[groupBy]
	if !known {
		writeError(w, http.StatusBadRequest, "Invalid group_by",
			"group_by must be project, biller, category, cost_code, root_cost_code, cost_code_name or root_cost_code_name")
		return
	}
	var order []*budgetSummary
	byID := map[string]*budgetSummary{}
	for _, row := range c.company.budgetRows(project, "all") {
		id, name := group(c.company, project, row)
		sum := byID[id]
		if sum == nil {
			sum = &budgetSummary{id: id, name: name, columns: map[string]float64{}}
			byID[id] = sum
			order = append(order, sum)
		}
		if row.item != nil {
			sum.lineItemIDs = append(sum.lineItemIDs, strconv.FormatInt(row.item.ID, 10))
		}
		sum.original += row.figures.original
		sum.modifications += row.figures.modifications
		sum.forecast += row.figures.forecast
		for _, column := range view.Columns {
			sum.columns[column] += row.figures.column(column)
		}
	}
	writeJSON(w, http.StatusOK, paginateRendered(w, r, orEmptyRows(order), DefaultMaxPerPage, func(sum *budgetSummary) any {
		ids := sum.lineItemIDs
		if ids == nil {
			ids = []string{}
		}
		object := map[string]any{
			"id": sum.id, "name": sum.name, "biller_type": "Project",
			"original_budget_amount": rowMoney(sum.original), "budget_modifications": rowMoney(sum.modifications),
			"budget_forecast":        map[string]any{"amount": rowMoney(sum.forecast)},
			"currency_configuration": map[string]string{"currency_iso_code": "USD"},
			"budget_line_item_ids":   ids,
		}
		for _, column := range view.Columns {
			object[budgetColumnName(column)] = rowMoney(sum.columns[column])
		}
		return object
	}))
}
