package procoresim

import (
	"fmt"
	"net/http"
	"sort"
	"strconv"
)

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
		for key := range ledger.costKeys() {
			code := c.projectCodes.byID[key.costCode]
			if budgeted[key] || code == nil {
				continue
			}
			rows = append(rows, detailRow{costCode: code, typeID: key.lineItemType, figures: ledger.costFigures(key)})
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

// costCodeLevels is the cost code's path from its division down, as cost_code_level_1..5 show it:
// "01 - General Requirements", "01-010 - Project Manager"; missing levels read "None" with id 0, as
// in the real response.
func (c *Company) costCodeLevels(code *ProjectCostCode) (ids [5]int64, names [5]string) {
	var path []*ProjectCostCode
	for node, seen := code, 0; node != nil && seen < 64; seen++ {
		path = append([]*ProjectCostCode{node}, path...)
		if node.ParentID == nil {
			break
		}
		node = c.projectCodes.byID[*node.ParentID]
	}
	for i := range names {
		names[i] = "None"
		if i < len(path) {
			ids[i], names[i] = path[i].ID, codeAndName(path[i])
		}
	}
	return ids, names
}

// codeAndName is how budget rows name a cost code: "01-010 - Project Manager".
func codeAndName(code *ProjectCostCode) string { return code.FullCode + " - " + code.Name }

// rowMoney is a budget view amount: a decimal string with two places ("45000.00"), as rows send them.
func rowMoney(value float64) string {
	rounded := round2(value)
	if rounded == 0 {
		rounded = 0 // never "-0.00"
	}
	return fmt.Sprintf("%.2f", rounded)
}

// budgetRowID is a row's budget_row_id: the budget line item id as a string on a budgeted row (as in
// the real response); unbudgeted rows have no line, and the simulator names them by cost code and
// category, since what Procore sends there is not documented.
func budgetRowID(row detailRow) string {
	if row.item != nil {
		return strconv.FormatInt(row.item.ID, 10)
	}
	return fmt.Sprintf("%d-%d", row.costCode.ID, row.typeID)
}

// renderDetailRow is one detail row (documents.md A1, PDOCS list-budget-view-detail-rows): fixed keys
// in snake case, then one key per view column named by the column's display name.
func renderDetailRow(c *call, project *Project, view *BudgetView, row detailRow) any {
	company := c.company
	root := company.rootCostCode(row.costCode)
	category := ""
	if t := company.lineItemTypes.byID[row.typeID]; t != nil {
		category = t.Name
	}
	object := map[string]any{
		"id": nil, "budget_row_id": budgetRowID(row), "deletable": false, "company_id": company.ID, "company": company.Name,
		"project_id": project.ID, "project": project.Name, "wbs_code_id": nil,
		"biller_id": project.ID, "biller": project.Name, "biller_type": "Project",
		"root_cost_code_id": root.ID, "root_cost_code": codeAndName(root),
		"cost_code_id": row.costCode.ID, "cost_code_origin_id": row.costCode.OriginID, "cost_code": codeAndName(row.costCode),
		"category_id": row.typeID, "category": category,
		"original_budget_amount": rowMoney(row.figures.original),
		"budget_modifications":   rowMoney(row.figures.modifications),
		"budget_forecast": map[string]any{"id": nil, "manual_amount": nil, "automatic_amount": rowMoney(row.figures.forecast),
			"amount": rowMoney(row.figures.forecast), "automatically_calculated": true, "calculation_strategy": "automatic", "notes": nil},
		"currency_configuration": map[string]string{"currency_iso_code": "USD"},
		"unbudgeted_reason":      "No budget line item for this cost code and cost type",
	}
	ids, names := company.costCodeLevels(row.costCode)
	for level := range names {
		object[fmt.Sprintf("cost_code_level_%d_id", level+1)] = ids[level]
		object[fmt.Sprintf("cost_code_level_%d", level+1)] = names[level]
	}
	if row.item != nil {
		object["id"], object["wbs_code_id"], object["unbudgeted_reason"] = row.item.ID, row.item.WBSCodeID, nil
		object["deletable"] = !company.budgetLocked[project.ID] && row.figures.modifications == 0 && row.figures.approvedChanges == 0
	}
	for _, column := range view.Columns {
		object[budgetColumnName(column)] = rowMoney(row.figures.column(column))
	}
	return object
}
