package procore

import "encoding/json"

// BudgetSummaryRow is one group of a budget view's rows added up (§8.2 summary rows): a
// project, cost code, division, cost type … depending on the grouping. Columns holds the view's
// own source and formula columns, keyed as in detail rows (by display name);
// BudgetLineItemIDs are the group's budget lines.
type BudgetSummaryRow struct {
	ID                    LooseText                  `json:"id"` // a string in the schema: a code id or, for name groupings, the name
	Name                  *string                    `json:"name"`
	BillerType            *string                    `json:"biller_type"`
	OriginalBudgetAmount  Decimal                    `json:"original_budget_amount"`
	BudgetModifications   Decimal                    `json:"budget_modifications"`
	BudgetForecast        *BudgetForecast            `json:"budget_forecast"`
	CurrencyConfiguration *CurrencyConfiguration     `json:"currency_configuration"`
	BudgetLineItemIDs     []StringID                 `json:"budget_line_item_ids"` // strings in the real answer
	Columns               map[string]json.RawMessage `json:"-"`
}

var budgetSummaryRowKeys = map[string]bool{
	"id": true, "name": true, "biller_type": true, "original_budget_amount": true, "budget_modifications": true,
	"budget_forecast": true, "currency_configuration": true, "budget_line_item_ids": true,
}

func (r *BudgetSummaryRow) UnmarshalJSON(b []byte) error {
	type plain BudgetSummaryRow
	var p plain
	_, cols, err := decodeViewRow(b, &p, budgetSummaryRowKeys)
	if err != nil {
		return err
	}
	p.Columns = cols
	*r = BudgetSummaryRow(p)
	return nil
}

// Amount reads a view column of the group by display name, as BudgetDetailRow.Amount does.
func (r BudgetSummaryRow) Amount(column string) (d Decimal, ok bool, err error) {
	return viewColumns(r.Columns).amount(column, "budget summary")
}

// ColumnAmount reads the column a budget_detail_columns entry describes, as
// BudgetDetailRow.ColumnAmount does.
func (r BudgetSummaryRow) ColumnAmount(column BudgetDetailColumn) (d Decimal, ok bool, err error) {
	return viewColumns(r.Columns).columnAmount(column, "budget summary")
}

// BudgetSummaryGroupings are the group_by values of ListBudgetSummaryRows (§8.2).
var BudgetSummaryGroupings = []string{"project", "biller", "category", "cost_code", "root_cost_code",
	"cost_code_name", "root_cost_code_name"}

// ListBudgetSummaryRows lists a budget view's totals per group (§8.2); groupBy is one of
// BudgetSummaryGroupings, or "" for Procore's default.
func (c *Client) ListBudgetSummaryRows(projectID, budgetViewID int64, groupBy string) *Pager[BudgetSummaryRow] {
	q := projectQuery(projectID)
	setIf(q, "group_by", groupBy)
	return newPager[BudgetSummaryRow](c, "/rest/v1.0/budget_views/"+idString(budgetViewID)+"/summary_rows", q)
}
