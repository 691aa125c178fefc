package procoresim

import (
	"net/http"
	"strconv"
)

// adjustmentLinesMaxPerPage is the documented page cap of the v2.0 adjustment line list ("Each page
// will have a maximum of 100 items").
const adjustmentLinesMaxPerPage = 100

// budgetAdjustmentLine is one adjustment line with the budget change it belongs to.
type budgetAdjustmentLine struct {
	change *BudgetChange
	line   *BudgetChangeAdjustment
}

// handleListAdjustmentLines is GET /rest/v2.0/companies/{company_id}/projects/{project_id}/budget_changes/
// adjustment_line_items (MCPCAT RestV20CompaniesCompanyIdProjectsProjectIdBudgetChangesAdjustmentLineItemsGet):
// every adjustment line of the project's budget changes, {"data": [...]}, 10 per page by default and at
// most 100. Ids are strings; a line is identified by (type, id). Amounts are numbers here, as the
// schema declares. A change_event line is the "to" side of an adjustment (positive), budget_change
// lines the "from" side (negative), grouped by adjustment_number.
func (s *Server) handleListAdjustmentLines(w http.ResponseWriter, r *http.Request, c *call) {
	if r.PathValue("company_id") != strconv.FormatInt(c.company.ID, 10) {
		notFound(w, "Company")
		return
	}
	project := c.projectFromPath(w, r)
	if project == nil {
		return
	}
	var lines []budgetAdjustmentLine
	for _, change := range c.company.budgetChanges.rows {
		if change.ProjectID != project.ID {
			continue
		}
		for _, line := range change.Adjustments {
			lines = append(lines, budgetAdjustmentLine{change, line})
		}
	}
	page := paginateSized(w, r, orEmptyRows(lines), v2PerPage, adjustmentLinesMaxPerPage)
	data := make([]any, len(page))
	for i, entry := range page {
		line, change := entry.line, entry.change
		object := map[string]any{
			"id": strconv.FormatInt(line.ID, 10), "adjustment_number": line.AdjustmentNumber,
			"wbs_code_id": wbsIDString(line.WBSCodeID), "amount": round2(line.Amount), "uom": line.UOM,
			"quantity": line.Quantity, "description": line.Description, "type": line.Type,
			"budget_change_id": strconv.FormatInt(change.ID, 10), "budget_change_number": strconv.Itoa(change.Number),
			"budget_change_status": change.Status, "budget_change_name": change.Title,
		}
		data[i] = object
	}
	writeJSON(w, http.StatusOK, map[string]any{"data": data})
}
